"""The verdict rules across systems and at the edges: birthday today, age 0, 18 and over."""

from __future__ import annotations

import datetime as dt

import pytest

from guardian.domain.ages import age_on, band_for, bands_from
from guardian.domain.ratings import NOT_YET, SUITABLE, matches, verdict


@pytest.mark.parametrize(("age", "min_age", "status", "wait"), [
    (0, 0, SUITABLE, 0),        # an 'all ages' label suits a baby
    (0, 3, NOT_YET, 3),
    (11, 12, NOT_YET, 1),
    (12, 12, SUITABLE, 0),      # turned 12 today
    (17, 18, NOT_YET, 1),
    (18, 18, SUITABLE, 0),
    (40, 18, SUITABLE, 0),
])
def test_verdict_by_age(age, min_age, status, wait):
    result = verdict(age, min_age)
    assert (result.status, result.years_to_wait) == (status, wait)


def test_interactive_content_adds_checks_beyond_the_label():
    assert verdict(10, 7).checks == ("online_interaction", "purchases", "user_content", "descriptors")
    assert verdict(10, 7, interactive=False).checks == ("descriptors",)


def test_negative_age_is_refused():
    with pytest.raises(ValueError):
        verdict(-1, 3)


def test_age_on_birthday_today_and_the_day_before():
    birth = dt.date(2014, 11, 23)
    assert age_on(birth, dt.date(2026, 11, 23)) == 12
    assert age_on(birth, dt.date(2026, 11, 22)) == 11
    assert age_on(dt.date(2026, 11, 23), dt.date(2026, 11, 23)) == 0


def test_leap_day_birthday_counts_on_first_of_march():
    birth = dt.date(2012, 2, 29)
    assert age_on(birth, dt.date(2025, 2, 28)) == 12
    assert age_on(birth, dt.date(2025, 3, 1)) == 13


def test_bands():
    assert [band_for(a) for a in (0, 5, 6, 9, 10, 12, 13, 17)] == [
        "under6", "under6", "6-9", "6-9", "10-12", "10-12", "13plus", "13plus"]
    assert bands_from("10-12") == ("10-12", "13plus")


@pytest.mark.parametrize(("query", "system", "code", "expected"), [
    ("PEGI 16", "PEGI", "PEGI 16", True),
    ("pegi16", "PEGI", "PEGI 16", True),
    ("T", "ESRB", "T", True),
    ("t", "ESRB", "T", True),
    ("12+", "Apple App Store", "12+", True),
    ("12", "Russia", "12+", True),
    ("16", "PEGI", "PEGI 18", False),
    ("12", "PEGI", "PEGI 12", True),
    ("", "PEGI", "PEGI 3", False),
    ("T", "ESRB", "E10+", False),
])
def test_label_queries(query, system, code, expected):
    assert matches(query, system, code) is expected


def test_equivalents_pick_the_closest_label_not_over_the_age():
    from guardian.domain.ratings import equivalents

    systems = {
        "pegi": [("PEGI 3", 3), ("PEGI 7", 7), ("PEGI 12", 12), ("PEGI 16", 16), ("PEGI 18", 18)],
        "esrb": [("E", 0), ("E10+", 10), ("T", 13), ("M", 17), ("AO", 18)],
        "usk": [("USK 0", 0), ("USK 6", 6), ("USK 12", 12), ("USK 16", 16), ("USK 18", 18)],
    }
    found = {e.system: (e.code, e.exact) for e in equivalents(12, systems, exclude="pegi")}
    assert found == {"esrb": ("E10+", False), "usk": ("USK 12", True)}
    assert equivalents(2, {"pegi": systems["pegi"]}) == []
