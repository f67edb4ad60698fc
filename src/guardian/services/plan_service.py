"""The Get-help action plan: built from structured data (the harm's rules, the country's routes, the platform's
report route, international removal services), never from a hand-written page per combination."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from guardian.content.countries import Country, Service
from guardian.content.harms import GlobalService, HarmRules
from guardian.content.library import Library
from guardian.content.platforms import Platform
from guardian.content.prose import Prose
from guardian.domain.harms import HARM_IDS

ELSEWHERE = "*"  # a family in a country Guardian has no directory for: the plan without national routes


class PlanError(ValueError):
    pass


@dataclass(frozen=True)
class Plan:
    harm: HarmRules
    country: Country
    platform: Platform | None
    prose: Prose | None
    emergency: str  # the general emergency number, as dialled in the country
    reports: tuple[Service, ...]  # where to report, in order
    also: tuple[Service, ...]  # Safer Internet Centre, regulator ... where they apply
    removal: tuple[GlobalService, ...]
    helplines: tuple[Service, ...]  # for the child first, then for the parent
    created: dt.date = field(default_factory=dt.date.today)
    platform_title: str = ""  # what the plan's language calls the platform: its guide's title

    @property
    def elsewhere(self) -> bool:
        """A plan for a country Guardian has no directory for (ELSEWHERE)."""
        return self.country.code == ELSEWHERE

    @property
    def keep_evidence(self) -> bool:
        return self.harm.evidence == "keep"

    def services(self) -> tuple[Service, ...]:
        return self.reports + self.also + self.helplines


def _routes(country: Country, kinds: tuple[str, ...], harm: str) -> list[Service]:
    """Services of the given kinds, in the order of `kinds`; a service that lists harms must list this one."""
    chosen: list[Service] = []
    for kind in kinds:
        for service in country.services:
            if service.kind == kind and (not service.harms or harm in service.harms) and service not in chosen:
                chosen.append(service)
    return chosen


def build_plan(library: Library, harm_id: str, country_code: str, platform_id: str | None = None,
               language: str = "en") -> Plan:
    if harm_id not in HARM_IDS:
        raise PlanError(f"unknown harm '{harm_id}'; known: {', '.join(HARM_IDS)}")
    harm = library.items("harms").get(harm_id)
    if harm is None:
        raise PlanError(f"no rules for harm '{harm_id}' in the content")
    if country_code == ELSEWHERE:
        country = Country(ELSEWHERE, harm.source)  # no routes of its own: the advice, the platform, the removal
    else:
        country = library.items("countries").get(country_code.upper())
        if country is None:
            raise PlanError(f"no directory entry for country '{country_code}'")
    platform = None
    if platform_id:
        platform = library.items("platforms").get(platform_id)
        if platform is None:
            raise PlanError(f"unknown platform '{platform_id}'")
    reports = _routes(country, harm.report_to, harm_id)
    also = [s for s in _routes(country, harm.also, harm_id) if s not in reports]
    helplines = [s for s in _routes(country, harm.helplines, harm_id) if s not in reports + also]
    services = library.items("services")
    removal = tuple(services[s] for s in harm.removal if s in services)
    emergency = country.emergency.get("general", ("", None))[0]
    guide = library.prose("platforms", platform.id, language) if platform else None
    return Plan(harm, country, platform, library.prose("harms", harm_id, language), emergency, tuple(reports),
                tuple(also), removal, tuple(helplines),
                platform_title=guide.title if guide else platform.name if platform else "")
