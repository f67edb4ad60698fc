"""`guardian content check | export | stamp`: headless content commands for writers, translators and CI."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from guardian.content.frontmatter import FrontMatterError, revision, stamp
from guardian.content.loader import load
from guardian.content.prose import LOCALES, SOURCE_LOCALE
from guardian.paths import resources_dir


def _stamp(files: list[Path]) -> int:
    status = 0
    for file in files:
        parts = file.resolve().parts
        try:
            at = len(parts) - 1 - parts[::-1].index("content")
            locale, kind, name = parts[at + 1], parts[at + 2], parts[at + 3]
        except (ValueError, IndexError):
            print(f"{file}: not a file under content/<locale>/<kind>/", file=sys.stderr)
            status = 1
            continue
        if locale not in LOCALES or locale == SOURCE_LOCALE:
            print(f"{file}: only translations (not English) are stamped", file=sys.stderr)
            status = 1
            continue
        english = Path(*parts[: at + 1], SOURCE_LOCALE, kind, name)
        if not english.is_file():
            print(f"{file}: no English source at {english}", file=sys.stderr)
            status = 1
            continue
        try:
            stamp(file, revision(english))
        except (OSError, FrontMatterError) as exc:
            print(f"{file}: {exc}", file=sys.stderr)
            status = 1
            continue
        print(f"{file}: follows English {revision(english)}")
    return status


def run_content(args: argparse.Namespace) -> int:
    if args.action == "stamp":
        return _stamp(args.files)
    logging.basicConfig(level=logging.ERROR)  # problems are printed below, not logged twice
    root = args.root or resources_dir()
    if not (root / "facts").is_dir() and not (root / "content").is_dir():
        print(f"{root}: no content here (expected facts/ and content/ folders)", file=sys.stderr)
        return 1
    library = load(root)
    if args.action == "export":
        json.dump(library.export(), sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
        return 0
    for problem in library.problems:
        print(problem)
    counts = ", ".join(f"{len(items)} {kind}" for kind, items in sorted(library.facts.items()))
    counts += f", {len(library.templates)} agreement templates"
    if library.problems:
        print(f"{len(library.problems)} problems ({counts})")
        return 1
    print(f"content ok: {counts}")
    return 0
