"""The locale data Guardian shows (country and language names, list joining, long dates, day names), taken once from
the Unicode CLDR through Babel and stored in resources/locale/<language>.json, so the app does not load Babel's full
locale tables (about 6 MiB resident) to show a few names and dates.

    python3 tools/cldr.py update   # write resources/locale/<language>.json from the Babel in this environment
    python3 tools/cldr.py check    # fail if a file differs from what that Babel gives

Babel is pinned in pyproject.toml's test extra, so `check` (run by tests/unit/test_locale_data.py) only changes when
the pin is moved on purpose; run `update` then, and review the diff.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "locale"
LANGUAGES = ("en", "lv", "kk", "ru")


def build() -> dict[str, dict]:
    """language -> its extract"""
    import babel
    from babel import Locale
    from babel.core import get_cldr_version
    from babel.dates import get_day_names, get_month_names

    source = f"Unicode CLDR {get_cldr_version()}, read with Babel {babel.__version__} by tools/cldr.py"
    data: dict[str, dict] = {}
    for code in LANGUAGES:
        locale = Locale.parse(code)
        days = get_day_names("abbreviated", context="format", locale=locale)
        months = get_month_names("wide", context="format", locale=locale)
        data[code] = {
            "source": source,
            "territories": {k: v for k, v in sorted(locale.territories.items()) if len(k) == 2 and k.isalpha()},
            # names of languages by code; only plain language codes (no scripts or regions)
            "language_names": {k: v for k, v in sorted(locale.languages.items()) if k.isalpha() and len(k) <= 3},
            "list": dict(sorted(locale.list_patterns["standard"].items())),
            "long_date": locale.date_formats["long"].pattern,
            "months": [months[m] for m in range(1, 13)],
            "days_abbreviated": [days[d] for d in range(7)],  # Monday first
        }
    return data


def text(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    if argv not in (["update"], ["check"]):
        print(__doc__, file=sys.stderr)
        return 2
    stale = []
    for code, data in build().items():
        path, wanted = TARGET / f"{code}.json", text(data)
        if argv == ["update"]:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(wanted, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
        elif not path.exists() or path.read_text(encoding="utf-8") != wanted:
            stale.append(path.relative_to(ROOT).as_posix())
    if stale:
        print(f"not what Babel gives: {', '.join(stale)}; run: python3 tools/cldr.py update", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
