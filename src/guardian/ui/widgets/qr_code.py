"""A QR code drawn from segno's module matrix: always a full QR (phones do not all read Micro QR), dark on light
whatever the theme, with the quiet zone scanners need."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4


@lru_cache(maxsize=256)  # the same numbers are drawn again on every language switch
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    import segno  # only pages that show a code pay for it

    code = segno.make_qr(payload, error="m")
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


def render(payload: str, scale: int = 6) -> QImage:
    """The code as an image (used by the widget and, in tests, to decode what a parent would scan)."""
    matrix = qr_matrix(payload)
    modules = len(matrix) + 2 * QUIET_ZONE
    image = QImage(modules * scale, modules * scale, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    _paint(painter, matrix, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def _paint(painter: QPainter, matrix: list[list[bool]], rect: QRectF) -> None:
    modules = len(matrix) + 2 * QUIET_ZONE
    size = min(rect.width(), rect.height()) / modules
    painter.fillRect(rect, QColor("white"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(rect.x() + (x + QUIET_ZONE) * size, rect.y() + (y + QUIET_ZONE) * size,
                                        size, size))


class QrCode(QWidget):
    def __init__(self, payload: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.payload = ""
        self._matrix: list[list[bool]] = []
        self.set_payload(payload)

    def set_payload(self, payload: str) -> None:
        self.payload = payload
        self._matrix = qr_matrix(payload) if payload else []
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(132, 132)

    def paintEvent(self, event) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        _paint(painter, self._matrix, QRectF(self.rect()))
        painter.end()
