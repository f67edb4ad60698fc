"""Search results as the parent types, grouped by kind, with the matching words highlighted."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from guardian.content.search import SearchHit
from guardian.i18n.text import arg
from guardian.services.content_service import ContentService
from guardian.ui.widgets.page_header import PageHeader

KIND_ORDER = ("guide", "risk", "rating", "helpline")
KIND_NAMES = {
    "guide": QT_TRANSLATE_NOOP("SearchKinds", "Guides"),
    "risk": QT_TRANSLATE_NOOP("SearchKinds", "Risks"),
    "rating": QT_TRANSLATE_NOOP("SearchKinds", "Age ratings"),
    "helpline": QT_TRANSLATE_NOOP("SearchKinds", "Helplines"),
}


def highlighted(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """Rich text with the matched spans in bold; everything else escaped."""
    out, last = [], 0
    for start, end in spans:
        if start < last:
            continue
        out.append(html.escape(text[last:start]))
        out.append("<b>" + html.escape(text[start:end]) + "</b>")
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


class ResultList(QListWidget):
    """Results shown as wrapping rich-text labels, each row as tall as its label is at the list's width."""

    def add_label(self, item: QListWidgetItem, label: QLabel) -> None:
        item.setSizeHint(self._fitted(label))  # before adding: the list lays the rows out once
        self.addItem(item)
        self.setItemWidget(item, label)

    def _fitted(self, label: QWidget) -> QSize:
        width = self.viewport().width()
        return QSize(width, label.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            for row in range(self.count()):
                item = self.item(row)
                if (label := self.itemWidget(item)) is not None:
                    item.setSizeHint(self._fitted(label))


class SearchPage(QWidget):
    open_requested = Signal(str, str)  # kind, id

    def __init__(self, content: ContentService, kinds: frozenset[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPage")
        self._content = content
        self._kinds = kinds  # None: every kind; otherwise only hits whose section is shown
        self._query = ""
        self.hits: list[SearchHit] = []
        self.header = PageHeader()
        self.results = ResultList()
        self.results.setObjectName("searchResults")
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 16)
        layout.addWidget(self.header)
        layout.addWidget(self.results, 1)
        self.retranslate()

    def set_query(self, text: str) -> None:
        self._query = text
        hits = self._content.search(text) if text.strip() else []
        self.hits = [h for h in hits if self._kinds is None or h.kind in self._kinds]
        self._show()

    def _show(self) -> None:
        self.results.clear()
        grouped = sorted(self.hits, key=lambda h: KIND_ORDER.index(h.kind) if h.kind in KIND_ORDER else 99)
        current_kind = None
        for hit in grouped:
            if hit.kind != current_kind:
                current_kind = hit.kind
                heading = QListWidgetItem(QCoreApplication.translate("SearchKinds", KIND_NAMES.get(hit.kind, "")))
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.results.addItem(heading)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, (hit.kind, hit.id))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, hit.title)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, hit.snippet)
            label = QLabel(f"{highlighted(hit.title, hit.title_spans)}<br><small>"
                           f"{highlighted(hit.snippet, hit.snippet_spans)}</small>")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(8, 4, 8, 4)
            self.results.add_label(item, label)
        if self._query.strip():
            self.header.set_text(arg(self.tr("Results for “%1”"), self._query.strip()),
                                 self.tr("Nothing found. Try a shorter or different word.") if not self.hits
                                 else self.tr("%n result(s)", "", len(self.hits)))

    def _activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.open_requested.emit(*data)

    def retranslate(self) -> None:
        self.results.setAccessibleName(self.tr("Search results"))
        self.header.set_text(self.tr("Search"))
        if self._query:
            self.set_query(self._query)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
