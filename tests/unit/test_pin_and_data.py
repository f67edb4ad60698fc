"""The parent PIN (argon2, growing lockouts) and the household data as a whole: startup notices a parent can read,
and "Delete all my data" removing the database, its WAL/SHM files, backups and damaged copies."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher

from guardian.domain.pin_rules import FREE_ATTEMPTS, LOCK_BASE, LOCK_MAX, lockout_for
from guardian.services.data_service import DataService, Level
from guardian.services.household_errors import HouseholdError
from guardian.services.household_service import HouseholdService
from guardian.services.pin_service import PinService
from guardian.storage import backup
from household_tree import damage, make_paths, open_db, sample_snapshot, store

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
START = dt.datetime(2026, 11, 23, 12, 0)


class Clock:
    def __init__(self):
        self.now = START

    def __call__(self):
        return self.now


@pytest.fixture
def db(tmp_path):
    database = open_db(make_paths(tmp_path))
    yield database
    database.close()


def test_a_pin_is_set_verified_changed_and_removed(db):
    pins = PinService(db, FAST)
    assert not pins.has_pin() and pins.verify("anything").ok
    pins.set_pin("2468")
    assert pins.has_pin()
    assert pins.verify("2468").ok and not pins.verify("1357").ok
    with pytest.raises(HouseholdError):
        pins.set_pin("1111")
    assert not pins.change_pin("0000", "1357").ok
    assert pins.change_pin("2468", "1357").ok
    assert pins.verify("1357").ok
    assert pins.remove_pin("1357").ok and not pins.has_pin()


def test_the_pin_is_stored_as_an_argon2_hash_only(db):
    PinService(db, FAST).set_pin("2468")
    with db.engine.connect() as conn:
        (stored,) = conn.exec_driver_sql("SELECT hash FROM pin").one()
    assert stored.startswith("$argon2id$") and "2468" not in stored


@pytest.mark.parametrize("pin", ["12", " 1234", "x" * 65])
def test_a_too_short_or_padded_pin_is_refused(db, pin):
    with pytest.raises(HouseholdError):
        PinService(db, FAST).set_pin(pin)


def test_wrong_pins_lock_for_longer_and_longer(db):
    clock = Clock()
    pins = PinService(db, FAST, now=clock)
    pins.set_pin("2468")
    for _ in range(FREE_ATTEMPTS):
        assert pins.verify("0000").locked_until is None
    first = pins.verify("0000")
    assert first.locked_until == START + LOCK_BASE
    assert not pins.verify("2468").ok, "while locked even the right PIN is not checked"
    clock.now = first.locked_until
    second = pins.verify("0000")
    assert second.locked_until - clock.now == 2 * LOCK_BASE
    clock.now = second.locked_until
    assert pins.verify("2468").ok
    assert pins.verify("0000").locked_until is None, "a right PIN resets the count"


def test_lockouts_stop_growing_at_the_maximum():
    assert lockout_for(FREE_ATTEMPTS) is None
    assert lockout_for(FREE_ATTEMPTS + 1) == LOCK_BASE
    assert lockout_for(10_000) == LOCK_MAX


def test_a_restored_database_gives_a_translated_warning_naming_the_backup(tmp_path):
    paths = make_paths(tmp_path)
    service = DataService(paths)
    assert service.open(now=START).level is Level.NONE
    store(service.db, sample_snapshot())
    with service.db.engine.begin() as conn:
        for i in range(100, 140):
            conn.exec_driver_sql("INSERT INTO child (id, display_name, birth_year, notes) VALUES (?, 'x', 2015, ?)",
                                 (i, "n" * 2000))
    service.close()
    assert service.open(now=START + dt.timedelta(hours=1)).level is Level.NONE  # makes today's backup
    service.close()
    damage(paths.database_file)
    notice = service.open(now=START + dt.timedelta(days=1))
    assert notice.level is Level.WARNING
    assert "restored the backup" in notice.text and ".damaged-" in notice.text
    assert len(HouseholdService(service.db).children()) == 42
    service.close()


def test_delete_all_my_data_removes_database_side_files_backups_and_damaged_copies(tmp_path):
    paths = make_paths(tmp_path)
    service = DataService(paths)
    service.open()
    store(service.db, sample_snapshot())
    backup.make_backup(paths.database_file, paths.backups, "before-import")
    (paths.data / "household.sqlite3.damaged-20260101-000000").write_bytes(b"old")
    with service.db.engine.connect() as conn:  # WAL and SHM exist while a connection is open
        conn.exec_driver_sql("SELECT 1")
        assert len(service.household_files()) >= 4
    removed = service.delete_all_data()
    assert service.db is None
    assert {p.name for p in removed} >= {"household.sqlite3", "household.sqlite3.damaged-20260101-000000"}
    assert not paths.database_file.exists() and not paths.backups.exists()
    assert [p for p in paths.data.iterdir()] == []
    assert service.open().level is Level.NONE  # a fresh, empty household afterwards
    assert HouseholdService(service.db).children() == []
    service.close()
