"""Ticked guide steps: which step of which device's checklist a parent has done, and when."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from guardian.domain.household import Tick
from guardian.storage.tables import TickRow


def tick_value(row: TickRow) -> Tick:
    return Tick(row.child_id, row.device_id, row.step_id, row.ticked)


class ChecklistRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def ticks(self, device_id: int | None = None, child_id: int | None = None) -> list[Tick]:
        query = select(TickRow).order_by(TickRow.device_id, TickRow.step_id)
        if device_id is not None:
            query = query.where(TickRow.device_id == device_id)
        if child_id is not None:
            query = query.where(TickRow.child_id == child_id)
        return [tick_value(r) for r in self.session.scalars(query)]

    def tick(self, child_id: int, device_id: int, step_id: str, day: dt.date) -> None:
        row = self.session.get(TickRow, (device_id, step_id))
        if row is None:
            self.session.add(TickRow(child_id=child_id, device_id=device_id, step_id=step_id, ticked=day))
        else:
            row.ticked = day
        self.session.flush()

    def untick(self, device_id: int, step_id: str) -> bool:
        result = self.session.execute(delete(TickRow).where(TickRow.device_id == device_id,
                                                            TickRow.step_id == step_id))
        return result.rowcount > 0
