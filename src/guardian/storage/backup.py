"""Backups of the household database with SQLite's online backup API, kept in Paths.backups.

A backup is written to a temporary name and renamed into place, so a crash never leaves half a backup under a real
name. Names sort by time: household-YYYYMMDD-HHMMSS-ffffff-<reason>.sqlite3. At most one "daily" backup is made per
day of use, one before every import or migration, and only the newest KEEP are kept.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from pathlib import Path

from guardian.storage.engine import BUSY_TIMEOUT_MS, create_private

log = logging.getLogger(__name__)

KEEP = 7
PREFIX = "household-"
SUFFIX = ".sqlite3"
PARTIAL = ".partial"
_NAME = re.compile(r"^household-(\d{8})-(\d{6})-(\d{6})-([a-z0-9-]+)\.sqlite3$")


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)


def backups(folder: Path) -> list[Path]:
    """Finished backups, newest first."""
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if _NAME.match(p.name)), key=lambda p: p.name, reverse=True)


def made_on(backup: Path) -> dt.datetime | None:
    match = _NAME.match(backup.name)
    if not match:
        return None
    return dt.datetime.strptime("".join(match.group(1, 2, 3)), "%Y%m%d%H%M%S%f")


def copy_database(source: Path, target: Path) -> None:
    """Copy a consistent snapshot of `source` (WAL included) into a new private file at `target`."""
    partial = target.with_name(target.name + PARTIAL)
    partial.unlink(missing_ok=True)
    create_private(partial)
    src = _connect(source)
    try:
        dst = _connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    os.replace(partial, target)


def make_backup(db_file: Path, folder: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """Back up `db_file` now, then keep only the newest KEEP backups. Raises OSError/sqlite3.Error on failure."""
    if not re.fullmatch(r"[a-z0-9-]+", reason):
        raise ValueError(f"bad backup reason {reason!r}")
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    now = now or dt.datetime.now()
    target = folder / f"{PREFIX}{now:%Y%m%d-%H%M%S-%f}-{reason}{SUFFIX}"
    while target.exists():  # two backups in the same microsecond (fast clocks, tests)
        now += dt.timedelta(microseconds=1)
        target = folder / f"{PREFIX}{now:%Y%m%d-%H%M%S-%f}-{reason}{SUFFIX}"
    copy_database(db_file, target)
    log.info("backup written: %s", target.name)
    prune(folder)
    return target


def backup_if_due(db_file: Path, folder: Path, now: dt.datetime | None = None) -> Path | None:
    """The once-a-day backup: made unless some backup was already made today."""
    now = now or dt.datetime.now()
    if any((made_on(b) or dt.datetime.min).date() == now.date() for b in backups(folder)):
        return None
    return make_backup(db_file, folder, "daily", now)


def prune(folder: Path, keep: int = KEEP) -> list[Path]:
    removed = []
    for old in backups(folder)[keep:]:
        try:
            old.unlink()
            removed.append(old)
        except OSError as exc:
            log.warning("cannot remove old backup %s: %s", old.name, exc)
    return removed


def clean_partials(folder: Path) -> None:
    """Remove half-written copies a crash left behind (never a finished backup)."""
    if folder.is_dir():
        for partial in folder.glob(f"*{SUFFIX}{PARTIAL}"):
            partial.unlink(missing_ok=True)


def check_file(path: Path) -> list[str]:
    """Problems PRAGMA quick_check finds in a database file ([] when healthy). Raises sqlite3.Error/OSError when
    the file cannot be read at all."""
    conn = _connect(path)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
        conn.execute("PRAGMA user_version").fetchone()
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def is_good(backup: Path) -> bool:
    try:
        return not check_file(backup)
    except (sqlite3.Error, OSError) as exc:
        log.warning("backup %s is unusable: %s", backup.name, exc)
        return False


def newest_good(folder: Path) -> Path | None:
    return next((b for b in backups(folder) if is_good(b)), None)
