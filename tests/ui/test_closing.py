"""Closing the window never throws away what a parent typed in Family: an unsaved agreement or journal entry is
shown and the parent asked to save it, discard it or stay."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from guardian.paths import resources_dir


@pytest.fixture
def content_root():
    """The real content: the agreement templates are in it."""
    return resources_dir()


def answering(monkeypatch, *answers):
    """QMessageBox.question giving `answers` in turn; returns the questions asked."""
    asked, queue = [], list(answers)

    def question(*args, **kwargs):
        asked.append(args[2])
        return queue.pop(0)
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def family_page(guardian):
    return guardian.window.show_section("household").page


def test_closing_with_an_unsaved_journal_entry_asks_and_can_stay_open(start_guardian, qtbot, monkeypatch):
    guardian = start_guardian()
    journal = family_page(guardian).open_tab("journal")
    journal.new_entry()
    journal.what_happened.setPlainText("He asked for photos in the game chat")
    guardian.window.show_section("guides")  # the parent is elsewhere in the app when closing
    asked = answering(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not guardian.window.close()
    assert guardian.window.isVisible() and asked == ["Save the changes to this journal entry first?"]
    assert guardian.window.current_section() == "household"  # shown what the question is about
    assert journal.what_happened.toPlainText() == "He asked for photos in the game chat"
    answering(monkeypatch, QMessageBox.StandardButton.Save)
    assert guardian.window.close()
    assert [e.what_happened for e in guardian.family.journal.entries()] == ["He asked for photos in the game chat"]


def test_closing_with_an_unsaved_agreement_saves_it_when_asked(start_guardian, monkeypatch):
    guardian = start_guardian()
    child = guardian.family.household.add_child("Elza", 2017)
    guardian.family.notify()
    tab = family_page(guardian).open_tab("agreement")
    tab.items.setCurrentRow(1)
    tab.text.setPlainText("No phones at the table, grown-ups too")
    assert tab.has_unsaved_changes()
    asked = answering(monkeypatch, QMessageBox.StandardButton.Save)
    assert guardian.window.close()
    assert asked == ["Save the changes to this agreement first?"]
    saved = guardian.family.agreements.agreement(child.id, tab.loaded[1])
    assert "No phones at the table, grown-ups too" in {item.text for item in saved.items}


def test_discarded_changes_are_asked_about_once(start_guardian, monkeypatch):
    guardian = start_guardian()
    journal = family_page(guardian).open_tab("journal")
    journal.new_entry()
    journal.what_happened.setPlainText("Not worth keeping")
    asked = answering(monkeypatch, QMessageBox.StandardButton.Discard)
    assert guardian.window.close()
    guardian.window.close()  # run_gui closes the window again once the event loop has ended
    assert len(asked) == 1 and guardian.family.journal.entries() == []


def test_closing_with_nothing_changed_asks_nothing(start_guardian, monkeypatch):
    guardian = start_guardian()
    family_page(guardian).open_tab("journal").new_entry()  # an empty form is not a change
    asked = answering(monkeypatch)
    assert guardian.window.close() and asked == []
