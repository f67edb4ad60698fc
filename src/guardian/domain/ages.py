"""Ages and age bands: a child's age on a given day, and the band used for advice and conversation starters."""

from __future__ import annotations

import datetime as dt

BANDS = ("under6", "6-9", "10-12", "13plus")
BAND_START = {"under6": 0, "6-9": 6, "10-12": 10, "13plus": 13}


def age_on(birth: dt.date, day: dt.date) -> int:
    """Whole years on `day`; a birthday on 29 February counts as reached on 1 March in common years."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return max(years, 0)


def band_for(age: int) -> str:
    for band in reversed(BANDS):
        if age >= BAND_START[band]:
            return band
    return BANDS[0]


def bands_from(band: str) -> tuple[str, ...]:
    """The band and every older one: a risk that starts at 6-9 also concerns 10-12 and 13plus."""
    return BANDS[BANDS.index(band):] if band in BANDS else BANDS
