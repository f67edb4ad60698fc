"""The household file format (docs/household-format.md): JSON, versioned, validated completely before use.

parse() accepts bytes from anywhere (a USB stick, an e-mail) and either returns a HouseholdSnapshot whose every
value has been checked (types, lengths, counts, ISO dates, unknown fields, ids that refer to something in the same
file) or raises HouseholdError naming the first field that is wrong. It never raises anything else.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

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
from guardian.i18n.text import arg
from guardian.services import household_checks as check
from guardian.services.agreement_service import MAX_ITEMS, clean_items
from guardian.services.household_errors import HouseholdError
from guardian.services.journal_service import clean_entry

FORMAT = "guardian-household"
VERSION = 1
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 10
LIMITS = {"children": 50, "devices": 1_000, "ticks": 20_000, "reviews": 50, "agreements": 500, "journal": 10_000}
_TOP = ("format", "version", "household", *LIMITS)


def _iso(day) -> str | None:
    return None if day is None else day.isoformat()


def to_document(s: HouseholdSnapshot) -> dict[str, Any]:
    """The snapshot as the JSON document, in a stable order (ids ascending) so equal households give equal files."""
    h = s.household
    return {
        "format": FORMAT,
        "version": VERSION,
        "household": None if h is None else {"country": h.country, "language": h.language,
                                             "created": _iso(h.created)},
        "children": [{"id": c.id, "display_name": c.display_name, "birth_year": c.birth_year,
                      "birth_date": _iso(c.birth_date), "notes": c.notes} for c in sorted(s.children, key=_id)],
        "devices": [{"id": d.id, "child_id": d.child_id, "platform_id": d.platform_id, "label": d.label}
                    for d in sorted(s.devices, key=_id)],
        "ticks": [{"device_id": t.device_id, "step_id": t.step_id, "ticked": _iso(t.ticked)}
                  for t in sorted(s.ticks, key=lambda t: (t.device_id, t.step_id))],
        "reviews": [{"child_id": r.child_id, "last_review": _iso(r.last_review), "interval_months": r.interval_months}
                    for r in sorted(s.reviews, key=lambda r: r.child_id)],
        "agreements": [{"child_id": a.child_id, "template_id": a.template_id, "updated": _iso(a.updated),
                        "items": [{"id": i.id, "text": i.text, "choice": i.choice} for i in a.items]}
                       for a in sorted(s.agreements, key=lambda a: (a.child_id, a.template_id))],
        "journal": [{"id": e.id, "date": _iso(e.date), "child_id": e.child_id, "platform_id": e.platform_id,
                     "what_happened": e.what_happened, "what_was_done": e.what_was_done,
                     "reports_made": e.reports_made, "reference_numbers": e.reference_numbers}
                    for e in sorted(s.journal, key=_id)],
    }


def _id(item) -> int:
    return item.id


def dumps(snapshot: HouseholdSnapshot) -> bytes:
    return (json.dumps(to_document(snapshot), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _error(message: str, *values: object) -> HouseholdError:
    return HouseholdError(arg(message, *values))


def _depth(text: str) -> int:
    """The deepest nesting of [ and { outside strings, found without recursion (json.loads would recurse)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise check.duplicate(key, key)
        result[key] = value
    return result


def _no_constants(name: str) -> None:
    raise ValueError(f"{name} is not allowed")


def parse(data: bytes) -> HouseholdSnapshot:
    if len(data) > MAX_FILE_BYTES:
        raise _error(QCoreApplication.translate("Household", "The file is larger than %1 MB; a household file is "
                                                "much smaller."), MAX_FILE_BYTES // (1024 * 1024))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _error(QCoreApplication.translate("Household", "The file is not UTF-8 text.")) from None
    if _depth(text) > MAX_DEPTH:
        raise _error(QCoreApplication.translate("Household", "The file is nested more deeply than a household "
                                                "file can be."))
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise _error(QCoreApplication.translate("Household", "The file is not valid JSON (line %1, column %2)."),
                     exc.lineno, exc.colno) from None
    except (ValueError, RecursionError):
        raise _error(QCoreApplication.translate("Household", "The file is not valid JSON.")) from None
    return validate(document)


def _object(value: object, where: str, required: tuple[str, ...], optional: dict[str, Any]) -> dict[str, Any]:
    """The object's fields, optional ones filled with defaults; unknown or missing fields are errors."""
    if not isinstance(value, dict):
        field = where or "(file)"
        raise HouseholdError(arg(QCoreApplication.translate("Household", "%1: must be an object."), field), field)
    for key in value:
        if key not in required and key not in optional:
            field = f"{where}.{key}" if where else key
            raise HouseholdError(arg(QCoreApplication.translate("Household", "%1: is not a field of this format."),
                                     field), field)
    for key in required:
        if key not in value:
            field = f"{where}.{key}" if where else key
            raise HouseholdError(arg(QCoreApplication.translate("Household", "%1: is missing."), field), field)
    return {**optional, **value}


def _list(value: object, where: str, item: Callable[[object, str], Any]) -> list[Any]:
    if not isinstance(value, list):
        raise HouseholdError(arg(QCoreApplication.translate("Household", "%1: must be a list."), where), where)
    if len(value) > LIMITS[where]:
        raise HouseholdError(arg(QCoreApplication.translate("Household", "%1: more than %2 entries."),
                                 where, LIMITS[where]), where)
    return [item(v, f"{where}[{n}]") for n, v in enumerate(value)]


def _household(value: object, where: str) -> HouseholdInfo | None:
    if value is None:
        return None
    v = _object(value, where, ("country", "language", "created"), {})
    return HouseholdInfo(check.country(v["country"], f"{where}.country"),
                         check.language(v["language"], f"{where}.language"),
                         check.date(v["created"], f"{where}.created"))


def _child(value: object, where: str) -> Child:
    v = _object(value, where, ("id", "display_name", "birth_year"), {"birth_date": None, "notes": ""})
    birth_year, birth_date = check.birth(v["birth_year"], v["birth_date"], f"{where}.")
    return Child(check.identifier(v["id"], f"{where}.id"), check.name(v["display_name"], f"{where}.display_name"),
                 birth_year, birth_date, check.text(v["notes"], f"{where}.notes"))


def _device(value: object, where: str) -> Device:
    v = _object(value, where, ("id", "child_id", "platform_id", "label"), {})
    return Device(check.identifier(v["id"], f"{where}.id"), check.identifier(v["child_id"], f"{where}.child_id"),
                  check.platform_id(v["platform_id"], f"{where}.platform_id"), check.name(v["label"], f"{where}.label"))


def _tick(value: object, where: str) -> Tick:
    v = _object(value, where, ("device_id", "step_id", "ticked"), {})
    return Tick(0, check.identifier(v["device_id"], f"{where}.device_id"),
                check.step_id(v["step_id"], f"{where}.step_id"), check.date(v["ticked"], f"{where}.ticked"))


def _review(value: object, where: str) -> Review:
    v = _object(value, where, ("child_id", "last_review"), {"interval_months": 3})
    return Review(check.identifier(v["child_id"], f"{where}.child_id"),
                  check.date(v["last_review"], f"{where}.last_review"),
                  check.integer(v["interval_months"], f"{where}.interval_months", 1, 24))


def _item(value: object, where: str) -> AgreementItem:
    v = _object(value, where, ("id", "text"), {"choice": None})
    return AgreementItem(v["id"], v["text"], v["choice"])


def _agreement(value: object, where: str) -> Agreement:
    v = _object(value, where, ("child_id", "template_id", "updated", "items"), {})
    items, field = v["items"], f"{where}.items"
    if not isinstance(items, list):
        raise HouseholdError(arg(QCoreApplication.translate("Household", "%1: must be a list."), field), field)
    if len(items) > MAX_ITEMS:
        raise HouseholdError(arg(QCoreApplication.translate("Household", "%1: more than %2 entries."),
                                 field, MAX_ITEMS), field)
    return Agreement(check.identifier(v["child_id"], f"{where}.child_id"),
                     check.pattern(v["template_id"], f"{where}.template_id", check.SLUG, "family-basic"),
                     clean_items([_item(x, f"{field}[{n}]") for n, x in enumerate(items)], field),
                     check.date(v["updated"], f"{where}.updated"))


def _entry(value: object, where: str) -> JournalEntry:
    v = _object(value, where, ("id", "date", "what_happened"),
                {"child_id": None, "platform_id": None, "what_was_done": "", "reports_made": "",
                 "reference_numbers": ""})
    entry = JournalEntry(check.identifier(v["id"], f"{where}.id"), v["date"], v["what_happened"], v["child_id"],
                         v["platform_id"], v["what_was_done"], v["reports_made"], v["reference_numbers"])
    return clean_entry(entry, f"{where}.")


def _unique(items: list, key: Callable, where: str, show: Callable = str) -> None:
    seen = set()
    for n, item in enumerate(items):
        k = key(item)
        if k in seen:
            raise check.duplicate(f"{where}[{n}]", show(k))
        seen.add(k)


def _refers(items: list, key: Callable, known: dict | set, where: str, field: str) -> None:
    for n, item in enumerate(items):
        value = key(item)
        if value is not None and value not in known:
            raise check.not_found(f"{where}[{n}].{field}", value)


def validate(document: object) -> HouseholdSnapshot:
    """Check a parsed document completely and return the household it describes."""
    top = _object(document, "", ("format", "version"), {k: ([] if k in LIMITS else None) for k in _TOP[2:]})
    if top["format"] != FORMAT:
        raise HouseholdError(QCoreApplication.translate("Household", "This is not a Guardian household file."),
                             "format")
    version = check.integer(top["version"], "version", 1, check.MAX_ID)
    if version > VERSION:
        raise HouseholdError(arg(QCoreApplication.translate(
            "Household", "The file was written by a newer Guardian (format version %1; this version reads up to "
            "%2)."), version, VERSION), "version")
    household = _household(top["household"], "household")
    children = _list(top["children"], "children", _child)
    devices = _list(top["devices"], "devices", _device)
    ticks = _list(top["ticks"], "ticks", _tick)
    reviews = _list(top["reviews"], "reviews", _review)
    agreements = _list(top["agreements"], "agreements", _agreement)
    journal = _list(top["journal"], "journal", _entry)

    _unique(children, _id, "children")
    child_ids = {c.id for c in children}
    _unique(devices, _id, "devices")
    _refers(devices, lambda d: d.child_id, child_ids, "devices", "child_id")
    by_device = {d.id: d for d in devices}
    _refers(ticks, lambda t: t.device_id, by_device, "ticks", "device_id")
    _unique(ticks, lambda t: (t.device_id, t.step_id), "ticks", lambda k: k[1])
    resolved = []
    for n, t in enumerate(ticks):
        device = by_device[t.device_id]
        check.step_id(t.step_id, f"ticks[{n}].step_id", device.platform_id)
        resolved.append(Tick(device.child_id, t.device_id, t.step_id, t.ticked))
    _refers(reviews, lambda r: r.child_id, child_ids, "reviews", "child_id")
    _unique(reviews, lambda r: r.child_id, "reviews")
    _refers(agreements, lambda a: a.child_id, child_ids, "agreements", "child_id")
    _unique(agreements, lambda a: (a.child_id, a.template_id), "agreements", lambda k: k[1])
    _unique(journal, _id, "journal")
    _refers(journal, lambda e: e.child_id, child_ids, "journal", "child_id")
    return HouseholdSnapshot(household, tuple(children), tuple(devices), tuple(resolved), tuple(reviews),
                             tuple(agreements), tuple(journal))
