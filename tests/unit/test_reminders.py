"""Date rules: adding months clamps to the month's end, 29 February birthdays, milestones from a birth year only."""

from __future__ import annotations

import datetime as dt

from guardian.domain.reminders import add_months, birthday_at, is_review_due, next_milestones

D = dt.date


def test_adding_months_keeps_the_day_or_clamps_to_the_month_end():
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2027, 11, 30), 3) == D(2028, 2, 29)
    assert add_months(D(2026, 11, 23), 14) == D(2028, 1, 23)


def test_a_review_is_due_on_the_day_interval_months_have_passed():
    assert not is_review_due(D(2026, 8, 24), 3, D(2026, 11, 23))
    assert is_review_due(D(2026, 8, 23), 3, D(2026, 11, 23))


def test_a_29_february_birthday_counts_on_1_march_in_common_years():
    assert birthday_at(D(2012, 2, 29), 13) == D(2025, 3, 1)
    assert birthday_at(D(2012, 2, 29), 16) == D(2028, 2, 29)


def test_milestones_today_count_and_past_ones_do_not():
    found = next_milestones(2013, D(2013, 11, 23), [("13", 13), ("16", 16)], D(2029, 11, 23))
    assert [(m.label, m.date) for m in found] == [("16", D(2029, 11, 23))]


def test_with_only_a_birth_year_milestones_are_approximate_until_that_year_ends():
    found = next_milestones(2013, None, [("13", 13), ("16", 16)], D(2026, 12, 31))
    assert [(m.label, m.date, m.approximate) for m in found] == [("13", D(2026, 1, 1), True),
                                                                 ("16", D(2029, 1, 1), True)]
