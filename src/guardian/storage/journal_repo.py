"""The incident journal: dated text records of what happened online and what was done about it."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from guardian.domain.household import JournalEntry
from guardian.storage.tables import JournalRow

_FIELDS = ("date", "child_id", "platform_id", "what_happened", "what_was_done", "reports_made", "reference_numbers")


def entry_value(row: JournalRow) -> JournalEntry:
    return JournalEntry(row.id, row.date, row.what_happened, row.child_id, row.platform_id, row.what_was_done,
                        row.reports_made, row.reference_numbers)


class JournalRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def entries(self, child_id: int | None = None, newest_first: bool = True) -> list[JournalEntry]:
        order = (JournalRow.date.desc(), JournalRow.id.desc()) if newest_first else (JournalRow.date, JournalRow.id)
        query = select(JournalRow).order_by(*order)
        if child_id is not None:
            query = query.where(JournalRow.child_id == child_id)
        return [entry_value(r) for r in self.session.scalars(query)]

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(JournalRow)) or 0

    def entry(self, entry_id: int) -> JournalEntry | None:
        row = self.session.get(JournalRow, entry_id)
        return entry_value(row) if row else None

    def add(self, entry: JournalEntry) -> int:
        """Adds the entry under a new id (entry.id is ignored)."""
        row = JournalRow(**{name: getattr(entry, name) for name in _FIELDS})
        self.session.add(row)
        self.session.flush()
        return row.id

    def update(self, entry: JournalEntry) -> bool:
        row = self.session.get(JournalRow, entry.id)
        if row is None:
            return False
        for name in _FIELDS:
            setattr(row, name, getattr(entry, name))
        self.session.flush()
        return True

    def delete(self, entry_id: int) -> bool:
        return self.session.execute(delete(JournalRow).where(JournalRow.id == entry_id)).rowcount > 0

