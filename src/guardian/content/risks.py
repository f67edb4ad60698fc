"""Risk fact files: the kind of risk, the youngest age band it concerns, and the guidance it is based on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from guardian.content.reader import Reader, Source
from guardian.domain.ages import BANDS
from guardian.domain.harms import HARM_IDS

RISK_KINDS = ("content", "conduct", "contact", "commercial")


@dataclass(frozen=True)
class Risk:
    id: str
    kind: str
    min_band: str
    harm: str
    platforms: tuple[str, ...]
    sources: tuple[Source, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "min_band": self.min_band,
            "harm": self.harm or None,
            "platforms": list(self.platforms),
            "sources": [s.as_dict() for s in self.sources],
        }


def _source(t: Reader) -> Source:
    t.unknown_keys({"url", "title"})
    return Source(url=t.url("url", required=True), verified=t.date("verified"),
                  confidence=t.choice("confidence", ("high", "medium", "low"), required=False, default="high"))


def parse_risk(r: Reader) -> Risk:
    r.unknown_keys({"id", "kind", "min_band", "harm", "platforms", "sources"})
    harm = r.text("harm", required=False)
    if harm and harm not in HARM_IDS:
        r.problem("harm", f"'{harm}' is not a harm id")
        harm = ""
    sources = tuple(_source(t) for t in r.tables("sources", required=True))
    if not sources and "sources" in r.data:
        r.problem("sources", "needs at least one source")
    return Risk(
        id=r.ident("id"),
        kind=r.choice("kind", RISK_KINDS),
        min_band=r.choice("min_band", BANDS),
        harm=harm,
        platforms=tuple(r.strings("platforms")),
        sources=sources,
    )
