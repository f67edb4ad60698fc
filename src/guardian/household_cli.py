"""`guardian household export FILE | import FILE`: the household as a JSON file, headless.

Exit 0 on success; 1 with a one-line message when the file is bad or the household data cannot be opened.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication

from guardian import household_lock
from guardian.bootstrap import Bootstrap
from guardian.services.data_service import DataService, Level
from guardian.services.household_errors import HouseholdError
from guardian.services.transfer_service import TransferService


def run_household(boot: Bootstrap, args: argparse.Namespace) -> int:
    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - translations need an instance
    if args.action == "import":
        lock, ours = household_lock.claim(boot.paths)
        if not ours:
            print("household: Guardian is open on this household; close it, then import again", file=sys.stderr)
            return 1
        try:
            return _run(boot, args)
        finally:
            lock.unlock()
    return _run(boot, args)


def _run(boot: Bootstrap, args: argparse.Namespace) -> int:
    data = DataService(boot.paths)
    notice = data.open()
    try:
        if notice.level is Level.ERROR or data.db is None:
            print(f"household: {notice.text}", file=sys.stderr)
            return 1
        if notice.level is not Level.NONE:
            print(f"household: {notice.text}", file=sys.stderr)
        transfer = TransferService(data.db, boot.paths.backups)
        if args.action == "export":
            transfer.export_to(args.file)
            print(f"household exported to {args.file}")
            return 0
        result = transfer.import_from(args.file)
        counts = ", ".join(f"{n} {kind}" for kind, n in result.counts.items())
        print(f"household imported from {args.file} ({counts}); previous household backed up")
        return 0
    except HouseholdError as exc:
        message = str(exc) if str(args.file) in str(exc) else f"{args.file}: {exc}"
        print(message.replace("\n", " "), file=sys.stderr)
        return 1
    finally:
        data.close()
