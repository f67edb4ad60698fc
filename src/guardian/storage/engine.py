"""The SQLite engine for the household database: one file, private to the user, safe journaling, real transactions.

Every connection gets foreign_keys=ON, a busy timeout and the journal mode chosen once when the engine is built
(WAL, or DELETE where WAL cannot work, e.g. on network file systems). The sqlite3 driver runs in autocommit
(isolation_level=None) and SQLAlchemy's "begin" event issues BEGIN IMMEDIATE, so a transaction takes the write lock
up front and DDL is transactional too. (SQLAlchemy's documented recipe sets `autocommit`, which only exists from
Python 3.12.)
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
MOUNTS = Path("/proc/mounts")
SIDE_FILES = ("-wal", "-shm", "-journal")
NETWORK_FILE_SYSTEMS = frozenset({"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "9p", "ceph",
                                  "glusterfs", "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "ncpfs", "lustre"})


def side_files(path: Path) -> list[Path]:
    """The files SQLite keeps next to the database while it is open (WAL, shared memory, rollback journal)."""
    return [path.with_name(path.name + suffix) for suffix in SIDE_FILES]


def create_private(path: Path) -> None:
    """Create an empty file readable and writable by this user only (SQLite gives its -wal/-shm the same mode)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)
    tighten(path)


def tighten(path: Path) -> None:
    """Make the database and any side files 0600, whatever an older version or a copy left behind."""
    for file in (path, *side_files(path)):
        try:
            if file.exists() and file.stat().st_mode & 0o077:
                file.chmod(0o600)
        except OSError as exc:  # e.g. a file system without Unix modes
            log.warning("cannot restrict %s: %s", file.name, exc)


def on_network_file_system(path: Path) -> bool:
    """Best effort: a UNC path on Windows, or a network file system in /proc/mounts on Linux."""
    text = str(path.resolve())
    if sys.platform == "win32":
        return text.startswith("\\\\")
    try:
        mounts = MOUNTS.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False
    best, fstype = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3:
            point = parts[1].replace("\\040", " ")
            inside = text == point or text.startswith(point.rstrip("/") + "/")
            if inside and len(point) > len(best):
                best, fstype = point, parts[2]
    return fstype in NETWORK_FILE_SYSTEMS


def choose_journal_mode(path: Path, want_wal: bool | None = None) -> str:
    """Switch the file to WAL if we can and may; otherwise to DELETE. Returns the mode in force."""
    if want_wal is None:
        want_wal = not on_network_file_system(path.parent)
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        if want_wal:
            try:
                mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
            except sqlite3.OperationalError as exc:
                log.warning("WAL journal not available (%s); using DELETE", exc)
                mode = ""
            if mode == "wal":
                return mode
        return str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
    finally:
        conn.close()


def build_engine(path: Path, journal_mode: str) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"isolation_level": None,
                                                              "timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA journal_mode = {journal_mode}")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA secure_delete = ON")  # deleted notes about a child do not linger in free pages
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


class Database:
    """The open household database: the engine, its sessions, and where it lives."""

    def __init__(self, path: Path, want_wal: bool | None = None) -> None:
        self.path = Path(path)
        if not self.path.exists():
            create_private(self.path)
        tighten(self.path)
        self.journal_mode = choose_journal_mode(self.path, want_wal)
        self.engine = build_engine(self.path, self.journal_mode)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        with self.engine.connect():
            pass
        tighten(self.path)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back entirely if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    def user_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())

    def quick_check(self) -> list[str]:
        with self.engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
        return [] if rows == ["ok"] else rows

    def close(self) -> None:
        """Close every pooled connection; the last close checkpoints the WAL into the main file."""
        self.engine.dispose()
        tighten(self.path)
