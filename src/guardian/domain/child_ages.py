"""What a child's age means today and when that changes: the labels of a rating system that suit them, the
platforms whose terms allow them an account, the digital age of consent. Plain rules, no Qt, unit-tested.

With only a birth year the birthday is unknown, so a child's age is a range (born in 2014: 11 or 12 during 2026).
Every rule here takes the lower end: a label or platform counts as suitable only once the child has certainly
reached its age, and a date it becomes so is given as 1 January of the following year, marked approximate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from guardian.domain.ages import age_on, band_for
from guardian.domain.reminders import birthday_at


@dataclass(frozen=True)
class ChildAge:
    years: int  # whole years the child has certainly reached today
    approximate: bool  # only the birth year is known: the child may already be `years + 1`

    @property
    def upper(self) -> int:
        return self.years + 1 if self.approximate else self.years


def child_age(birth_year: int, birth_date: dt.date | None, today: dt.date) -> ChildAge:
    if birth_date is not None:
        return ChildAge(age_on(birth_date, today), False)
    return ChildAge(max(today.year - birth_year - 1, 0), today.year > birth_year)


def age_range(birth_year: int, birth_date: dt.date | None, today: dt.date) -> tuple[int, int]:
    """(youngest, oldest) the child can be today; both equal when the birth date is known."""
    age = child_age(birth_year, birth_date, today)
    return age.years, age.upper


def child_band(birth_year: int, birth_date: dt.date | None, today: dt.date) -> str:
    """The age band for advice and templates, from the younger possible age: never advice for an older child than
    the one in front of you."""
    return band_for(child_age(birth_year, birth_date, today).years)


def certainly_from(birth_year: int, birth_date: dt.date | None, age: int) -> tuple[dt.date, bool]:
    """The first day the child has certainly reached `age`, and whether that day is approximate."""
    if birth_date is not None:
        return birthday_at(birth_date, age), False
    return dt.date(birth_year + age + 1, 1, 1), True


@dataclass(frozen=True)
class Gate:
    """One age threshold (a label, a platform's minimum age, the age of consent) seen from one child."""

    id: str
    min_age: int
    reached: bool
    date: dt.date | None  # when it is (certainly) reached; None when already reached
    approximate: bool


def gates(birth_year: int, birth_date: dt.date | None, thresholds: Iterable[tuple[str, int]],
          today: dt.date) -> list[Gate]:
    """Each (id, minimum age) as reached now or reached on a date; not yet reached ones soonest first, after the
    reached ones, each group in the order given."""
    age = child_age(birth_year, birth_date, today)
    reached, ahead = [], []
    for item, min_age in thresholds:
        if age.years >= min_age:
            reached.append(Gate(item, min_age, True, None, False))
        else:
            day, approximate = certainly_from(birth_year, birth_date, min_age)
            ahead.append(Gate(item, min_age, False, day, approximate))
    ahead.sort(key=lambda g: g.date)
    return reached + ahead


@dataclass(frozen=True)
class Standing:
    """Where a child stands in one rating system: the strictest label that suits them now and the next one."""

    fits: str | None  # code of the label with the highest minimum age the child has reached; None: none yet
    next_code: str | None
    next_age: int | None


def standing(age: int, labels: Sequence[tuple[str, int]]) -> Standing:
    """`labels` as (code, min_age). Labels sharing a minimum age: the first one given counts."""
    fitting = [(min_age, -i, code) for i, (code, min_age) in enumerate(labels) if min_age <= age]
    later = [(min_age, i, code) for i, (code, min_age) in enumerate(labels) if min_age > age]
    fits = max(fitting)[2] if fitting else None
    if later:
        min_age, _, code = min(later)
        return Standing(fits, code, min_age)
    return Standing(fits, None, None)
