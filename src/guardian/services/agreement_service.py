"""Use cases for family agreements: one per child and template, each item's text and the family's choice.

The template (its items and their suggested text) is content the caller passes in; this service only stores what
the family wrote and chose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from guardian.domain.household import Agreement, AgreementItem
from guardian.i18n.text import arg
from guardian.services import household_checks as check
from guardian.services.household_errors import HouseholdError
from guardian.services.household_service import missing_child
from guardian.storage.agreement_repo import AgreementRepo
from guardian.storage.engine import Database
from guardian.storage.household_repo import HouseholdRepo

MAX_ITEMS = 100
MAX_CHOICE = 200


def clean_items(items: Sequence[AgreementItem], field: str = "items") -> tuple[AgreementItem, ...]:
    if len(items) > MAX_ITEMS:
        raise HouseholdError(arg(QCoreApplication.translate("Household", "%1: more than %2 entries."),
                                 field, MAX_ITEMS), field)
    seen: set[str] = set()
    clean = []
    for n, item in enumerate(items):
        where = f"{field}[{n}]"
        item_id = check.pattern(item.id, f"{where}.id", check.SLUG, "bedtime")
        if item_id in seen:
            raise check.duplicate(f"{where}.id", item_id)
        seen.add(item_id)
        choice = None if item.choice is None else check.text(item.choice, f"{where}.choice", MAX_CHOICE)
        clean.append(AgreementItem(item_id, check.text(item.text, f"{where}.text"), choice))
    return tuple(clean)


class AgreementService:
    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self.today = today

    def agreements(self, child_id: int | None = None) -> list[Agreement]:
        with self.db.transaction() as session:
            return AgreementRepo(session).agreements(child_id)

    def agreement(self, child_id: int, template_id: str) -> Agreement | None:
        with self.db.transaction() as session:
            return AgreementRepo(session).agreement(child_id, template_id)

    def save(self, child_id: int, template_id: str, items: Sequence[AgreementItem]) -> Agreement:
        """Create or replace the child's agreement for this template; `updated` becomes today."""
        template_id = check.pattern(template_id, "template_id", check.SLUG, "family-basic")
        clean = clean_items(items)
        with self.db.transaction() as session:
            if HouseholdRepo(session).child(child_id) is None:
                raise missing_child(child_id)
            repo = AgreementRepo(session)
            repo.save(child_id, template_id, clean, self.today())
            return repo.agreement(child_id, template_id)

    def delete(self, child_id: int, template_id: str) -> bool:
        with self.db.transaction() as session:
            return AgreementRepo(session).delete(child_id, template_id)
