"""Family > Children and devices: add, edit and delete children; add, rename and remove devices; review interval."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def guardian(start_guardian):
    return start_guardian(country="LV")


def children_tab(guardian):
    return guardian.window.show_section("household").page.open_tab("children")


def ok(dialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def add_child(tab, name: str, year: int) -> None:
    tab.add_child_button.click()
    tab.dialog.name.setText(name)
    tab.dialog.year.setValue(year)
    ok(tab.dialog)


def answer(monkeypatch, reply) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_adding_a_child_lists_and_saves_it_and_home_follows(guardian):
    tab = children_tab(guardian)
    add_child(tab, "Anna", 2016)
    assert not tab.dialog.isVisible()
    assert [(c.display_name, c.birth_year) for c in guardian.family.household.children()] == [("Anna", 2016)]
    assert tab.children_list.count() == 1 and tab.children_list.item(0).text() == "Anna, born 2016"
    assert tab.current_child().display_name == "Anna"
    home = guardian.window.show_section("home").page
    assert [c.view.name for c in home.cards] == ["Anna"]


def test_editing_a_child_with_an_exact_birth_date(guardian):
    tab = children_tab(guardian)
    add_child(tab, "Anna", 2016)
    tab.edit_child_button.click()
    dialog = tab.dialog
    assert dialog.name.text() == "Anna"
    dialog.name.setText("Annija")
    dialog.exact.setChecked(True)
    dialog.date.setDate(dialog.date.date().addDays(40))  # 10 February 2016
    ok(dialog)
    child = guardian.family.household.children()[0]
    assert (child.display_name, child.birth_year, child.birth_date.isoformat()) == ("Annija", 2016, "2016-02-10")


def test_a_wrong_name_is_shown_in_words_and_nothing_is_saved(guardian):
    tab = children_tab(guardian)
    tab.add_child_button.click()
    tab.dialog.name.setText("Anna\x01")
    ok(tab.dialog)
    assert tab.dialog.isVisible()
    assert "control characters" in tab.dialog.error.text()
    assert tab.dialog.name.text() == "Anna\x01"
    assert guardian.family.household.children() == []


def test_devices_are_added_renamed_and_removed(guardian, monkeypatch):
    tab = children_tab(guardian)
    add_child(tab, "Anna", 2016)
    tab.add_device_button.click()
    dialog = tab.dialog
    ok(dialog)
    assert dialog.isVisible() and dialog.error.text() == "Choose a device or app from the list."
    dialog.picker.search.setText("dem")
    dialog.picker.set_current("demo")
    assert dialog.label.text() == "Demo"
    dialog.label.setText("Anna's tablet")
    ok(dialog)
    devices = guardian.family.household.devices()
    assert [(d.platform_id, d.label) for d in devices] == [("demo", "Anna's tablet")]
    assert tab.devices_list.item(0).text() == "Anna's tablet · Demo"

    tab.rename_device_button.click()
    tab.dialog.label.setText("Family tablet")
    ok(tab.dialog)
    assert guardian.family.household.devices()[0].label == "Family tablet"

    guardian.family.checklists.tick(devices[0].id, "open-settings")
    guardian.family.notify()
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.remove_device_button.click()
    assert "1 ticked checklist step" in asked[0]
    assert guardian.family.household.devices() == []
    assert tab.devices_list.count() == 0


def test_deleting_a_child_asks_first_and_says_what_is_lost(guardian, monkeypatch):
    tab = children_tab(guardian)
    add_child(tab, "Anna", 2016)
    add_child(tab, "Ben", 2019)
    anna = guardian.family.household.children()[0]
    device = guardian.family.household.add_device(anna.id, "demo", "Anna's tablet")
    guardian.family.checklists.tick(device.id, "open-settings")
    guardian.family.checklists.tick(device.id, "turn-on-filter")
    guardian.family.notify()
    tab.select_child(anna.id)

    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    tab.delete_child_button.click()
    assert "Anna" in asked[0] and "1 device" in asked[0] and "2 ticked checklist step" in asked[0]
    assert "0 family agreement" in asked[0]  # plural forms come from the translations
    assert len(guardian.family.household.children()) == 2

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.delete_child_button.click()
    assert [c.display_name for c in guardian.family.household.children()] == ["Ben"]
    assert guardian.family.household.devices() == []
    assert [tab.children_list.item(i).text() for i in range(tab.children_list.count())] == ["Ben, born 2019"]


def test_review_interval_is_saved(guardian):
    tab = children_tab(guardian)
    add_child(tab, "Anna", 2016)
    tab.interval.setValue(6)
    assert guardian.family.reviews.reminders()[0].review.interval_months == 6
    assert "Next settings review" in tab.next_review.text()


def test_children_tab_in_latvian_keeps_working(guardian):
    tab = children_tab(guardian)
    add_child(tab, "Anna", 2016)
    guardian.switch_language("lv")
    assert tab.children_list.item(0).text().startswith("Anna")
    tab.add_device_button.click()
    assert "Demo" in [tab.dialog.picker.items["demo"].text(0)]
    tab.dialog.reject()
