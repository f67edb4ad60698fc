"""One rating system: its labels (drawn badges with their meaning), descriptors, explanation and the labels of
other systems for the same age (approximate, and said to be)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from guardian.content.prose import Prose
from guardian.content.ratings import RatingSystem
from guardian.domain.ratings import equivalents
from guardian.i18n.locales import long_date
from guardian.i18n.text import arg
from guardian.services.content_service import ContentService
from guardian.ui.sources import readable_address
from guardian.ui.widgets.markdown_view import MarkdownView
from guardian.ui.widgets.page_header import PageHeader
from guardian.ui.widgets.rating_badge import badge_icon


def full_name(content: ContentService, system: RatingSystem) -> str:
    """A rating system's full name in the current language: its prose may give one (`full_name`); the facts' is
    English."""
    prose = content.prose("ratings", system.id)
    return (prose.meta.get("full_name") if prose else None) or system.full_name


def descriptor_lines(system: RatingSystem, prose: Prose) -> list[str]:
    """Each content descriptor as Markdown: its name in the prose's language, then the words the system itself prints
    (its `code`: ESRB's English, USK's German, CERO's Japanese) when they differ, then what it means."""
    names = prose.meta.get("descriptor_names") or {}
    texts = prose.meta.get("descriptors") or {}
    lines = []
    for d in system.descriptors:
        name = names.get(d.id) or d.code
        printed = "" if name.casefold() == d.code.casefold() else f" ({d.code})"
        lines.append(f"**{name}**{printed}: {texts.get(d.id, '')}")
    return lines


class RatingSystemView(QWidget):
    def __init__(self, content: ContentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self.system: RatingSystem | None = None
        self.header = PageHeader()
        self.labels = QListWidget()
        self.labels.setObjectName("ratingLabels")
        self.labels.setWordWrap(True)
        self.labels.setIconSize(QSize(72, 32))
        self.labels.currentRowChanged.connect(self._label_chosen)
        self.detail = MarkdownView()
        self.detail.setObjectName("ratingDetail")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.labels)
        split.addWidget(self.detail)
        split.setSizes([220, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self._name_parts()

    def _name_parts(self) -> None:
        self.labels.setAccessibleName(self.tr("Labels"))
        self.detail.setAccessibleName(self.tr("Explanation"))

    def show_system(self, system_id: str, label_code: str = "") -> None:
        system = self._content.items("rating_systems").get(system_id)
        if system is None:
            return
        self.system = system
        prose = self._content.prose("ratings", system_id)
        meanings = (prose.meta.get("labels") or {}) if prose else {}
        self.header.set_text(self._content.title("rating_systems", system_id), full_name(self._content, system))
        self.labels.blockSignals(True)
        self.labels.clear()
        for label in system.labels:
            item = QListWidgetItem(
                badge_icon(label.code, label.min_age), f"{label.code}: {meanings.get(label.code, '')}"
            )
            item.setData(Qt.ItemDataRole.UserRole, label.code)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{label.code}. {meanings.get(label.code, '')}")
            self.labels.addItem(item)
        self.labels.blockSignals(False)
        row = next((i for i, lab in enumerate(system.labels) if lab.code == label_code), -1)
        if row >= 0:
            self.labels.setCurrentRow(row)
        else:
            self._render(None)
        checked = long_date(system.source.verified, self._content.language) if system.source.verified else "?"
        self.note.setText(arg(self.tr("Source: %1 · checked %2"), readable_address(system.source.url), checked))

    def _label_chosen(self, row: int) -> None:
        if self.system is not None and 0 <= row < len(self.system.labels):
            self._render(self.system.labels[row].code)

    def _render(self, code: str | None) -> None:
        system = self.system
        prose = self._content.prose("ratings", system.id)
        parts = []
        if prose is not None and prose.fallback:
            parts.append("*" + self.tr("This text is not yet translated; it is shown in English.") + "*")
        if code is not None:
            label = system.label(code)
            others = {
                sid: [(lab.code, lab.min_age) for lab in s.labels]
                for sid, s in self._content.items("rating_systems").items()
            }
            names = self._content.titles("rating_systems")
            found = equivalents(label.min_age, others, exclude=system.id)
            if found:
                parts.append("## " + arg(self.tr("%1 in other systems"), code))
                parts.append(
                    self.tr(
                        "Systems judge content differently, so this compares the age only: it is "
                        "an approximation, not an official equivalence."
                    )
                )
                for e in sorted(found, key=lambda e: names[e.system]):
                    mark = "" if e.exact else " " + self.tr("(closest lower age)")
                    parts.append(f"- {names[e.system]}: **{e.code}**{mark}")
        if prose is not None:
            if system.descriptors:
                parts.append("## " + self.tr("Content descriptors"))
                parts.extend(f"- {line}" for line in descriptor_lines(system, prose))
            parts.append(prose.body)
        self.detail.set_markdown("\n\n".join(parts))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_parts()
        if event.type() == QEvent.Type.LanguageChange and self.system is not None:
            current = self.labels.currentItem()
            self.show_system(self.system.id, current.data(Qt.ItemDataRole.UserRole) if current else "")
        super().changeEvent(event)
