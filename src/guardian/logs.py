"""Logging to a rotating file in the user's log folder; nothing is logged about the household's content."""

from __future__ import annotations

import logging
import logging.handlers

from guardian.paths import Paths


def setup_logging(paths: Paths, level: int = logging.INFO) -> None:
    paths.logs.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=512_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_guardian", False)]:
        root.removeHandler(old)
        old.close()
    handler._guardian = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
