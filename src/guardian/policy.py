"""The administrator's policy: where it is found, how it is read and checked, and what it sets and locks.

A school puts a policy.toml in the system configuration folder (or passes --policy FILE). A broken policy never
stops the app: it is reported with file, line and key, and the app runs on defaults.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

import platformdirs

POLICY_NAME = "policy.toml"
SECTION_IDS = ("home", "guides", "ratings", "risks", "helplines", "gethelp", "household", "settings", "about")
KNOWN_KEYS = {"language", "country", "theme", "lock", "contact", "hide_sections", "portable"}
CONTACT_KEYS = {"name", "role", "phone", "email", "url"}


class Contact(NamedTuple):
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    url: str = ""


class PolicyProblem(NamedTuple):
    file: Path
    line: int | None
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else str(self.file)
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


class Policy(NamedTuple):
    file: Path | None = None
    values: Mapping[str, object] = MappingProxyType({})  # setting key -> value the school chose (read-only)
    locked: frozenset[str] = frozenset()
    contacts: tuple[Contact, ...] = ()
    hidden_sections: frozenset[str] = frozenset()
    portable: bool = False
    problems: tuple[PolicyProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def system_policy_files() -> list[Path]:
    """Candidate policy files in the system configuration folders, most important first."""
    dirs = platformdirs.site_config_dir("guardian", appauthor=False, multipath=True)
    return [Path(d) / POLICY_NAME for d in dirs.split(os.pathsep) if d]


def find_policy(explicit: Path | None) -> Path | None:
    if explicit is not None:
        return explicit
    for candidate in system_policy_files():
        if candidate.is_file():
            return candidate
    return None


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^\s*(\[\[?\s*)?{re.escape(key)}\b")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def load_policy(path: Path | None, setting_specs: dict) -> Policy:
    """Read and check a policy file. Never raises: problems are carried in Policy.problems."""
    if path is None:
        return Policy()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return Policy(file=path, problems=(PolicyProblem(path, None, "", f"cannot be read ({exc})"),))
    import tomllib  # only when there is a policy file: most parents' starts have none, and the parser is not free

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        return Policy(file=path, problems=(PolicyProblem(path, line, "", f"is not valid TOML: {exc}"),))

    problems: list[PolicyProblem] = []

    def problem(key: str, message: str) -> None:
        problems.append(PolicyProblem(path, _line_of(text, key.split(".")[0]), key, message))

    for key in sorted(set(data) - KNOWN_KEYS):
        problem(key, "unknown key (see packaging/POLICY.md)")

    values: dict[str, object] = {}
    for key in ("language", "country", "theme"):
        if key in data:
            error = setting_specs[key].validate(data[key])
            if error:
                problem(key, error)
            else:
                values[key] = setting_specs[key].normalise(data[key])

    locked: set[str] = set()
    lock = data.get("lock", [])
    if not isinstance(lock, list) or not all(isinstance(k, str) for k in lock):
        problem("lock", "must be a list of setting names")
    else:
        for key in lock:
            if key not in setting_specs:
                problem("lock", f"'{key}' is not a setting; known: {', '.join(sorted(setting_specs))}")
            else:
                locked.add(key)

    hidden: set[str] = set()
    hide = data.get("hide_sections", [])
    if not isinstance(hide, list) or not all(isinstance(k, str) for k in hide):
        problem("hide_sections", "must be a list of section names")
    else:
        for section in hide:
            if section not in SECTION_IDS or section in ("settings", "about", "gethelp"):
                problem("hide_sections", f"'{section}' cannot be hidden")
            else:
                hidden.add(section)

    portable = data.get("portable", False)
    if not isinstance(portable, bool):
        problem("portable", "must be true or false")
        portable = False

    contacts: list[Contact] = []
    raw_contacts = data.get("contact", [])
    if not isinstance(raw_contacts, list):
        problem("contact", "must be written as [[contact]] tables")
        raw_contacts = []
    for index, entry in enumerate(raw_contacts, start=1):
        if not isinstance(entry, dict):
            problem("contact", f"entry {index} is not a table")
            continue
        extra = set(entry) - CONTACT_KEYS
        bad = [k for k, v in entry.items() if k in CONTACT_KEYS and not isinstance(v, str)]
        if extra:
            problem("contact", f"entry {index} has unknown keys: {', '.join(sorted(extra))}")
        elif bad:
            problem("contact", f"entry {index}: {', '.join(bad)} must be text")
        elif not entry.get("name"):
            problem("contact", f"entry {index} needs a name")
        elif not any(entry.get(k) for k in ("phone", "email", "url")):
            problem("contact", f"entry {index} needs a phone, email or url")
        elif entry.get("url") and not str(entry["url"]).startswith("https://"):
            problem("contact", f"entry {index}: url must start with https://")
        else:
            contacts.append(Contact(**entry))

    return Policy(
        file=path,
        values=MappingProxyType(values),
        locked=frozenset(locked),
        contacts=tuple(contacts),
        hidden_sections=frozenset(hidden),
        portable=portable,
        problems=tuple(problems),
    )
