"""Dates written with digits carry the whole year in every language, in fields and in short mentions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale

from guardian.i18n.dates import numeric_date_format, short_date, short_date_time
from guardian.ui.dialogs.child_dialog import ChildDialog


@pytest.fixture
def locale_of():
    before = QLocale()

    def use(language: str) -> None:
        QLocale.setDefault(QLocale(language))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(("language", "written"), [
    ("en", "5/14/2013"), ("lv", "14.05.2013"), ("kk", "14.05.2013"), ("ru", "14.05.2013"),
])
def test_short_dates_have_four_digit_years(locale_of, language, written):
    locale_of(language)
    assert short_date(dt.date(2013, 5, 14)) == written
    assert "yyyy" in numeric_date_format()


def test_a_birth_date_field_shows_the_whole_year(qtbot, locale_of):
    locale_of("kk")  # Kazakh's own short format has a two-digit year: "14.05.13"
    dialog = ChildDialog(lambda *args: None, dt.date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2013, 5, 14))
    assert dialog.date.text() == "14.05.2013"


@pytest.mark.parametrize(("language", "written"), [
    ("en", "5/14/2013 9:05 AM"), ("lv", "14.05.2013 09:05"), ("kk", "14.05.2013 09:05"), ("ru", "14.05.2013 09:05"),
])
def test_a_moment_is_written_with_the_whole_year_and_the_readers_time(locale_of, language, written):
    locale_of(language)  # the restored-backup notice at start-up names the backup's moment like this
    # English puts a narrow no-break space before AM; compared here as a plain one
    assert short_date_time(dt.datetime(2013, 5, 14, 9, 5, 59)).replace("\u202f", " ") == written
