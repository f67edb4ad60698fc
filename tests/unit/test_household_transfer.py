"""Export and import: a round trip gives the identical file; broken, truncated and hostile files are refused with
a message naming the field, and nothing is changed (not even a backup is made)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from guardian.services import household_format
from guardian.services.household_errors import HouseholdError
from guardian.services.transfer_service import TransferService
from guardian.storage import backup
from household_tree import make_paths, open_db, sample_snapshot, store

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "household.json"


@pytest.fixture
def transfer(tmp_path):
    paths = make_paths(tmp_path / "a")
    db = open_db(paths)
    store(db, sample_snapshot())
    yield TransferService(db, paths.backups)
    db.close()


def fresh(tmp_path, name):
    paths = make_paths(tmp_path / name)
    return TransferService(open_db(paths), paths.backups)


def document(**changes):
    doc = json.loads(EXAMPLE.read_bytes())
    for path, value in changes.items():
        node = doc
        *parents, leaf = path.split("__")
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(leaf) if leaf.isdigit() else leaf] = value
    return json.dumps(doc).encode()


def test_export_import_export_is_identical(transfer, tmp_path):
    first = tmp_path / "first.json"
    transfer.export_to(first)
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    other = fresh(tmp_path, "b")
    result = other.import_from(first)
    assert result.counts["children"] == 2 and result.backup.exists()
    second = tmp_path / "second.json"
    other.export_to(second)
    assert second.read_bytes() == first.read_bytes()
    assert other.snapshot() == sample_snapshot()
    other.db.close()


def test_the_example_family_imports_cleanly_and_exports_unchanged(tmp_path):
    target = fresh(tmp_path, "b")
    result = target.import_from(EXAMPLE)
    assert result.counts == {"children": 3, "devices": 7, "ticks": 14, "reviews": 3, "agreements": 1, "journal": 1}
    assert target.export_bytes() == EXAMPLE.read_bytes()
    target.db.close()


def test_import_replaces_the_household_and_backs_up_the_old_one_first(transfer, tmp_path):
    before = transfer.export_bytes()
    result = transfer.import_from(EXAMPLE)
    assert transfer.export_bytes() == EXAMPLE.read_bytes()
    restored = fresh(tmp_path, "c")
    restored.db.close()
    backup.copy_database(result.backup, restored.db.path)
    again = fresh(tmp_path, "c")
    assert again.export_bytes() == before
    again.db.close()


BAD_FILES = {
    "truncated": (EXAMPLE.read_bytes()[: len(EXAMPLE.read_bytes()) // 2], "not valid JSON"),
    "empty": (b"", "not valid JSON"),
    "binary": (os.urandom(64) + b"\xff\xfe", "UTF-8"),
    "not an object": (b"[1, 2, 3]", "must be an object"),
    "other format": (document(format="something-else"), "not a Guardian household file"),
    "newer version": (document(version=2), "newer Guardian"),
    "version as text": (document(version="1"), "version"),
    "year as text": (document(children__0__birth_year="2013"), "children[0].birth_year"),
    "id as bool": (document(children__0__id=True), "children[0].id"),
    "id as float": (document(devices__0__id=1.0), "devices[0].id"),
    "huge string": (document(children__0__notes="x" * 10_001), "children[0].notes"),
    "huge name": (document(children__1__display_name="x" * 101), "children[1].display_name"),
    "control characters": (document(journal__0__what_happened="a\x00b"), "journal[0].what_happened"),
    "unknown field": (document(children__0__photo="base64..."), "children[0].photo"),
    "unknown top field": (document(images=[]), "images"),
    "missing field": (json.dumps({"format": "guardian-household"}).encode(), "version"),
    "bad date": (document(ticks__0__ticked="2026-13-01"), "ticks[0].ticked"),
    "compact date": (document(ticks__0__ticked="20260902"), "ticks[0].ticked"),
    "birth date in another year": (document(children__0__birth_date="2014-05-14"), "children[0].birth_date"),
    "birth year after today": (document(children__1__birth_year=2099), "children[1].birth_year"),
    "birth date after today": (document(children__2__birth_year=2099, children__2__birth_date="2099-11-02"),
                               "children[2].birth_date"),
    "duplicate child id": (document(children__1__id=1), "children[1]"),
    "device of no child": (document(devices__0__child_id=99), "devices[0].child_id"),
    "tick of no device": (document(ticks__0__device_id=99), "ticks[0].device_id"),
    "tick of another platform": (document(ticks__0__step_id="ios/turn-on-screen-time"), "ticks[0].step_id"),
    "journal of no child": (document(journal__0__child_id=42), "journal[0].child_id"),
    "interval out of range": (document(reviews__0__interval_months=0), "reviews[0].interval_months"),
    "bad platform id": (document(devices__0__platform_id="../../etc"), "devices[0].platform_id"),
    "NaN": (EXAMPLE.read_bytes().replace(b'"birth_year": 2013', b'"birth_year": NaN'), "not valid JSON"),
    "duplicate keys": (b'{"format": "guardian-household", "format": "x", "version": 1}', "format"),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "nested"),
    "deep nesting inside a field": (document(children__0__notes=[[[[[[[[[[[["x"]]]]]]]]]]]]), "nested"),
    "huge file": (b" " * (household_format.MAX_FILE_BYTES + 1) + b"{}", "larger than 5 MB"),
    "huge number": (b'{"format": "guardian-household", "version": 1' + b"0" * 5000 + b"}", "not valid JSON"),
    "100k children": (json.dumps({"format": "guardian-household", "version": 1, "children": [{}] * 100_000}).encode(),
                      "children: more than 50 entries"),
    "100k whole children": (json.dumps({"format": "guardian-household", "version": 1, "children": [
        {"id": n, "display_name": "a", "birth_year": 2015} for n in range(1, 100_001)]}).encode(), "larger than"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_a_bad_file_is_refused_with_a_clear_message_and_nothing_changes(transfer, tmp_path, name):
    data, expected = BAD_FILES[name]
    file = tmp_path / "bad.json"
    file.write_bytes(data)
    before = transfer.export_bytes()
    with pytest.raises(HouseholdError) as caught:
        transfer.import_from(file)
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)
    assert transfer.export_bytes() == before
    assert backup.backups(transfer.backups) == []


def test_a_birth_later_this_year_is_refused_and_one_earlier_today_accepted(tmp_path):
    import datetime as dt

    file = tmp_path / "family.json"
    file.write_bytes(document(children__2__birth_year=2026, children__2__birth_date="2026-11-24"))
    target = TransferService(open_db(make_paths(tmp_path / "b")), make_paths(tmp_path / "b").backups,
                             now=lambda: dt.datetime(2026, 11, 23, 12, 0))
    with pytest.raises(HouseholdError, match=r"children\[2\].birth_date.*2026-11-23"):
        target.read_file(file)
    file.write_bytes(document(children__2__birth_year=2026, children__2__birth_date="2026-11-23"))
    assert target.read_file(file).children[2].birth_date == dt.date(2026, 11, 23)
    target.db.close()


def test_a_file_that_cannot_be_read_is_reported(transfer, tmp_path):
    with pytest.raises(HouseholdError, match="Cannot read"):
        transfer.import_from(tmp_path / "missing.json")


def test_a_failure_while_saving_rolls_back_the_whole_import(transfer, monkeypatch):
    before = transfer.export_bytes()
    snapshot = household_format.parse(EXAMPLE.read_bytes())

    def fail_half_way(session, snap):
        from guardian.storage import snapshot_repo

        snapshot_repo.clear_all(session)
        raise OSError("disk full")

    monkeypatch.setattr("guardian.services.transfer_service.replace_all", fail_half_way)
    with pytest.raises(HouseholdError, match="unchanged"):
        transfer.import_snapshot(snapshot)
    assert transfer.export_bytes() == before
