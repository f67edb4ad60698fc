"""Our own line icons (resources/icons/*.svg), drawn in the palette's text colour so they suit every theme.
They are part of the first frame, so they are drawn without Qt's namespace (ui/painting.py), and by Qt's SVG icon
engine, which needs no Python module of its own."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap

from guardian.paths import resources_dir

CLEAR = QColor(0, 0, 0, 0)


@lru_cache(maxsize=64)
def _shape(name: str, size: int) -> QImage | None:
    """The icon drawn once at `size`: only its coverage matters, the colour is laid on by icon(). Kept as an image,
    which, unlike a pixmap, may outlive the application."""
    path = resources_dir() / "icons" / f"{name}.svg"
    shape = QIcon(str(path)).pixmap(QSize(size, size), 1.0).toImage() if path.is_file() else QImage()
    return None if shape.isNull() else shape


def icon(name: str, colour: QColor, size: int = 48, ratio: float = 1.0) -> QIcon:
    """The icon in one colour (our icons are drawn in currentColor only), e.g. the palette's text colour, drawn for
    `size` pixels on a screen with that device pixel `ratio` (size x ratio real pixels, so never scaled up)."""
    pixels = max(round(size * ratio), 1)
    shape = _shape(name, pixels)
    if shape is None:
        return QIcon()
    solid = QPixmap(pixels, pixels)
    solid.fill(colour)
    coloured = QPixmap(pixels, pixels)
    coloured.fill(CLEAR)  # first, so that the pixmap has an alpha channel
    painter = QPainter(coloured)
    painter.drawImage(0, 0, shape)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)  # the colour, where the shape is
    painter.drawPixmap(0, 0, solid)
    painter.end()
    coloured.setDevicePixelRatio(ratio)
    return QIcon(coloured)


def app_icon() -> QIcon:
    path = resources_dir() / "icons" / "app.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
