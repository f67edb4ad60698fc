"""The household as plain values: what storage returns, services hand to the UI, and the export format carries.

No Qt, no SQL. Step ids are "<platform id>/<step id>" (e.g. "android/install-family-link") so that a tick names the
guide step it belongs to without reading any content file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

DEFAULT_REVIEW_MONTHS = 3


def step_key(platform_id: str, step: str) -> str:
    """The stored id of a guide step: steps in a platform file are bare ("set-app-limits"), ticks are qualified."""
    return step if step.startswith(platform_id + "/") else f"{platform_id}/{step}"


@dataclass(frozen=True)
class HouseholdInfo:
    country: str
    language: str
    created: dt.date


@dataclass(frozen=True)
class Child:
    id: int
    display_name: str
    birth_year: int
    birth_date: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class Device:
    id: int
    child_id: int
    platform_id: str
    label: str


@dataclass(frozen=True)
class Tick:
    child_id: int
    device_id: int
    step_id: str
    ticked: dt.date


@dataclass(frozen=True)
class Review:
    child_id: int
    last_review: dt.date
    interval_months: int = DEFAULT_REVIEW_MONTHS


@dataclass(frozen=True)
class AgreementItem:
    id: str
    text: str
    choice: str | None = None


@dataclass(frozen=True)
class Agreement:
    child_id: int
    template_id: str
    items: tuple[AgreementItem, ...]
    updated: dt.date


@dataclass(frozen=True)
class JournalEntry:
    id: int
    date: dt.date
    what_happened: str
    child_id: int | None = None
    platform_id: str | None = None
    what_was_done: str = ""
    reports_made: str = ""
    reference_numbers: str = ""


@dataclass(frozen=True)
class HouseholdSnapshot:
    """Everything the export format carries (the parent PIN is not household data and is never exported)."""

    household: HouseholdInfo | None = None
    children: tuple[Child, ...] = ()
    devices: tuple[Device, ...] = ()
    ticks: tuple[Tick, ...] = ()
    reviews: tuple[Review, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    journal: tuple[JournalEntry, ...] = ()

    def counts(self) -> dict[str, int]:
        return {"children": len(self.children), "devices": len(self.devices), "ticks": len(self.ticks),
                "reviews": len(self.reviews), "agreements": len(self.agreements), "journal": len(self.journal)}


@dataclass(frozen=True)
class HouseholdView:
    """What Home and the start of the app read: the household without its agreements and journal, and whether a
    parent PIN is set."""

    household: HouseholdInfo | None
    children: tuple[Child, ...]
    devices: tuple[Device, ...]
    ticks: tuple[Tick, ...]
    reviews: tuple[Review, ...]
    has_pin: bool


@dataclass(frozen=True)
class DeviceProgress:
    device: Device
    done: int
    total: int
    ticked: dict[str, dt.date] = field(default_factory=dict)


@dataclass(frozen=True)
class ChildProgress:
    child_id: int
    devices: tuple[DeviceProgress, ...]

    @property
    def done(self) -> int:
        return sum(d.done for d in self.devices)

    @property
    def total(self) -> int:
        return sum(d.total for d in self.devices)

