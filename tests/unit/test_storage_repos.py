"""Repositories: what is stored comes back as the same domain values; deletes cascade where they should and keep
journal entries (possible evidence) when a child is removed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.exc import IntegrityError

from guardian.domain.household import Device
from guardian.storage.checklist_repo import ChecklistRepo
from guardian.storage.household_repo import HouseholdRepo
from guardian.storage.journal_repo import JournalRepo
from guardian.storage.snapshot_repo import read_all
from household_tree import make_paths, open_db, sample_snapshot, store


@pytest.fixture
def db(tmp_path):
    database = open_db(make_paths(tmp_path))
    yield database
    database.close()


def test_a_stored_snapshot_reads_back_identical(db):
    store(db, sample_snapshot())
    with db.transaction() as session:
        assert read_all(session) == sample_snapshot()


def test_deleting_a_child_removes_devices_ticks_review_agreement_but_keeps_journal(db):
    store(db, sample_snapshot())
    with db.transaction() as session:
        assert HouseholdRepo(session).delete_child(1)
    with db.transaction() as session:
        left = read_all(session)
    assert [c.id for c in left.children] == [2]
    assert [d.child_id for d in left.devices] == [2]
    assert [t.child_id for t in left.ticks] == [2]
    assert [r.child_id for r in left.reviews] == [2]
    assert left.agreements == ()
    assert len(left.journal) == 1 and left.journal[0].child_id is None
    assert left.journal[0].what_happened == "A stranger asked for photos"


def test_a_tick_cannot_disagree_with_its_device_about_the_child(db):
    store(db, sample_snapshot())
    with pytest.raises(IntegrityError), db.transaction() as session:
        ChecklistRepo(session).tick(2, 1, "android/set-app-limits", dt.date(2026, 5, 5))  # device 1 is child 1's


def test_moving_a_device_to_another_child_moves_its_ticks(db):
    store(db, sample_snapshot())
    with db.transaction() as session:
        HouseholdRepo(session).update_device(Device(1, 2, "android", "handed down"))
    with db.transaction() as session:
        assert [(t.child_id, t.device_id) for t in ChecklistRepo(session).ticks(device_id=1)] == [(2, 1)]


def test_journal_lists_newest_first(db):
    store(db, sample_snapshot())
    with db.transaction() as session:
        repo = JournalRepo(session)
        first = repo.entry(1)
        newer = repo.add(first.__class__(0, dt.date(2026, 6, 1), "later"))
        assert [e.id for e in repo.entries()] == [newer, 1]
        assert [e.id for e in repo.entries(child_id=1)] == [1]
