"""Dates written with digits, in the reader's own order and separators and always with the whole year: a birth date
shown as "14.05.13" can be read as the child's age, and an incident date as some other year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime


def numeric_date_format() -> str:
    """The current language's short date format (QLocale's default, set with the language), with a four-digit year:
    "dd.MM.yyyy" for Latvian and Kazakh (whose short format has "yy"), "M/d/yyyy" for English."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def short_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), numeric_date_format())


def short_date_time(moment: dt.datetime) -> str:
    """A moment such as a backup's time: the numeric date with its whole year, then the time as the reader writes it
    ("14.05.2013 09:30", "5/14/2013 9:30 AM")."""
    time = QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{short_date(moment.date())} {time}"
