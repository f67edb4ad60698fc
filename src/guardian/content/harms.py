"""Harm rule files (how an action plan is built for each harm) and international services such as removal tools."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from guardian.content.countries import SERVICE_KINDS
from guardian.content.reader import Reader, Source
from guardian.domain.harms import HARM_IDS

EVIDENCE = ("keep", "do_not_keep")


@dataclass(frozen=True)
class HarmRules:
    id: str
    source: Source
    evidence: str
    report_platform: bool
    report_to: tuple[str, ...]
    also: tuple[str, ...]
    removal: tuple[str, ...]
    helplines: tuple[str, ...]
    risks: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, **self.source.as_dict(), "evidence": self.evidence,
            "report_platform": self.report_platform, "report_to": list(self.report_to), "also": list(self.also),
            "removal": list(self.removal), "helplines": list(self.helplines), "risks": list(self.risks),
        }


TAKEN_AT = ("under-18", "18-plus")  # the age of the person in the pictures when they were taken


@dataclass(frozen=True)
class GlobalService:
    id: str
    name: str
    web: str
    report_url: str
    who: str
    harms: tuple[str, ...]
    source: Source
    taken_at: str = ""  # a removal service: for pictures taken "under-18" or "18-plus" (TAKEN_AT)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "web": self.web, "report_url": self.report_url, "who": self.who,
                "taken_at": self.taken_at, "harms": list(self.harms), **self.source.as_dict()}


def _kinds(r: Reader, key: str) -> tuple[str, ...]:
    values = r.strings(key)
    for value in values:
        if value not in SERVICE_KINDS:
            r.problem(key, f"'{value}' is not a service kind ({', '.join(SERVICE_KINDS)})")
    return tuple(v for v in values if v in SERVICE_KINDS)


def parse_harm(r: Reader, stem: str) -> HarmRules:
    r.unknown_keys({"id", "evidence", "report_platform", "report_to", "also", "removal", "helplines", "risks"})
    harm_id = r.text("id")
    if harm_id and harm_id not in HARM_IDS:
        r.problem("id", f"'{harm_id}' is not a harm id")
    report_platform = r.boolean("report_platform")
    return HarmRules(
        id=harm_id,
        source=r.require_source(),
        evidence=r.choice("evidence", EVIDENCE),
        report_platform=True if report_platform is None else report_platform,
        report_to=_kinds(r, "report_to"),
        also=_kinds(r, "also"),
        removal=tuple(r.strings("removal")),
        helplines=_kinds(r, "helplines"),
        risks=tuple(r.strings("risks")),
    )


def parse_global_service(r: Reader, stem: str) -> GlobalService:
    r.unknown_keys({"id", "name", "web", "report_url", "who", "taken_at", "harms"})
    harms = r.strings("harms")
    for harm in harms:
        if harm not in HARM_IDS:
            r.problem("harms", f"'{harm}' is not a harm id")
    return GlobalService(
        id=r.ident("id"),
        name=r.text("name"),
        web=r.url("web"),
        report_url=r.url("report_url"),
        who=r.text("who", required=False),
        harms=tuple(h for h in harms if h in HARM_IDS),
        source=r.require_source(),
        taken_at=r.choice("taken_at", TAKEN_AT),
    )
