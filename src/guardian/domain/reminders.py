"""Date rules for the household: when a settings review is due, and which age milestones come next."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from guardian.domain.household import DEFAULT_REVIEW_MONTHS, Child, Review


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day when it is shorter (31 Jan + 1 month = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_due_on(last_review: dt.date, interval_months: int) -> dt.date:
    return add_months(last_review, interval_months)


def is_review_due(last_review: dt.date, interval_months: int, today: dt.date) -> bool:
    return review_due_on(last_review, interval_months) <= today


def birthday_at(birth: dt.date, age: int) -> dt.date:
    """The day a child turns `age`; 29 February birthdays fall on 1 March in common years (as in ages.age_on)."""
    year = birth.year + age
    if birth.month == 2 and birth.day == 29 and not calendar.isleap(year):
        return dt.date(year, 3, 1)
    return birth.replace(year=year)


@dataclass(frozen=True)
class Milestone:
    label: str
    age: int
    date: dt.date
    approximate: bool  # only the birth year is known: the date is 1 January of that year


def next_milestones(birth_year: int, birth_date: dt.date | None, thresholds: Iterable[tuple[str, int]],
                    today: dt.date) -> list[Milestone]:
    """The thresholds (label, age) the child has not crossed yet, soonest first.

    With only a birth year the birthday is unknown: a threshold counts as ahead until the year it is reached has
    ended, and its date is given as the first day of that year, marked approximate.
    """
    found = []
    for label, age in thresholds:
        if birth_date is not None:
            day = birthday_at(birth_date, age)
            if day >= today:
                found.append(Milestone(label, age, day, False))
        elif birth_year + age >= today.year:
            found.append(Milestone(label, age, dt.date(birth_year + age, 1, 1), True))
    return sorted(found, key=lambda m: (m.date, m.age, m.label))


@dataclass(frozen=True)
class ReviewReminder:
    child: Child
    review: Review
    due_on: dt.date
    due: bool


def review_reminders(children: Iterable[Child], reviews: Iterable[Review], today: dt.date) -> list[ReviewReminder]:
    """Every child's next settings review, soonest first; `due` when it is today or past. A child without a stored
    schedule counts from today with the default interval."""
    by_child = {r.child_id: r for r in reviews}
    found = []
    for child in children:
        review = by_child.get(child.id) or Review(child.id, today, DEFAULT_REVIEW_MONTHS)
        found.append(ReviewReminder(child, review, review_due_on(review.last_review, review.interval_months),
                                    is_review_due(review.last_review, review.interval_months, today)))
    return sorted(found, key=lambda r: (r.due_on, r.child.id))
