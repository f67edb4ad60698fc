"""The content the UI shows: loaded once on first use, prose in the current language, search over it.

The loader and the search index are imported on first use, not with this module: the app creates this service
before its first frame, and nothing on that frame needs the content (DESIGN.md section 5). Facts are loaded first
and the prose only when something asks for it: Home needs facts alone, and the prose in four languages is the larger
half of the loading.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guardian.content.library import Library
    from guardian.content.prose import Prose
    from guardian.content.search import SearchHit, SearchIndex

log = logging.getLogger(__name__)


class ContentService:
    def __init__(self, root: Path, language: str) -> None:
        self._root = root
        self._facts: Library | None = None  # facts only, until the prose is asked for
        self._library: Library | None = None  # the same object, completed with the prose and templates
        self._indexes: dict[str, SearchIndex] = {}
        self.language = language

    @property
    def library(self) -> Library:
        """All content (facts, prose, agreement templates)."""
        if self._library is None:
            from guardian.content.loader import complete

            self._library = complete(self._root, self._loaded_facts())
        return self._library

    def _loaded_facts(self) -> Library:
        if self._facts is None:
            from guardian.content.loader import load_facts

            self._facts = load_facts(self._root)
        return self._facts

    def set_language(self, language: str) -> None:
        self.language = language

    def items(self, kind: str) -> dict:
        """Facts of one kind by id (does not load the prose)."""
        return self._loaded_facts().items(kind)

    def prose(self, kind: str, item: str) -> Prose | None:
        return self.library.prose(kind, item, self.language)

    def title(self, kind: str, item: str, language: str | None = None) -> str:
        """What to call a platform or rating system (facts `kind`) in the current language (or `language`, for a
        document in the household's): the title of its prose (translated, or English while the translation is
        missing or outdated), else the English name in its facts, else its id. Facts names are English only, so a
        page must not show them directly."""
        from guardian.content.library import prose_kind

        described_by = prose_kind(kind)
        prose = self.library.prose(described_by, item, language or self.language) if described_by else None
        if prose is not None:
            return prose.title
        found = self.items(kind).get(item)
        return getattr(found, "name", None) or item

    def titles(self, kind: str, language: str | None = None) -> dict[str, str]:
        """Every item of a facts `kind` by id, with its title(), in the language's alphabetical order (Qt's collation:
        Latvian Ģ after G, Kazakh Қ after К, and Cyrillic before Latin in kk and ru)."""
        from PySide6.QtCore import QCollator, QLocale

        language = language or self.language
        collator = QCollator(QLocale(language))
        titles = {item: self.title(kind, item, language) for item in self.items(kind)}
        return dict(sorted(titles.items(), key=lambda pair: collator.sortKey(pair[1])))

    def countries(self) -> list[str]:
        return sorted(self.items("countries"))

    def search(self, text: str, limit: int = 40) -> list[SearchHit]:
        index = self._indexes.get(self.language)
        if index is None:
            from guardian.content.search import SearchIndex

            index = SearchIndex.build(self.library, self.language)
            self._indexes[self.language] = index
        return index.search(text, limit)
