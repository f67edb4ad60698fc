"""Guide checklists: ticking steps per child's device (with the date) in a guide and in Family > Checklists, the
plain steps without a household, keyboard use, settings review reminders, and a language switch keeping the ticks."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from guardian.domain.reminders import add_months
from guardian.i18n.locales import long_date
from guardian.ui.pages.guides_page import GuidesPage
from guardian.ui.widgets.checklist_panel import short_date

TODAY = dt.date.today()


@pytest.fixture
def family_app(start_guardian):
    """A running app whose household has two children, Anna and Ben, and no devices yet."""
    guardian = start_guardian()
    for widget in QApplication.topLevelWidgets():  # the first-run welcome, if it opened
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    family = guardian.family
    assert family.available
    family.household.set_household("LV", "en")
    guardian.anna = family.household.add_child("Anna", 2014)
    guardian.ben = family.household.add_child("Ben", 2016)
    family.notify()
    return guardian


def add_device(guardian, child, label: str):
    device = guardian.family.household.add_device(child.id, "demo", label)
    guardian.family.notify()
    return device


def open_demo(guardian):
    page = guardian.window.show_section("guides")
    assert page.open_guide("demo")
    return page


def checklist_tab(guardian):
    return guardian.window.show_section("household").page.open_tab("checklists")


def test_ticking_in_the_guide_is_saved_with_todays_date_and_shows_in_the_family_tab(family_app, qtbot,
                                                                                   qtmodeltester):
    device = add_device(family_app, family_app.anna, "Anna's tablet")
    page = open_demo(family_app)
    panel = page.guide.checklist
    assert page.guide.checklist_scroll.isVisibleTo(page.guide)
    assert panel.device_id == device.id
    assert panel.device.currentText() == "Anna: Anna's tablet"
    assert "Open Settings." not in page.guide.text.toPlainText()  # the steps moved into the checklist
    assert [r.plain for r in panel.rows] == ["Open Settings.", "Turn on the filter."]
    assert panel.progress.text() == "0 of 2 done"

    qtbot.mouseClick(panel.row("open-settings").check, Qt.MouseButton.LeftButton)

    assert family_app.family.checklists.ticks(device.id) == {"demo/open-settings": TODAY}
    row = panel.row("open-settings")
    assert row.check.isChecked()
    assert row.date.text() == f"Done on {short_date(TODAY)}"
    assert panel.progress.text() == "1 of 2 done"
    assert page.model.index(0, 0).data(page.model.ProgressRole) == (1, 2)
    assert "Your checklist: 1 of 2 done" in page.model.index(0, 0).data()
    qtmodeltester.check(page.model)

    tab = checklist_tab(family_app)
    section = tab.device_section(device.id)
    assert section.panel.row("open-settings").check.isChecked()
    assert not section.panel.row("turn-on-filter").check.isChecked()
    assert section.heading.text() == "Anna's tablet · Demo: 1 of 2 done"


def test_unticking_removes_the_tick_everywhere(family_app, qtbot):
    device = add_device(family_app, family_app.anna, "Anna's tablet")
    family_app.family.checklists.tick(device.id, "turn-on-filter")
    family_app.family.notify()
    tab = checklist_tab(family_app)
    section = tab.device_section(device.id)
    assert section.panel.row("turn-on-filter").check.isChecked()

    qtbot.mouseClick(section.panel.row("turn-on-filter").check, Qt.MouseButton.LeftButton)

    assert family_app.family.checklists.ticks(device.id) == {}
    assert tab.device_section(device.id) is section  # updated in place, not rebuilt
    assert section.heading.text().endswith("0 of 2 done")
    panel = open_demo(family_app).guide.checklist
    assert not panel.row("turn-on-filter").check.isChecked()
    assert not panel.row("turn-on-filter").date.isVisibleTo(panel)


def test_clicking_the_step_text_ticks_it_too(family_app, qtbot):
    device = add_device(family_app, family_app.anna, "Anna's tablet")
    panel = open_demo(family_app).guide.checklist
    qtbot.mouseClick(panel.row("turn-on-filter").text, Qt.MouseButton.LeftButton)
    assert family_app.family.checklists.ticks(device.id) == {"demo/turn-on-filter": TODAY}


def test_two_devices_of_the_same_platform_keep_separate_ticks(family_app, qtbot):
    tablet = add_device(family_app, family_app.anna, "Anna's tablet")
    phone = add_device(family_app, family_app.ben, "Ben's phone")
    panel = open_demo(family_app).guide.checklist
    assert panel.device.count() == 2
    qtbot.mouseClick(panel.row("open-settings").check, Qt.MouseButton.LeftButton)
    ticked_first = panel.device_id

    other = 1 - panel.device.currentIndex()
    panel.device.setCurrentIndex(other)
    panel.device.activated.emit(other)
    assert panel.device_id != ticked_first
    assert not panel.row("open-settings").check.isChecked()
    qtbot.mouseClick(panel.row("turn-on-filter").check, Qt.MouseButton.LeftButton)

    ticks = {d.id: family_app.family.checklists.ticks(d.id) for d in (tablet, phone)}
    assert ticks[ticked_first] == {"demo/open-settings": TODAY}
    assert ticks[panel.device_id] == {"demo/turn-on-filter": TODAY}
    assert panel.progress.text() == "1 of 2 done"
    tab = checklist_tab(family_app)
    assert tab.device_section(tablet.id).panel.done == 1
    assert tab.device_section(phone.id).panel.done == 1
    assert tab.child_section(family_app.ben.id).devices[0].device == phone


def test_adding_the_guide_to_a_childs_devices_from_the_guide(family_app, qtbot):
    page = open_demo(family_app)
    panel = page.guide.checklist
    assert panel.add_box.isVisibleTo(panel)
    assert "Open Settings." in page.guide.text.toPlainText()  # no device yet: the steps stay readable
    panel.child.setCurrentIndex(panel.child.findData(family_app.ben.id))
    panel.name.setText("")
    panel.add_device()
    assert panel.add_error.isVisibleTo(panel)  # an empty name is refused, with a message
    panel.name.setText("Ben's tablet")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)

    devices = family_app.family.household.devices(family_app.ben.id)
    assert [(d.platform_id, d.label) for d in devices] == [("demo", "Ben's tablet")]
    assert panel.device_id == devices[0].id
    assert not panel.add_box.isVisibleTo(panel)
    assert len(panel.rows) == 2
    assert "Open Settings." not in page.guide.text.toPlainText()


def test_without_a_household_the_guide_shows_the_plain_steps(start_guardian, qtbot):
    guardian = start_guardian()
    page = open_demo(guardian)
    assert not page.guide.checklist_scroll.isVisibleTo(page.guide)
    text = page.guide.text.toPlainText()
    assert "Set it up step by step" in text
    assert "Open Settings." in text and "Turn on the filter." in text
    assert page.model.index(0, 0).data(page.model.ProgressRole) is None


def test_a_guides_page_without_the_family_still_shows_the_steps(start_guardian, qtbot):
    guardian = start_guardian()
    page = GuidesPage(guardian.content)
    qtbot.addWidget(page)
    assert page.open_guide("demo")
    assert "Turn on the filter." in page.guide.text.toPlainText()
    assert not page.guide.checklist_scroll.isVisibleTo(page.guide)


def test_steps_are_toggled_with_the_keyboard_and_named_for_screen_readers(family_app, qtbot):
    device = add_device(family_app, family_app.anna, "Anna's tablet")
    panel = open_demo(family_app).guide.checklist
    check = panel.row("open-settings").check
    assert check.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert check.accessibleName() == "Step 1: Open Settings."
    assert check.accessibleDescription() == "Not done yet"
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert family_app.family.checklists.ticks(device.id) == {"demo/open-settings": TODAY}
    assert check.accessibleDescription() == f"Done on {short_date(TODAY)}"
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert family_app.family.checklists.ticks(device.id) == {}
    # Tab goes from the device selector to the first step, then to the second
    def next_tab_stop(widget):
        widget = widget.nextInFocusChain()
        while not (widget.isVisibleTo(panel) and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
        return widget

    assert next_tab_stop(panel.device) is check
    assert next_tab_stop(check) is panel.row("turn-on-filter").check


def test_review_reminder_marks_reviewed_and_sets_the_interval(family_app, qtbot):
    family = family_app.family
    family.reviews.mark_reviewed(family_app.anna.id, TODAY - dt.timedelta(days=200))
    family.notify()
    tab = checklist_tab(family_app)
    anna = tab.child_section(family_app.anna.id)
    assert anna.review.property("due") is True
    assert anna.review.text().startswith("Review due since")
    assert "Go through the checklists below again" in anna.review.text()
    assert tab.child_section(family_app.ben.id).review.property("due") is False

    qtbot.mouseClick(anna.reviewed, Qt.MouseButton.LeftButton)
    reminder = next(r for r in family.reviews.reminders() if r.child.id == family_app.anna.id)
    assert reminder.review.last_review == TODAY and not reminder.due
    assert anna.review.property("due") is False
    assert anna.review.text() == f"Next review: {short_date(add_months(TODAY, 3))} (last one: {short_date(TODAY)})"

    assert anna.interval.value() == 3
    anna.interval.setValue(6)
    reminder = next(r for r in family.reviews.reminders() if r.child.id == family_app.anna.id)
    assert reminder.review.interval_months == 6
    assert short_date(add_months(TODAY, 6)) in anna.review.text()


def test_a_rebuild_keeps_the_scroll_position_and_folded_devices(family_app, qtbot):
    devices = [add_device(family_app, family_app.anna, f"Tablet {n}") for n in range(6)]
    family_app.window.resize(900, 500)
    tab = checklist_tab(family_app)
    tab.device_section(devices[0].id).fold.click()
    bar = tab.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100)
    bar.setValue(100)
    add_device(family_app, family_app.ben, "Ben's tablet")
    qtbot.wait(50)
    assert bar.value() == 100
    assert not tab.device_section(devices[0].id).expanded
    assert tab.device_section(devices[1].id).expanded


def test_language_switch_keeps_ticks_and_shows_the_other_languages_steps(family_app, qtbot):
    device = add_device(family_app, family_app.anna, "Anna's tablet")
    family_app.family.checklists.tick(device.id, "open-settings")
    family_app.family.notify()
    panel = open_demo(family_app).guide.checklist
    tab = checklist_tab(family_app)

    family_app.switch_language("lv")

    assert [r.plain for r in panel.rows] == ["Atveriet iestatījumus.", "Ieslēdziet filtru."]
    assert panel.row("open-settings").check.isChecked()
    tab_row = tab.device_section(device.id).panel.row("open-settings")
    assert tab_row.plain == "Atveriet iestatījumus."
    assert tab_row.check.isChecked()
    assert family_app.family.checklists.ticks(device.id) == {"demo/open-settings": TODAY}


def test_guides_can_be_filtered_to_the_family_s_devices(family_app):
    page = family_app.window.show_section("guides")
    assert page.category.findData("#family") < 0  # no devices yet: no such filter
    add_device(family_app, family_app.anna, "Anna's tablet")
    index = page.category.findData("#family")
    assert index == 1 and page.category.itemText(index) == "Our family's devices and apps"
    page.category.setCurrentIndex(index)
    assert page.proxy.rowCount() == 1  # only the demo platform, which Anna's tablet uses
    family_app.family.household.delete_device(family_app.family.household.devices()[0].id)
    family_app.family.notify()
    assert page.category.findData("#family") < 0 and page.category.currentData() == ""
    assert page.proxy.rowCount() == page.model.rowCount()


def test_the_checklist_column_never_scrolls_sideways(family_app, qtbot):
    family_app.switch_language("ru")  # the longest labels: "Добавить к устройствам ребёнка", "Перейти в раздел …"
    family_app.window.resize(1200, 800)
    family_app.window.show()
    page = family_app.window.show_section("guides")
    page.open_guide("demo")
    scroll = page.guide.checklist_scroll
    qtbot.waitUntil(scroll.isVisible)
    QApplication.processEvents()
    assert scroll.horizontalScrollBar().maximum() == 0  # the two buttons wrap instead


def test_a_childs_checklists_are_saved_as_pdf_and_printed_in_the_household_language(family_app, qtbot, printer,
                                                                                      monkeypatch, tmp_path):
    family_app.family.household.set_household("LV", "lv")
    device = add_device(family_app, family_app.anna, "Anna's tablet")
    family_app.family.checklists.tick(device.id, "open-settings")
    family_app.family.notify()
    section = checklist_tab(family_app).child_section(family_app.anna.id)
    out = tmp_path / "anna.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))

    section.pdf_button.click()
    section.print_button.click()

    for pdf in (out, printer.pdf):
        text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
        assert "Kontrolsaraksti: Anna" in text
        assert "Anna's tablet · Demo: paveikts 1 no 2" in text
        assert f"1. Atveriet iestatījumus. (izdarīts: {long_date(TODAY, 'lv')})" in text
        assert "2. Ieslēdziet" in text  # ("filtru" comes back with an fi ligature)
    assert printer.chosen == 1
    assert section.pdf_button.accessibleName() == "Save the checklists for Anna as PDF"
