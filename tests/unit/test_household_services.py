"""Household use cases the UI calls: children and devices, checklist ticks and progress, reviews, milestones,
agreements and the journal; wrong input is refused with a message naming the field and nothing stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from guardian.domain.household import AgreementItem, JournalEntry
from guardian.services.agreement_service import AgreementService
from guardian.services.checklist_service import ChecklistService
from guardian.services.household_errors import HouseholdError
from guardian.services.household_service import HouseholdService
from guardian.services.journal_service import JournalService
from guardian.services.review_service import ReviewService
from household_tree import DAY, make_paths, open_db

ANDROID_STEPS = ["install-family-link", "create-or-link-child-account", "set-daily-limit-and-downtime",
                 "set-app-limits"]


@pytest.fixture
def db(tmp_path):
    database = open_db(make_paths(tmp_path))
    yield database
    database.close()


@pytest.fixture
def household(db):
    return HouseholdService(db, today=lambda: DAY)


def test_children_and_devices_are_created_updated_and_deleted(household):
    household.set_household("LV", "lv")
    elza = household.add_child("  Elza ", 2014, dt.date(2014, 3, 8), "likes drawing")
    assert elza.display_name == "Elza"
    phone = household.add_device(elza.id, "android", "Elza's phone")
    household.update_child(replace(elza, display_name="Elza B."))
    household.update_device(replace(phone, label="old phone", platform_id="ios"))
    assert [c.display_name for c in household.children()] == ["Elza B."]
    assert [(d.platform_id, d.label) for d in household.devices(elza.id)] == [("android", "old phone")]
    household.delete_device(phone.id)
    assert household.devices() == []
    household.delete_child(elza.id)
    assert household.children() == []
    assert household.household().country == "LV"


@pytest.mark.parametrize(("call", "field"), [
    (lambda s: s.add_child("", 2014), "display_name"),
    (lambda s: s.add_child("x" * 101, 2014), "display_name"),
    (lambda s: s.add_child("Elza", "2014"), "birth_year"),
    (lambda s: s.add_child("Elza", True), "birth_year"),
    (lambda s: s.add_child("Elza", 2014, dt.date(2015, 1, 1)), "birth_date"),
    (lambda s: s.add_child("Elza", 2014, notes="x" * 10_001), "notes"),
    (lambda s: s.add_child("Elza", 2014, notes="bell\x07"), "notes"),
    (lambda s: s.set_household("Latvia", "lv"), "country"),
    (lambda s: s.add_child("Elza", 2014, devices=[("ios", "iPad"), ("Not a platform!", "x")]),
     "devices[1].platform_id"),
    (lambda s: s.add_child("Elza", 2014, devices=[("ios", "")]), "devices[0].label"),
])
def test_wrong_input_is_refused_naming_the_field_and_nothing_is_stored(household, call, field):
    with pytest.raises(HouseholdError) as caught:
        call(household)
    assert caught.value.field == field
    assert field in str(caught.value)
    assert household.children() == [] and household.household() is None


def test_a_child_is_added_with_its_devices_in_one_step(household):
    child = household.add_child("Elza", 2014, devices=[("ios", "iPad"), ("roblox", "Roblox")])
    assert [(d.child_id, d.platform_id, d.label) for d in household.devices()] == \
        [(child.id, "ios", "iPad"), (child.id, "roblox", "Roblox")]
    with pytest.raises(HouseholdError):
        household.add_child("Anna", 2016, devices=[("ios", f"device {n}") for n in range(51)])
    assert [c.display_name for c in household.children()] == ["Elza"]


def test_a_device_needs_an_existing_child(household):
    with pytest.raises(HouseholdError):
        household.add_device(42, "ios", "iPad")


def test_ticks_count_towards_device_and_child_progress(db, household):
    child = household.add_child("Aruzhan", 2016)
    phone = household.add_device(child.id, "android", "phone")
    roblox = household.add_device(child.id, "roblox", "Roblox")
    checklist = ChecklistService(db, today=lambda: DAY)
    checklist.tick(phone.id, "install-family-link", dt.date(2026, 1, 2))
    checklist.tick(phone.id, "android/set-app-limits")
    checklist.tick(roblox.id, "link-child-account")
    progress = checklist.device_progress(phone.id, ANDROID_STEPS)
    assert (progress.done, progress.total) == (2, 4)
    assert progress.ticked == {"android/install-family-link": dt.date(2026, 1, 2), "android/set-app-limits": DAY}
    whole = checklist.child_progress(child.id, {"android": ANDROID_STEPS, "roblox": ["link-child-account"]})
    assert (whole.done, whole.total) == (3, 5)
    assert checklist.untick(phone.id, "set-app-limits")
    assert checklist.device_progress(phone.id, ANDROID_STEPS).done == 1


def test_a_step_from_another_platform_cannot_be_ticked(db, household):
    child = household.add_child("Aruzhan", 2016)
    phone = household.add_device(child.id, "android", "phone")
    with pytest.raises(HouseholdError) as caught:
        ChecklistService(db).tick(phone.id, "ios/turn-on-screen-time")
    assert caught.value.field == "step_id"


def test_reviews_are_due_when_last_review_plus_interval_has_come(db, household):
    first = household.add_child("Elza", 2014)
    second = household.add_child("Timur", 2012)
    reviews = ReviewService(db, today=lambda: DAY)
    reviews.set_interval(second.id, 1)
    assert reviews.due(DAY + dt.timedelta(days=29)) == []
    assert [r.child.id for r in reviews.due(dt.date(2026, 12, 23))] == [second.id]
    assert [r.child.id for r in reviews.due(dt.date(2027, 2, 23))] == [second.id, first.id]
    reviews.mark_reviewed(second.id, dt.date(2027, 2, 23))
    assert [r.child.id for r in reviews.due(dt.date(2027, 2, 23))] == [first.id]


def test_milestones_are_the_next_birthdays_crossing_the_thresholds(db, household):
    child = household.add_child("Elza", 2014, dt.date(2014, 3, 8))
    thresholds = [("digital consent", 13), ("TikTok", 13), ("WhatsApp", 16), ("primary school", 7)]
    found = ReviewService(db, today=lambda: DAY).milestones(child.id, thresholds)
    assert [(m.label, m.date) for m in found] == [
        ("TikTok", dt.date(2027, 3, 8)), ("digital consent", dt.date(2027, 3, 8)),
        ("WhatsApp", dt.date(2030, 3, 8))]
    assert not any(m.approximate for m in found)


def test_agreements_are_saved_replaced_and_deleted(db, household):
    child = household.add_child("Elza", 2014)
    agreements = AgreementService(db, today=lambda: DAY)
    agreements.save(child.id, "family-basic", [AgreementItem("bedtime", "Phones downstairs at 21:00", "agreed")])
    saved = agreements.save(child.id, "family-basic", [AgreementItem("bedtime", "At 20:30", None)])
    assert saved.items == (AgreementItem("bedtime", "At 20:30", None),) and saved.updated == DAY
    assert len(agreements.agreements(child.id)) == 1
    with pytest.raises(HouseholdError) as caught:
        agreements.save(child.id, "family-basic", [AgreementItem("a", "x"), AgreementItem("a", "y")])
    assert caught.value.field == "items[1].id"
    assert agreements.delete(child.id, "family-basic")
    assert agreements.agreements() == []


def test_journal_entries_are_added_updated_and_deleted(db, household):
    child = household.add_child("Elza", 2014)
    journal = JournalService(db)
    entry = journal.add(JournalEntry(0, DAY, "Unknown adult sent messages", child.id, "roblox",
                                     "Blocked", "Reported in Roblox", "RBX-1"))
    journal.update(replace(entry, reports_made="Reported to police", reference_numbers="RBX-1, POL-7"))
    assert journal.entries(child.id)[0].reference_numbers == "RBX-1, POL-7"
    with pytest.raises(HouseholdError) as caught:
        journal.add(JournalEntry(0, DAY, ""))
    assert caught.value.field == "what_happened"
    journal.delete(entry.id)
    assert journal.entries() == []
