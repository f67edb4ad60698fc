"""Language and country helpers: the user's system locale, and names, lists and dates as the Unicode CLDR writes them
in each language Guardian speaks. No Qt, so headless commands can use them.

The CLDR data is a small extract per language in resources/locale/<language>.json (made by tools/cldr.py from
Babel), read on first use: Babel's full tables would cost about 6 MiB of memory for these few names and dates. If a
file is missing or damaged, codes and ISO dates are shown instead and the problem is logged.
"""

from __future__ import annotations

import json
import logging
import os
import re
from functools import cache
from typing import TYPE_CHECKING

from guardian.paths import resources_dir

if TYPE_CHECKING:  # datetime is not needed to start the app (DESIGN.md section 5)
    import datetime as dt

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("en", "lv", "kk", "ru")
FALLBACK_LANGUAGE = "en"
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")  # in the order gettext reads them


def system_locale() -> str | None:
    """The user's locale from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), e.g. 'lv_LV'."""
    for name in LOCALE_VARIABLES:
        value = os.environ.get(name, "")
        if name == "LANGUAGE":
            value = value.split(":")[0]
        value = value.split(".")[0].split("@")[0]
        if value in ("C", "POSIX"):  # the plain C locale: no language preference (English is used)
            return None
        if value and re.fullmatch(r"[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*", value):
            language, _, rest = value.replace("-", "_").partition("_")
            return language.lower() + (f"_{rest.upper()}" if rest else "")
    return None


def resolve_language(setting: object) -> str:
    """The language to use for a setting value: a supported code, or the system's when 'system'."""
    if setting in SUPPORTED_LANGUAGES:
        return str(setting)
    system = system_locale()
    if system:
        code = system.split("_")[0]
        if code in SUPPORTED_LANGUAGES:
            return code
    return FALLBACK_LANGUAGE


def system_country() -> str:
    system = system_locale()
    if system and "_" in system:
        territory = system.split("_")[1][:2]
        if territory.isalpha():
            return territory.upper()
    return ""


_PLAIN = {  # what is shown if a language's file cannot be read: codes, ISO dates, lists joined with commas
    "territories": {}, "language_names": {}, "long_date": "y-MM-dd", "months": [],
    "list": {"2": "{0}, {1}", "start": "{0}, {1}", "middle": "{0}, {1}", "end": "{0}, {1}"},
    "days_abbreviated": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}


def read_locale_data(language: str) -> dict:
    """A language's CLDR extract as stored; raises OSError or ValueError (naming what is wrong) if it is unusable."""
    path = resources_dir() / "locale" / f"{language}.json"
    with path.open(encoding="utf-8") as file:
        data = json.load(file)
    missing = set(_PLAIN) - set(data) if isinstance(data, dict) else set(_PLAIN)
    if missing:
        raise ValueError(f"{path}: missing {', '.join(sorted(missing))}")
    if len(data["months"]) != 12 or len(data["days_abbreviated"]) != 7:
        raise ValueError(f"{path}: needs 12 month names and 7 day names")
    return data


@cache
def _data(language: str) -> dict:
    """The CLDR extract for a supported language (English for any other)."""
    if language not in SUPPORTED_LANGUAGES:
        language = FALLBACK_LANGUAGE
    try:
        return read_locale_data(language)
    except (OSError, ValueError) as exc:
        log.error("cannot read the locale data for %s (%s): showing codes and ISO dates", language, exc)
        return _PLAIN


def language_name(code: str, in_language: str | None = None) -> str:
    """A language's own name ('Latviešu') or, given in_language, its name in that language, capitalised."""
    name = _data(in_language or code)["language_names"].get(code, code)
    return name[:1].upper() + name[1:]


def country_name(country: str, in_language: str) -> str:
    return _data(in_language)["territories"].get(country.upper(), country)


def format_list(items: list[str], language: str) -> str:
    """'a, b and c' as the language joins a list (CLDR standard list patterns)."""
    patterns = _data(language)["list"]
    if len(items) < 2:
        return "".join(items)
    if len(items) == 2:
        return patterns["2"].format(*items)
    text = patterns["start"].format(items[0], items[1])
    for item in items[2:-1]:
        text = patterns["middle"].format(text, item)
    return patterns["end"].format(text, items[-1])


_FIELD = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*")


def long_date(value: dt.date, language: str) -> str:
    """The date as the language writes it in full ('2027. gada 5. marts', '5 марта 2027 г.')."""
    data = _data(language)

    def field(match: re.Match) -> str:
        token = match.group(0)
        if token.startswith("'"):
            return token[1:-1].replace("''", "'") if token != "''" else "'"
        letter, width = token[0], len(token)
        if letter == "y":
            return f"{value.year % 100:02d}" if width == 2 else f"{value.year:0{width}d}"
        if letter in "ML":
            return data["months"][value.month - 1] if width >= 4 else f"{value.month:0{width}d}"
        if letter == "d":
            return f"{value.day:0{width}d}"
        raise ValueError(f"date pattern field '{token}' is not supported")

    return _FIELD.sub(field, data["long_date"])


def day_names_abbreviated(language: str) -> list[str]:
    """Monday first."""
    return list(_data(language)["days_abbreviated"])
