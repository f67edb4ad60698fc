"""Use cases for the household data as a whole: open it at start (with what happened, in words a parent can read),
and "Delete all my data", which is also the documented reset for a forgotten PIN.

Deleting removes the database, its WAL/SHM/journal files, every backup and every damaged copy that was moved
aside. Content shipped with the app (guides, helplines) is never touched.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from guardian.i18n.dates import short_date_time
from guardian.i18n.text import arg
from guardian.paths import Paths
from guardian.storage import backup
from guardian.storage.engine import Database, side_files
from guardian.storage.recovery import OpenReport, OpenStatus, open_database

log = logging.getLogger(__name__)


class Level(enum.Enum):
    NONE = "none"  # nothing to say
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"  # household features are unavailable


@dataclass(frozen=True)
class StartupNotice:
    """What the UI shows the parent after opening the household data (text already translated)."""

    level: Level
    text: str
    report: OpenReport


def _when(moment: dt.datetime | None) -> str:
    if moment is None:
        return "?"
    return short_date_time(moment)


def describe(report: OpenReport) -> StartupNotice:
    status = report.status
    damaged = str(report.damaged_copy) if report.damaged_copy else ""
    if status is OpenStatus.RESTORED:
        text = arg(QCoreApplication.translate(
            "Household", "Your household data was damaged, so Guardian restored the backup from %1. Changes made "
            "after that backup are missing. The damaged file was kept as %2."), _when(report.backup_date), damaged)
        return StartupNotice(Level.WARNING, text, report)
    if status is OpenStatus.STARTED_EMPTY:
        text = arg(QCoreApplication.translate(
            "Household", "Your household data was damaged and no usable backup was found, so Guardian started "
            "with empty household data. The damaged file was kept as %1."), damaged)
        return StartupNotice(Level.WARNING, text, report)
    if status is OpenStatus.NEWER:
        text = arg(QCoreApplication.translate(
            "Household", "Your household data was saved by a newer version of Guardian (data version %1; this "
            "version reads up to %2). Please install the newer version. Your data has not been changed."),
            report.schema_version, report.supported_version)
        return StartupNotice(Level.ERROR, text, report)
    if status is OpenStatus.IN_USE:
        text = QCoreApplication.translate(
            "Household", "Your household data is in use by another program (perhaps Guardian is already open). "
            "Close it and start Guardian again.")
        return StartupNotice(Level.ERROR, text, report)
    if status is OpenStatus.MIGRATION_FAILED:
        text = QCoreApplication.translate(
            "Household", "Guardian could not update your household data to this version. Nothing was changed "
            "or lost; household pages are unavailable until this is solved.")
        return StartupNotice(Level.ERROR, text, report)
    if status is OpenStatus.FAILED:
        text = arg(QCoreApplication.translate(
            "Household", "Guardian could not open your household data in %1. Nothing was deleted. Check that the "
                         "disk is not full and that this folder can be written to, then start Guardian again. On a "
                         "school computer, ask your school's IT contact."),
            str(report.database_file.parent))
        return StartupNotice(Level.ERROR, text, report)
    return StartupNotice(Level.NONE, "", report)


class DataService:
    def __init__(self, paths: Paths) -> None:
        self.paths = paths
        self.db: Database | None = None

    def open(self, now: dt.datetime | None = None) -> StartupNotice:
        """Open (check, recover, migrate, back up) the household database; never raises."""
        self.close()
        self.db, report = open_database(self.paths, now=now)
        notice = describe(report)
        if notice.level is not Level.NONE:
            log.warning("household data: %s (%s)", report.status.value, "; ".join(report.details[:3]))
        return notice

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    def household_files(self) -> list[Path]:
        """Every file that holds household data: database, side files, damaged copies, backups."""
        db_file = self.paths.database_file
        files = [db_file, *side_files(db_file)]
        if self.paths.data.is_dir():
            files += sorted(self.paths.data.glob(db_file.name + ".damaged-*"))
            files += sorted(self.paths.data.glob(db_file.name + backup.PARTIAL))
        if self.paths.backups.is_dir():
            files += sorted(p for p in self.paths.backups.iterdir() if p.is_file())
        return [f for f in files if f.exists()]

    def delete_all_data(self) -> list[Path]:
        """Really delete the household: closes the database, then removes every household file. Returns what was
        removed; raises OSError if a file could not be removed (the rest is still removed)."""
        self.close()
        removed, failures = [], []
        for file in self.household_files():
            try:
                file.unlink()
                removed.append(file)
            except OSError as exc:
                failures.append(exc)
        try:
            if self.paths.backups.is_dir():
                self.paths.backups.rmdir()
        except OSError as exc:
            failures.append(exc)
        log.info("household data deleted (%d files)", len(removed))
        if failures:
            raise failures[0]
        return removed
