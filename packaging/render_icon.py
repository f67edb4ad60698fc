"""Renders the app icon (an SVG) to a square PNG with Qt's own SVG renderer, so no other tool is needed.

    python packaging/render_icon.py resources/icons/app.svg OUT.png 256
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer


def render(svg: str, out: str, size: int) -> None:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - painting needs an instance
    renderer = QSvgRenderer(svg)
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(out):  # the format follows the suffix: .png, .ico (Windows), ...
        raise SystemExit(f"{out}: could not be written")


if __name__ == "__main__":
    render(sys.argv[1], sys.argv[2], int(sys.argv[3]))
