"""The SQLite engine: private files, WAL with a DELETE fallback, foreign keys and busy timeout on every connection,
BEGIN IMMEDIATE transactions that roll back entirely on failure."""

from __future__ import annotations

import sqlite3
import stat

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from guardian.storage import engine as engine_module
from guardian.storage.engine import Database
from household_tree import make_paths, open_db, sample_snapshot, store


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_database_and_wal_files_are_readable_by_the_user_only(tmp_path):
    paths = make_paths(tmp_path)
    db = open_db(paths)
    store(db, sample_snapshot())
    with db.engine.connect() as conn:  # keep a connection so the WAL and shared-memory files exist
        conn.exec_driver_sql("SELECT 1")
        files = [paths.database_file, *(p for p in engine_module.side_files(paths.database_file) if p.exists())]
        assert len(files) >= 2
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    db.close()
    assert mode(paths.database_file) == 0o600


def test_an_existing_database_with_loose_permissions_is_made_private(tmp_path):
    path = tmp_path / "loose.sqlite3"
    sqlite3.connect(path).close()
    path.chmod(0o644)
    Database(path).close()
    assert mode(path) == 0o600


def test_wal_is_used_on_local_disks(tmp_path):
    db = Database(tmp_path / "x.sqlite3")
    assert db.journal_mode == "wal"
    db.close()


def test_network_file_systems_fall_back_to_delete_journal(tmp_path, monkeypatch):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"server:/home {tmp_path} nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n")
    monkeypatch.setattr(engine_module, "MOUNTS", mounts)
    assert engine_module.on_network_file_system(tmp_path / "sub")
    db = Database(tmp_path / "x.sqlite3")
    assert db.journal_mode == "delete"
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    db.close()


def test_wal_refused_by_sqlite_falls_back_to_delete(tmp_path, monkeypatch):
    real_connect = sqlite3.connect

    class NoWal:
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, *args):
            if "WAL" in sql:
                raise sqlite3.OperationalError("locking protocol")
            return self.conn.execute(sql, *args)

        def close(self):
            self.conn.close()

    monkeypatch.setattr(engine_module.sqlite3, "connect", lambda *a, **k: NoWal(real_connect(*a, **k)))
    assert engine_module.choose_journal_mode(tmp_path / "x.sqlite3", want_wal=True) == "delete"


def test_every_connection_has_foreign_keys_and_busy_timeout(tmp_path):
    db = Database(tmp_path / "x.sqlite3")
    first, second = db.engine.raw_connection(), db.engine.raw_connection()  # two pooled connections at once
    for conn in (first, second):
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == engine_module.BUSY_TIMEOUT_MS
    first.close()
    second.close()
    db.close()


def test_foreign_keys_are_enforced(tmp_path):
    db = open_db(make_paths(tmp_path))
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.execute(text("INSERT INTO device (child_id, platform_id, label) VALUES (99, 'ios', 'x')"))
    db.close()


def test_a_failed_transaction_rolls_back_everything(tmp_path):
    db = open_db(make_paths(tmp_path))
    store(db, sample_snapshot())
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.execute(text("DELETE FROM journal_entry"))
        session.execute(text("UPDATE child SET display_name = 'changed'"))
        raise RuntimeError("power cut")
    with db.transaction() as session:
        assert session.execute(text("SELECT count(*) FROM journal_entry")).scalar() == 1
        assert session.execute(text("SELECT display_name FROM child ORDER BY id")).scalars().all() == [
            "Elza", "Aruzhan"]
    db.close()


def test_transactions_take_the_write_lock_at_begin(tmp_path):
    db = Database(tmp_path / "x.sqlite3")
    with db.transaction() as session:
        session.execute(text("SELECT 1"))  # a read only, yet BEGIN IMMEDIATE already holds the write lock
        other = sqlite3.connect(db.path, isolation_level=None, timeout=0.05)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    db.close()
