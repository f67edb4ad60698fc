"""Phone numbers as written in a country: checked and formatted with libphonenumber."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import shortnumberinfo


def _parse(number: str, country: str):
    try:
        return phonenumbers.parse(number, country.upper())
    except phonenumbers.NumberParseException:
        return None


def is_dialable(number: str, country: str) -> bool:
    """True when libphonenumber considers the number possible in the country (full or short number)."""
    parsed = _parse(number, country)
    if parsed is None:
        return False
    if phonenumbers.is_possible_number(parsed):
        return True
    return shortnumberinfo.is_possible_short_number_for_region(parsed, country.upper())


def display(number: str, country: str) -> str:
    """The number grouped as people in that country write it; short numbers in groups of three."""
    parsed = _parse(number, country)
    if parsed is not None and phonenumbers.is_possible_number(parsed) and phonenumbers.is_valid_number(parsed):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    digits = re.sub(r"\D", "", number)
    if len(digits) == 6:
        return f"{digits[:3]} {digits[3:]}"
    return number


def tel_uri(number: str, country: str) -> str:
    """A tel: URI a phone can dial: E.164 for full numbers, the plain digits for short ones."""
    parsed = _parse(number, country)
    if parsed is not None and phonenumbers.is_possible_number(parsed) and phonenumbers.is_valid_number(parsed):
        return "tel:" + phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return "tel:" + re.sub(r"[^\d+]", "", number)
