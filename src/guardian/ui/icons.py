"""Our own line icons (resources/icons/*.svg), drawn in the palette's text colour so they suit every theme."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from guardian.paths import resources_dir
from guardian.ui.painting import fill


@lru_cache(maxsize=64)
def _svg(name: str) -> str:
    path = resources_dir() / "icons" / f"{name}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


@lru_cache(maxsize=64)
def _shape(name: str, size: int) -> QImage | None:
    """The icon drawn once at `size`: only its coverage matters, the colour is laid on by icon()."""
    svg = _svg(name)
    if not svg:
        return None
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(svg.encode())).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def icon(name: str, colour: QColor, size: int = 48) -> QIcon:
    """The icon in one colour (our icons are drawn in currentColor only), e.g. the palette's text colour."""
    shape = _shape(name, size)
    if shape is None:
        return QIcon()
    image = shape.copy()
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    fill(painter, image.rect(), colour)
    painter.end()
    return QIcon(QPixmap.fromImage(image))


def app_icon() -> QIcon:
    path = resources_dir() / "icons" / "app.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
