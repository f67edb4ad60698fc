"""Use cases for moving a household between computers: export it to a file, import it from one.

Import is all-or-nothing: the file is read (at most the size cap) and validated completely, the current database
is backed up, and only then is the household replaced in ONE transaction. On any problem the parent gets a clear
message naming the field, and nothing is changed. The parent PIN is not part of the file and is kept as it is.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from guardian.domain.household import HouseholdSnapshot
from guardian.i18n.text import arg
from guardian.services import household_format
from guardian.services.household_errors import HouseholdError
from guardian.storage import backup
from guardian.storage.engine import Database
from guardian.storage.snapshot_repo import read_all, replace_all

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportResult:
    counts: dict[str, int]
    backup: Path  # the household as it was just before the import


class TransferService:
    def __init__(self, db: Database, backups: Path, now: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self.db = db
        self.backups = backups
        self.now = now

    def snapshot(self) -> HouseholdSnapshot:
        with self.db.transaction() as session:
            return read_all(session)

    def export_bytes(self) -> bytes:
        return household_format.dumps(self.snapshot())

    def export_to(self, file: Path) -> None:
        """Write the household to `file` (readable by the user only: it holds children's details)."""
        data = self.export_bytes()
        partial = file.with_name(f".{file.name}.partial")
        try:
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, file)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise HouseholdError(arg(QCoreApplication.translate("Household", "Cannot write %1: %2"),
                                     str(file), exc.strerror or str(exc))) from exc

    def read_file(self, file: Path) -> HouseholdSnapshot:
        """Read and validate a household file without changing anything."""
        try:
            with Path(file).open("rb") as source:
                data = source.read(household_format.MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise HouseholdError(arg(QCoreApplication.translate("Household", "Cannot read %1: %2"),
                                     str(file), exc.strerror or str(exc))) from exc
        snapshot = household_format.parse(data)
        self._no_births_after_today(snapshot)
        return snapshot

    def _no_births_after_today(self, snapshot: HouseholdSnapshot) -> None:
        """A child born after today (a typing slip in a file, or this computer's clock) would be shown as 0 years old
        and given an infant's advice: such a file is refused, as the child form refuses such a year."""
        today = self.now().date()
        for n, child in enumerate(snapshot.children):
            if (child.birth_date or dt.date(child.birth_year, 1, 1)) > today:
                field = f"children[{n}].{'birth_date' if child.birth_date else 'birth_year'}"
                raise HouseholdError(arg(QCoreApplication.translate(
                    "Household", "%1: this is after today's date on this computer (%2). Nothing was imported: please "
                                 "check the file, or the computer's date."), field, today.isoformat()), field)

    def import_snapshot(self, snapshot: HouseholdSnapshot) -> ImportResult:
        """Back up, then replace the whole household by `snapshot` in one transaction."""
        try:
            saved = backup.make_backup(self.db.path, self.backups, "before-import", self.now())
        except (OSError, sqlite3.Error) as exc:
            raise HouseholdError(arg(QCoreApplication.translate(
                "Household", "Nothing was imported: the current household could not be backed up first (%1)."),
                exc)) from exc
        try:
            with self.db.transaction() as session:
                replace_all(session, snapshot)
        except Exception as exc:  # rolled back: the household is as it was
            log.error("import failed and was rolled back: %s", exc)
            raise HouseholdError(QCoreApplication.translate(
                "Household", "Nothing was imported: the household could not be saved. Your data is unchanged."
            )) from exc
        log.info("household imported: %s", snapshot.counts())
        return ImportResult(snapshot.counts(), saved)

    def import_from(self, file: Path) -> ImportResult:
        return self.import_snapshot(self.read_file(file))
