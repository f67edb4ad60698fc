"""Checks shared by the household forms and the import validator: types, lengths, ranges, ids and dates.

Each check returns the clean value or raises HouseholdError naming the field, in the parent's language. Python's
bool is an int; it is refused wherever a number is expected.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication

from guardian.i18n.text import arg
from guardian.services.household_errors import HouseholdError

MAX_TEXT = 10_000  # notes and journal fields
MAX_NAME = 100  # a child's display name, a device label
MAX_ID = 2**31 - 1
MIN_YEAR, MAX_YEAR = 1900, 2100
PLATFORM_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")
SLUG = re.compile(r"[a-z0-9][a-z0-9._-]{0,59}")  # template ids, agreement item ids
STEP_ID = re.compile(r"([a-z0-9][a-z0-9-]{0,39})/([a-z0-9][a-z0-9._-]{0,78})")
COUNTRY = re.compile(r"[A-Z]{2}")
LANGUAGE = re.compile(r"[a-z]{2,3}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _fail(message: str, field: str, *values: object) -> HouseholdError:
    return HouseholdError(arg(message, field, *values), field)


def text(value: object, field: str, max_length: int = MAX_TEXT, required: bool = False) -> str:
    if not isinstance(value, str):
        raise _fail(QCoreApplication.translate("Household", "%1: must be text."), field)
    if len(value) > max_length:
        raise _fail(QCoreApplication.translate("Household", "%1: is longer than %2 characters."), field, max_length)
    if _CONTROL.search(value):
        raise _fail(QCoreApplication.translate("Household", "%1: contains control characters."), field)
    if required and not value.strip():
        raise _fail(QCoreApplication.translate("Household", "%1: must not be empty."), field)
    return value


def name(value: object, field: str) -> str:
    return text(value, field, MAX_NAME, required=True).strip()


def pattern(value: object, field: str, regex: re.Pattern, example: str) -> str:
    if not isinstance(value, str) or len(value) > 200 or not regex.fullmatch(value):
        raise _fail(QCoreApplication.translate("Household", "%1: is not a valid identifier (for example %2)."),
                    field, example)
    return value


def platform_id(value: object, field: str) -> str:
    return pattern(value, field, PLATFORM_ID, "android")


def step_id(value: object, field: str, platform: str | None = None) -> str:
    step = pattern(value, field, STEP_ID, "android/install-family-link")
    if platform is not None and not step.startswith(platform + "/"):
        raise _fail(QCoreApplication.translate("Household", "%1: the step is not one of %2's steps."), field,
                    platform)
    return step


def integer(value: object, field: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _fail(QCoreApplication.translate("Household", "%1: must be a whole number from %2 to %3."),
                    field, low, high)
    return value


def identifier(value: object, field: str) -> int:
    return integer(value, field, 1, MAX_ID)


def year(value: object, field: str) -> int:
    return integer(value, field, MIN_YEAR, MAX_YEAR)


def date(value: object, field: str) -> dt.date:
    """A date object (from a form) or ISO text YYYY-MM-DD (from a file); nothing looser."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        day = value
    elif isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            day = None
    else:
        day = None
    if day is None or not MIN_YEAR <= day.year <= MAX_YEAR:
        raise _fail(QCoreApplication.translate("Household", "%1: must be a date written as YYYY-MM-DD."), field)
    return day


def birth(birth_year: object, birth_date: object, field: str) -> tuple[int, dt.date | None]:
    """A birth year, and a birth date (or None) in that same year."""
    year_value = year(birth_year, f"{field}birth_year")
    if birth_date is None:
        return year_value, None
    day = date(birth_date, f"{field}birth_date")
    if day.year != year_value:
        raise _fail(QCoreApplication.translate("Household", "%1: the date is not in the birth year %2."),
                    f"{field}birth_date", year_value)
    return year_value, day


def country(value: object, field: str) -> str:
    return pattern(value, field, COUNTRY, "LV")


def language(value: object, field: str) -> str:
    return pattern(value, field, LANGUAGE, "lv")


def not_found(field: str, what_id: object) -> HouseholdError:
    return _fail(QCoreApplication.translate("Household", "%1: there is no item with id %2."), field, what_id)


def duplicate(field: str, what_id: object) -> HouseholdError:
    return _fail(QCoreApplication.translate("Household", "%1: %2 appears more than once."), field, what_id)
