"""Home reads the household with plain sqlite3 (storage/household_reader.py): it must see exactly what the
SQLAlchemy repositories see, for any household, and never write."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from test_household_format_properties import households

from guardian.domain.household import HouseholdSnapshot
from guardian.domain.pin_rules import MIN_LENGTH
from guardian.services.pin_service import PinService
from guardian.storage.household_reader import read_view
from guardian.storage.snapshot_repo import read_all
from household_tree import make_paths, open_db, sample_snapshot, store


def orm_parts(db) -> tuple:
    with db.transaction() as session:
        snapshot = read_all(session)
    return snapshot.household, snapshot.children, snapshot.devices, snapshot.ticks, snapshot.reviews


def reader_parts(db) -> tuple:
    view = read_view(db)
    return view.household, view.children, view.devices, view.ticks, view.reviews


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory):
    db = open_db(make_paths(tmp_path_factory.mktemp("reader")))
    yield db
    db.close()


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(households())
def test_the_reader_sees_what_the_repositories_see(shared_db, snapshot):
    store(shared_db, snapshot)
    assert reader_parts(shared_db) == orm_parts(shared_db)


def test_an_empty_household_and_the_sample_family(tmp_path):
    db = open_db(make_paths(tmp_path))
    view = read_view(db)
    assert (view.household, view.children, view.devices, view.ticks, view.reviews, view.has_pin) == \
        (None, (), (), (), (), False)
    store(db, sample_snapshot())
    assert reader_parts(db) == orm_parts(db)
    assert read_view(db).children[0].birth_date is not None  # dates come back as dates, not text
    db.close()


def test_the_pin_is_seen_once_set_and_the_reader_never_writes(tmp_path):
    db = open_db(make_paths(tmp_path))
    store(db, HouseholdSnapshot())
    PinService(db).set_pin("1" * MIN_LENGTH)
    assert read_view(db).has_pin
    db.close()  # checkpoints the WAL into the file
    before = db.path.read_bytes()
    for _ in range(3):
        read_view(db)
    db.close()
    assert db.path.read_bytes() == before
