"""One parental-controls guide: the prose, the setup steps, the official links and when the facts were checked.

With a household, the setup steps are a checklist beside the prose (ticked per child's device, with the date); without
one (or while the household is locked behind the PIN) they stay a plain numbered list inside the guide's text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCollator, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from guardian.content.platforms import Platform
from guardian.i18n.locales import country_name, format_list, long_date
from guardian.i18n.text import arg
from guardian.services.content_service import ContentService
from guardian.services.document_text import escape
from guardian.ui.models.guides_model import category_name
from guardian.ui.sources import caveat, link_markdown
from guardian.ui.widgets.checklist_panel import ChecklistPanel, household_ready
from guardian.ui.widgets.markdown_view import MarkdownView
from guardian.ui.widgets.page_header import PageHeader

WIDE_IN_CHARACTERS = 110  # narrower than this (in average characters), the checklist goes below the prose


class GuideView(QWidget):
    back_requested = Signal()
    family_tab_requested = Signal(str)  # a Family tab name, e.g. "children"

    def __init__(self, content: ContentService, family=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideView")
        self._content = content
        self._family = family
        self.platform_id = ""
        self._steps_in_text = True
        self.back = QPushButton()
        self.back.setObjectName("guideBack")
        self.back.clicked.connect(self.back_requested)
        self.header = PageHeader()
        self.text = MarkdownView()
        self.text.setObjectName("guideText")
        self.checklist = ChecklistPanel(content, family, selector=True)
        self.checklist.family_requested.connect(lambda: self.family_tab_requested.emit("children"))
        self.checklist_scroll = QScrollArea()
        self.checklist_scroll.setObjectName("guideChecklist")
        self.checklist_scroll.setWidgetResizable(True)
        self.checklist_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.checklist_scroll.setWidget(self.checklist)
        self.checklist_scroll.hide()
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.text)
        self.split.addWidget(self.checklist_scroll)
        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.header)
        layout.addWidget(self.split, 1)
        if family is not None:
            family.changed.connect(self._family_changed)
            family.unlocked_changed.connect(lambda _unlocked: self._family_changed())
        self.retranslate()

    def show_platform(self, platform_id: str, keep_scroll: bool = False) -> bool:
        platform = self._content.items("platforms").get(platform_id)
        if platform is None:
            return False
        self.platform_id = platform_id
        self.checklist.set_platform(platform_id)
        self._show_checklist()
        self._render(platform, keep_scroll)
        return True

    def _show_checklist(self) -> None:
        shown = household_ready(self._family)
        if shown != self.checklist_scroll.isVisibleTo(self):
            self.checklist_scroll.setVisible(shown)
            self._arrange(force=True)

    def _family_changed(self) -> None:
        """Another page (or this one) changed the household: update the checklist in place, keep the reading place."""
        if not self.platform_id:
            return
        self.checklist.refresh()
        self._show_checklist()
        if self._steps_in_text == self.checklist.shows_steps():
            platform = self._content.items("platforms").get(self.platform_id)
            if platform is not None:
                self._render(platform, keep_scroll=True)

    def _arrange(self, force: bool = False) -> None:
        """Checklist beside the prose when there is room for both, below it otherwise (large fonts, narrow window)."""
        wide = self.width() >= WIDE_IN_CHARACTERS * max(self.fontMetrics().averageCharWidth(), 1)
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation == self.split.orientation() and not force:
            return
        self.split.setOrientation(orientation)
        length = self.split.width() if wide else self.split.height()
        self.split.setSizes([length * 3 // 5, length * 2 // 5] if wide else [length // 2, length // 2])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def markdown(self) -> str:
        return self.text.document().toMarkdown()

    def _render(self, platform: Platform, keep_scroll: bool = False) -> None:
        scrolled = self.text.verticalScrollBar().value()
        prose = self._content.prose("platforms", platform.id)
        language = self._content.language
        title = prose.title if prose else platform.name
        self.header.set_text(title, category_name(platform.category))
        parts: list[str] = []
        if prose is not None and prose.fallback:
            parts.append("*" + self.tr("This guide is not yet translated into your language; it is shown in "
                                       "English.") + "*")
        if prose is not None and prose.summary:
            parts.append(prose.summary)
        body = prose.body if prose else ""
        sections = re.split(r"(?m)^(?=## )", body)
        steps_text = (prose.meta.get("steps") or {}) if prose else {}
        steps = [f"{n}. {steps_text[s]}" for n, s in enumerate(platform.steps, start=1) if s in steps_text]
        self._steps_in_text = not self.checklist.shows_steps()
        if not self._steps_in_text:
            steps = [self.tr("The steps are in your checklist, where you can tick each one as you finish it.")]
        steps_block = "## " + self.tr("Set it up step by step") + "\n\n" + "\n".join(steps) + "\n" if steps else ""
        head, rest = sections[:3], sections[3:]
        parts.append("".join(head).strip())
        if steps_block:
            parts.append(steps_block)
        if rest:
            parts.append("".join(rest).strip())
        parts.append(self._facts_markdown(platform, language))
        self.text.set_markdown("\n\n".join(p for p in parts if p))
        if keep_scroll:
            self.text.verticalScrollBar().setValue(scrolled)

    def _facts_markdown(self, platform: Platform, language: str) -> str:
        lines = ["## " + self.tr("Official pages and facts"), ""]
        names = {
            "help": self.tr("Help centre"),
            "parental_controls": self.tr("Parental controls"),
            "report": self.tr("How to report"),
            "privacy": self.tr("Privacy"),
            "terms": self.tr("Terms of service"),
            "safety_centre": self.tr("Safety centre"),
            "block": self.tr("How to block"),
            "purchases": self.tr("Purchases and spending"),
        }
        official_page = self.tr("Official page")
        source_word = self.tr("source")
        for kind, url in platform.links.items():
            lines.append(f"- {names.get(kind, official_page)}: {link_markdown(url)}")
        if platform.minimum_age is not None and platform.minimum_age_source is not None:
            src = platform.minimum_age_source
            warning = caveat(src)
            lines.append("- " + arg(self.tr("Minimum age in the terms of service: %1"), platform.minimum_age)
                         + f" ([{source_word}]({src.url}))" + (f" · *{warning}*" if warning else ""))
            if platform.minimum_age_by_country:
                collator = QCollator(QLocale(language))  # Latvian Č after C, not after Z
                others = sorted(((country_name(code, language), age)
                                 for code, age in platform.minimum_age_by_country.items()),
                                key=lambda pair: collator.sortKey(pair[0]))
                lines += ["", "  " + arg(self.tr("In some countries the terms set another age: %1."), format_list(
                    [arg(self.tr("%1: %2", "a country and its minimum age"), name, age) for name, age in others],
                    language))]
        if platform.store_rating:
            ratings = ", ".join(f"{k.title()}: {v}" for k, v in platform.store_rating.items())
            lines.append("- " + arg(self.tr("App store age rating: %1"), escape(ratings)))
        if platform.source.confidence != "high" or not platform.source.confirmed:
            lines.append("")
            lines.append("*" + self.tr("Some facts in this guide come from secondary sources because the "
                                       "platform's own pages could not be read. Check the official pages "
                                       "before relying on a menu path.") + "*")
        if platform.source.verified:
            lines.append("")
            lines.append(arg(self.tr("Facts checked on %1 against the platform's own pages (%2)."),
                             long_date(platform.source.verified, language), link_markdown(platform.source.url)))
        return "\n".join(lines)

    def retranslate(self) -> None:
        self.back.setText(self.tr("← All guides"))
        self.back.setAccessibleName(self.tr("Back to all guides"))
        self.text.setAccessibleName(self.tr("Guide"))
        self.checklist_scroll.setAccessibleName(self.tr("Your checklist"))
        if self.platform_id:
            self.show_platform(self.platform_id, keep_scroll=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._arrange()
        super().changeEvent(event)
