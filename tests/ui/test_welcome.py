"""The first-run welcome: shown once when there is no household, skippable, saves children and devices on Finish."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from guardian.i18n.locales import country_name
from guardian.paths import Paths, resources_dir
from guardian.services.content_service import ContentService
from guardian.ui.dialogs.welcome import CHILDREN, DEVICES, DONE, START, WelcomeDialog


@pytest.fixture
def first_run(start_guardian):
    """A Guardian started the way run_gui starts it for a parent: with the first-run welcome offered."""
    return lambda **kwargs: start_guardian(offer_welcome=True, **kwargs)


def ui_state(data_dir) -> QSettings:
    return QSettings(str(Paths.under(data_dir).ui_state_file), QSettings.Format.IniFormat)


def household(guardian):
    h = guardian.family.household
    return h.household(), [(c.display_name, c.birth_year) for c in h.children()], \
        [(d.platform_id, d.label) for d in h.devices()]


def add_child(qtbot, dialog, name: str, year: int) -> None:
    dialog.add_child_button.click()
    child = dialog.child_dialog
    qtbot.waitExposed(child)
    child.name.setText(name)
    child.year.setValue(year)
    child.buttons.button(child.buttons.StandardButton.Ok).click()
    assert not child.isVisible()


def test_first_start_without_a_household_shows_the_welcome_once(first_run, data_dir):
    guardian = first_run()
    dialog = guardian.welcome_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.step() == START
    dialog.skip_button.click()
    assert guardian.welcome_dialog is None
    assert ui_state(data_dir).value("welcome/shown") in (True, "true")
    again = first_run()
    assert again.welcome_dialog is None


def test_a_guardian_built_by_a_test_or_a_screenshot_shows_no_welcome(start_guardian):
    assert start_guardian().welcome_dialog is None


def test_a_skipped_welcome_saves_nothing(first_run, qtbot, monkeypatch):
    guardian = first_run(country="LV")
    dialog = guardian.welcome_dialog
    dialog.next()
    add_child(qtbot, dialog, "Anna", 2016)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    dialog.skip_button.click()
    assert asked and dialog.isVisible()  # children were entered: asked first, and "No" keeps the welcome open
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.skip_button.click()
    assert not dialog.isVisible()
    assert household(guardian) == (None, [], [])


def test_welcome_saves_the_children_and_their_devices(first_run, qtbot):
    guardian = first_run(country="LV")
    dialog = guardian.welcome_dialog
    dialog.next()
    assert dialog.step() == CHILDREN
    add_child(qtbot, dialog, "Anna", 2016)
    add_child(qtbot, dialog, "Ben", 2019)
    assert dialog.child_list.count() == 2
    dialog.next()
    assert dialog.step() == DEVICES
    dialog.device_child.setCurrentIndex(1)
    dialog.picker.set_checked_one("demo")
    dialog.next()
    assert dialog.step() == DONE
    assert "2 child" in dialog.summary.text() and "1 device" in dialog.summary.text()
    with qtbot.waitSignal(guardian.family.changed):
        dialog.next_button.click()
    info, children, devices = household(guardian)
    assert (info.country, info.language) == ("LV", "en")
    assert children == [("Anna", 2016), ("Ben", 2019)]
    assert devices == [("demo", "Demo")]
    assert guardian.family.household.devices()[0].child_id == guardian.family.household.children()[1].id
    home = guardian.window.show_section("home").page
    assert [c.view.name for c in home.cards] == ["Anna", "Ben"]


def test_a_wrong_child_is_refused_in_words_and_the_typing_kept(first_run, qtbot):
    dialog = first_run().welcome_dialog
    dialog.next()
    dialog.add_child_button.click()
    child = dialog.child_dialog
    child.name.setText("   ")
    child.buttons.button(child.buttons.StandardButton.Ok).click()
    assert child.isVisible()
    assert child.error.isVisible() and "must not be empty" in child.error.text()
    assert child.name.text() == "   "
    assert dialog.children_ == []


def test_welcome_by_keyboard_alone(first_run, qtbot):
    guardian = first_run(country="LV")
    dialog = guardian.welcome_dialog

    def press(key, widget=None):
        QTest.keyClick(widget or dialog.focusWidget(), key)

    assert dialog.focusWidget() is dialog.language
    press(Qt.Key.Key_Return)
    assert dialog.step() == CHILDREN
    assert dialog.focusWidget() is dialog.add_child_button
    press(Qt.Key.Key_Space)
    child = dialog.child_dialog
    qtbot.waitExposed(child)
    assert child.focusWidget() is child.name
    QTest.keyClicks(child.name, "Anna")
    QTest.keyClick(child.name, Qt.Key.Key_Tab)
    assert child.focusWidget() is child.year
    QTest.keyClick(child.year, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(child.year, "2015")
    QTest.keyClick(child.year, Qt.Key.Key_Return)
    assert not child.isVisible()
    press(Qt.Key.Key_Return, dialog.add_child_button)  # Enter always means "Next"; Space presses the focused button
    assert dialog.step() == DEVICES
    assert dialog.focusWidget() is dialog.picker.search
    QTest.keyClicks(dialog.picker.search, "dem")
    press(Qt.Key.Key_Return, dialog.picker.search)  # to the first match, without leaving the page
    assert dialog.step() == DEVICES
    assert dialog.focusWidget() is dialog.picker.tree
    press(Qt.Key.Key_Space, dialog.picker.tree)
    press(Qt.Key.Key_Return, dialog.picker.tree)
    assert dialog.step() == DONE
    press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    _, children, devices = household(guardian)
    assert children == [("Anna", 2015)]
    assert devices == [("demo", "Demo")]


def test_locked_country_is_shown_read_only(first_run, tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('country = "LV"\nlock = ["country"]\n', encoding="utf-8")
    dialog = first_run(policy=policy).welcome_dialog
    assert not dialog.country.isEnabled()
    assert dialog.country.currentData() == "LV"
    assert dialog._lock_notes["country"].text() == "Set by your school"
    assert not dialog._lock_notes["country"].isHidden()
    assert dialog.language.isEnabled()


def test_choosing_latvian_switches_the_app_live(first_run):
    guardian = first_run(lang=None)
    dialog = guardian.welcome_dialog
    index = dialog.language.findData("lv")
    dialog.language.setCurrentIndex(index)
    dialog.language.activated.emit(index)
    assert guardian.boot.settings.value("language") == "lv"
    assert guardian.content.language == "lv"
    assert dialog.country.itemText(dialog.country.findData("LV")) == country_name("LV", "lv")  # "Latvija"


def test_welcome_texts_are_translated_to_latvian(first_run):
    guardian = first_run()
    guardian.switch_language("lv")
    assert guardian.welcome_dialog.next_button.text() == "&Tālāk"


def test_quit_after_startup_quits_and_leaves_the_welcome_for_the_parent(data_dir):
    done = subprocess.run([sys.executable, "-m", "guardian", "--data-dir", str(data_dir), "--lang", "en",
                           "--quit-after-startup"], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert ui_state(data_dir).value("welcome/shown") is None


@pytest.mark.parametrize("language", ["en", "kk"])
def test_every_device_name_is_shown_whole(start_guardian, qtbot, monkeypatch, language):
    # with the real content; "iPhone және iPad (Screen Time және Family Sharing)" was cut to "… Family Shari…" when
    # the dialog was 40 letters wide
    guardian = start_guardian(country="KZ", lang=language)
    dialog = WelcomeDialog(ContentService(resources_dir(), language), guardian.family, guardian.boot.settings,
                           guardian.window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)  # closing it
    dialog.show()
    dialog.next()
    add_child(qtbot, dialog, "Aruzhan", 2016)
    dialog.next()
    assert dialog.step() == DEVICES
    tree = dialog.picker.tree
    qtbot.waitExposed(dialog)
    widest = max(tree.visualItemRect(item).left() + tree.sizeHintForIndex(tree.indexFromItem(item)).width()
                 for item in dialog.picker.items.values())
    assert widest <= tree.viewport().width()
