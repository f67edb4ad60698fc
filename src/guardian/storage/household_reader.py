"""The household read with the standard library's sqlite3: what Home and the start of the app need, without loading
SQLAlchemy (see storage/engine.py).

It returns the same domain values as the repositories (tests/unit/test_household_reader.py compares the two on the
same databases), in the same order, and only ever reads: the connection is query-only.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from guardian.domain.household import Child, Device, HouseholdInfo, HouseholdView, Review, Tick
from guardian.storage.engine import Database


def _date(value: str | None) -> dt.date | None:
    # SQLAlchemy's Date type stores ISO text on SQLite
    return dt.date.fromisoformat(value) if value is not None else None


def _household(conn: sqlite3.Connection) -> HouseholdInfo | None:
    row = conn.execute("SELECT country, language, created FROM household WHERE id = 1").fetchone()
    return HouseholdInfo(row[0], row[1], _date(row[2])) if row else None


def _query_only(db: Database) -> sqlite3.Connection:
    conn = db.connect()
    conn.execute("PRAGMA query_only = ON")
    return conn


def has_pin(db: Database) -> bool:
    conn = _query_only(db)
    try:
        return conn.execute("SELECT EXISTS (SELECT 1 FROM pin WHERE id = 1)").fetchone()[0] == 1
    finally:
        conn.close()


def read_view(db: Database) -> HouseholdView:
    """Everything in one read transaction, so the parts agree with each other."""
    conn = _query_only(db)
    try:
        conn.execute("BEGIN")
        household = _household(conn)
        children = tuple(Child(r[0], r[1], r[2], _date(r[3]), r[4]) for r in conn.execute(
            "SELECT id, display_name, birth_year, birth_date, notes FROM child ORDER BY id"))
        devices = tuple(Device(*r) for r in conn.execute(
            "SELECT id, child_id, platform_id, label FROM device ORDER BY id"))
        ticks = tuple(Tick(r[0], r[1], r[2], _date(r[3])) for r in conn.execute(
            "SELECT child_id, device_id, step_id, ticked FROM checklist_tick ORDER BY device_id, step_id"))
        reviews = tuple(Review(r[0], _date(r[1]), r[2]) for r in conn.execute(
            "SELECT child_id, last_review, interval_months FROM review ORDER BY child_id"))
        has_pin = conn.execute("SELECT EXISTS (SELECT 1 FROM pin WHERE id = 1)").fetchone()[0] == 1
        conn.execute("COMMIT")
    finally:
        conn.close()
    return HouseholdView(household, children, devices, ticks, reviews, has_pin)
