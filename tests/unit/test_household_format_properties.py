"""Property tests for the import validator: every valid household survives a round trip unchanged; any JSON value
or byte string is either accepted or refused with HouseholdError, never anything else; and a wrong-typed value
anywhere in a valid file is refused naming exactly that field."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardian.domain.household import (
    Agreement,
    AgreementItem,
    Child,
    Device,
    HouseholdInfo,
    HouseholdSnapshot,
    JournalEntry,
    Review,
    Tick,
)
from guardian.services.household_errors import HouseholdError
from guardian.services.household_format import parse, to_document, validate

SETTINGS = {"deadline": None, "database": None, "suppress_health_check": [HealthCheck.too_slow]}
FAST = settings(max_examples=600, **SETTINGS)  # cheap inputs
RICH = settings(max_examples=300, **SETTINGS)  # whole households; about 2,100 cases in all
PLATFORMS = ["android", "ios", "roblox", "youtube", "tiktok", "nintendo-switch", "minecraft"]
slugs = st.from_regex(r"[a-z0-9][a-z0-9-]{0,15}", fullmatch=True)
texts = st.text(st.characters(min_codepoint=32, max_codepoint=0x2FFF, exclude_categories=("Cc", "Cs")), max_size=30)
names = texts.map(str.strip).filter(bool)
days = st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31))
picks = st.integers(0, 1000)  # an index into whatever list it ends up choosing from
ids = st.lists(st.integers(1, 10**6), unique=True, max_size=4)

# Built from fixed strategies and resolved in one map(): drawing new strategies inside @composite is much slower.
raw_households = st.tuples(
    st.none() | st.builds(HouseholdInfo, st.sampled_from(["LV", "KZ", "EE"]), st.sampled_from(["lv", "kk", "ru"]),
                          days),
    st.lists(st.tuples(st.integers(1, 10**6), names, days, st.booleans(), texts), max_size=3,
             unique_by=lambda c: c[0]),
    st.lists(st.tuples(st.integers(1, 10**6), picks, st.sampled_from(PLATFORMS), names,
                       st.lists(st.tuples(slugs, days), max_size=3, unique_by=lambda t: t[0])), max_size=4,
             unique_by=lambda d: d[0]),
    st.lists(st.tuples(picks, days, st.integers(1, 24)), max_size=4),
    st.lists(st.tuples(picks, slugs, days, st.lists(st.tuples(slugs, texts, st.none() | texts), max_size=3,
                                                    unique_by=lambda i: i[0])), max_size=2),
    st.lists(st.tuples(st.integers(1, 10**6), days, names, st.none() | picks, st.none() | st.sampled_from(PLATFORMS),
                       texts, texts, texts), max_size=3, unique_by=lambda e: e[0]),
)


def resolve(raw) -> HouseholdSnapshot:
    household, raw_children, raw_devices, raw_reviews, raw_agreements, raw_journal = raw
    children = [Child(cid, name, day.year, day if exact else None, notes)
                for cid, name, day, exact, notes in raw_children]
    child_ids = [c.id for c in children]
    devices, ticks, reviews, agreements = [], [], {}, {}
    if child_ids:
        for did, pick, platform, label, steps in raw_devices:
            device = Device(did, child_ids[pick % len(child_ids)], platform, label)
            devices.append(device)
            ticks += [Tick(device.child_id, did, f"{platform}/{step}", day) for step, day in steps]
        for pick, day, months in raw_reviews:
            reviews.setdefault(child_ids[pick % len(child_ids)], Review(child_ids[pick % len(child_ids)], day, months))
        for pick, template, day, items in raw_agreements:
            cid = child_ids[pick % len(child_ids)]
            agreements.setdefault((cid, template), Agreement(cid, template, tuple(AgreementItem(*i) for i in items),
                                                             day))
    journal = [JournalEntry(eid, day, what, None if pick is None or not child_ids else child_ids[pick % len(child_ids)],
                            platform, done, reports, refs)
               for eid, day, what, pick, platform, done, reports, refs in raw_journal]
    return HouseholdSnapshot(household, tuple(children), tuple(devices), tuple(ticks), tuple(reviews.values()),
                             tuple(agreements.values()), tuple(journal))


def households():
    return raw_households.map(resolve)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
                           max_leaves=20)


@RICH
@given(households())
def test_every_valid_household_round_trips_unchanged(snapshot):
    document = to_document(snapshot)
    data = json.dumps(document, ensure_ascii=False).encode()
    assert to_document(parse(data)) == document


@FAST
@given(json_values)
def test_any_json_value_is_accepted_or_refused_cleanly(value):
    try:
        validate(value)
    except HouseholdError as exc:
        assert str(exc)


@RICH
@given(st.fixed_dictionaries({"format": st.just("guardian-household"), "version": st.just(1)},
                             optional={k: json_values for k in ("household", "children", "devices", "ticks",
                                                                "reviews", "agreements", "journal")}))
def test_any_file_shaped_like_a_household_is_accepted_or_refused_cleanly(value):
    try:
        validate(value)
    except HouseholdError as exc:
        assert str(exc)


@FAST
@given(st.binary(max_size=200))
def test_any_bytes_are_accepted_or_refused_cleanly(data):
    try:
        parse(data)
    except HouseholdError as exc:
        assert str(exc)


def leaves(node, path=""):
    """(path, value) for every value in a document, with paths written as the validator names fields."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from leaves(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for n, value in enumerate(node):
            yield from leaves(value, f"{path}[{n}]")
    if path:
        yield path, node


def replaced(document, path, value):
    copy = json.loads(json.dumps(document))
    node, parts = copy, path.replace("[", ".[").split(".")
    for part in parts[:-1]:
        node = node[int(part[1:-1])] if part.startswith("[") else node[part]
    last = parts[-1]
    node[int(last[1:-1]) if last.startswith("[") else last] = value
    return copy


def wrong_for(value):
    """A value of a type the field never accepts."""
    if isinstance(value, list | dict):
        return 7
    return [] if value is None or isinstance(value, str) else "seven"


@RICH
@given(households(), st.integers(0, 10**6))
def test_a_wrong_type_anywhere_is_refused_naming_that_field(snapshot, pick):
    document = to_document(snapshot)
    candidates = [lv for lv in leaves(document) if lv[0] != "format"]
    path, value = candidates[pick % len(candidates)]
    try:
        validate(replaced(document, path, wrong_for(value)))
    except HouseholdError as exc:
        assert exc.field == path, (path, str(exc))
        assert path in str(exc)
    else:
        raise AssertionError(f"{path} = {wrong_for(value)!r} was accepted")
