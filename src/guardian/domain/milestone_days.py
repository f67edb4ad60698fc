"""Age milestones grouped per birthday, for Home's child cards (a child's possible age is domain.child_ages)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from guardian.domain.reminders import Milestone


@dataclass(frozen=True)
class MilestoneDay:
    """Every threshold reached on the same birthday (e.g. 13: TikTok, Instagram and the age of consent)."""

    age: int
    date: dt.date
    approximate: bool
    labels: tuple[str, ...]


def group_milestones(milestones: Iterable[Milestone], limit: int | None = None) -> list[MilestoneDay]:
    """Milestones merged per age, soonest first, keeping the labels in the order given; at most `limit` days."""
    days: dict[tuple[dt.date, int, bool], list[str]] = {}
    for m in sorted(milestones, key=lambda m: (m.date, m.age)):
        labels = days.setdefault((m.date, m.age, m.approximate), [])
        if m.label not in labels:
            labels.append(m.label)
    grouped = [MilestoneDay(age, date, approximate, tuple(labels))
               for (date, age, approximate), labels in days.items()]
    return grouped if limit is None else grouped[:limit]
