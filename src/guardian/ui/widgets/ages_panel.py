"""Ages set by law and by the platforms' terms: the digital age of consent in the family's country and each
platform's minimum age, with what they mean for a family."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from guardian.i18n.locales import country_name
from guardian.i18n.text import arg
from guardian.services.content_service import ContentService
from guardian.ui.sources import source_markdown
from guardian.ui.widgets.markdown_view import MarkdownView


class AgesPanel(QWidget):
    def __init__(self, content: ContentService, country: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agesPanel")
        self._content = content
        self.country = country
        self.text = MarkdownView()
        self.text.setObjectName("agesText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self.render()

    def render(self) -> None:
        language = self._content.language
        self.text.setAccessibleName(self.tr("Ages in law and terms"))
        parts = ["## " + self.tr("The digital age of consent")]
        parts.append(self.tr("Below this age, online services need a parent's consent before they use a child's "
                             "personal data on the basis of consent (in the EU and EEA, article 8 of the GDPR as "
                             "set by each country)."))
        country = self._content.items("countries").get(self.country)
        if country is None:
            parts.append(self.tr("Choose your country in Settings to see its rule."))
        elif country.consent_age is not None and country.consent_source is not None:
            parts.append("**" + arg(self.tr("%1: %2 years"), country_name(country.code, language),
                                    country.consent_age) + "**")
            if country.consent_law:
                parts.append(arg(self.tr("Law: %1"), country.consent_law))
            parts.append(arg(self.tr("Source: %1"), source_markdown(country.consent_source)))
            if country.consent_source.confidence != "high" or not country.consent_source.confirmed:
                parts.append("*" + self.tr("This comes from a secondary source; check the law's official text.")
                             + "*")
        else:
            parts.append(arg(self.tr("%1 has no digital age of consent that we could confirm."),
                             country_name(country.code, language)))
        parts.append("## " + self.tr("Minimum ages in the platforms' terms"))
        parts.append(self.tr("A minimum age in the terms is the platform's own rule. Children under it should not "
                             "have an account, and many platforms offer a supervised or child account instead."))
        rows = []
        platforms = self._content.items("platforms")
        for pid, title in self._content.titles("platforms").items():
            platform = platforms[pid]
            age = platform.minimum_age_in(self.country)
            if age is not None and platform.minimum_age_source is not None:
                source = source_markdown(platform.minimum_age_source)
                rows.append(f"| {title} | {age} | {source} |")
        if rows:
            heads = (self.tr("Platform"), self.tr("Minimum age"), self.tr("Source"))
            parts.append("| " + " | ".join(heads) + " |\n|---|---|---|\n" + "\n".join(rows))
        self.text.set_markdown("\n\n".join(parts))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.render()
        super().changeEvent(event)
