"""Text for printed documents (agreement, journal) in the household's language, which may differ from the app's.

Labels are ordinary Qt Linguist strings, looked up in the catalogue of the document's language without switching the
app's language. Text the family typed is escaped so that Markdown never reinterprets it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QTranslator

from guardian.domain.household import HouseholdInfo
from guardian.i18n.locales import SUPPORTED_LANGUAGES
from guardian.i18n.translator import qm_file

_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~&])")


@lru_cache(maxsize=8)
def _catalogue(language: str) -> QTranslator | None:
    catalogue = QTranslator()
    return catalogue if catalogue.load(str(qm_file(language))) else None


def translator_for(language: str) -> Callable[[str, str], str]:
    """translate(context, source) in `language`; the English source when there is no translation."""

    def translate(context: str, source: str) -> str:
        if language == "en":
            return source
        catalogue = _catalogue(language)
        return (catalogue.translate(context, source) if catalogue is not None else "") or source

    return translate


def document_language(household: HouseholdInfo | None, ui_language: str) -> str:
    """The household's language when the app has it, else the app's own."""
    if household is not None and household.language in SUPPORTED_LANGUAGES:
        return household.language
    return ui_language


def escape(text: str) -> str:
    """One paragraph of the family's text, literal in Markdown; line breaks kept as hard breaks."""
    lines = [_MARKDOWN.sub(r"\\\1", line.strip()) for line in text.replace("\r\n", "\n").split("\n")]
    return "\\\n".join(line for line in lines if line)


def blank(length: int = 28) -> str:
    """A line to fill in by hand."""
    return "\\_" * length
