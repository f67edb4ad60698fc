"""The whole household at once: read everything for export, or replace everything for import.

replace_all runs inside the caller's single transaction: either the new household is stored entirely or, if
anything fails, the transaction rolls back and the old one is still there. The parent PIN is left alone.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from guardian.domain.household import HouseholdSnapshot
from guardian.storage.agreement_repo import AgreementRepo, items_to_json
from guardian.storage.checklist_repo import ChecklistRepo
from guardian.storage.household_repo import HouseholdRepo
from guardian.storage.journal_repo import entry_value
from guardian.storage.tables import (
    AgreementRow,
    ChildRow,
    DeviceRow,
    HouseholdRow,
    JournalRow,
    ReviewRow,
    TickRow,
)


def read_all(session: Session) -> HouseholdSnapshot:
    households = HouseholdRepo(session)
    journal = session.scalars(select(JournalRow).order_by(JournalRow.id))
    return HouseholdSnapshot(
        household=households.household(),
        children=tuple(households.children()),
        devices=tuple(households.devices()),
        ticks=tuple(ChecklistRepo(session).ticks()),
        reviews=tuple(households.reviews()),
        agreements=tuple(AgreementRepo(session).agreements()),
        journal=tuple(entry_value(r) for r in journal),
    )


def clear_all(session: Session) -> None:
    """Delete every household row (children first cascade to devices, ticks, reviews, agreements)."""
    for table in (JournalRow, TickRow, AgreementRow, ReviewRow, DeviceRow, ChildRow, HouseholdRow):
        session.execute(delete(table))


def replace_all(session: Session, snapshot: HouseholdSnapshot) -> None:
    """Replace the stored household by `snapshot`, keeping its ids (references in it stay valid)."""
    clear_all(session)
    if snapshot.household is not None:
        h = snapshot.household
        session.add(HouseholdRow(id=1, country=h.country, language=h.language, created=h.created))
    session.add_all(ChildRow(id=c.id, display_name=c.display_name, birth_year=c.birth_year,
                             birth_date=c.birth_date, notes=c.notes) for c in snapshot.children)
    session.flush()
    session.add_all(DeviceRow(id=d.id, child_id=d.child_id, platform_id=d.platform_id, label=d.label)
                    for d in snapshot.devices)
    session.add_all(ReviewRow(child_id=r.child_id, last_review=r.last_review, interval_months=r.interval_months)
                    for r in snapshot.reviews)
    session.add_all(AgreementRow(child_id=a.child_id, template_id=a.template_id, items=items_to_json(a.items),
                                 updated=a.updated) for a in snapshot.agreements)
    session.flush()
    session.add_all(TickRow(child_id=t.child_id, device_id=t.device_id, step_id=t.step_id, ticked=t.ticked)
                    for t in snapshot.ticks)
    session.add_all(JournalRow(id=e.id, date=e.date, child_id=e.child_id, platform_id=e.platform_id,
                               what_happened=e.what_happened, what_was_done=e.what_was_done,
                               reports_made=e.reports_made, reference_numbers=e.reference_numbers)
                    for e in snapshot.journal)
    session.flush()
