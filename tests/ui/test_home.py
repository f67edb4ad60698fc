"""Home: a card per child with checklist rings, the next review and the age milestones; an invitation when empty."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from guardian.domain.child_ages import age_range
from guardian.i18n.locales import country_name
from guardian.paths import Paths, resources_dir
from guardian.services.data_service import Level, StartupNotice
from guardian.services.family import Family
from guardian.ui.pages.home_page import HomePage

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "household.json"


@pytest.fixture
def content_root():
    """The real content: the sample household uses real platforms (Android, TikTok, Roblox ...)."""
    return resources_dir()


@pytest.fixture
def start(start_guardian):
    return start_guardian


def home(guardian) -> HomePage:
    return guardian.window.show_section("home").page


def import_sample(guardian) -> None:
    guardian.family.transfer.import_from(SAMPLE)
    guardian.family.notify()


def expected_progress(guardian, platform_id: str, device_id: int) -> tuple[int, int]:
    """From the content's step list and the sample file's ticks, not from the code under test."""
    steps = guardian.content.items("platforms")[platform_id].steps
    ticks = {t["step_id"] for t in json.loads(SAMPLE.read_text(encoding="utf-8"))["ticks"]
             if t["device_id"] == device_id}
    return sum(f"{platform_id}/{s}" in ticks for s in steps), len(steps)


def card(page: HomePage, name: str):
    return next(c for c in page.cards if c.view.name == name)


def test_without_children_home_invites_to_start_or_to_read_the_guides(start, qtbot):
    guardian = start()
    page = home(guardian)
    assert page.stack.currentWidget() is page.empty
    assert page.cards == []
    with qtbot.waitSignal(page.welcome_requested):
        page.start_button.click()
    assert guardian.welcome_dialog is not None and guardian.welcome_dialog.isVisible()
    guardian.welcome_dialog.reject()
    page.guides_button.click()
    assert guardian.window.stack.currentWidget().objectName() == "guidesPage"


def test_sample_household_shows_each_child_with_the_right_progress(start):
    guardian = start(country="LV")
    import_sample(guardian)
    page = home(guardian)
    assert page.stack.currentWidget() is page.cards_view
    assert [c.view.name for c in page.cards] == ["Elza", "Roberts", "Aruzhan"]
    elza = card(page, "Elza")
    assert [(r.done, r.total) for r in elza.rings] == [expected_progress(guardian, "android", 1),
                                                       expected_progress(guardian, "tiktok", 2)]
    assert elza.rings[0].accessibleName() == "{} of {} steps done".format(*expected_progress(guardian, "android", 1))
    # the guide is named after the family's label, unless the label already names it
    assert elza.device_buttons[0].label.text() == "Elza's phone · Android (Google Family Link)"
    assert elza.device_buttons[1].label.text() == "Elza's TikTok account"
    assert "3 of 7 steps done" in elza.device_buttons[0].accessibleDescription()
    roberts = card(page, "Roberts")
    assert len(roberts.rings) == 3
    low, high = age_range(2016, None, guardian.family.today())
    assert roberts.age.text() == f"{low} or {high} years old (born in 2016)"
    age = age_range(2013, dt.date(2013, 5, 14), guardian.family.today())[0]
    assert elza.age.text() == f"{age} years old"


def test_ticking_a_step_updates_the_ring(start):
    guardian = start()
    import_sample(guardian)
    before = card(home(guardian), "Elza").rings[0].done
    guardian.family.checklists.tick(1, "set-app-limits")
    guardian.family.notify()
    ring = card(home(guardian), "Elza").rings[0]
    assert ring.done == before + 1
    assert ring.accessibleName() == f"{before + 1} of 7 steps done"


def test_a_due_review_is_highlighted_and_can_be_marked_reviewed(start):
    guardian = start()
    import_sample(guardian)
    today = guardian.family.today()
    guardian.family.reviews.mark_reviewed(2, today.replace(year=today.year - 1))
    guardian.family.notify()
    roberts = card(home(guardian), "Roberts")
    assert roberts.mark_reviewed is not None
    assert card(home(guardian), "Elza").mark_reviewed is None
    roberts.mark_reviewed.click()
    assert not any(r.due for r in guardian.family.reviews.reminders())
    assert card(home(guardian), "Roberts").mark_reviewed is None
    assert "Next settings review" in card(home(guardian), "Roberts").review.text()


def test_milestones_name_the_platforms_and_the_countrys_age_of_consent(start):
    guardian = start()
    import_sample(guardian)
    lines = card(home(guardian), "Aruzhan").view.milestones
    consent = guardian.content.items("countries")["LV"].consent_age
    tiktok = guardian.content.items("platforms")["tiktok"].minimum_age
    assert consent == tiktok == 13  # the sample child reaches both on her 13th birthday
    assert lines[0].startswith("turns 13 on November 2, 2032: old enough for ")
    assert "TikTok" in lines[0] and "under their terms" in lines[0]
    assert lines[0].endswith("reaches the digital age of consent in Latvia")
    roberts = card(home(guardian), "Roberts").view.milestones
    assert roberts[0].startswith("turns 13 in 2029: ")  # only the birth year is known


def test_clicking_a_device_opens_its_guide(start):
    guardian = start()
    import_sample(guardian)
    card(home(guardian), "Roberts").device_buttons[2].click()
    guides = guardian.window.stack.currentWidget()
    assert guides.objectName() == "guidesPage"
    assert guides.guide.platform_id == "roblox"


def test_home_follows_a_language_switch(start):
    guardian = start()
    import_sample(guardian)
    guardian.switch_language("lv")
    lines = card(home(guardian), "Aruzhan").view.milestones
    assert country_name("LV", "lv") in lines[0]  # "Latvija", from CLDR
    assert "2032. gada 2. novembris" in lines[0]  # Qt's Latvian long date, without the weekday


def test_home_texts_are_translated_to_latvian(start):
    guardian = start()
    import_sample(guardian)
    guardian.switch_language("lv")
    assert home(guardian).header.title.text() == "Jūsu ģimene"


def test_unavailable_household_shows_the_notice(qtbot, content_root, tmp_path):
    from guardian.services.content_service import ContentService
    from guardian.settings import Settings

    paths = Paths.under(tmp_path / "data")
    family = Family(paths)
    page = HomePage(ContentService(content_root, "en"), family, Settings(paths.settings_file, _no_policy()))
    qtbot.addWidget(page)
    family.notice = StartupNotice(Level.ERROR, "The household data was written by a newer Guardian.", None)
    family.changed.emit()
    assert page.stack.currentWidget() is page.notice
    assert page.notice.text() == "The household data was written by a newer Guardian."


def _no_policy():
    from guardian.policy import Policy

    return Policy()


def test_household_data_that_cannot_be_read_shows_a_message_and_changes_nothing(qtbot, content_root, tmp_path):
    import sqlite3

    from guardian.services.content_service import ContentService
    from guardian.settings import Settings

    paths = Paths.under(tmp_path / "data")
    family = Family(paths)
    family.open()
    page = HomePage(ContentService(content_root, "en"), family, Settings(paths.settings_file, _no_policy()))
    qtbot.addWidget(page)
    conn = sqlite3.connect(paths.database_file)  # another program breaks the file while Guardian is open
    conn.execute("DROP TABLE review")
    conn.commit()
    conn.close()
    family.changed.emit()
    assert page.stack.currentWidget() is page.notice
    assert "could not read your household data" in page.notice.text()
    assert "Nothing was changed" in page.notice.text()
    family.close()


def test_where_the_school_hides_family_home_neither_offers_to_change_it_nor_fails(start, tmp_path):
    # "Manage children and devices" asked the hidden section for its page and ended in the crash dialog
    policy = tmp_path / "policy.toml"
    policy.write_text('hide_sections = ["household"]\n', encoding="utf-8")
    guardian = start(policy=policy, offer_welcome=True)
    page = home(guardian)
    assert page.stack.currentWidget() is page.empty
    assert not page.start_button.isVisibleTo(page) and "switched off the Family section" in page.empty_text.text()
    guardian.welcome()
    assert guardian.welcome_dialog is None
    guardian.family.household.add_child("Elza", 2016)
    guardian.family.notify()
    [card] = page.cards
    assert not page.manage_button.isVisibleTo(page)
    assert not any(b.isVisibleTo(card) for b in card.findChildren(QPushButton, "addDevicesButton"))
    page.family_tab_requested.emit("children")  # nothing to open, and nothing breaks
    assert guardian.window.current_section() == "home"
