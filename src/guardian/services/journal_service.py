"""Use cases for the incident journal: a dated, text-only record of what happened, what was done, which reports
were made and their reference numbers. Never images: screenshots stay wherever the parent keeps them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from guardian.domain.household import JournalEntry
from guardian.i18n.text import arg
from guardian.services import household_checks as check
from guardian.services.household_errors import HouseholdError
from guardian.services.household_service import missing_child
from guardian.storage.engine import Database
from guardian.storage.household_repo import HouseholdRepo
from guardian.storage.journal_repo import JournalRepo

MAX_ENTRIES = 10_000


def clean_entry(entry: JournalEntry, field: str = "") -> JournalEntry:
    """The entry with every field checked (`field` prefixes the names in messages, e.g. "journal[3].")."""
    return replace(
        entry,
        date=check.date(entry.date, f"{field}date"),
        child_id=None if entry.child_id is None else check.identifier(entry.child_id, f"{field}child_id"),
        platform_id=None if entry.platform_id is None else check.platform_id(entry.platform_id,
                                                                             f"{field}platform_id"),
        what_happened=check.text(entry.what_happened, f"{field}what_happened", required=True),
        what_was_done=check.text(entry.what_was_done, f"{field}what_was_done"),
        reports_made=check.text(entry.reports_made, f"{field}reports_made"),
        reference_numbers=check.text(entry.reference_numbers, f"{field}reference_numbers"),
    )


class JournalService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def entries(self, child_id: int | None = None) -> list[JournalEntry]:
        """Newest first; all entries, or one child's."""
        with self.db.transaction() as session:
            return JournalRepo(session).entries(child_id)

    def entry(self, entry_id: int) -> JournalEntry | None:
        with self.db.transaction() as session:
            return JournalRepo(session).entry(entry_id)

    def add(self, entry: JournalEntry) -> JournalEntry:
        """Store a new entry (entry.id is ignored); returns it with its id."""
        clean = clean_entry(entry)
        with self.db.transaction() as session:
            self._check_child(session, clean)
            repo = JournalRepo(session)
            if repo.count() >= MAX_ENTRIES:
                raise HouseholdError(arg(QCoreApplication.translate(
                    "Household", "The journal can hold at most %1 entries."), MAX_ENTRIES))
            return replace(clean, id=repo.add(clean))

    def update(self, entry: JournalEntry) -> JournalEntry:
        clean = clean_entry(entry)
        with self.db.transaction() as session:
            self._check_child(session, clean)
            if not JournalRepo(session).update(clean):
                raise check.not_found("journal", entry.id)
        return clean

    def delete(self, entry_id: int) -> None:
        with self.db.transaction() as session:
            if not JournalRepo(session).delete(entry_id):
                raise check.not_found("journal", entry_id)

    @staticmethod
    def _check_child(session, entry: JournalEntry) -> None:
        if entry.child_id is not None and HouseholdRepo(session).child(entry.child_id) is None:
            raise missing_child(entry.child_id)
