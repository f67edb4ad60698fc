"""The navigation rail: one entry per section, an icon above its label, usable by keyboard.

The rail draws its cells itself. In icon mode the style highlights only the label's area, and frames only the label
when the rail has keyboard focus; both looked like a box stuck under the icon. Here the current section's whole cell
is highlighted, icon and label are centred in it at any font size, and keyboard focus is a ring inside that cell.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QStyledItemDelegate

from guardian.ui.icons import icon
from guardian.ui.keys import shown
from guardian.ui.painting import centred_text, draw_text, fill, ring
from guardian.ui.sections import Section

_GAP = 4  # between icon and label, as Qt's icon mode leaves it
# The rail is part of the first frame, which must not build Qt's namespace (ui/painting.py): these Qt values are
# given as the plain numbers Qt also takes (tests/ui/test_shell.py checks them against Qt's names).
DECORATION_ROLE = 1  # Qt.ItemDataRole.DecorationRole
ID_ROLE = 256  # Qt.ItemDataRole.UserRole: the section's id
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff


class _RailDelegate(QStyledItemDelegate):
    """Paints a rail cell: highlight, icon, label and focus ring. It asks the rail, not the style option's state,
    whether a row is current and focused: that keeps PySide6 from building QStyle's large Python enums while the
    first frame is drawn. It paints with brushes only (ui/painting.py)."""

    def paint(self, painter, option, index) -> None:
        rail = self.parent()
        cell = QRect(option.rect)
        current = index.row() == rail.currentRow()
        group = QPalette.ColorGroup.Active if rail.isActiveWindow() else QPalette.ColorGroup.Inactive
        palette = option.palette
        if current:
            fill(painter, cell, palette.brush(group, QPalette.ColorRole.Highlight))
        size = rail.iconSize()
        label = centred_text(str(index.data() or ""), option.font, max(cell.width() - 8, 1))
        label_height = int(label.boundingRect().height() + 0.999)
        top = cell.top() + max((cell.height() - size.height() - _GAP - label_height) // 2, 0)
        drawn = index.data(DECORATION_ROLE)
        if isinstance(drawn, QIcon):
            mode = QIcon.Mode.Selected if current else QIcon.Mode.Normal
            place = QRect(cell.left() + (cell.width() - size.width()) // 2, top, size.width(), size.height())
            painter.drawPixmap(place, drawn.pixmap(size, rail.devicePixelRatioF(), mode))
        role = QPalette.ColorRole.HighlightedText if current else QPalette.ColorRole.Text
        draw_text(painter, label, cell.left() + 4, top + size.height() + _GAP, palette.brush(group, role))
        if current and rail.hasFocus():
            ring(painter, cell.adjusted(3, 3, -4, -4), 2, 5, palette.brush(group, QPalette.ColorRole.HighlightedText))


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
        self.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)  # a number: see DECORATION_ROLE
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setViewportMargins(0, 6, 0, 0)
        self.setIconSize(QSize(28, 28))
        self.setWordWrap(True)
        self.setItemDelegate(_RailDelegate(self))
        for section in sections:
            item = QListWidgetItem()
            item.setData(ID_ROLE, section.id)
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
            item.setToolTip(f"{text} ({shown(section.shortcut)})" if section.shortcut else text)
            width = max(width, min(metrics.horizontalAdvance(text), metrics.averageCharWidth() * 14))
        self._cell_width = max(width + 24, 92)
        label = metrics.lineSpacing() * 2
        self._cell_heights = (self.iconSize().height() + _GAP + label + 10, 52 + label)  # tightest, roomiest
        self._fit_cells()
        self.setFixedWidth(self._cell_width + 12)

    def _fit_cells(self) -> None:
        """Cells as tall as is comfortable, shorter where the window is not (a 768-pixel laptop screen): the whole
        rail stays in view without a scroll bar as long as the tightest cells fit."""
        tightest, roomiest = self._cell_heights
        # the viewport's height, worked out without asking for the viewport: handing Python a QWidget makes PySide6
        # find its class, which builds some sixty Python enums before the first frame
        room = self.contentsRect().height() - self.viewportMargins().top() - self.viewportMargins().bottom()
        height = max(tightest, min(roomiest, room // max(self.count(), 1)))
        cell = QSize(self._cell_width, height)
        if cell != self.gridSize():
            for row in range(self.count()):
                self.item(row).setSizeHint(cell)
            self.setGridSize(cell)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_cells()

    def recolour(self) -> None:
        """Icons in the palette's text colour, and in its highlighted-text colour for the current section, drawn at
        the size and pixel ratio they are shown at."""
        colour = self.palette().color(self.foregroundRole())
        selected = self.palette().color(QPalette.ColorRole.HighlightedText)
        size, ratio = self.iconSize(), self.devicePixelRatioF()
        for row, section in enumerate(self._sections):
            drawn = icon(section.icon, colour, size.width(), ratio)
            highlighted = icon(section.icon, selected, size.width(), ratio)
            if not highlighted.isNull():
                drawn.addPixmap(highlighted.pixmap(size, ratio), QIcon.Mode.Selected)
            self.item(row).setIcon(drawn)

    def refit(self) -> None:
        """After a font change: cells sized for the new label size."""
        self.retranslate()
