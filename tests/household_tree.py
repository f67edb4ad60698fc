"""Helpers for household tests: fresh folders, an open database, and a small sample family."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from guardian.domain.household import (
    Agreement,
    AgreementItem,
    Child,
    Device,
    HouseholdInfo,
    HouseholdSnapshot,
    JournalEntry,
    Review,
    Tick,
)
from guardian.paths import Paths
from guardian.storage.recovery import open_database
from guardian.storage.snapshot_repo import replace_all

DAY = dt.date(2026, 11, 23)


def make_paths(tmp_path: Path) -> Paths:
    paths = Paths.under(tmp_path / "root")
    paths.ensure()
    return paths


def open_db(paths: Paths, now: dt.datetime | None = None):
    db, report = open_database(paths, now=now)
    assert db is not None, report
    return db


def sample_snapshot() -> HouseholdSnapshot:
    return HouseholdSnapshot(
        household=HouseholdInfo("LV", "lv", dt.date(2026, 1, 5)),
        children=(Child(1, "Elza", 2014, dt.date(2014, 3, 8), "likes drawing"), Child(2, "Aruzhan", 2017)),
        devices=(Device(1, 1, "android", "Elza's phone"), Device(2, 2, "roblox", "Aruzhan on Roblox")),
        ticks=(Tick(1, 1, "android/install-family-link", dt.date(2026, 2, 1)),
               Tick(2, 2, "roblox/link-child-account", dt.date(2026, 2, 3))),
        reviews=(Review(1, dt.date(2026, 8, 1), 3), Review(2, dt.date(2026, 10, 1), 6)),
        agreements=(Agreement(1, "family-basic", (AgreementItem("bedtime", "Phones downstairs at 21:00", "agreed"),
                                                   AgreementItem("ask-first", "Ask before new apps", None)),
                              dt.date(2026, 3, 1)),),
        journal=(JournalEntry(1, dt.date(2026, 4, 2), "A stranger asked for photos", 1, "roblox",
                              "Blocked and reported", "Roblox report", "RBX-123"),),
    )


def store(db, snapshot: HouseholdSnapshot) -> None:
    with db.transaction() as session:
        replace_all(session, snapshot)


def children_names(db_file: Path) -> list[str]:
    conn = sqlite3.connect(db_file)
    try:
        return [r[0] for r in conn.execute("SELECT display_name FROM child ORDER BY id")]
    finally:
        conn.close()


def damage(path: Path) -> None:
    """Overwrite bytes in the middle of the file, as a failing disk or a bad copy would."""
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek(size // 2 - 2048)
        f.write(b"\xde\xad\xbe\xef" * 1024)
