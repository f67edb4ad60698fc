"""The user's settings: what each one may hold, where its value came from, and whether the school locked it.

Effective value = the user's choice unless the policy locks the key, else the policy's value, else the default.
User choices are kept in a small JSON file in the config folder; a damaged file is set aside, never lost.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from guardian.i18n.locales import SUPPORTED_LANGUAGES
from guardian.policy import Policy

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark", "high-contrast")


class SettingSpec(NamedTuple):
    key: str
    default: object
    check: Callable[[object], str | None]

    def validate(self, value: object) -> str | None:
        return self.check(value)

    def normalise(self, value: object) -> object:
        if self.key == "country" and isinstance(value, str):
            return value.upper()
        return value


def _one_of(choices: tuple[str, ...]) -> Callable[[object], str | None]:
    def check(value: object) -> str | None:
        if value not in choices:
            return f"must be one of: {', '.join(choices)}"
        return None

    return check


def _country(value: object) -> str | None:
    if value == "" or (isinstance(value, str) and re.fullmatch(r"[A-Za-z]{2}", value)):
        return None
    return "must be a two-letter ISO 3166 country code such as LV or KZ"


SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("language", "system", _one_of(("system", *SUPPORTED_LANGUAGES))),
        SettingSpec("country", "", _country),
        SettingSpec("theme", "system", _one_of(THEMES)),
    )
}


class EffectiveSetting(NamedTuple):
    key: str
    value: object
    source: str  # "default" | "policy" | "user" | "command line"
    locked: bool


class SettingNotSavedError(Exception):
    """The choice applies for this session, but the settings file could not be written (a read-only or full disk)."""

    def __init__(self, file: Path, reason: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


class Settings:
    """Effective settings over defaults, the policy, the user's file and command-line overrides."""

    def __init__(self, file: Path, policy: Policy, overrides: dict[str, object] | None = None) -> None:
        self._file = file
        self.policy = policy
        self._overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
        self._user = self._read()

    def _read(self) -> dict[str, object]:
        try:
            raw = json.loads(self._file.read_text(encoding="utf-8"))
        except (FileNotFoundError, NotADirectoryError):
            return {}
        except OSError as exc:  # there, but not readable: left where it is, for the next start
            log.warning("settings file %s cannot be read (%s); the defaults apply", self._file, exc)
            return {}
        except ValueError as exc:  # not JSON, not UTF-8
            aside = self._file.with_suffix(".damaged.json")
            log.warning("settings file %s unreadable (%s); set aside as %s", self._file, exc, aside)
            with contextlib.suppress(OSError):
                os.replace(self._file, aside)
            return {}
        if not isinstance(raw, dict):
            return {}
        clean = {}
        for key, value in raw.items():
            spec = SPECS.get(key)
            if spec is not None and spec.validate(value) is None:
                clean[key] = spec.normalise(value)
        return clean

    def get(self, key: str) -> EffectiveSetting:
        spec = SPECS[key]
        locked = key in self.policy.locked
        if key in self.policy.values and locked:
            return EffectiveSetting(key, self.policy.values[key], "policy", True)
        if key in self._overrides and not locked:
            return EffectiveSetting(key, self._overrides[key], "command line", False)
        if key in self._user and not locked:
            return EffectiveSetting(key, self._user[key], "user", False)
        if key in self.policy.values:
            return EffectiveSetting(key, self.policy.values[key], "policy", locked)
        return EffectiveSetting(key, spec.default, "default", locked)

    def value(self, key: str) -> object:
        return self.get(key).value

    def is_locked(self, key: str) -> bool:
        return key in self.policy.locked

    def set(self, key: str, value: object) -> None:
        """Store the user's choice. Raises ValueError for a locked key or a value the setting cannot hold, and
        SettingNotSavedError when the choice applies but could not be written to the file."""
        spec = SPECS[key]
        if self.is_locked(key):
            raise ValueError(f"{key} is set by your school and cannot be changed")
        error = spec.validate(value)
        if error:
            raise ValueError(f"{key} {error}")
        self._overrides.pop(key, None)
        self._user[key] = spec.normalise(value)
        try:
            self._write()
        except OSError as exc:
            log.warning("settings file %s cannot be written: %s", self._file, exc)
            raise SettingNotSavedError(self._file, exc.strerror or str(exc)) from exc

    def _write(self) -> None:
        self._file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._file.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._user, indent=2, sort_keys=True), encoding="utf-8")
        os.chmod(tmp, 0o600)
        os.replace(tmp, self._file)

    def as_report(self) -> dict[str, dict[str, object]]:
        return {
            key: {"value": s.value, "source": s.source, "locked": s.locked}
            for key in SPECS
            for s in (self.get(key),)
        }
