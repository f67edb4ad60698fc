"""Get help now: reachable from every screen, emergency number first, then an ordered plan; keyboard only."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton


def test_help_button_opens_the_wizard_from_any_section(start_guardian):
    guardian = start_guardian(country="LV")
    guardian.window.show_section("settings")
    guardian.window.findChild(QPushButton, "getHelpNow").click()
    page = guardian.window.stack.currentWidget()
    assert page.objectName() == "getHelpPage"
    assert page.steps.currentIndex() == 0


def test_danger_shows_the_countrys_emergency_number_first(start_guardian):
    guardian = start_guardian(country="LV")
    guardian.get_help()
    page = guardian.window.stack.currentWidget()
    page.yes.click()
    assert page.emergency.isVisible()
    assert page.emergency.text() == "Call 112 now."


def test_wizard_by_keyboard_alone_gives_an_ordered_plan(start_guardian, qtbot):
    guardian = start_guardian(country="LV")
    guardian.get_help()
    page = guardian.window.stack.currentWidget()
    QTest.keyClick(page.no, Qt.Key.Key_Space)
    assert page.steps.currentIndex() == 1
    assert page.harms.hasFocus() or page.harms.currentRow() == 0
    QTest.keyClick(page.harms, Qt.Key.Key_Return)
    assert page.steps.currentIndex() == 2
    QTest.keyClick(page.show_plan, Qt.Key.Key_Space)
    assert page.steps.currentIndex() == 3
    text = page.plan_view.toPlainText()
    order = [text.index(s) for s in ("call 112 now", "Keep your child safe", "Evidence", "Report it",
                                     "Someone to talk to")]
    assert order == sorted(order)
    assert "116 111" in text


def test_the_schools_own_contacts_come_first_among_those_to_talk_to(start_guardian, tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('[[contact]]\nname = "Anna Bērziņa"\nrole = "school psychologist"\nphone = "+371 67 000 000"\n',
                      encoding="utf-8")
    guardian = start_guardian(country="LV", policy=policy)
    guardian.get_help()
    page = guardian.window.stack.currentWidget()
    page.choose("cyberbullying")
    page.make_plan()
    text = page.plan_view.toPlainText()
    talk = text[text.index("Someone to talk to"):]
    assert talk.index("Anna Bērziņa (school psychologist) · phone +371 67 000 000") < talk.index("116 111")
    assert "Your school:" in talk and "Helplines:" in talk


def test_a_family_outside_the_listed_countries_gets_the_plan_not_a_dead_end(start_guardian):
    guardian = start_guardian(country="JP")  # the system's country, with no directory in Guardian
    guardian.get_help()
    page = guardian.window.stack.currentWidget()
    assert page.country.currentText() == "Another country"
    page.yes.click()
    assert page.emergency.text() == "Call your local emergency number now."
    page.choose("cyberbullying")
    assert page.make_plan() is not None
    assert "call your local emergency number now" in page.plan_view.toPlainText()


def test_plan_follows_a_language_switch(start_guardian):
    guardian = start_guardian(country="LV")
    guardian.get_help()
    page = guardian.window.stack.currentWidget()
    page.choose("cyberbullying")
    page.make_plan()
    guardian.switch_language("lv")
    assert "Manu bērnu apceļ internetā" in page.plan_view.toPlainText()


def print_a_plan(start_guardian) -> None:
    guardian = start_guardian(country="LV")
    guardian.get_help()
    page = guardian.window.stack.currentWidget()
    page.choose("cyberbullying")
    page.make_plan()
    page.print_plan.click()


def test_print_sends_the_plan_to_the_printer_the_parent_chose(start_guardian, printer):
    print_a_plan(start_guardian)
    assert printer.chosen == 1
    printed = " ".join(" ".join(p.extract_text() for p in PdfReader(printer.pdf).pages).split())
    assert "Someone to talk to" in printed and "116 111" in printed


def test_print_without_a_printer_says_so_and_points_to_the_pdf(start_guardian, printer, monkeypatch):
    printer.installed = False
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append((title, text)))
    print_a_plan(start_guardian)
    assert printer.chosen == 0 and not printer.pdf.exists()
    assert told == [("Get help", told[0][1])] and "No printer is set up" in told[0][1] and "Save as PDF" in told[0][1]
