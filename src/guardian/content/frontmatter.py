"""Prose files: a TOML front matter block between '+++' lines, then Markdown. Also the revision of a file."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from guardian.digest import sha256_hex

FENCE = "+++"
_TRANSLATES = re.compile(r'^translates\s*=\s*"[^"\n]*"\s*$', re.MULTILINE)


class FrontMatterError(ValueError):
    pass


def split(text: str) -> tuple[dict, str]:
    """Return (front matter, Markdown body). Raises FrontMatterError with a readable reason."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    if not text.startswith(FENCE + "\n"):
        raise FrontMatterError("does not start with a '+++' front matter line")
    end = text.find("\n" + FENCE, len(FENCE))
    if end < 0:
        raise FrontMatterError("front matter has no closing '+++' line")
    header = text[len(FENCE) + 1 : end]
    body = text[end + len(FENCE) + 1 :].lstrip("\n")
    try:
        meta = tomllib.loads(header)
    except tomllib.TOMLDecodeError as exc:
        raise FrontMatterError(f"front matter is not valid TOML: {exc}") from exc
    return meta, body


def revision(path: Path) -> str:
    """The revision of an English source file: the start of the SHA-256 of its text."""
    data = path.read_bytes().replace(b"\r\n", b"\n")
    return sha256_hex(data)[:10]


def stamp(translation: Path, source_revision: str) -> None:
    """Record in a translation's front matter which English revision it follows."""
    text = translation.read_text(encoding="utf-8").replace("\r\n", "\n")
    line = f'translates = "{source_revision}"'
    if not text.startswith(FENCE + "\n"):
        raise FrontMatterError("does not start with a '+++' front matter line")
    if _TRANSLATES.search(text.split("\n" + FENCE, 1)[0]):
        text = _TRANSLATES.sub(line, text, count=1)
    else:
        text = f"{FENCE}\n{line}\n{text[len(FENCE) + 1 :]}"
    translation.write_text(text, encoding="utf-8")
