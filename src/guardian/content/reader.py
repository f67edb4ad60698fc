"""Typed, checked access to one TOML table of facts. Every bad value becomes a Problem naming file and field."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guardian.content.problems import Collector

ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CONFIDENCE = ("high", "medium", "low")
_MISSING = object()


@dataclass(frozen=True)
class Source:
    """Where a fact came from and when it was last checked."""

    url: str
    verified: dt.date | None
    confidence: str = "high"
    confirmed: bool = True
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.url, "verified": self.verified.isoformat() if self.verified else None}
        if self.confidence != "high":
            out["confidence"] = self.confidence
        if not self.confirmed:
            out["confirmed"] = False
        if self.note:
            out["note"] = self.note
        return out


def read_toml(path: Path, rel: str, problems: Collector) -> dict[str, Any] | None:
    """A content TOML file as a table, or None after recording why it cannot be read."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        problems.add(rel, "", f"cannot be read as TOML: {exc}")
        return None


def is_https(value: object) -> bool:
    return isinstance(value, str) and re.match(r"^https://[^\s/$.?#][^\s]*\.[^\s]+$", value) is not None


class Reader:
    def __init__(self, problems: Collector, file: str, data: dict, path: str = "",
                 inherited: Source | None = None) -> None:
        self.problems = problems
        self.file = file
        self.data = data if isinstance(data, dict) else {}
        self.path = path
        self.inherited = inherited

    def _name(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def problem(self, key: str, message: str) -> None:
        self.problems.add(self.file, self._name(key), message)

    def _get(self, key: str, required: bool) -> Any:
        value = self.data.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.problem(key, "is missing")
            return _MISSING
        return value

    def text(self, key: str, required: bool = True, default: str = "") -> str:
        value = self._get(key, required)
        if value is _MISSING:
            return default
        if not isinstance(value, str) or not value.strip():
            self.problem(key, "must be non-empty text")
            return default
        return value.strip()

    def ident(self, key: str, required: bool = True) -> str:
        value = self.text(key, required)
        if value and not ID_RE.match(value):
            self.problem(key, f"'{value}' is not an id (lowercase letters, digits and '-')")
        return value

    def url(self, key: str, required: bool = False) -> str:
        value = self._get(key, required)
        if value is _MISSING:
            return ""
        if not is_https(value):
            self.problem(key, f"'{value}' is not an https:// URL")
            return ""
        return value

    def date(self, key: str, required: bool = True) -> dt.date | None:
        value = self._get(key, required)
        if value is _MISSING:
            return None
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        self.problem(key, f"'{value}' is not an ISO date (YYYY-MM-DD)")
        return None

    def integer(self, key: str, low: int, high: int, required: bool = True) -> int | None:
        value = self._get(key, required)
        if value is _MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.problem(key, f"must be a whole number from {low} to {high}")
            return None
        return value

    def boolean(self, key: str) -> bool | None:
        value = self._get(key, False)
        if value is _MISSING:
            return None
        if not isinstance(value, bool):
            self.problem(key, "must be true or false")
            return None
        return value

    def choice(self, key: str, choices: tuple[str, ...], required: bool = True, default: str = "") -> str:
        value = self._get(key, required)
        if value is _MISSING:
            return default
        if value not in choices:
            self.problem(key, f"'{value}' is not one of: {', '.join(choices)}")
            return default
        return value

    def strings(self, key: str, required: bool = False, pattern: re.Pattern | None = None) -> list[str]:
        value = self._get(key, required)
        if value is _MISSING:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(key, "must be a list of text")
            return []
        if pattern is not None:
            bad = [v for v in value if not pattern.match(v)]
            if bad:
                self.problem(key, f"not valid: {', '.join(bad)}")
                return [v for v in value if pattern.match(v)]
        if len(set(value)) != len(value):
            self.problem(key, "has duplicates")
        return list(dict.fromkeys(value))

    def table(self, key: str, required: bool = False) -> Reader | None:
        value = self._get(key, required)
        if value is _MISSING:
            return None
        if not isinstance(value, dict):
            self.problem(key, "must be a table")
            return None
        return Reader(self.problems, self.file, value, self._name(key), self.source())

    def tables(self, key: str, required: bool = False) -> list[Reader]:
        value = self._get(key, required)
        if value is _MISSING:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(key, "must be a list of tables ([[" + key + "]])")
            return []
        here = self.source()
        return [Reader(self.problems, self.file, v, f"{self._name(key)}[{i}]", here) for i, v in enumerate(value)]

    def source(self) -> Source:
        """This table's source, inheriting what it does not say from the enclosing table."""
        parent = self.inherited
        url = self.data.get("source", _MISSING)
        if url is _MISSING:
            url = parent.url if parent else ""
        elif not is_https(url):
            self.problem("source", f"'{url}' is not an https:// URL")
            url = parent.url if parent else ""
        verified = self.date("verified", required=False) if "verified" in self.data else None
        if verified is None:
            verified = parent.verified if parent else None
        confidence = self.choice("confidence", CONFIDENCE, required=False,
                                 default=parent.confidence if parent else "high")
        confirmed = self.boolean("confirmed")
        note = self.data.get("note", "")
        return Source(
            url=url,
            verified=verified,
            confidence=confidence,
            confirmed=(parent.confirmed if parent else True) if confirmed is None else confirmed,
            note=note if isinstance(note, str) else "",
        )

    def require_source(self) -> Source:
        src = self.source()
        if not src.url:
            self.problem("source", "is missing (here or at the top of the file)")
        if src.verified is None:
            self.problem("verified", "is missing (here or at the top of the file)")
        return src

    def unknown_keys(self, allowed: set[str]) -> None:
        for key in sorted(set(self.data) - allowed - {"source", "verified", "confidence", "confirmed", "note"}):
            self.problem(key, "is not a known field")
