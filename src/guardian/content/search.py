"""Full-text search over all content in one language (SQLite FTS5), insensitive to case and diacritics.

Text is folded one character to one character (lower case, accents removed, Kazakh letters mapped to the plain
Cyrillic ones), so offsets in the folded text are offsets in the original: highlights need no second pass.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from guardian.content.library import Library
from guardian.i18n.locales import country_name

_KAZAKH = str.maketrans("әғқңөұүһі", "агкноуухи")
_WORD = re.compile(r"\w+")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"[#*_`>|]+")


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    low = c.lower()[:1] or c
    base = unicodedata.normalize("NFD", low)[:1] or low
    return base.translate(_KAZAKH)


def fold(text: str) -> str:
    """Same length as `text`; compare folded query words against folded text."""
    return "".join(_fold_char(c) for c in text)


def plain(markdown: str) -> str:
    text = _MD_LINK.sub(r"\1", markdown)
    text = _MD_MARKS.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class SearchHit:
    kind: str  # guide | rating | risk | helpline | help
    id: str
    title: str
    snippet: str
    title_spans: tuple[tuple[int, int], ...]
    snippet_spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class _Doc:
    kind: str
    id: str
    title: str
    text: str


def _spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    folded = fold(text)
    spans = []
    for word in words:
        for match in re.finditer(r"(?<!\w)" + re.escape(word), folded):
            spans.append((match.start(), match.end()))
    return sorted(spans)


def _snippet(text: str, words: list[str], width: int = 150) -> tuple[str, tuple[tuple[int, int], ...]]:
    spans = _spans(text, words)
    if not spans:
        cut = text[:width]
        return (cut + "…" if len(text) > width else cut), ()
    first = spans[0][0]
    start = max(0, first - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    inside = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return prefix + text[start:end] + suffix, inside


def documents(library: Library, language: str) -> list[_Doc]:
    docs: list[_Doc] = []
    for pid, platform in library.items("platforms").items():
        prose = library.prose("platforms", pid, language)
        if prose is None:
            continue
        steps = " ".join(str(v) for v in (prose.meta.get("steps") or {}).values())
        text = plain(f"{prose.summary} {steps} {prose.body}")
        docs.append(_Doc("guide", pid, prose.title, f"{platform.name} {platform.owner} {text}".strip()))
    for sid, system in library.items("rating_systems").items():
        prose = library.prose("ratings", sid, language)
        title = prose.title if prose else system.name
        labels = " ".join(lab.code for lab in system.labels)
        body = plain(f"{prose.summary} {prose.body}") if prose else ""
        docs.append(_Doc("rating", sid, title, f"{system.name} {system.full_name} {labels} {body}"))
    for rid in library.items("risks"):
        prose = library.prose("risks", rid, language)
        if prose is not None:
            docs.append(_Doc("risk", rid, prose.title, plain(f"{prose.summary} {prose.body}")))
    for code, country in library.items("countries").items():
        name = country_name(code, language)
        for service in country.services:
            title = f"{service.name_local} ({name})"
            text = f"{service.name_en} {name} {code} {service.phone} {service.sms} {service.web}"
            docs.append(_Doc("helpline", f"{code}/{service.id}", title, text))
    return docs


class SearchIndex:
    def __init__(self, docs: list[_Doc]) -> None:
        self._docs = docs
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='unicode61 remove_diacritics 0')")
        self._db.executemany(
            "INSERT INTO docs(rowid, title, body) VALUES (?, ?, ?)",
            ((i, fold(d.title), fold(d.text)) for i, d in enumerate(docs)),
        )

    @classmethod
    def build(cls, library: Library, language: str) -> SearchIndex:
        return cls(documents(library, language))

    def __len__(self) -> int:
        return len(self._docs)

    def search(self, query: str, limit: int = 40) -> list[SearchHit]:
        words = [w for w in _WORD.findall(fold(query)) if w]
        if not words:
            return []
        match = " AND ".join('"' + w.replace('"', "") + '"*' for w in words)
        rows = self._db.execute(
            "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 8.0, 1.0) LIMIT ?", (match, limit)
        ).fetchall()
        hits = []
        for (rowid,) in rows:
            doc = self._docs[rowid]
            snippet, spans = _snippet(doc.text, words)
            hits.append(SearchHit(doc.kind, doc.id, doc.title, snippet, tuple(_spans(doc.title, words)), spans))
        return hits
