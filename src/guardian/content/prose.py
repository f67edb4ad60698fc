"""Prose files in each locale: parsing, Markdown safety rules, and whether a translation is complete and current."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from guardian.content.frontmatter import FrontMatterError, revision, split
from guardian.content.problems import Collector

LOCALES = ("en", "lv", "kk", "ru")
SOURCE_LOCALE = "en"
_HTML = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>")
_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)")
_AUTOLINK = re.compile(r"<((?:[a-zA-Z][a-zA-Z0-9+.-]*):[^>\s]+)>")
ALLOWED_SCHEMES = ("https:", "mailto:", "tel:")
# Guardian's own section names that translations had copied in English ("раздел Get help"); the other English
# section names are also words of platforms' own names (Google Home, Family Link), so only these are checked
ENGLISH_SECTION_NAMES = ("Get help",)


@dataclass(frozen=True)
class Prose:
    kind: str
    id: str
    locale: str
    title: str
    summary: str
    body: str
    meta: dict = field(default_factory=dict)
    fallback: bool = False  # English shown because this locale has no usable translation

    def section_count(self) -> int:
        return len(re.findall(r"^## ", self.body, re.MULTILINE))


def read_prose(path: Path, rel: str, kind: str, item: str, locale: str, problems: Collector) -> Prose | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.add(rel, "", f"cannot be read: {exc}")
        return None
    try:
        meta, body = split(text)
    except FrontMatterError as exc:
        problems.add(rel, "front matter", str(exc))
        return None
    ok = True
    for key in ("title",):
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            problems.add(rel, key, "is missing or empty")
            ok = False
    for key in ("summary", "full_name"):
        if key in meta and not isinstance(meta[key], str):
            problems.add(rel, key, "must be text")
            ok = False
    if _HTML.search(body):
        problems.add(rel, "body", "contains HTML; write Markdown only")
        ok = False
    for match in [*_LINK.finditer(body), *_AUTOLINK.finditer(body)]:
        if match.group(0).startswith("!"):
            problems.add(rel, "body", "contains an image; content may not load images")
            ok = False
        elif not match.group(1).startswith(ALLOWED_SCHEMES):
            problems.add(rel, "body", f"link '{match.group(1)}' must be https, mailto or tel")
            ok = False
    if not ok:
        return None
    return Prose(kind, item, locale, meta["title"].strip(), str(meta.get("summary", "")).strip(), body, meta)


def check_translation(english: Prose, english_path: Path, translated: Prose, rel: str,
                      problems: Collector) -> bool:
    """Report a translation that is outdated or shaped differently from English. True when it is current."""
    current = revision(english_path)
    follows = translated.meta.get("translates")
    ok = True
    if not follows:
        problems.add(rel, "translates", f"is missing; stamp it with the English revision ({current})")
        ok = False
    elif follows != current:
        problems.add(rel, "translates", f"outdated: follows English {follows}, English is now {current}")
        ok = False
    if translated.section_count() != english.section_count():
        problems.add(rel, "body", f"has {translated.section_count()} sections, English has "
                                  f"{english.section_count()}")
        ok = False
    for key in ("steps", "labels", "descriptors", "descriptor_names", "talk"):
        source_keys = set(english.meta.get(key, {}) or {})
        have = translated.meta.get(key, {})
        have_keys = set(have) if isinstance(have, dict) else set()
        if missing := sorted(source_keys - have_keys):
            problems.add(rel, key, f"missing: {', '.join(missing)}")
            ok = False
    text = "\n".join([translated.body, *(v for v in translated.meta.values() if isinstance(v, str))])
    for name in ENGLISH_SECTION_NAMES:
        if name in text:  # a style problem: reported, but the translation is still shown
            problems.add(rel, "body", f"names Guardian's section '{name}' in English; use the name the app shows "
                                      "in this language")
    if isinstance(english.meta.get("starters"), list):
        starters = translated.meta.get("starters")
        if not isinstance(starters, list) or len(starters) != len(english.meta["starters"]):
            problems.add(rel, "starters", "must have as many entries as English")
            ok = False
    return ok
