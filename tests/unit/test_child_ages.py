"""What a child's age means for labels, platforms and the age of consent, at the edges (domain.child_ages)."""

from __future__ import annotations

import datetime as dt

from guardian.domain.child_ages import ChildAge, certainly_from, child_age, gates, standing

PEGI = [("PEGI 3", 3), ("PEGI 7", 7), ("PEGI 12", 12), ("PEGI 16", 16), ("PEGI 18", 18)]


def test_age_with_a_birth_date_is_exact_and_turns_on_the_birthday():
    born = dt.date(2014, 5, 4)
    assert child_age(2014, born, dt.date(2026, 5, 3)) == ChildAge(11, False)
    assert child_age(2014, born, dt.date(2026, 5, 4)) == ChildAge(12, False)


def test_age_with_only_a_birth_year_is_a_range_counted_from_below():
    age = child_age(2014, None, dt.date(2026, 11, 23))
    assert (age.years, age.upper, age.approximate) == (11, 12, True)
    assert child_age(2026, None, dt.date(2026, 3, 1)) == ChildAge(0, False)  # born this year: certainly 0


def test_a_year_only_child_is_certainly_of_age_from_the_next_new_year():
    assert certainly_from(2014, None, 13) == (dt.date(2028, 1, 1), True)
    assert certainly_from(2014, dt.date(2014, 2, 28), 13) == (dt.date(2027, 2, 28), False)
    assert certainly_from(2012, dt.date(2012, 2, 29), 13) == (dt.date(2025, 3, 1), False)  # leap-day birthday


def test_standing_gives_the_strictest_label_reached_and_the_next():
    assert standing(11, PEGI) == standing(11, list(reversed(PEGI)))
    place = standing(11, PEGI)
    assert (place.fits, place.next_code, place.next_age) == ("PEGI 7", "PEGI 12", 12)
    assert standing(2, PEGI).fits is None and standing(2, PEGI).next_code == "PEGI 3"
    assert standing(18, PEGI).fits == "PEGI 18" and standing(18, PEGI).next_code is None
    assert standing(12, PEGI).fits == "PEGI 12"  # reached on the day


def test_gates_put_reached_first_then_the_soonest():
    today = dt.date(2026, 11, 23)
    found = gates(2014, dt.date(2014, 5, 4), [("tiktok", 13), ("roblox", 5), ("consent", 16), ("x", 12)], today)
    assert [(g.id, g.reached) for g in found] == [("roblox", True), ("x", True), ("tiktok", False),
                                                   ("consent", False)]
    assert found[2].date == dt.date(2027, 5, 4) and not found[2].approximate
    assert found[3].date == dt.date(2030, 5, 4)
