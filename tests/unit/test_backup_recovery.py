"""Backups (daily, before changes, newest 7 kept, private) and recovery at start: a damaged database is moved
aside, never deleted, and the newest good backup restored, with a report saying so."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat

from guardian.storage import backup
from guardian.storage.recovery import OpenStatus, open_database
from household_tree import children_names, damage, make_paths, open_db, sample_snapshot, store

MONDAY = dt.datetime(2026, 11, 23, 9, 0)


def big_family(db, names):
    """A household large enough that the middle of the file holds table pages."""
    store(db, sample_snapshot())
    with db.engine.begin() as conn:
        for i, name in enumerate(names, start=10):
            conn.exec_driver_sql("INSERT INTO child (id, display_name, birth_year, notes) VALUES (?, ?, 2015, ?)",
                                 (i, name, "n" * 2000))


def test_a_backup_is_a_private_consistent_copy(tmp_path):
    paths = make_paths(tmp_path)
    db = open_db(paths)
    store(db, sample_snapshot())
    made = backup.make_backup(paths.database_file, paths.backups, "before-import", MONDAY)
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert backup.check_file(made) == []
    assert children_names(made) == ["Elza", "Aruzhan"]
    assert backup.made_on(made) == MONDAY
    db.close()


def test_the_daily_backup_is_made_once_a_day_of_use(tmp_path):
    paths = make_paths(tmp_path)
    open_db(paths, MONDAY).close()  # a new, empty database is not backed up
    assert backup.backups(paths.backups) == []
    open_db(paths, MONDAY + dt.timedelta(hours=1)).close()
    open_db(paths, MONDAY + dt.timedelta(hours=5)).close()
    assert len(backup.backups(paths.backups)) == 1
    open_db(paths, MONDAY + dt.timedelta(days=1)).close()
    assert len(backup.backups(paths.backups)) == 2


def test_only_the_newest_seven_backups_are_kept(tmp_path):
    paths = make_paths(tmp_path)
    open_db(paths).close()
    made = [backup.make_backup(paths.database_file, paths.backups, "daily", MONDAY + dt.timedelta(days=d))
            for d in range(10)]
    assert backup.backups(paths.backups) == list(reversed(made[3:]))


def test_half_written_backups_are_cleaned_up_at_start(tmp_path):
    paths = make_paths(tmp_path)
    open_db(paths).close()
    paths.backups.mkdir()
    partial = paths.backups / "household-20261123-090000-000000-daily.sqlite3.partial"
    partial.write_bytes(b"half")
    open_db(paths).close()
    assert not partial.exists()


def test_a_damaged_database_is_moved_aside_and_restored_from_its_backup(tmp_path):
    paths = make_paths(tmp_path)
    db = open_db(paths, MONDAY)
    big_family(db, [f"child {i}" for i in range(40)])
    db.close()
    open_db(paths, MONDAY + dt.timedelta(hours=1)).close()  # today's backup, holding the 42 children
    db = open_db(paths, MONDAY + dt.timedelta(hours=2))
    with db.transaction() as session:
        session.connection().exec_driver_sql("UPDATE child SET display_name = 'after the backup'")
    db.close()
    damage(paths.database_file)
    damaged_bytes = paths.database_file.read_bytes()

    db, report = open_database(paths, now=MONDAY + dt.timedelta(days=1))
    assert report.status is OpenStatus.RESTORED
    assert report.usable and report.needs_attention
    assert report.backup_date == MONDAY + dt.timedelta(hours=1)
    assert report.restored_from is not None and report.restored_from.parent == paths.backups
    assert report.details, "the report says what quick_check found"
    assert report.damaged_copy.read_bytes() == damaged_bytes  # moved aside, never deleted
    assert stat.S_IMODE(paths.database_file.stat().st_mode) == 0o600
    assert db.quick_check() == []
    db.close()
    names = children_names(paths.database_file)
    assert names[:2] == ["Elza", "Aruzhan"] and len(names) == 42


def test_a_damaged_newest_backup_is_skipped_for_an_older_good_one(tmp_path):
    paths = make_paths(tmp_path)
    db = open_db(paths, MONDAY)
    big_family(db, [f"child {i}" for i in range(40)])
    older = backup.make_backup(paths.database_file, paths.backups, "daily", MONDAY)
    newer = backup.make_backup(paths.database_file, paths.backups, "before-import", MONDAY + dt.timedelta(hours=1))
    db.close()
    damage(newer)
    damage(paths.database_file)
    db, report = open_database(paths, now=MONDAY + dt.timedelta(days=1))
    assert report.status is OpenStatus.RESTORED
    assert report.restored_from == older
    assert newer.exists()
    db.close()


def test_a_damaged_database_without_backups_starts_empty_and_keeps_the_damaged_file(tmp_path):
    paths = make_paths(tmp_path)
    paths.database_file.write_bytes(b"this is not a database, it is a shopping list" * 100)
    db, report = open_database(paths, now=MONDAY)
    assert report.status is OpenStatus.STARTED_EMPTY
    assert report.usable and report.needs_attention
    assert report.damaged_copy.read_bytes().startswith(b"this is not a database")
    assert children_names(paths.database_file) == []
    db.close()


def test_a_database_locked_by_another_program_is_reported_not_moved(tmp_path, monkeypatch):
    paths = make_paths(tmp_path)
    open_db(paths).close()
    monkeypatch.setattr(backup, "BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(paths.database_file, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        db, report = open_database(paths)
    finally:
        holder.close()
    assert db is None
    assert report.status is OpenStatus.IN_USE
    assert paths.database_file.exists()
    assert list(paths.data.glob("*.damaged-*")) == []


def test_opening_never_raises_and_reports_failure(tmp_path):
    paths = make_paths(tmp_path)
    paths.data.rmdir()
    paths.data.write_text("a file where the data folder should be")
    db, report = open_database(paths)
    assert db is None
    assert report.status is OpenStatus.FAILED
    assert not report.usable
    assert report.details
