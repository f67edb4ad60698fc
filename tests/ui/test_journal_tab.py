"""The incident journal tab: entries added, edited and deleted (after confirming), newest first, errors shown
without losing what was typed, a PDF for a school or the police, and the plain word on never keeping images."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from guardian.domain.household import JournalEntry
from guardian.i18n.translator import Translator
from guardian.ui.pages.family.journal_tab import JournalTab


def make_tab(qtbot, content, family):
    tab = JournalTab(content, family)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def pdf_text(path):
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(str(path)).pages))


def asking(monkeypatch, answer):
    """QMessageBox.question answering `answer`; returns the list of questions asked."""
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return answer
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_tab_says_why_it_keeps_no_images(qtbot, content, family):
    tab = make_tab(qtbot, content, family)
    assert "never pictures or files" in tab.why.text()
    assert "Never save, screenshot or forward sexual images of a child" in tab.never.text()
    assert "report that" in tab.never.text()


def test_an_entry_is_added_through_the_form(qtbot, content, family):
    child = family.household.add_child("Elza", 2014)
    tab = make_tab(qtbot, content, family)
    assert tab.empty.isVisible()
    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)
    assert tab.stack.currentWidget() is tab.form_page
    tab.date.setDate(QDate(2026, 4, 2))
    tab.child.setCurrentIndex(tab.child.findData(child.id))
    tab.platform.setCurrentIndex(tab.platform.findData("roblox"))
    tab.what_happened.setPlainText("Svešinieks spēlē lūdza fotogrāfijas.")
    tab.what_was_done.setPlainText("Bloķējām un ziņojām.")
    tab.reports_made.setPlainText("Roblox, valsts policija")
    qtbot.keyClicks(tab.reference_numbers, "RBX-123")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    [entry] = family.journal.entries()
    assert entry == JournalEntry(entry.id, dt.date(2026, 4, 2), "Svešinieks spēlē lūdza fotogrāfijas.", child.id,
                                 "roblox", "Bloķējām un ziņojām.", "Roblox, valsts policija", "RBX-123")
    assert tab.stack.currentWidget() is tab.browse_page
    assert "Elza · Roblox" in tab.list.item(0).text() and "RBX-123" in tab.list.item(0).text()


def test_entries_are_listed_newest_first_and_can_be_edited(qtbot, content, family):
    family.journal.add(JournalEntry(0, dt.date(2026, 1, 5), "Old"))
    family.journal.add(JournalEntry(0, dt.date(2026, 6, 1), "New"))
    tab = make_tab(qtbot, content, family)
    assert [tab.list.item(r).text().split("\n")[1] for r in range(tab.list.count())] == ["New", "Old"]
    tab.list.setCurrentRow(1)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert tab.what_happened.toPlainText() == "Old"
    tab.what_happened.setPlainText("Old, and written down better")
    assert tab.save()
    assert [e.what_happened for e in family.journal.entries()] == ["New", "Old, and written down better"]


def test_delete_asks_first(qtbot, content, family, monkeypatch):
    family.journal.add(JournalEntry(0, dt.date(2026, 1, 5), "Keep me?"))
    tab = make_tab(qtbot, content, family)
    asked = asking(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert len(family.journal.entries()) == 1 and asked
    asking(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert family.journal.entries() == []
    assert tab.list.count() == 0 and not tab.delete_button.isEnabled()


def test_too_long_text_shows_the_error_next_to_the_form_and_keeps_it(qtbot, content, family):
    tab = make_tab(qtbot, content, family)
    tab.new_entry()
    long_text = "ā" * 10_001
    tab.what_happened.setPlainText(long_text)
    assert not tab.save()
    assert tab.error.isVisible()
    assert tab.error.text().startswith("What happened: ")
    assert "longer than 10000 characters" in tab.error.text()
    assert tab.stack.currentWidget() is tab.form_page
    assert tab.what_happened.toPlainText() == long_text
    assert family.journal.entries() == []


def test_empty_what_happened_is_refused(qtbot, content, family):
    tab = make_tab(qtbot, content, family)
    tab.new_entry()
    assert not tab.save()
    assert "must not be empty" in tab.error.text()


def test_keyboard_escape_cancels_and_ctrl_enter_saves(qtbot, content, family):
    tab = make_tab(qtbot, content, family)
    tab.activateWindow()
    assert QTest.qWaitForWindowActive(tab)
    tab.list.setFocus()
    tab.new_entry()
    assert tab.date.hasFocus()
    qtbot.keyClick(tab.date, Qt.Key.Key_Escape)
    assert tab.stack.currentWidget() is tab.browse_page
    tab.new_entry()
    tab.what_happened.setFocus()
    qtbot.keyClicks(tab.what_happened, "Typed with the keyboard")
    qtbot.keyClick(tab.what_happened, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [e.what_happened for e in family.journal.entries()] == ["Typed with the keyboard"]
    for name, label in tab.form_labels.items():
        assert label.buddy() is tab.field_widgets[name]
        assert tab.field_widgets[name].accessibleName()


def test_escape_or_cancel_after_typing_asks_before_throwing_the_entry_away(qtbot, content, family, monkeypatch):
    tab = make_tab(qtbot, content, family)
    tab.new_entry()
    asked = asking(monkeypatch, QMessageBox.StandardButton.Cancel)
    tab.cancel()  # nothing typed yet: closes without a question
    assert tab.stack.currentWidget() is tab.browse_page and asked == []
    tab.new_entry()
    tab.what_happened.setPlainText("A long account of what happened")
    tab.cancel()
    assert asked == ["Save the changes to this journal entry first?"]
    assert tab.stack.currentWidget() is tab.form_page
    assert tab.what_happened.toPlainText() == "A long account of what happened"
    asking(monkeypatch, QMessageBox.StandardButton.Save)
    tab.cancel()
    assert [e.what_happened for e in family.journal.entries()] == ["A long account of what happened"]
    assert tab.stack.currentWidget() is tab.browse_page


def test_discarding_an_edit_keeps_the_saved_entry(qtbot, content, family, monkeypatch):
    family.journal.add(JournalEntry(0, dt.date(2026, 1, 5), "As saved"))
    tab = make_tab(qtbot, content, family)
    tab.edit()
    assert not tab.has_unsaved_changes()  # opening an entry is not a change
    tab.reference_numbers.setText("X-1")
    assert tab.has_unsaved_changes()
    asked = asking(monkeypatch, QMessageBox.StandardButton.Discard)
    tab.cancel()
    assert len(asked) == 1 and tab.stack.currentWidget() is tab.browse_page
    assert [(e.what_happened, e.reference_numbers) for e in family.journal.entries()] == [("As saved", "")]


def test_a_change_that_cannot_be_saved_keeps_the_form_open(qtbot, content, family, monkeypatch):
    tab = make_tab(qtbot, content, family)
    tab.new_entry()
    tab.what_was_done.setPlainText("Blocked him")  # but "what happened", which is required, is empty
    asking(monkeypatch, QMessageBox.StandardButton.Save)
    assert not tab.confirm_leaving()
    assert tab.stack.currentWidget() is tab.form_page and tab.error.isVisible()
    assert tab.what_was_done.toPlainText() == "Blocked him"


def test_pdf_for_one_child_in_the_household_language(qtbot, content, family, tmp_path, monkeypatch):
    family.household.set_household("KZ", "kk")
    aruzhan = family.household.add_child("Аружан Қасымова", 2013)
    other = family.household.add_child("Ņina", 2015)
    family.journal.add(JournalEntry(0, dt.date(2026, 4, 2), "Бейтаныс адам ойын чатында сурет сұрады.", aruzhan.id,
                                    "roblox", "Бұғаттадық", "Roblox, полиция", "RBX-123"))
    family.journal.add(JournalEntry(0, dt.date(2026, 11, 3), "Ļoti nejauki komentāri.", aruzhan.id,
                                    "connected-toys", "", "", "KZ-777"))
    family.journal.add(JournalEntry(0, dt.date(2026, 5, 9), "Not about Aruzhan", other.id))
    tab = make_tab(qtbot, content, family)
    tab.filter.setCurrentIndex(tab.filter.findData(aruzhan.id))
    assert tab.list.count() == 2
    out = tmp_path / "journal.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(tab.pdf, Qt.MouseButton.LeftButton)
    found = pdf_text(out)
    assert "Аружан Қасымова" in found
    assert "RBX-123" in found and "KZ-777" in found
    assert "Бейтаныс адам ойын чатында сурет сұрады." in found
    assert "Ļoti nejauki komentāri." in found
    assert "сәуір" in found and "қараша" in found  # dates in Kazakh: April, November
    assert "Ақылды ойыншықтар" in found and "Connected toys" not in found  # the guide's Kazakh title, not the UI's
    assert "Not about Aruzhan" not in found
    assert found.index("RBX-123") < found.index("KZ-777")  # oldest first, as a record is read


@pytest.mark.parametrize("language", ["en", "lv", "kk", "ru"])
def test_each_form_label_is_drawn_on_one_line(qtbot, content, family, language):
    # "&Приложение или игра:" was laid out on two lines, and "K&o izdarījām:" drawn on two in a one-line label
    translator = Translator()
    translator.switch(language)
    try:
        tab = make_tab(qtbot, content, family)
        tab.new_entry()
        qtbot.waitUntil(lambda: tab.form_labels["what_was_done"].isVisible())
        line = tab.fontMetrics().lineSpacing()
        for label in tab.form_labels.values():
            image = label.grab().toImage()
            inked = [y for y in range(image.height()) for x in range(image.width())
                     if image.pixelColor(x, y).lightness() < 128]
            assert inked and max(inked) - min(inked) < line, label.text()
    finally:
        translator.switch("en")
