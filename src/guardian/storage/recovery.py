"""Opening the household database at start: check it, recover it from a backup if damaged, migrate it, back it up.

Never a crash and never a silent loss: every path ends in an OpenReport saying what happened, which the services
turn into a message for the parent. A damaged or unreadable file is moved aside (never deleted) and the newest
backup that passes quick_check is restored. A database from a newer Guardian is left untouched and not opened.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from guardian.paths import Paths
from guardian.storage import backup as backups
from guardian.storage.engine import Database, side_files
from guardian.storage.migrations import LATEST, MigrationError, NewerDatabaseError, migrate

log = logging.getLogger(__name__)

_BUSY = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED: someone else has the file open, it is not damaged


class OpenStatus(enum.Enum):
    OK = "ok"  # opened as it was
    CREATED = "created"  # there was no database: a new, empty one
    MIGRATED = "migrated"  # upgraded to the current schema (backed up first)
    RESTORED = "restored"  # the file was damaged: moved aside, newest good backup restored
    STARTED_EMPTY = "started-empty"  # the file was damaged and no good backup existed: moved aside, new database
    NEWER = "newer"  # written by a newer Guardian: not opened, not changed
    IN_USE = "in-use"  # locked by another program for longer than the busy timeout
    MIGRATION_FAILED = "migration-failed"  # rolled back; the file is as it was
    FAILED = "failed"  # could not open or move aside; nothing was changed or deleted


@dataclass(frozen=True)
class OpenReport:
    status: OpenStatus
    database_file: Path
    schema_version: int | None = None
    from_version: int | None = None
    supported_version: int | None = None
    damaged_copy: Path | None = None
    restored_from: Path | None = None
    backup_date: dt.datetime | None = None
    details: tuple[str, ...] = ()

    @property
    def usable(self) -> bool:
        return self.status in (OpenStatus.OK, OpenStatus.CREATED, OpenStatus.MIGRATED, OpenStatus.RESTORED,
                               OpenStatus.STARTED_EMPTY)

    @property
    def needs_attention(self) -> bool:
        """Something the parent should be told about (a new or upgraded database is not news)."""
        return self.status not in (OpenStatus.OK, OpenStatus.CREATED, OpenStatus.MIGRATED)


def move_aside(db_file: Path, now: dt.datetime) -> Path:
    """Rename the database and its side files to *.damaged-<time>; returns the new name of the main file."""
    stamp = f".damaged-{now:%Y%m%d-%H%M%S}"
    target = db_file.with_name(db_file.name + stamp)
    n = 1
    while target.exists():
        target = db_file.with_name(f"{db_file.name}{stamp}-{n}")
        n += 1
    os.replace(db_file, target)
    for side in side_files(db_file):
        if side.exists():
            os.replace(side, target.with_name(target.name + side.name[len(db_file.name):]))
    return target


def _inspect(db_file: Path) -> tuple[bool, list[str]]:
    """(busy, problems) for an existing file."""
    try:
        return False, backups.check_file(db_file)
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", None) in _BUSY:
            return True, [str(exc)]
        return False, [f"{type(exc).__name__}: {exc}"]
    except OSError as exc:
        return False, [f"{type(exc).__name__}: {exc}"]


def _recover(db_file: Path, folder: Path, problems: list[str], now: dt.datetime) -> OpenReport:
    """Move the damaged file aside and restore the newest good backup. Returns the interim report."""
    log.error("household database damaged or unreadable: %s", "; ".join(problems[:5]))
    damaged = move_aside(db_file, now)
    for leftover in side_files(db_file):  # a side file we could not rename must not be applied to a restored copy
        if leftover.exists():
            raise OSError(f"cannot move {leftover.name} aside")
    good = backups.newest_good(folder)
    if good is None:
        return OpenReport(OpenStatus.STARTED_EMPTY, db_file, damaged_copy=damaged, details=tuple(problems))
    backups.copy_database(good, db_file)
    log.warning("restored the household database from %s", good.name)
    return OpenReport(OpenStatus.RESTORED, db_file, damaged_copy=damaged, restored_from=good,
                      backup_date=backups.made_on(good), details=tuple(problems))


def open_database(paths: Paths, now: dt.datetime | None = None,
                  want_wal: bool | None = None) -> tuple[Database | None, OpenReport]:
    """Open (creating, recovering or migrating as needed) the household database. Never raises."""
    now = now or dt.datetime.now()
    db_file = paths.database_file
    try:
        return _open(db_file, paths.backups, now, want_wal)
    except Exception as exc:  # the last line of defence: report, never crash, never delete
        log.exception("cannot open the household database")
        return None, OpenReport(OpenStatus.FAILED, db_file, details=(f"{type(exc).__name__}: {exc}",))


def _open(db_file: Path, folder: Path, now: dt.datetime, want_wal: bool | None) -> tuple[Database | None, OpenReport]:
    db_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    backups.clean_partials(folder)
    backups.clean_partials(db_file.parent)
    existed = db_file.exists() and db_file.stat().st_size > 0
    interim: OpenReport | None = None
    if existed:
        busy, problems = _inspect(db_file)
        if busy:
            return None, OpenReport(OpenStatus.IN_USE, db_file, details=tuple(problems))
        if problems:
            try:
                interim = _recover(db_file, folder, problems, now)
            except OSError as exc:
                return None, OpenReport(OpenStatus.FAILED, db_file, details=(*problems, str(exc)))
    db = Database(db_file, want_wal)
    try:
        result = migrate(db, lambda reason: backups.make_backup(db_file, folder, reason, now))
    except NewerDatabaseError as exc:
        db.close()
        return None, OpenReport(OpenStatus.NEWER, db_file, schema_version=exc.found,
                                supported_version=exc.supported)
    except MigrationError as exc:
        db.close()
        return None, OpenReport(OpenStatus.MIGRATION_FAILED, db_file, schema_version=exc.version,
                                supported_version=LATEST, details=(str(exc.cause),))
    details: list[str] = []
    if existed or interim is not None:
        try:
            backups.backup_if_due(db_file, folder, now)
        except (OSError, sqlite3.Error) as exc:  # the household still opens; the next start tries again
            log.error("daily backup failed: %s", exc)
            details.append(f"daily backup failed: {exc}")
    if interim is not None:
        return db, OpenReport(interim.status, db_file, result.to_version, result.from_version,
                              damaged_copy=interim.damaged_copy, restored_from=interim.restored_from,
                              backup_date=interim.backup_date, details=(*interim.details, *details))
    status = OpenStatus.CREATED if not existed else OpenStatus.MIGRATED if result.changed else OpenStatus.OK
    return db, OpenReport(status, db_file, result.to_version, result.from_version, details=tuple(details))
