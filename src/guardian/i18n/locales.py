"""Language and country helpers built on CLDR (Babel), with no Qt, so headless commands can use them."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import default_locale

SUPPORTED_LANGUAGES = ("en", "lv", "kk", "ru")
FALLBACK_LANGUAGE = "en"


def system_locale() -> str | None:
    """The user's locale from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), e.g. 'lv_LV'."""
    try:
        return default_locale(("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"))
    except (ValueError, UnknownLocaleError):
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


@lru_cache(maxsize=64)
def _locale(code: str) -> Locale:
    return Locale.parse(code)


def language_name(code: str, in_language: str | None = None) -> str:
    """A language's own name ('latviešu') or, given in_language, its name in that language."""
    try:
        name = _locale(code).get_display_name(_locale(in_language or code)) or code
    except (ValueError, UnknownLocaleError):
        return code
    return name[:1].upper() + name[1:]


def country_name(country: str, in_language: str) -> str:
    try:
        return _locale(in_language).territories.get(country.upper(), country)
    except (ValueError, UnknownLocaleError):
        return country


def long_date(value, language: str) -> str:
    from babel.dates import format_date  # the date tables load on first use, not before the first frame

    try:
        return format_date(value, format="long", locale=_locale(language))
    except (ValueError, UnknownLocaleError):
        return value.isoformat()
