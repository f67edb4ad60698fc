"""Painting helpers for what the first frame draws.

PySide6 builds a Qt type's Python enums the first time Python touches that type, and its Qt namespace (Qt.Alignment,
Qt.PenStyle and some ninety more) is the largest: about 20 ms on Python 3.11, more than a bare window spends on all
of its own enums. Nothing before the first frame may touch it (tests/integration/test_startup_imports.py). That rules
out more than `Qt.` itself: QPainter.setPen(), setBrush() and fillRect() and QImage.fill() reach it while PySide6 picks
among their overloads. These helpers paint with brushes only, through calls that have a single overload.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QBrush, QFont, QPainter, QPainterPath, QTextCharFormat, QTextLayout


def fill(painter: QPainter, rect: QRect, brush: QBrush) -> None:
    """Fill `rect` with `brush`, as QPainter.fillRect() would."""
    path = QPainterPath()
    path.addRect(QRectF(rect))
    painter.fillPath(path, brush)


def ring(painter: QPainter, rect: QRect, width: float, radius: float, brush: QBrush) -> None:
    """A rounded frame `width` pixels thick just inside `rect`, as a pen of that width would draw it."""
    outer = QRectF(rect)
    inner = outer.adjusted(width, width, -width, -width)
    path = QPainterPath()  # filled with the odd-even rule: the inner shape cuts the hole
    path.addRoundedRect(outer, radius, radius)
    path.addRoundedRect(inner, max(radius - width, 0.0), max(radius - width, 0.0))
    painter.fillPath(path, brush)


def centred_text(text: str, font: QFont, width: int) -> QTextLayout:
    """`text` laid out in lines of at most `width` pixels, broken between words, each line centred; its
    boundingRect() gives the height it needs and draw_text() paints it."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    top = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF((width - line.naturalTextWidth()) / 2, top))
        top += line.height()
    layout.endLayout()
    return layout


def draw_text(painter: QPainter, layout: QTextLayout, left: int, top: int, brush: QBrush) -> None:
    """Paint a layout from centred_text() with its top-left corner at (left, top), in `brush`."""
    colour = QTextCharFormat()
    colour.setForeground(brush)
    whole = QTextLayout.FormatRange()
    whole.start, whole.length, whole.format = 0, len(layout.text().encode("utf-16-le")) // 2, colour  # Qt counts UTF-16
    layout.draw(painter, QPointF(left, top), [whole])
