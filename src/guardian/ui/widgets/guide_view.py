"""One parental-controls guide: the prose, the setup steps, the official links and when the facts were checked."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from guardian.content.platforms import Platform
from guardian.i18n.locales import long_date
from guardian.i18n.text import arg
from guardian.services.content_service import ContentService
from guardian.ui.models.guides_model import category_name
from guardian.ui.widgets.markdown_view import MarkdownView
from guardian.ui.widgets.page_header import PageHeader


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


class GuideView(QWidget):
    back_requested = Signal()

    def __init__(self, content: ContentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideView")
        self._content = content
        self.platform_id = ""
        self.back = QPushButton()
        self.back.setObjectName("guideBack")
        self.back.clicked.connect(self.back_requested)
        self.header = PageHeader()
        self.text = MarkdownView()
        self.text.setObjectName("guideText")
        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.header)
        layout.addWidget(self.text, 1)
        self.retranslate()

    def show_platform(self, platform_id: str) -> bool:
        platform = self._content.items("platforms").get(platform_id)
        if platform is None:
            return False
        self.platform_id = platform_id
        self._render(platform)
        return True

    def markdown(self) -> str:
        return self.text.document().toMarkdown()

    def _render(self, platform: Platform) -> None:
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
        steps_block = "## " + self.tr("Set it up step by step") + "\n\n" + "\n".join(steps) + "\n" if steps else ""
        head, rest = sections[:3], sections[3:]
        parts.append("".join(head).strip())
        if steps_block:
            parts.append(steps_block)
        if rest:
            parts.append("".join(rest).strip())
        parts.append(self._facts_markdown(platform, language))
        self.text.set_markdown("\n\n".join(p for p in parts if p))

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
            lines.append(f"- {names.get(kind, official_page)}: <{url}>")
        if platform.minimum_age is not None and platform.minimum_age_source is not None:
            src = platform.minimum_age_source
            lines.append("- " + arg(self.tr("Minimum age in the terms of service: %1"), platform.minimum_age)
                         + f" ([{source_word}]({src.url}))")
            if src.note:
                lines.append(f"  {_md_escape(src.note)}")
        if platform.store_rating:
            ratings = ", ".join(f"{k.title()}: {v}" for k, v in platform.store_rating.items())
            lines.append("- " + arg(self.tr("App store age rating: %1"), _md_escape(ratings)))
        if platform.source.confidence != "high" or not platform.source.confirmed:
            lines.append("")
            lines.append("*" + self.tr("Some facts in this guide come from secondary sources because the "
                                       "platform's own pages could not be read. Check the official pages "
                                       "before relying on a menu path.") + "*")
        if platform.source.verified:
            lines.append("")
            lines.append(arg(self.tr("Facts checked on %1 against the platform's own pages (%2)."),
                             long_date(platform.source.verified, language), f"<{platform.source.url}>"))
        return "\n".join(lines)

    def retranslate(self) -> None:
        self.back.setText(self.tr("← All guides"))
        self.back.setAccessibleName(self.tr("Back to all guides"))
        self.text.setAccessibleName(self.tr("Guide"))
        if self.platform_id:
            self.show_platform(self.platform_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
