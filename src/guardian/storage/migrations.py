"""Numbered schema migrations, recorded in PRAGMA user_version.

Each migration is frozen DDL (never generated from tables.py, which describes only the latest schema) and runs in
one BEGIN IMMEDIATE transaction together with the version bump, so a failure or a crash leaves the previous version
intact. The caller's backup runs before the first step; without a backup nothing is migrated. A database written
by a newer Guardian is refused, untouched. Every migration needs a test in tests/unit/test_migrations.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from guardian.storage.engine import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    version: int
    summary: str
    statements: tuple[str, ...]


_CREATE = (
    """CREATE TABLE household (
    id INTEGER NOT NULL,
    country VARCHAR(2) NOT NULL,
    language VARCHAR(8) NOT NULL,
    created DATE NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT one_household CHECK (id = 1))""",
    """CREATE TABLE child (
    id INTEGER NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    birth_year INTEGER NOT NULL,
    birth_date DATE,
    notes TEXT DEFAULT '' NOT NULL,
    PRIMARY KEY (id))""",
    """CREATE TABLE device (
    id INTEGER NOT NULL,
    child_id INTEGER NOT NULL,
    platform_id VARCHAR(40) NOT NULL,
    label VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_device_owner UNIQUE (id, child_id),
    FOREIGN KEY(child_id) REFERENCES child (id) ON DELETE CASCADE)""",
    """CREATE TABLE checklist_tick (
    device_id INTEGER NOT NULL,
    step_id VARCHAR(120) NOT NULL,
    child_id INTEGER NOT NULL,
    ticked DATE NOT NULL,
    PRIMARY KEY (device_id, step_id),
    CONSTRAINT fk_tick_device FOREIGN KEY(device_id, child_id) REFERENCES device (id, child_id)
        ON DELETE CASCADE ON UPDATE CASCADE)""",
    """CREATE TABLE review (
    child_id INTEGER NOT NULL,
    last_review DATE NOT NULL,
    interval_months INTEGER DEFAULT 3 NOT NULL,
    PRIMARY KEY (child_id),
    CONSTRAINT review_interval CHECK (interval_months BETWEEN 1 AND 24),
    FOREIGN KEY(child_id) REFERENCES child (id) ON DELETE CASCADE)""",
    """CREATE TABLE agreement (
    id INTEGER NOT NULL,
    child_id INTEGER NOT NULL,
    template_id VARCHAR(60) NOT NULL,
    items JSON NOT NULL,
    updated DATE NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_agreement_child_template UNIQUE (child_id, template_id),
    FOREIGN KEY(child_id) REFERENCES child (id) ON DELETE CASCADE)""",
    """CREATE TABLE journal_entry (
    id INTEGER NOT NULL,
    date DATE NOT NULL,
    child_id INTEGER,
    platform_id VARCHAR(40),
    what_happened TEXT NOT NULL,
    what_was_done TEXT DEFAULT '' NOT NULL,
    reports_made TEXT DEFAULT '' NOT NULL,
    reference_numbers TEXT DEFAULT '' NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(child_id) REFERENCES child (id) ON DELETE SET NULL)""",
    """CREATE TABLE pin (
    id INTEGER NOT NULL,
    hash VARCHAR(200) NOT NULL,
    failed_attempts INTEGER DEFAULT 0 NOT NULL,
    locked_until DATETIME,
    PRIMARY KEY (id),
    CONSTRAINT one_pin CHECK (id = 1))""",
)

# SQLite does not index foreign keys by itself: without these, deleting a child scans every device and journal
# entry, and the journal (listed newest first) sorts the whole table on each view.
_INDEX_FOREIGN_KEYS = (
    "CREATE INDEX ix_device_child_id ON device (child_id)",
    "CREATE INDEX ix_journal_entry_child_id ON journal_entry (child_id)",
    "CREATE INDEX ix_journal_entry_date ON journal_entry (date)",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "create the household tables", _CREATE),
    Migration(2, "index foreign keys and journal dates", _INDEX_FOREIGN_KEYS),
)
LATEST = MIGRATIONS[-1].version


class NewerDatabaseError(Exception):
    """The file was written by a newer Guardian; opening it could lose what that version stored."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"database schema version {found} is newer than this program supports ({supported})")
        self.found, self.supported = found, supported


class MigrationError(Exception):
    """A step failed and was rolled back; the database is still at `version`, nothing was deleted."""

    def __init__(self, version: int, target: int, cause: BaseException) -> None:
        super().__init__(f"migration to schema version {target} failed (still at {version}): {cause}")
        self.version, self.target, self.cause = version, target, cause


@dataclass(frozen=True)
class MigrationResult:
    from_version: int
    to_version: int
    backup: Path | None = None

    @property
    def changed(self) -> bool:
        return self.to_version != self.from_version


def migrate(db: Database, backup: Callable[[str], Path] | None,
            migrations: Sequence[Migration] = MIGRATIONS) -> MigrationResult:
    """Bring the database to the latest version. `backup(reason)` is called once before the first step of an
    existing database (a new, empty one has nothing to lose); if it raises, nothing is migrated."""
    latest = migrations[-1].version if migrations else 0
    start = db.user_version()
    if start > latest:
        raise NewerDatabaseError(start, latest)
    if start == latest:
        return MigrationResult(start, start)
    saved = None
    if start > 0:
        if backup is None:
            raise MigrationError(start, latest, RuntimeError("no backup function given"))
        try:
            saved = backup(f"before-migration-{latest}")
        except Exception as exc:
            raise MigrationError(start, latest, exc) from exc
    version = start
    for step in migrations:
        if step.version <= version:
            continue
        try:
            with db.write() as conn:
                # the write lock is held: another process may have migrated meanwhile
                if int(conn.execute("PRAGMA user_version").fetchone()[0]) >= step.version:
                    continue
                for statement in step.statements:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {int(step.version)}")
        except Exception as exc:
            log.error("migration %s (%s) failed: %s", step.version, step.summary, exc)
            raise MigrationError(version, step.version, exc) from exc
        log.info("database migrated to schema version %s: %s", step.version, step.summary)
        version = step.version
    return MigrationResult(start, db.user_version(), saved)
