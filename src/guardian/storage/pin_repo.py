"""The parent PIN row: argon2's encoded hash (salt and parameters included), failed attempts, lockout end."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.orm import Session

from guardian.storage.tables import PinRow


@dataclass(frozen=True)
class PinState:
    hash: str
    failed_attempts: int
    locked_until: dt.datetime | None  # UTC, naive


class PinRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def state(self) -> PinState | None:
        row = self.session.get(PinRow, 1)
        return PinState(row.hash, row.failed_attempts, row.locked_until) if row else None

    def save(self, state: PinState) -> None:
        row = self.session.get(PinRow, 1)
        if row is None:
            self.session.add(PinRow(id=1, hash=state.hash, failed_attempts=state.failed_attempts,
                                    locked_until=state.locked_until))
        else:
            row.hash, row.failed_attempts, row.locked_until = state.hash, state.failed_attempts, state.locked_until
        self.session.flush()

    def remove(self) -> bool:
        return self.session.execute(delete(PinRow)).rowcount > 0
