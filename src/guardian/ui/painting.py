"""Painting helpers for what the first frame draws."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter


def fill(painter: QPainter, rect: QRect, brush: QBrush | QColor) -> None:
    """Fill `rect` as QPainter.fillRect() does. fillRect() is not used for the first frame: PySide6 resolves its
    overloads by building QGradient's Python enums, several milliseconds at start-up that nothing else needs."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    painter.drawRect(rect)
    painter.restore()
