"""Schema migrations: from empty and from version 1, each in one transaction, backed up first, never destroying
data, refusing newer databases. Every migration in MIGRATIONS must have a test here named test_migration_<n>_..."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import sys

import pytest
from sqlalchemy import create_engine, inspect

from guardian.storage import backup
from guardian.storage.engine import Database
from guardian.storage.migrations import (
    LATEST,
    MIGRATIONS,
    Migration,
    MigrationError,
    NewerDatabaseError,
    migrate,
)
from guardian.storage.recovery import OpenStatus, open_database
from guardian.storage.tables import Base
from household_tree import make_paths


def tables(path):
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def indexes(path):
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    finally:
        conn.close()


def at_version_1_with_a_family(path):
    db = Database(path)
    migrate(db, None, MIGRATIONS[:1])
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO household VALUES (1, 'KZ', 'kk', '2026-01-01')")
        conn.exec_driver_sql("INSERT INTO child (id, display_name, birth_year) VALUES (1, 'Aigerim', 2015)")
        conn.exec_driver_sql("INSERT INTO device VALUES (7, 1, 'ios', 'iPad')")
        conn.exec_driver_sql("INSERT INTO checklist_tick VALUES (7, 'ios/turn-on-screen-time', 1, '2026-02-02')")
        conn.exec_driver_sql("INSERT INTO journal_entry (date, child_id, what_happened) VALUES ('2026-03-03', 1, 'x')")
    return db


def family(db):
    with db.engine.connect() as conn:
        return [conn.exec_driver_sql(sql).fetchall() for sql in (
            "SELECT * FROM household", "SELECT * FROM child", "SELECT * FROM device", "SELECT * FROM checklist_tick",
            "SELECT * FROM journal_entry")]


def schema(engine):
    insp = inspect(engine)
    return {t: ({(c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(t)},
                sorted(str(sorted(fk.items())) for fk in insp.get_foreign_keys(t)),
                sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in insp.get_indexes(t)),
                sorted(str(u["column_names"]) for u in insp.get_unique_constraints(t)),
                insp.get_pk_constraint(t)["constrained_columns"])
            for t in insp.get_table_names()}


def test_migration_1_creates_every_table_from_empty(tmp_path):
    db = Database(tmp_path / "x.sqlite3")
    result = migrate(db, None, MIGRATIONS[:1])
    assert (result.from_version, result.to_version, result.backup) == (0, 1, None)
    assert tables(db.path) == {"household", "child", "device", "checklist_tick", "review", "agreement",
                               "journal_entry", "pin"}
    db.close()


def test_migration_2_indexes_foreign_keys_and_keeps_every_row(tmp_path):
    db = at_version_1_with_a_family(tmp_path / "x.sqlite3")
    before = family(db)
    made = []
    result = migrate(db, lambda reason: made.append(reason) or tmp_path / reason)
    assert (result.from_version, result.to_version) == (1, 2)
    assert made == ["before-migration-2"]
    assert {"ix_device_child_id", "ix_journal_entry_child_id", "ix_journal_entry_date"} <= indexes(db.path)
    assert family(db) == before
    db.close()


def test_every_migration_has_a_test():
    names = [n for n in dir(sys.modules[__name__]) if n.startswith("test_migration_")]
    missing = [m.version for m in MIGRATIONS if not any(n.startswith(f"test_migration_{m.version}_") for n in names)]
    assert missing == [], f"write a test for migration(s) {missing}"


def test_versions_are_numbered_one_by_one():
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST + 1))


def test_migrating_from_empty_gives_the_schema_tables_py_describes(tmp_path):
    db = Database(tmp_path / "migrated.sqlite3")
    migrate(db, None)
    reference = create_engine(f"sqlite:///{tmp_path / 'reference.sqlite3'}")
    Base.metadata.create_all(reference)
    assert schema(db.engine) == schema(reference)
    db.close()
    reference.dispose()


def test_migrating_from_version_1_gives_the_same_schema_as_from_empty(tmp_path):
    old = at_version_1_with_a_family(tmp_path / "old.sqlite3")
    migrate(old, lambda reason: None)
    new = Database(tmp_path / "new.sqlite3")
    migrate(new, None)
    assert schema(old.engine) == schema(new.engine)
    old.close()
    new.close()


def test_open_backs_up_before_migrating_and_reports_it(tmp_path):
    paths = make_paths(tmp_path)
    at_version_1_with_a_family(paths.database_file).close()
    db, report = open_database(paths, now=dt.datetime(2026, 11, 23, 10))
    assert report.status is OpenStatus.MIGRATED
    assert (report.from_version, report.schema_version) == (1, LATEST)
    saved = backup.backups(paths.backups)
    assert any(p.name.endswith("before-migration-2.sqlite3") for p in saved)
    conn = sqlite3.connect(next(p for p in saved if "before-migration" in p.name))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1  # the backup is the old database
    conn.close()
    db.close()


def test_a_failing_migration_rolls_back_and_keeps_the_data(tmp_path):
    db = at_version_1_with_a_family(tmp_path / "x.sqlite3")
    migrate(db, lambda reason: None)
    before = family(db)
    broken = (*MIGRATIONS, Migration(LATEST + 1, "broken", ("CREATE TABLE extra (x)", "DELETE FROM child",
                                                             "THIS IS NOT SQL")))
    with pytest.raises(MigrationError) as caught:
        migrate(db, lambda reason: None, broken)
    assert caught.value.version == LATEST
    assert db.user_version() == LATEST
    assert "extra" not in tables(db.path)
    assert family(db) == before
    db.close()


def test_nothing_is_migrated_when_the_backup_fails(tmp_path):
    db = at_version_1_with_a_family(tmp_path / "x.sqlite3")

    def failing_backup(reason):
        raise OSError("disk full")

    with pytest.raises(MigrationError, match="disk full"):
        migrate(db, failing_backup)
    assert db.user_version() == 1
    db.close()


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    paths = make_paths(tmp_path)
    db = Database(paths.database_file)
    migrate(db, None)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(NewerDatabaseError):
        migrate(db, None)
    db.close()
    digest = hashlib.sha256(paths.database_file.read_bytes()).hexdigest()
    opened, report = open_database(paths)
    assert opened is None
    assert report.status is OpenStatus.NEWER
    assert (report.schema_version, report.supported_version) == (LATEST + 1, LATEST)
    assert hashlib.sha256(paths.database_file.read_bytes()).hexdigest() == digest
    assert backup.backups(paths.backups) == []
