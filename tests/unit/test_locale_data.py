"""The CLDR extract Guardian ships (resources/locale, made by tools/cldr.py) gives exactly what Babel gives: names,
lists, long dates, day names and the system locale, in every language Guardian speaks; a damaged file is survived."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from babel import Locale
from babel.core import default_locale
from babel.dates import format_date, get_day_names
from babel.lists import format_list as babel_format_list

from guardian.i18n import locales
from guardian.i18n.locales import (
    SUPPORTED_LANGUAGES,
    country_name,
    day_names_abbreviated,
    format_list,
    language_name,
    long_date,
    system_locale,
)

ROOT = Path(__file__).resolve().parents[2]


def test_the_stored_extract_is_what_the_pinned_babel_gives():
    result = subprocess.run([sys.executable, "tools/cldr.py", "check"], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_long_dates_match_babel_on_every_day_of_a_leap_year_and_the_next(language):
    day = dt.date(2028, 1, 1)
    while day.year < 2030:
        assert long_date(day, language) == format_date(day, format="long", locale=language)
        day += dt.timedelta(days=1)
    for far in (dt.date(1999, 12, 31), dt.date(2100, 2, 28), dt.date(9, 7, 4)):
        assert long_date(far, language) == format_date(far, format="long", locale=language)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_lists_names_and_days_match_babel(language):
    locale = Locale.parse(language)
    words = ["TikTok", "Instagram", "Roblox", "YouTube", "Discord"]
    for n in range(len(words) + 1):
        assert format_list(words[:n], language) == babel_format_list(words[:n], locale=language)
    for code, name in locale.territories.items():
        if len(code) == 2 and code.isalpha():
            assert country_name(code, language) == name
            assert country_name(code.lower(), language) == name
    for code in (*SUPPORTED_LANGUAGES, "uk", "de", "et", "lt", "pl", "en"):
        expected = Locale.parse(code).get_display_name(locale)
        assert language_name(code, language) == expected[:1].upper() + expected[1:]
    days = get_day_names("abbreviated", locale=locale)
    assert day_names_abbreviated(language) == [days[d] for d in range(7)]


def test_unknown_codes_and_languages_fall_back_without_error():
    assert country_name("QQ", "lv") == "QQ"
    assert language_name("xx", "ru") == "Xx"
    assert long_date(dt.date(2027, 3, 5), "de") == "March 5, 2027"  # a language Guardian does not speak: English


@pytest.mark.parametrize(("environment", "expected"), [
    ({"LANG": "lv_LV.UTF-8"}, "lv_LV"), ({"LANGUAGE": "kk:ru", "LANG": "en_US.UTF-8"}, "kk"),
    ({"LC_ALL": "ru_RU.UTF-8@euro"}, "ru_RU"), ({"LC_MESSAGES": "lv_LV", "LANG": "de_DE.UTF-8"}, "lv_LV"),
    ({"LANGUAGE": "", "LANG": "kk_KZ"}, "kk_KZ"), ({"LC_ALL": "C.UTF-8", "LANG": "lv_LV"}, None),
    ({"LANG": "ru"}, "ru"), ({"LANG": "POSIX"}, None), ({}, None), ({"LANG": "../../etc"}, None),
])
def test_the_system_locale_is_read_from_the_environment(monkeypatch, environment, expected):
    for name in locales.LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert system_locale() == expected
    if expected and "_" in expected:  # where both name a country, it is the one Babel reads
        assert default_locale(locales.LOCALE_VARIABLES).startswith(expected)


def test_a_damaged_locale_file_shows_codes_and_iso_dates(tmp_path, monkeypatch, caplog):
    (tmp_path / "locale").mkdir()
    (tmp_path / "locale" / "lv.json").write_text('{"territories": {"LV": "Lat', encoding="utf-8")
    monkeypatch.setattr(locales, "resources_dir", lambda: tmp_path)
    locales._data.cache_clear()
    try:
        assert country_name("LV", "lv") == "LV"
        assert long_date(dt.date(2027, 3, 5), "lv") == "2027-03-05"
        assert format_list(["a", "b", "c"], "lv") == "a, b, c"
        assert day_names_abbreviated("kk") == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]  # missing file
        assert "cannot read the locale data for lv" in caplog.text
    finally:
        locales._data.cache_clear()


def test_self_test_fails_on_a_damaged_locale_file(tmp_path, monkeypatch):
    from guardian import selftest

    (tmp_path / "locale").mkdir()
    for language in SUPPORTED_LANGUAGES:
        (tmp_path / "locale" / f"{language}.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(locales, "resources_dir", lambda: tmp_path)
    ok, detail = selftest._locale_data(None)
    assert not ok and "missing" in detail and "lv.json" in detail
