"""Loads every fact and prose file under resources/, validating as it goes; never raises on bad content.

The facts can be loaded first and the prose added later (load_facts, then complete): the app's first page needs
only facts, and the prose in four languages is the larger half of the work."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from guardian.content.agreements import load_agreements
from guardian.content.countries import parse_country
from guardian.content.harms import parse_global_service, parse_harm
from guardian.content.library import PROSE_KINDS, Library
from guardian.content.platforms import parse_platform
from guardian.content.problems import Collector
from guardian.content.prose import LOCALES, SOURCE_LOCALE, check_translation, read_prose
from guardian.content.ratings import parse_rating_system
from guardian.content.reader import Reader, read_toml
from guardian.content.risks import parse_risk

log = logging.getLogger(__name__)


def _parsers() -> dict[str, Callable[[Reader, str], Any]]:
    return {
        "platforms": lambda r, stem: parse_platform(r),
        "countries": parse_country,
        "rating_systems": lambda r, stem: parse_rating_system(r),
        "risks": lambda r, stem: parse_risk(r),
        "harms": parse_harm,
        "services": parse_global_service,
    }


def _load_facts(root: Path, lib: Library, problems: Collector) -> None:
    for kind, parse in _parsers().items():
        found: dict[str, Any] = {}
        for path in sorted((root / "facts" / kind).glob("*.toml")):
            rel = path.relative_to(root).as_posix()
            data = read_toml(path, rel, problems)
            if data is None:
                continue
            item = parse(Reader(problems, rel, data), path.stem)
            key = getattr(item, "code", None) or getattr(item, "id", None)
            if not key:
                continue  # unidentifiable: skipped, the problem is already recorded
            if kind != "countries" and key != path.stem:
                problems.add(rel, "id", f"'{key}' does not match the file name '{path.stem}'")
            found[key] = item
        lib.facts[kind] = found


def _load_prose(root: Path, lib: Library, problems: Collector) -> None:
    for kind, facts_kind in PROSE_KINDS.items():
        english_dir = root / "content" / SOURCE_LOCALE / kind
        known = set(lib.items(facts_kind)) if facts_kind else None
        for locale in LOCALES:
            for path in sorted((root / "content" / locale / kind).glob("*.md")):
                rel = path.relative_to(root).as_posix()
                if known is not None and path.stem not in known:
                    problems.add(rel, "", f"refers to '{path.stem}', which has no facts file in facts/{facts_kind}/")
                    continue
                if locale != SOURCE_LOCALE and not (english_dir / path.name).is_file():
                    problems.add(rel, "", "has no English source file")
                    continue
                prose = read_prose(path, rel, kind, path.stem, locale, problems)
                if prose is not None:
                    lib.prose_files[(kind, path.stem, locale)] = prose
        ids = set(known) if known is not None else set(lib.prose_ids(kind))
        for item in sorted(ids):
            english = lib.prose_files.get((kind, item, SOURCE_LOCALE))
            english_path = english_dir / f"{item}.md"
            if english is None:
                if not english_path.exists():
                    problems.add(f"content/{SOURCE_LOCALE}/{kind}/{item}.md", "", "is missing")
                continue
            if kind == "platforms":
                _check_steps(lib.items("platforms")[item], english, problems)
            elif kind == "ratings":
                _check_rating_texts(lib.items("rating_systems")[item], english, problems)
            lib.current.add((kind, item, SOURCE_LOCALE))
            for locale in LOCALES[1:]:
                rel = f"content/{locale}/{kind}/{item}.md"
                translated = lib.prose_files.get((kind, item, locale))
                if translated is None:
                    if not (root / rel).exists():
                        problems.add(rel, "", "translation is missing")
                    continue
                if check_translation(english, english_path, translated, rel, problems):
                    lib.current.add((kind, item, locale))


def _check_steps(platform, english, problems: Collector) -> None:
    _check_keys(f"content/{SOURCE_LOCALE}/platforms/{platform.id}.md", english, "steps", platform.steps,
                "step ids", problems)


def _check_rating_texts(system, english, problems: Collector) -> None:
    """The English prose of a rating system explains every label, and explains and names every descriptor."""
    rel = f"content/{SOURCE_LOCALE}/ratings/{system.id}.md"
    _check_keys(rel, english, "labels", [lab.code for lab in system.labels], "labels", problems)
    descriptors = [d.id for d in system.descriptors]
    for table in ("descriptors", "descriptor_names"):
        _check_keys(rel, english, table, descriptors, "descriptor ids", problems)


def _check_keys(rel: str, english, table: str, wanted, what: str, problems: Collector) -> None:
    """A front-matter table of the English prose has a text for each of `wanted` (ids or codes from the facts file)
    and nothing else."""
    texts = english.meta.get(table)
    have = set(texts) if isinstance(texts, dict) else set()
    if missing := [key for key in wanted if key not in have]:
        problems.add(rel, table, f"no text for {what}: {', '.join(missing)}")
    if unknown := sorted(have - set(wanted)):
        problems.add(rel, table, f"{what} not in the facts file: {', '.join(unknown)}")
    for key in sorted(have & set(wanted)):
        if not isinstance(texts[key], str) or not texts[key].strip():
            problems.add(rel, f"{table}.{key}", "must be text")


def _check_references(lib: Library, problems: Collector) -> None:
    systems = lib.items("rating_systems")
    for code, country in lib.items("countries").items():
        for system in country.rating_systems:
            if system not in systems:
                problems.add(f"facts/countries/{code}.toml", "rating_systems", f"unknown rating system '{system}'")
    seen: dict[str, str] = {}
    for code, country in lib.items("countries").items():
        for service in country.services:
            if service.id in seen:
                problems.add(f"facts/countries/{code}.toml", "service.id",
                             f"'{service.id}' is already used in {seen[service.id]}")
            seen[service.id] = code
    platforms, risks, services = lib.items("platforms"), lib.items("risks"), lib.items("services")
    for rid, risk in risks.items():
        for pid in risk.platforms:
            if pid not in platforms:
                problems.add(f"facts/risks/{rid}.toml", "platforms", f"unknown guide '{pid}'")
    for hid, harm in lib.items("harms").items():
        for sid in harm.removal:
            if sid not in services:
                problems.add(f"facts/harms/{hid}.toml", "removal", f"unknown service '{sid}' (facts/services/)")
        for rid in harm.risks:
            if rid not in risks:
                problems.add(f"facts/harms/{hid}.toml", "risks", f"unknown risk '{rid}'")


def load_facts(root: Path) -> Library:
    """The facts alone (platforms, countries, rating systems, risks, harms, services), checked against each other:
    what the app's first page needs. `complete()` adds the prose and the agreement templates to the same object."""
    started = time.perf_counter()
    problems = Collector()
    lib = Library()
    _load_facts(root, lib, problems)
    _check_references(lib, problems)
    _record(lib, problems.problems, "facts", started)
    return lib


def complete(root: Path, lib: Library) -> Library:
    """Add the prose in every locale and the agreement templates to a library of facts (in place)."""
    started = time.perf_counter()
    problems = Collector()
    _load_prose(root, lib, problems)
    load_agreements(root, lib, problems)
    _record(lib, problems.problems, "prose and templates", started)
    return lib


def load(root: Path) -> Library:
    """All content, as `guardian content check` and the exports read it."""
    return complete(root, load_facts(root))


def _record(lib: Library, found: list, what: str, started: float) -> None:
    for problem in sorted(found):
        log.warning("content: %s", problem)
    lib.problems = sorted([*lib.problems, *found])
    log.info("content %s loaded in %.0f ms with %d problems", what, (time.perf_counter() - started) * 1000,
             len(found))
