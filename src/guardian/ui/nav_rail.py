"""The navigation rail: one entry per section, an icon above its label, usable by keyboard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem

from guardian.ui.icons import icon
from guardian.ui.sections import Section


class NavRail(QListWidget):
    section_requested = Signal(str)

    def __init__(self, sections: list[Section], parent=None) -> None:
        super().__init__(parent)
        self._sections = sections
        self.setObjectName("navRail")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(False)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setViewportMargins(0, 6, 0, 0)
        self.setIconSize(QSize(28, 28))
        self.setWordWrap(True)
        for section in sections:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.addItem(item)
        self.currentRowChanged.connect(self._row_changed)
        self.retranslate()

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self._sections):
            self.section_requested.emit(self._sections[row].id)

    def select(self, section_id: str) -> None:
        for row, section in enumerate(self._sections):
            if section.id == section_id and self.currentRow() != row:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("NavRail", "Sections"))
        width = 0
        metrics = self.fontMetrics()
        for row, section in enumerate(self._sections):
            text = QCoreApplication.translate("Sections", section.title)
            item = self.item(row)
            item.setText(text)
            item.setToolTip(f"{text} ({section.shortcut})" if section.shortcut else text)
            width = max(width, min(metrics.horizontalAdvance(text), metrics.averageCharWidth() * 14))
        width = max(width + 24, 92)
        cell = QSize(width, 52 + metrics.lineSpacing() * 2)
        for row in range(self.count()):
            self.item(row).setSizeHint(cell)
        self.setGridSize(cell)
        self.setFixedWidth(width + 12)
        self.recolour()

    def recolour(self) -> None:
        colour = self.palette().color(self.foregroundRole())
        for row, section in enumerate(self._sections):
            self.item(row).setIcon(icon(section.icon, colour))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.retranslate()
        super().changeEvent(event)
