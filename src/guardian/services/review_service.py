"""Use cases for looking ahead: settings reviews that are due, and the age milestones each child reaches next.

A review is due when last review + interval (months) <= today. Milestone thresholds (label, age) are passed in by
the caller (e.g. platform minimum ages from the content), never read here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from guardian.domain.household import DEFAULT_REVIEW_MONTHS, Review
from guardian.domain.reminders import Milestone, ReviewReminder, next_milestones, review_reminders
from guardian.services import household_checks as check
from guardian.services.household_service import missing_child
from guardian.storage.engine import Database
from guardian.storage.household_repo import HouseholdRepo


class ReviewService:
    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self.today = today

    def reminders(self, today: dt.date | None = None) -> list[ReviewReminder]:
        """Every child's next review, soonest first; `due` is set when it is today or past."""
        today = today or self.today()
        with self.db.transaction() as session:
            repo = HouseholdRepo(session)
            return review_reminders(repo.children(), repo.reviews(), today)

    def due(self, today: dt.date | None = None) -> list[ReviewReminder]:
        return [r for r in self.reminders(today) if r.due]

    def mark_reviewed(self, child_id: int, day: dt.date | None = None) -> Review:
        day = check.date(day or self.today(), "last_review")
        with self.db.transaction() as session:
            repo = HouseholdRepo(session)
            if repo.child(child_id) is None:
                raise missing_child(child_id)
            old = repo.review(child_id)
            review = Review(child_id, day, old.interval_months if old else DEFAULT_REVIEW_MONTHS)
            repo.save_review(review)
            return review

    def set_interval(self, child_id: int, months: int) -> Review:
        months = check.integer(months, "interval_months", 1, 24)
        with self.db.transaction() as session:
            repo = HouseholdRepo(session)
            if repo.child(child_id) is None:
                raise missing_child(child_id)
            old = repo.review(child_id)
            review = Review(child_id, old.last_review if old else self.today(), months)
            repo.save_review(review)
            return review

    def milestones(self, child_id: int, thresholds: Iterable[tuple[str, int]],
                   today: dt.date | None = None) -> list[Milestone]:
        with self.db.transaction() as session:
            child = HouseholdRepo(session).child(child_id)
        if child is None:
            raise missing_child(child_id)
        return next_milestones(child.birth_year, child.birth_date, thresholds, today or self.today())
