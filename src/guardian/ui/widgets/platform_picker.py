"""Choose devices and apps from the content's platforms: grouped by category, filtered as the parent types.

In `multiple` mode each platform has a check box (the welcome ticks several at once); otherwise one platform is
selected (adding a single device). Platforms are called by their titles in the current language, sorted by them,
and found by the title, the English name or the id.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QStyle, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from guardian.content.platforms import CATEGORIES
from guardian.services.content_service import ContentService
from guardian.ui.models.guides_model import category_name

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FIND_ROLE = Qt.ItemDataRole.UserRole + 2  # what the search box matches, casefolded


class PlatformPicker(QWidget):
    changed = Signal()

    def __init__(self, content: ContentService, multiple: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("platformPicker")
        self._content = content
        self.multiple = multiple
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("platformSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.tree = QTreeWidget()
        self.tree.setObjectName("platformTree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.items: dict[str, QTreeWidgetItem] = {}
        self._groups: dict[str, QTreeWidgetItem] = {}
        platforms = content.items("platforms").values()
        for category in CATEGORIES:
            members = [p for p in platforms if p.category == category]
            if not members:
                continue
            group = QTreeWidgetItem(self.tree)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self._groups[category] = group
            for platform in members:
                item = QTreeWidgetItem(group)
                item.setData(0, ID_ROLE, platform.id)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if multiple:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                    item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setFlags(flags)
                self.items[platform.id] = item
        self.tree.expandAll()
        self.search.textChanged.connect(self.filter)
        self.search.installEventFilter(self)
        self.tree.itemChanged.connect(lambda *_: self.changed.emit())
        self.tree.currentItemChanged.connect(lambda *_: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for group in self._groups.values():
            shown = 0
            for index in range(group.childCount()):
                item = group.child(index)
                hit = not wanted or wanted in item.data(0, FIND_ROLE)
                item.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)

    def eventFilter(self, watched, event) -> bool:
        """Enter or Down in the search box moves to the first platform still shown (and does not close a dialog)."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self._focus_first()
            return True
        return super().eventFilter(watched, event)

    def _focus_first(self) -> None:
        for group in self._groups.values():
            for index in range(group.childCount()):
                if not group.isHidden() and not group.child(index).isHidden():
                    self.tree.setCurrentItem(group.child(index))
                    self.tree.setFocus()
                    return

    def checked(self) -> list[str]:
        return [pid for pid, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked]

    def set_checked(self, ids) -> None:
        self.tree.blockSignals(True)
        for pid, item in self.items.items():
            item.setCheckState(0, Qt.CheckState.Checked if pid in ids else Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)

    def set_checked_one(self, platform_id: str, on: bool = True) -> None:
        self.items[platform_id].setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def current(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None and item.isSelected() else None

    def set_current(self, platform_id: str) -> None:
        item = self.items.get(platform_id)
        if item is not None:
            self.tree.setCurrentItem(item)

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search devices and apps:"))
        self.search.setAccessibleName(self.tr("Search devices and apps"))
        self.search.setPlaceholderText(self.tr("For example: Android, TikTok, PlayStation"))
        self.tree.setAccessibleName(self.tr("Devices and apps"))
        self.tree.setAccessibleDescription(self.tr("Press Space to tick a device or app.") if self.multiple
                                           else self.tr("Choose one device or app."))
        for category, group in self._groups.items():
            group.setText(0, category_name(category))
        self._name_platforms()

    def _name_platforms(self) -> None:
        """Each platform's title in the current language, and each group sorted by it (ticks stay on the items)."""
        platforms = self._content.items("platforms")
        titles = self._content.titles("platforms")
        order = {pid: place for place, pid in enumerate(titles)}
        current = self.tree.currentItem()
        self.tree.blockSignals(True)
        for group in self._groups.values():
            members = group.takeChildren()
            for item in members:
                pid = item.data(0, ID_ROLE)
                item.setText(0, titles[pid])
                item.setData(0, FIND_ROLE, " ".join((titles[pid], platforms[pid].name, pid)).casefold())
            group.addChildren(sorted(members, key=lambda item: order[item.data(0, ID_ROLE)]))
        if current is not None:
            self.tree.setCurrentItem(current)
        self.tree.blockSignals(False)
        self.filter(self.search.text())
        self._fit_titles()

    def _fit_titles(self) -> None:
        """Wide enough to show every title whole, up to about 90 characters; a dialog grows to this width."""
        tree = self.tree
        scroll_bar = tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, tree)
        needed = tree.sizeHintForColumn(0) + 2 * tree.frameWidth() + scroll_bar
        tree.setMinimumWidth(min(needed, tree.fontMetrics().averageCharWidth() * 90))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
