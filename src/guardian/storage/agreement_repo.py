"""Family agreements: one per child and template, its items (text and the family's choice) stored as JSON."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from guardian.domain.household import Agreement, AgreementItem
from guardian.storage.tables import AgreementRow


def items_to_json(items: Sequence[AgreementItem]) -> list[dict]:
    return [{"id": i.id, "text": i.text, "choice": i.choice} for i in items]


def agreement_value(row: AgreementRow) -> Agreement:
    items = tuple(AgreementItem(str(i["id"]), str(i["text"]), i.get("choice")) for i in row.items or [])
    return Agreement(row.child_id, row.template_id, items, row.updated)


class AgreementRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, child_id: int, template_id: str) -> AgreementRow | None:
        return self.session.scalars(select(AgreementRow).where(AgreementRow.child_id == child_id,
                                                               AgreementRow.template_id == template_id)).first()

    def agreements(self, child_id: int | None = None) -> list[Agreement]:
        query = select(AgreementRow).order_by(AgreementRow.child_id, AgreementRow.template_id)
        if child_id is not None:
            query = query.where(AgreementRow.child_id == child_id)
        return [agreement_value(r) for r in self.session.scalars(query)]

    def agreement(self, child_id: int, template_id: str) -> Agreement | None:
        row = self._row(child_id, template_id)
        return agreement_value(row) if row else None

    def save(self, child_id: int, template_id: str, items: Sequence[AgreementItem], updated: dt.date) -> None:
        row = self._row(child_id, template_id)
        if row is None:
            self.session.add(AgreementRow(child_id=child_id, template_id=template_id, items=items_to_json(items),
                                          updated=updated))
        else:
            row.items, row.updated = items_to_json(items), updated
        self.session.flush()

    def delete(self, child_id: int, template_id: str) -> bool:
        result = self.session.execute(delete(AgreementRow).where(AgreementRow.child_id == child_id,
                                                                 AgreementRow.template_id == template_id))
        return result.rowcount > 0
