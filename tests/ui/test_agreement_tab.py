"""The family agreement tab: the template for the child's age, edits and choices saved and reloaded, errors shown
without losing what was typed, and a PDF in the household's language with the child's name."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from guardian.ui.pages.family.agreement_tab import AgreementTab
from household_tree import DAY as TODAY


def make_tab(qtbot, content, family):
    tab = AgreementTab(content, family, None)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def select(tab, item_id):
    row = next(n for n, r in enumerate(tab.rows) if r.id == item_id)
    for list_row in range(tab.items.count()):
        if tab.items.item(list_row).data(Qt.ItemDataRole.UserRole) == row:
            tab.items.setCurrentRow(list_row)
            return tab.items.item(list_row)
    raise AssertionError(item_id)


def pdf_text(path):
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(str(path)).pages))


def test_no_child_says_what_to_do(qtbot, content, family):
    tab = make_tab(qtbot, content, family)
    assert tab.stack.currentWidget() is tab.empty
    assert "Add a child" in tab.empty.text()


def test_template_for_the_childs_age_is_suggested(qtbot, content, family):
    family.household.add_child("Elza", 2017)
    family.household.add_child("Marks", 2012, dt.date(2012, 5, 1))
    tab = make_tab(qtbot, content, family)
    assert tab.template.currentData() == "ages-6-9"
    assert "suggested" in tab.template.currentText()
    assert tab.status.text().startswith("Not saved yet")
    tab.child.setCurrentIndex(tab.child.findData(family.household.children()[1].id))
    assert tab.template.currentData() == "ages-13-plus"
    # the template text is in the household's language (lv), though the app is in English
    assert "Mēs" in " ".join(r.text for r in tab.rows)


def test_list_shows_the_items_as_printed_in_the_household_language(qtbot, content, family):
    # the household is Latvian and the app English: the list previews the Latvian sheet, blanks included
    family.household.add_child("Elza", 2017)
    tab = make_tab(qtbot, content, family)
    item = select(tab, "school-days")
    assert item.text().endswith(": vēl nav izlemts")
    assert "not decided" not in item.text()
    tab.minutes.setValue(50)
    assert item.text().endswith(": 50")
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == item.text()


def test_edits_exclusions_and_choices_are_saved_and_reloaded(qtbot, content, family):
    child = family.household.add_child("Elza", 2017)
    tab = make_tab(qtbot, content, family)
    changed = []
    family.changed.connect(lambda: changed.append(True))
    select(tab, "school-days")
    tab.text.setPlainText("Pēc mājasdarbiem, ne ilgāk kā norunāts.")
    tab.minutes.setValue(45)
    select(tab, "agreed-apps")
    qtbot.keyClicks(tab.choice, "Minecraft, YouTube Kids")
    item = select(tab, "meals")
    item.setCheckState(Qt.CheckState.Unchecked)
    assert tab.dirty
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    saved = family.agreements.agreement(child.id, "ages-6-9")
    items = {i.id: i for i in saved.items}
    assert "meals" not in items
    assert items["school-days"].text == "Pēc mājasdarbiem, ne ilgāk kā norunāts."
    assert items["school-days"].choice == "45"
    assert items["agreed-apps"].choice == "Minecraft, YouTube Kids"
    assert items["bedtime"].choice is None
    assert saved.updated == TODAY
    assert changed
    fresh = make_tab(qtbot, content, family)
    assert fresh.template.currentData() == "ages-6-9"
    assert fresh.status.text() == "Saved on November 23, 2026."
    rows = {r.id: r for r in fresh.rows}
    assert not rows["meals"].included and rows["school-days"].included
    select(fresh, "school-days")
    assert fresh.text.toPlainText() == "Pēc mājasdarbiem, ne ilgāk kā norunāts."
    assert fresh.minutes.value() == 45
    select(fresh, "agreed-apps")
    assert fresh.choice.text() == "Minecraft, YouTube Kids"
    assert select(fresh, "meals").checkState() == Qt.CheckState.Unchecked


def test_own_rule_is_saved_and_comes_back(qtbot, content, family):
    child = family.household.add_child("Elza", 2017)
    tab = make_tab(qtbot, content, family)
    tab.add_own_rule()
    tab.text.setPlainText("Sestdienās spēlējam galda spēles.")
    assert tab.save()
    assert family.agreements.agreement(child.id, "ages-6-9").items[-1].text == "Sestdienās spēlējam galda spēles."
    fresh = make_tab(qtbot, content, family)
    assert fresh.rows[-1].theme == "" and fresh.rows[-1].text == "Sestdienās spēlējam galda spēles."


def test_too_long_text_shows_the_error_and_keeps_the_text(qtbot, content, family):
    child = family.household.add_child("Elza", 2017)
    tab = make_tab(qtbot, content, family)
    select(tab, "weekends")
    long_text = "ā" * 10_001
    tab.text.setPlainText(long_text)
    select(tab, "meals")
    assert not tab.save()
    assert tab.error.isVisible()
    assert "longer than 10000 characters" in tab.error.text()
    assert family.agreements.agreement(child.id, "ages-6-9") is None
    assert tab.current_row().id == "weekends"  # the item the message is about is shown
    assert tab.text.toPlainText() == long_text


def test_switching_child_with_unsaved_changes_asks_first(qtbot, content, family, monkeypatch):
    first = family.household.add_child("Elza", 2017)
    family.household.add_child("Marks", 2012)
    tab = make_tab(qtbot, content, family)
    select(tab, "weekends")
    tab.minutes.setValue(30)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    tab.child.setCurrentIndex(1)
    assert tab.child.currentData() == first.id and tab.dirty
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    tab.child.setCurrentIndex(1)
    assert tab.child.currentData() != first.id
    assert {i.id: i.choice for i in family.agreements.agreement(first.id, "ages-6-9").items}["weekends"] == "30"


def test_keyboard_space_toggles_and_ctrl_s_saves(qtbot, content, family):
    child = family.household.add_child("Elza", 2017)
    tab = make_tab(qtbot, content, family)
    tab.activateWindow()
    assert QTest.qWaitForWindowActive(tab)
    select(tab, "meals")
    tab.items.setFocus()
    qtbot.keyClick(tab.items, Qt.Key.Key_Space)
    assert not next(r for r in tab.rows if r.id == "meals").included
    qtbot.keyClick(tab.items, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = family.agreements.agreement(child.id, "ages-6-9")
    assert saved is not None and "meals" not in {i.id for i in saved.items}
    assert tab.child_label.buddy() is tab.child and tab.template_label.buddy() is tab.template
    for widget in (tab.child, tab.template, tab.items, tab.text, tab.save_button, tab.pdf_button):
        assert widget.accessibleName() or widget.text()


@pytest.mark.parametrize(("language", "letters", "text"), [
    ("lv", "āņ", "Ēdot nav telefonu"),
    ("kk", "әқ", "Тамақ үстінде телефон"),
])
def test_pdf_is_in_the_household_language_with_the_childs_name(qtbot, content, family, tmp_path, monkeypatch,
                                                                 language, letters, text):
    family.household.set_household("LV", language)
    family.household.add_child("Ņina Āboliņa", 2017)
    tab = make_tab(qtbot, content, family)
    select(tab, "school-days")
    tab.minutes.setValue(50)
    out = tmp_path / "agreement.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
    found = pdf_text(out)
    assert "Ņina Āboliņa" in found
    assert text in found
    assert all(letter in found for letter in letters)
    assert "50" in found
    prose = content.library.prose("agreements", "ages-6-9", language)
    assert prose.meta["heading"] in found


def test_print_sends_the_agreement_to_the_printer_and_without_one_points_to_the_pdf(qtbot, content, family, printer,
                                                                                  monkeypatch):
    family.household.set_household("LV", "lv")
    family.household.add_child("Ņina Āboliņa", 2017)
    tab = make_tab(qtbot, content, family)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert printer.chosen == 1
    printed = pdf_text(printer.pdf)
    assert "Ņina Āboliņa" in printed and "Ēdot nav telefonu" in printed

    printer.installed = False
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert printer.chosen == 1 and len(told) == 1 and "No printer is set up" in told[0]
