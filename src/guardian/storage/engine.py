"""The SQLite engine for the household database: one file, private to the user, safe journaling, real transactions.

Every connection, whether SQLAlchemy's or a plain sqlite3 one, comes from `Database.connect()`: foreign_keys=ON, a
busy timeout and the journal mode chosen once when the database is opened (WAL, or DELETE where WAL cannot work,
e.g. on network file systems). The sqlite3 driver runs in autocommit (isolation_level=None) and SQLAlchemy's "begin"
event issues BEGIN IMMEDIATE, so a transaction takes the write lock up front and DDL is transactional too.
(SQLAlchemy's documented recipe sets `autocommit`, which only exists from Python 3.12.)

Opening, checking, migrating and backing up need only sqlite3, and so does the read-only view Home shows
(storage/household_reader.py). SQLAlchemy (about 25 MiB and 0.4 s to import) is loaded the first time a service
opens a transaction.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine
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


def connect(path: Path, journal_mode: str) -> sqlite3.Connection:
    """A connection to the household database as every part of Guardian uses it (autocommit; see the module doc)."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA journal_mode = {journal_mode}")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")  # deleted notes about a child do not linger in free pages
    except BaseException:
        conn.close()
        raise
    return conn


def build_engine(path: Path, journal_mode: str) -> Engine:
    from sqlalchemy import create_engine, event

    # the URL picks the dialect and a file database's connection pool; the connections themselves come from connect()
    engine = create_engine(f"sqlite:///{path}", creator=lambda: connect(path, journal_mode))

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


class Database:
    """The open household database: where it lives, plain connections, and (built on first use) the SQLAlchemy
    engine and its sessions."""

    def __init__(self, path: Path, want_wal: bool | None = None) -> None:
        self.path = Path(path)
        if not self.path.exists():
            create_private(self.path)
        tighten(self.path)
        self.journal_mode = choose_journal_mode(self.path, want_wal)
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self.connect().close()
        tighten(self.path)

    def connect(self) -> sqlite3.Connection:
        """A plain sqlite3 connection (autocommit) configured like the engine's; the caller closes it."""
        return connect(self.path, self.journal_mode)

    @property
    def engine(self) -> Engine:
        return self._orm()[0]

    def _orm(self) -> tuple[Engine, sessionmaker[Session]]:
        """The engine and its session factory, built (and SQLAlchemy imported) on first use."""
        if self._engine is None or self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._engine = build_engine(self.path, self.journal_mode)
            self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        return self._engine, self._sessions

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back entirely if it raises."""
        _engine, sessions = self._orm()
        with sessions() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A BEGIN IMMEDIATE transaction on a plain connection: committed when the block ends, else rolled back."""
        conn = self.connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.close()

    def user_version(self) -> int:
        conn = self.connect()
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()

    def quick_check(self) -> list[str]:
        conn = self.connect()
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
        return [] if rows == ["ok"] else rows

    def close(self) -> None:
        """Close every pooled connection; the last close checkpoints the WAL into the main file."""
        if self._engine is not None:
            self._engine.dispose()
        tighten(self.path)
