"""The Age ratings section: label finder, drawn badges, verdict for a child, ages in law and terms."""

from __future__ import annotations


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
