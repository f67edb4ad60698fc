"""Full-text search over all content in one language (SQLite FTS5), insensitive to case and diacritics.

Text is folded one character to one character (lower case, accents removed, Kazakh letters mapped to the plain
Cyrillic ones), so offsets in the folded text are offsets in the original: highlights need no second pass.

Search runs on every keystroke (DESIGN.md section 5: p95 <= 5 ms, also with ten times today's content), so all
folding happens once, when the index is built; a keystroke folds only the query. FTS5 keeps prefix indexes for
one to three characters, which is what a parent has typed when the result list matters most.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass

from guardian.content.library import Library
from guardian.i18n.locales import country_name

_KAZAKH = str.maketrans("әғқңөұүһі", "агкноуухи")
_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"[#*_`>|]+")


class _FoldTable(dict):
    """str.translate table filled on first sight of each character: translate runs in C, a per-character Python
    function does not (folding all content that way was most of the time a search took)."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        low = c.lower()[:1] or c
        base = unicodedata.normalize("NFD", low)[:1] or low
        folded = base.translate(_KAZAKH)
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Same length as `text`; compare folded query words against folded text."""
    return text.translate(_FOLD)


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
    text: str  # searched, and the snippet is taken from it
    keywords: str = ""  # searched too, never shown (English names, owners, codes)


def _word_starts(folded: str, word: str, start: int = 0, end: int | None = None):
    """Where `word` starts a word of `folded` (within start..end): a plain substring search, then a look at the
    character before (a lookbehind in a regex makes the engine try every position, which is much slower)."""
    end = len(folded) if end is None else end
    at = folded.find(word, start, end)
    while at >= 0:
        if at == 0 or not _WORD_CHAR.match(folded, at - 1):
            yield at
        at = folded.find(word, at + 1, end)


def _spans(text: str, words: list[str], folded: str | None = None, start: int = 0,
           end: int | None = None) -> list[tuple[int, int]]:
    folded = fold(text) if folded is None else folded
    return sorted((at, at + len(word)) for word in words for at in _word_starts(folded, word, start, end))


def _snippet(text: str, words: list[str], width: int = 150,
             folded: str | None = None) -> tuple[str, tuple[tuple[int, int], ...]]:
    folded = fold(text) if folded is None else folded
    firsts = [at for word in words for at in [next(_word_starts(folded, word), -1)] if at >= 0]
    if not firsts:
        cut = text[:width]
        return (cut + "…" if len(text) > width else cut), ()
    first = min(firsts)
    start = max(0, first - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    inside = tuple((a + shift, b + shift) for a, b in _spans(text, words, folded, start, end))
    return prefix + text[start:end] + suffix, inside


def documents(library: Library, language: str) -> list[_Doc]:
    docs: list[_Doc] = []
    for pid, platform in library.items("platforms").items():
        prose = library.prose("platforms", pid, language)
        if prose is None:
            continue
        steps = " ".join(str(v) for v in (prose.meta.get("steps") or {}).values())
        text = plain(f"{prose.summary} {steps} {prose.body}")
        docs.append(_Doc("guide", pid, prose.title, text, f"{platform.name} {platform.owner}"))
    for sid, system in library.items("rating_systems").items():
        prose = library.prose("ratings", sid, language)
        title = prose.title if prose else system.name
        labels = " ".join(lab.code for lab in system.labels)
        names = (prose.meta.get("descriptor_names") or {}) if prose else {}
        descriptors = " ".join(f"{d.code} {names.get(d.id, '')}" for d in system.descriptors)  # as on the box
        body = plain(f"{prose.summary} {prose.body}") if prose else ""
        docs.append(_Doc("rating", sid, title, body, f"{system.name} {system.full_name} {labels} {descriptors}"))
    for rid in library.items("risks"):
        prose = library.prose("risks", rid, language)
        if prose is not None:
            docs.append(_Doc("risk", rid, prose.title, plain(f"{prose.summary} {prose.body}")))
    for code, country in library.items("countries").items():
        name = country_name(code, language)
        for service in country.services:
            own = service.name_for(language)
            title = f"{own} ({name})"
            text = f"{service.english_name_for(language)} {name} {service.phone} {service.sms} {service.web}"
            others = " ".join(n for n in (service.name_local, *dict(service.names).values()) if n != own)
            docs.append(_Doc("helpline", f"{code}/{service.id}", title, " ".join(text.split()),
                             f"{service.name_en} {others} {code}"))
    return docs


class SearchIndex:
    def __init__(self, docs: list[_Doc]) -> None:
        self._docs = docs
        self._folded = [(fold(d.title), fold(d.text)) for d in docs]  # once here, never per keystroke
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, "
                         "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')")
        self._db.executemany("INSERT INTO docs(rowid, title, body) VALUES (?, ?, ?)",
                             ((i, title, f"{fold(doc.keywords)} {text}")
                              for i, (doc, (title, text)) in enumerate(zip(docs, self._folded, strict=True))))
        self._db.execute("INSERT INTO docs(docs) VALUES('optimize')")  # one b-tree per index: faster prefix queries

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
            title, text = self._folded[rowid]
            snippet, spans = _snippet(doc.text, words, folded=text)
            hits.append(SearchHit(doc.kind, doc.id, doc.title, snippet, tuple(_spans(doc.title, words, title)), spans))
        return hits
