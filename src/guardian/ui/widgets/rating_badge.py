"""A rating label drawn by Guardian (never a rating body's trademarked logo): the code on a colour that rises with
the minimum age, with text colours chosen to keep WCAG AA contrast."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

# (from age, background, text)
BANDS = ((0, "#2e7d32", "#ffffff"), (7, "#9a6b00", "#ffffff"), (12, "#c25400", "#ffffff"),
         (16, "#b3261e", "#ffffff"), (18, "#111111", "#ffffff"))


def colours(min_age: int) -> tuple[str, str]:
    background, text = BANDS[0][1], BANDS[0][2]
    for start, bg, fg in BANDS:
        if min_age >= start:
            background, text = bg, fg
    return background, text


def badge_pixmap(code: str, min_age: int, height: int = 40) -> QPixmap:
    width = max(height, int(height * 0.42 * max(len(code), 2)))
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    background, text = colours(min_age)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(background))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(0, 0, width, height), height * 0.2, height * 0.2)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(height * 0.42))
    painter.setFont(font)
    painter.setPen(QColor(text))
    painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, code)
    painter.end()
    return pixmap


def badge_icon(code: str, min_age: int) -> QIcon:
    """Drawn at 2x and centred on a fixed 9:4 canvas, so that badges of all widths line up in a list."""
    badge = badge_pixmap(code, min_age, 64)
    canvas = QPixmap(max(144, badge.width()), 64)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.drawPixmap(0, 0, badge)
    painter.end()
    return QIcon(canvas)
