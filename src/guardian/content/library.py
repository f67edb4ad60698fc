"""The loaded knowledge: facts by kind and id, prose by locale with English fallback, and the JSON export."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from guardian.content.problems import Problem
from guardian.content.prose import LOCALES, SOURCE_LOCALE, Prose

# prose folder name -> facts kind it describes (None: prose-only items such as conversation starters)
PROSE_KINDS: dict[str, str | None] = {
    "platforms": "platforms",
    "ratings": "rating_systems",
    "risks": "risks",
    "harms": "harms",
    "talk": None,
    "pages": None,
    "agreements": None,  # templates live in resources/agreements/ (content/agreements.py checks them)
}


def prose_kind(facts_kind: str) -> str | None:
    """The prose folder that describes a kind of facts (None: that kind has no prose)."""
    return next((prose for prose, facts in PROSE_KINDS.items() if facts == facts_kind), None)


@dataclass
class Library:
    facts: dict[str, dict[str, Any]] = field(default_factory=dict)
    prose_files: dict[tuple[str, str, str], Prose] = field(default_factory=dict)
    current: set[tuple[str, str, str]] = field(default_factory=set)  # (prose kind, id, locale) complete+current
    problems: list[Problem] = field(default_factory=list)
    templates: dict[str, Any] = field(default_factory=dict)  # family agreement templates by id

    def items(self, kind: str) -> dict[str, Any]:
        return self.facts.get(kind, {})

    def prose(self, kind: str, item: str, locale: str) -> Prose | None:
        """Prose in `locale`, or the English text marked as a fallback; None only if English is missing too."""
        found = self.prose_files.get((kind, item, locale))
        if found is not None and (locale == SOURCE_LOCALE or (kind, item, locale) in self.current):
            return found
        english = self.prose_files.get((kind, item, SOURCE_LOCALE))
        if english is None:
            return found
        if locale == SOURCE_LOCALE:
            return english
        return Prose(**{**english.__dict__, "fallback": True})

    def prose_ids(self, kind: str) -> list[str]:
        return sorted({i for (k, i, loc) in self.prose_files if k == kind and loc == SOURCE_LOCALE})

    def locales(self, kind: str, item: str) -> list[str]:
        return [loc for loc in LOCALES if (kind, item, loc) in self.current]

    def export(self) -> dict[str, Any]:
        """All structured facts, as `guardian content export` prints them."""
        out: dict[str, Any] = {}
        for kind, items in sorted(self.facts.items()):
            described_by = prose_kind(kind)
            rows = {}
            for key, item in sorted(items.items()):
                row = item.as_dict()
                if described_by:
                    row["locales"] = self.locales(described_by, key)
                rows[key] = row
            out[kind] = rows
        starters: dict[str, dict[str, list[str]]] = {}
        for band in self.prose_ids("talk"):
            starters[band] = {
                loc: list(p.meta.get("starters", []))
                for loc in LOCALES
                if (p := self.prose_files.get(("talk", band, loc))) and ("talk", band, loc) in self.current
            }
        if starters:
            out["conversation_starters"] = starters
        return out
