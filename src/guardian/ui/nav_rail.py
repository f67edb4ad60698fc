"""The navigation rail: one entry per section, an icon above its label, usable by keyboard.

In icon mode Qt's item delegate highlights only the label's area, which starts below the icon and runs to the bottom
of the cell, so the highlight looked shifted under its icon. The delegate here highlights the whole cell and centres
icon and label in it, at any font size; the selected icon is drawn in the highlighted-text colour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from guardian.ui.icons import icon
from guardian.ui.painting import fill
from guardian.ui.sections import Section

_GAP = 4  # between icon and label, as Qt's icon mode leaves it


class _RailDelegate(QStyledItemDelegate):
    """Highlights the whole cell of the current section and centres icon and label in it; the style then draws them
    as selected (label in the highlighted-text colour, the icon's Selected pixmap) over its own label-sized
    highlight, which has the same colour. It asks the rail, not the style option's state, whether a row is selected:
    that keeps PySide6 from building QStyle's large Python enums while the first frame is drawn."""

    def paint(self, painter, option, index) -> None:
        rail = self.parent()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        cell = QRect(opt.rect)
        if index.row() == rail.currentRow():
            group = QPalette.ColorGroup.Active if rail.isActiveWindow() else QPalette.ColorGroup.Inactive
            fill(painter, cell, opt.palette.brush(group, QPalette.ColorRole.Highlight))
        text = opt.fontMetrics.boundingRect(QRect(0, 0, max(cell.width() - 8, 1), 10_000),
                                            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter), opt.text)
        content = opt.decorationSize.height() + _GAP + text.height()
        top = cell.top() + max((cell.height() - content) // 2, 0)
        opt.rect = QRect(cell.left(), top, cell.width(), min(content + _GAP, cell.bottom() - top + 1))
        super().paint(painter, opt, index)


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
        self.setItemDelegate(_RailDelegate(self))
        for section in sections:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.addItem(item)
        self.currentRowChanged.connect(self._row_changed)
        self.retranslate()
        self.recolour()

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

    def recolour(self) -> None:
        colour = self.palette().color(self.foregroundRole())
        selected = self.palette().color(QPalette.ColorRole.HighlightedText)
        for row, section in enumerate(self._sections):
            drawn = icon(section.icon, colour)
            for pixmap_size in (drawn.availableSizes() or [QSize(48, 48)])[:1]:
                drawn.addPixmap(icon(section.icon, selected).pixmap(pixmap_size), QIcon.Mode.Selected)
            self.item(row).setIcon(drawn)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.recolour()  # icons are drawn in the palette's colours; the language does not change them
        super().changeEvent(event)
