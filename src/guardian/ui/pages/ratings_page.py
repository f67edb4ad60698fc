"""Age ratings: every system explained with its labels, a label finder ('PEGI 16', 'T', '12+'), the verdict for a
child, and the ages set by law and by the platforms."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guardian.domain.ratings import matches
from guardian.services.content_service import ContentService
from guardian.services.family import Family
from guardian.ui.widgets.ages_panel import AgesPanel
from guardian.ui.widgets.child_ratings_panel import ChildRatingsPanel
from guardian.ui.widgets.page_header import PageHeader
from guardian.ui.widgets.rating_badge import badge_icon
from guardian.ui.widgets.rating_system_view import RatingSystemView, full_name
from guardian.ui.widgets.verdict_panel import VerdictPanel


class RatingsPage(QWidget):
    def __init__(self, content: ContentService, country: str, family: Family | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingsPage")
        self._content = content
        self._country = country
        self.header = PageHeader()
        self.find = QLineEdit()
        self.find.setObjectName("labelFinder")
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self._find_changed)
        self.systems = QListWidget()
        self.systems.setObjectName("ratingSystems")
        # long names wrap instead of being cut off (at 200 % font size the list is narrow for them)
        self.systems.setWordWrap(True)
        self.systems.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.systems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.systems.setResizeMode(QListView.ResizeMode.Adjust)
        self.systems.currentItemChanged.connect(self._item_chosen)
        self.view = RatingSystemView(content)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.systems)
        split.addWidget(self.view)
        chars = self.fontMetrics().averageCharWidth()
        split.setSizes([chars * 30, chars * 80])  # in characters, so the share follows the font size
        explain = QWidget()
        explain_layout = QVBoxLayout(explain)
        explain_layout.addWidget(self.find)
        explain_layout.addWidget(split, 1)
        self.verdict = VerdictPanel(content, family)
        self.ages = AgesPanel(content, country)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ratingsTabs")
        self.tabs.addTab(explain, "")
        self.tabs.addTab(self.verdict, "")
        self.tabs.addTab(self.ages, "")
        self.children = ChildRatingsPanel(content, family, country) if family is not None else None
        if self.children is not None:
            self.tabs.addTab(self.children, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 16)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def _ordered_systems(self) -> list[str]:
        systems = self._content.items("rating_systems")
        country = self._content.items("countries").get(self._country)
        local = [s for s in (country.rating_systems if country else ()) if s in systems]
        return local + [s for s in self._content.titles("rating_systems") if s not in local]

    def _fill(self, query: str = "") -> None:
        systems = self._content.items("rating_systems")
        self.systems.blockSignals(True)
        self.systems.clear()
        for sid in self._ordered_systems():
            system = systems[sid]
            title = self._content.title("rating_systems", sid)
            if not query:
                item = QListWidgetItem(title)
                item.setData(Qt.ItemDataRole.UserRole, (sid, ""))
                item.setToolTip(full_name(self._content, system))
                self.systems.addItem(item)
                continue
            for label in system.labels:
                if matches(query, title, label.code) or matches(query, system.name, label.code):
                    item = QListWidgetItem(badge_icon(label.code, label.min_age), f"{title}: {label.code}")
                    item.setData(Qt.ItemDataRole.UserRole, (sid, label.code))
                    self.systems.addItem(item)
        self.systems.blockSignals(False)
        if self.systems.count():
            self.systems.setCurrentRow(0)

    def _find_changed(self, text: str) -> None:
        self._fill(text.strip())

    def _item_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            sid, code = item.data(Qt.ItemDataRole.UserRole)
            self.view.show_system(sid, code)
            if code:
                self.verdict.choose(sid, code)

    def open_system(self, system_id: str) -> None:
        self.find.clear()
        for row in range(self.systems.count()):
            if self.systems.item(row).data(Qt.ItemDataRole.UserRole)[0] == system_id:
                self.systems.setCurrentRow(row)
        self.tabs.setCurrentIndex(0)

    def retranslate(self) -> None:
        self.header.set_text(self.tr("Age ratings explained"),
                             self.tr("What the labels on games, films and apps mean, and what they do not tell "
                                     "you: ratings describe content, not who your child can meet or what they "
                                     "can buy."))
        self.find.setPlaceholderText(self.tr("Find a label, e.g. PEGI 16, T or 12+"))
        self.find.setAccessibleName(self.tr("Find a label"))
        # Qt's clear button is a button to a screen reader: its action's text is its name
        for action in self.find.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
            action.setText(self.tr("Clear"))
        self.systems.setAccessibleName(self.tr("Rating systems"))
        self.tabs.setTabText(0, self.tr("Rating systems"))
        self.tabs.setTabText(1, self.tr("Is it right for my child?"))
        self.tabs.setTabText(2, self.tr("Ages in law and terms"))
        if self.children is not None:
            self.tabs.setTabText(3, self.tr("Your children"))
        current = self.systems.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole) if current else None
        self._fill(self.find.text().strip())
        if chosen:
            for row in range(self.systems.count()):
                if self.systems.item(row).data(Qt.ItemDataRole.UserRole) == chosen:
                    self.systems.setCurrentRow(row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
