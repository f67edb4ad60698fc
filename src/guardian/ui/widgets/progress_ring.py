"""A small ring showing how many setup steps are done, painted with QPainter and sized from the font.

The numbers also go into the accessible name and the tooltip ("3 of 7 steps done"), so a screen reader or a
parent who cannot tell the arc's length gets the same information as the picture.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from guardian.i18n.text import arg


class ProgressRing(QWidget):
    def __init__(self, done: int = 0, total: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressRing")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.done = 0
        self.total = 0
        self.set_progress(done, total)

    def set_progress(self, done: int, total: int) -> None:
        self.total = max(total, 0)
        self.done = min(max(done, 0), self.total)
        self._describe()
        self.update()

    def text(self) -> str:
        """What the ring says in words (also its accessible name)."""
        if self.total == 0:
            return self.tr("This guide has no steps to tick yet")
        return arg(self.tr("%1 of %2 steps done"), self.done, self.total)

    def _describe(self) -> None:
        self.setAccessibleName(self.text())
        self.setToolTip(self.text())

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().horizontalAdvance("00/00") + self.fontMetrics().height()
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event) -> None:
        side = min(self.width(), self.height())
        pen_width = max(3.0, side / 9)
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        rect = rect.adjusted(pen_width / 2, pen_width / 2, -pen_width / 2, -pen_width / 2)
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QPen(palette.color(QPalette.ColorRole.Mid), pen_width)
        painter.setPen(track)
        painter.drawEllipse(rect)
        if self.total and self.done:
            arc = QPen(palette.color(QPalette.ColorRole.Highlight), pen_width)
            arc.setCapStyle(Qt.PenCapStyle.RoundCap if self.done < self.total else Qt.PenCapStyle.FlatCap)
            painter.setPen(arc)
            painter.drawArc(rect, 90 * 16, -round(360 * 16 * self.done / self.total))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        label = f"{self.done}/{self.total}" if self.total else "–"
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._describe()
        elif event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)
