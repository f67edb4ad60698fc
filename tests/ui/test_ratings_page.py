"""The Age ratings section: label finder, drawn badges, verdict for a child, ages in law and terms."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace


def test_country_systems_come_first_and_show_labels(start_guardian):
    guardian = start_guardian(country="LV")
    page = guardian.window.show_section("ratings")
    assert page.systems.item(0).text() == "PEGI"
    assert page.view.labels.count() == 2
    assert page.view.labels.item(0).text() == "PEGI 3: Suitable for all ages."
    assert not page.view.labels.item(0).icon().isNull()


def test_label_finder_matches_codes(start_guardian):
    guardian = start_guardian()
    page = guardian.window.show_section("ratings")
    page.find.setText("pegi18")
    assert [page.systems.item(i).text() for i in range(page.systems.count())] == ["PEGI: PEGI 18"]
    assert "Adults only." in page.view.labels.currentItem().text()
    page.find.setText("7")
    assert page.systems.count() == 0


def test_verdict_for_an_age(start_guardian):
    guardian = start_guardian()
    panel = guardian.window.show_section("ratings").verdict
    panel.choose("pegi", "PEGI 18")
    panel.age.setValue(17)
    assert panel.result.text().startswith("Not yet: PEGI 18 is meant for ages 18 and up, and your child is 17.")
    assert "1 more year" in panel.result.text()
    assert "Chat and online play" in panel.checks.text()
    panel.age.setValue(18)
    assert panel.result.text().startswith("Suitable by age")


def test_ages_panel_shows_the_country_consent_age_and_platform_ages(start_guardian):
    guardian = start_guardian(country="LV")
    text = guardian.window.show_section("ratings").ages.text.toPlainText()
    assert "Latvia: 13 years" in text
    assert "Demo" in text and "13" in text


def _add_child(guardian, name, birth_year, birth_date=None, platform=None):
    child = guardian.family.household.add_child(name, birth_year, birth_date)
    if platform:
        guardian.family.household.add_device(child.id, platform, f"{name}'s phone")
    guardian.family.notify()
    return child


def test_verdict_for_a_child_of_the_household(start_guardian):
    guardian = start_guardian(country="LV")
    panel = guardian.window.show_section("ratings").verdict
    today = dt.date.today()
    child = _add_child(guardian, "Anna", today.year - 12, dt.date(today.year - 12, 1, 1))
    panel.choose("pegi", "PEGI 18")
    panel.choose_child(child.id)
    assert panel.age.value() == 12 and not panel.age.isEnabled()
    assert "Anna is 12." in panel.child_note.text()
    assert panel.result.text().startswith("Not yet: PEGI 18 is meant for ages 18 and up, and your child is 12.")
    panel.choose_child(None)
    assert panel.age.isEnabled() and panel.child_note.isHidden()


def test_your_children_tab_shows_labels_platforms_and_consent_with_dates(start_guardian):
    guardian = start_guardian(country="LV")
    page = guardian.window.show_section("ratings")
    assert "Add your children in the Family section" in page.children.text.toPlainText()
    today = dt.date.today()
    _add_child(guardian, "Maris", today.year - 10, dt.date(today.year - 10, 1, 1), platform="demo")
    text = page.children.text.toPlainText()
    assert "Maris" in text and "10 years old." in text
    assert "PEGI 3" in text  # suits now
    assert "PEGI 18 from" in text  # the next label, with the day the child turns 18
    assert "Latvia" in text and "13" in text  # the digital age of consent, still ahead
    assert "Demo" in text  # the child's platform with its minimum age


def test_your_children_tab_says_when_in_words_that_fit_the_sentence(start_guardian):
    guardian = start_guardian(country="LV")
    page = guardian.window.show_section("ratings")
    year = dt.date.today().year - 10
    _add_child(guardian, "Maris", year, platform="demo")  # only the birth year: "during", never "from during"
    text = page.children.text.toPlainText()
    assert f"PEGI 18 during {year + 18}" in text and "from during" not in text
    assert f"Until then (during {year + 13})" in text  # the digital age of consent, 13 in Latvia
    child = guardian.family.view().children[0]
    guardian.family.household.update_child(replace(child, birth_date=dt.date(year, 3, 5)))
    guardian.family.notify()
    guardian.switch_language("lv")
    text = page.children.text.toPlainText()
    # a month's name would need a case ending after "no" ("from"): a date in figures does not
    assert f"PEGI 18 no 05.03.{year + 18}" in text
    assert f"Līdz tam ({year + 13}. gada 5. marts)" in text  # in brackets the date in words stands as it is


def test_your_children_tab_hides_children_while_the_pin_locks_the_profile(start_guardian):
    guardian = start_guardian(country="LV")
    _add_child(guardian, "Secret", 2015)
    guardian.family.pin.set_pin("2468")
    guardian.family.set_unlocked(False)
    guardian.family.notify()
    page = guardian.window.show_section("ratings")
    assert page.children.child.count() == 0
    assert "Secret" not in page.children.text.toPlainText()
    assert page.verdict.child.count() == 1


def test_a_platforms_own_age_for_the_familys_country_is_used(start_guardian, content_root):
    demo = content_root / "facts/platforms/demo.toml"
    demo.write_text(demo.read_text().replace("value = 13\n", "value = 13\nby_country = { DE = 16 }\n"),
                    encoding="utf-8")
    guardian = start_guardian(country="DE")
    page = guardian.window.show_section("ratings")
    assert re.search(r"\|Demo +\|16 +\|", page.ages.text.toMarkdown())
    year = dt.date.today().year - 14
    _add_child(guardian, "Lena", year, platform="demo")  # 13 or 14: old enough for 13, not for Germany's 16
    text = page.children.text.toPlainText()
    assert f"during {year + 16}" in text and "old enough" not in text
    guides = guardian.window.show_section("guides")
    guides.open_guide("demo")
    assert "In some countries the terms set another age: Germany: 16." in guides.guide.text.toPlainText()
