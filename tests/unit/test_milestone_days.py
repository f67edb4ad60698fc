"""A child's age from a birth date or only a birth year, and milestones grouped per birthday."""

from __future__ import annotations

import datetime as dt

from guardian.domain.child_ages import age_range
from guardian.domain.milestone_days import MilestoneDay, group_milestones
from guardian.domain.reminders import Milestone, next_milestones

TODAY = dt.date(2026, 11, 23)


def test_known_birth_date_gives_one_age():
    assert age_range(2013, dt.date(2013, 5, 14), TODAY) == (13, 13)
    assert age_range(2013, dt.date(2013, 12, 1), TODAY) == (12, 12)


def test_birth_year_only_gives_the_two_possible_ages():
    assert age_range(2016, None, TODAY) == (9, 10)


def test_child_born_this_year_is_not_minus_one():
    assert age_range(2026, None, TODAY) == (0, 0)
    assert age_range(2026, dt.date(2026, 12, 1), TODAY) == (0, 0)


def test_milestones_on_the_same_birthday_are_merged_in_order():
    found = next_milestones(2014, dt.date(2014, 5, 4), [("platform:tiktok", 13), ("consent:LV", 13),
                                                       ("platform:whatsapp", 16)], TODAY)
    assert group_milestones(found) == [
        MilestoneDay(13, dt.date(2027, 5, 4), False, ("consent:LV", "platform:tiktok")),
        MilestoneDay(16, dt.date(2030, 5, 4), False, ("platform:whatsapp",)),
    ]


def test_limit_keeps_the_soonest_days_and_duplicates_collapse():
    found = [Milestone("a", 18, dt.date(2032, 1, 1), True), Milestone("b", 13, dt.date(2027, 1, 1), True),
             Milestone("b", 13, dt.date(2027, 1, 1), True)]
    assert group_milestones(found, limit=1) == [MilestoneDay(13, dt.date(2027, 1, 1), True, ("b",))]
