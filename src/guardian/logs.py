"""Logging to a file in the user's log folder; nothing is logged about the household's content.

The file is rotated when Guardian starts: once it is over MAX_BYTES it becomes guardian.log.1 (the older ones move
up, the oldest beyond KEEP is removed). A session writes a few lines, so rotating at start keeps the folder small
without logging.handlers, whose imports (sockets, pickling, threads) would delay the first frame.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from guardian.paths import Paths

MAX_BYTES = 512_000
KEEP = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def rotate(log_file: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
    """guardian.log -> guardian.log.1 -> ... -> guardian.log.<keep> when the current file is over max_bytes."""
    try:
        if log_file.stat().st_size <= max_bytes:
            return
    except OSError:  # no log yet
        return
    try:
        for n in range(keep - 1, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{n}")
            if older.exists():
                os.replace(older, log_file.with_name(f"{log_file.name}.{n + 1}"))
        os.replace(log_file, log_file.with_name(f"{log_file.name}.1"))
    except OSError:  # e.g. a read-only copy: keep appending to the old file rather than fail to start
        pass


class _Brief(logging.Formatter):
    """One line per record for a person reading standard error: an error's type and message, not its traceback."""

    def __init__(self) -> None:
        super().__init__(FORMAT)

    def formatException(self, ei) -> str:
        return f"  {ei[0].__name__}: {ei[1]}" if ei and ei[0] else ""


def setup_logging(paths: Paths, level: int = logging.INFO) -> None:
    """Log to the log file; to standard error when the log folder cannot be made (a read-only disk, a file in the
    way), so that logging never stops Guardian from starting."""
    handler: logging.Handler
    try:
        paths.logs.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
        handler.setFormatter(_Brief())
    else:
        rotate(paths.log_file)
        handler = logging.FileHandler(paths.log_file, encoding="utf-8", delay=True)  # opened at the first line
    if handler.formatter is None:
        handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_guardian", False)]:
        root.removeHandler(old)
        old.close()
    handler._guardian = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
