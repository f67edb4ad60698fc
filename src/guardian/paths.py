"""The folders Guardian reads and writes, decided once at start and handed down as one object.

Nothing here runs at import time. Every file the app writes lives below one of these folders; with --data-dir
(tests, USB sticks) or a portable policy all of them live below that one folder. Paths is the frozen record
DESIGN.md describes, as a NamedTuple rather than a dataclass: it is made before the first frame, and importing
dataclasses and defining one costs about 2 ms there.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import NamedTuple

import platformdirs

APP_DIR_NAME = "guardian"


class Paths(NamedTuple):
    data: Path  # household database and its backups
    config: Path  # user settings and window state
    logs: Path
    cache: Path  # rebuilt at will (search index)
    portable: bool = False

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def ui_state_file(self) -> Path:
        return self.config / "ui-state.ini"

    @property
    def database_file(self) -> Path:
        return self.data / "household.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def log_file(self) -> Path:
        return self.logs / "guardian.log"

    @classmethod
    def under(cls, root: Path, portable: bool = False) -> Paths:
        root = Path(root).expanduser().resolve()
        return cls(root / "data", root / "config", root / "logs", root / "cache", portable)

    @classmethod
    def for_user(cls) -> Paths:
        return cls(
            Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
            Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
            Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False)),
        )

    def ensure(self) -> list[str]:
        """Create the folders, readable by this user only. Never raises: returns one line per folder that could not be
        made (a read-only or full disk, a file in the way), so that Guardian still starts and can say why nothing
        can be saved."""
        problems = []
        for folder in (self.data, self.config, self.logs, self.cache):
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError as exc:
                problems.append(f"{folder}: {exc.strerror or exc}")
        return problems


def portable_root() -> Path:
    """The folder beside the program, used when a policy asks for portable mode."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / "guardian-data"
    return Path(sys.argv[0]).resolve().parent / "guardian-data"


@functools.lru_cache(maxsize=8)
def _package_or_source(name: str) -> Path:
    """A folder shipped in the wheel or a bundle (guardian/<name>, beside this module: where importlib.resources would
    find it, without its imports) or, in a source checkout, at the repository top."""
    packaged = Path(__file__).resolve().parent / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / name


def resources_dir() -> Path:
    return _package_or_source("resources")


def translations_dir() -> Path:
    return _package_or_source("translations")
