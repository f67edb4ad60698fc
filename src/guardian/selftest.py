"""`guardian self-test`: one line per check, so that a school can verify an installation. Exit 0 only if all pass."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QTranslator

from guardian.bootstrap import Bootstrap
from guardian.content.loader import load
from guardian.i18n.locales import SUPPORTED_LANGUAGES, read_locale_data
from guardian.i18n.translator import qm_file
from guardian.paths import resources_dir


def _content(boot: Bootstrap) -> tuple[bool, str]:
    library = load(resources_dir())
    counts = ", ".join(f"{len(v)} {k}" for k, v in sorted(library.facts.items()))
    if library.problems:
        return False, f"{len(library.problems)} problems, first: {library.problems[0]} ({counts})"
    return True, counts


def _translations(boot: Bootstrap) -> tuple[bool, str]:
    missing = []
    for language in SUPPORTED_LANGUAGES:
        translator = QTranslator()
        if not translator.load(str(qm_file(language))) or (language != "en" and translator.isEmpty()):
            missing.append(language)
    if missing:
        return False, f"catalogues missing or empty: {', '.join(missing)}"
    return True, ", ".join(SUPPORTED_LANGUAGES)


def _locale_data(boot: Bootstrap) -> tuple[bool, str]:
    """Country and language names, list and date formats (resources/locale)."""
    problems = []
    for language in SUPPORTED_LANGUAGES:
        try:
            read_locale_data(language)
        except (OSError, ValueError) as exc:
            problems.append(str(exc))
    if problems:
        return False, "; ".join(problems)
    return True, ", ".join(SUPPORTED_LANGUAGES)


def _data_folder(boot: Bootstrap) -> tuple[bool, str]:
    try:
        with tempfile.NamedTemporaryFile(dir=boot.paths.data, prefix=".selftest-"):
            pass
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        conn.close()
    except (OSError, sqlite3.Error) as exc:
        return False, f"{boot.paths.data}: {exc}"
    return True, str(boot.paths.data)


def _database(boot: Bootstrap) -> tuple[bool, str]:
    """Open (or create) the household database the way the app does, then quick_check it."""
    from guardian.storage.recovery import OpenStatus, open_database

    db, report = open_database(boot.paths)
    if db is None:
        if report.status is OpenStatus.NEWER:
            return False, (f"written by a newer Guardian (schema version {report.schema_version}, this one reads "
                           f"up to {report.supported_version}): {report.database_file}")
        return False, f"{report.status.value}: {'; '.join(report.details) or report.database_file}"
    try:
        problems = db.quick_check()
        detail = f"schema version {db.user_version()}, {db.journal_mode} journal, {db.path}"
    finally:
        db.close()
    if problems:
        return False, f"quick_check: {'; '.join(problems[:3])}"
    if report.status in (OpenStatus.RESTORED, OpenStatus.STARTED_EMPTY):
        return False, f"{report.status.value} (damaged file kept as {report.damaged_copy}); {detail}"
    return True, detail


def _policy(boot: Bootstrap) -> tuple[bool, str]:
    policy = boot.policy
    if policy.file is None:
        return True, "none found (defaults apply)"
    if policy.problems:
        return False, "; ".join(str(p) for p in policy.problems)
    return True, str(policy.file)


CHECKS: tuple[tuple[str, Callable[[Bootstrap], tuple[bool, str]]], ...] = (
    ("content", _content),
    ("translations", _translations),
    ("locale-data", _locale_data),
    ("data", _data_folder),
    ("database", _database),
    ("policy", _policy),
)


def run_self_test(boot: Bootstrap, out: TextIO) -> int:
    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - translators need an instance
    failed = 0
    for name, check in CHECKS:
        try:
            ok, detail = check(boot)
        except Exception as exc:  # a self-test reports, it never crashes
            ok, detail = False, f"{type(exc).__name__}: {exc}"
        failed += not ok
        out.write(f"{'ok  ' if ok else 'FAIL'} {name:<13} {detail}\n")
    out.write(f"checks: {len(CHECKS) - failed} of {len(CHECKS)} pass\n")
    return 1 if failed else 0
