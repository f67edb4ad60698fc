"""The parent PIN gate: Home and Family locked after a restart, after "Lock now" and after a while without use,
wrong PINs and the growing wait, the right PIN, the forgotten-PIN reset, and all of it with the keyboard alone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from guardian.ui.dialogs import data_dialogs
from guardian.ui.dialogs.pin_dialog import PinDialog
from guardian.ui.idle_lock import IdleLock

PIN = "2468"
START = dt.datetime(2026, 11, 23, 12, 0, 0)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def no_welcome(data_dir):
    """The first-run welcome is another feature; these tests start past it."""
    config = data_dir / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "ui-state.ini").write_text("[welcome]\nshown=true\n")


@pytest.fixture
def app(start_guardian, no_welcome):
    return start_guardian


def gates(guardian):
    window = guardian.window
    return window.page("home"), window.page("household")


def set_pin_with_service(guardian, pin: str = PIN) -> None:
    guardian.family.pin.set_pin(pin)
    guardian.family.notify()


def restart(guardian, app):
    guardian.window.close()
    guardian.family.close()
    return app()


def test_a_pin_set_in_settings_gates_home_and_family_after_a_restart(app, qtbot):
    guardian = app()
    home, family_gate = gates(guardian)
    assert not home.locked and not family_gate.locked  # no PIN yet: the pages themselves
    panel = guardian.window.show_section("settings").pin_settings
    assert panel.set_button.isVisible() and not panel.remove_button.isVisible()
    dialog = panel.set_pin()
    dialog.new.setText(PIN)
    dialog.repeat.setText(PIN)
    dialog.ok.click()
    assert not dialog.isVisible()
    assert guardian.family.has_pin() and guardian.family.pin.verify(PIN).ok
    assert not home.locked  # the parent who set it stays in
    assert panel.lock_button.isVisible() and not panel.set_button.isVisible()

    guardian = restart(guardian, app)
    home, family_gate = gates(guardian)
    assert home.locked and family_gate.locked
    assert home.currentWidget() is home.lock_screen and family_gate.currentWidget() is family_gate.lock_screen
    assert home.page is not home.currentWidget()


def test_lock_now_in_settings_locks_both_and_the_right_pin_unlocks_both(app, qtbot):
    guardian = app()
    set_pin_with_service(guardian)
    home, family_gate = gates(guardian)
    assert not home.locked  # set in this session
    guardian.window.show_section("settings").pin_settings.lock_button.click()
    assert home.locked and family_gate.locked
    assert not guardian.family.unlocked
    home.field.setText(PIN)
    home.unlock_button.click()
    assert not home.locked and not family_gate.locked
    assert home.currentWidget() is home.page and family_gate.currentWidget() is family_gate.page
    assert home.field.text() == ""


def test_ctrl_l_locks_the_household_pages(app, qtbot):
    guardian = app()
    set_pin_with_service(guardian)
    window = guardian.window
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    home = window.show_section("home")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert home.locked and window.page("household").locked


def test_a_wrong_pin_says_so_and_repeated_ones_make_the_parent_wait(app, qtbot):
    guardian = app()
    set_pin_with_service(guardian)
    clock = Clock()
    guardian.family.pin.now = clock
    guardian.family.set_unlocked(False)
    home, family_gate = gates(guardian)
    guardian.window.show_section("home")
    for _ in range(4):  # free attempts: no wait
        home.field.setText("1111")
        home.unlock()
        assert home.message.text() == "Wrong PIN."
        assert home.field.isEnabled() and not home.wait.isVisible()
        assert home.field.text() == "1111"  # kept (selected), so the parent can retype over it
    home.field.setText("1111")
    home.unlock()  # the fifth: a 30-second lockout
    assert home.message.text() == "Wrong PIN."
    assert home.wait.text().startswith("Too many wrong attempts. You can try again in 30 second")  # (s) until en.qm
    assert not home.field.isEnabled() and not home.unlock_button.isEnabled()
    assert home.timer.isActive()
    assert "try again in 30 second" in home.field.accessibleDescription()
    clock.advance(18)
    home._tick()  # what the one-second timer does
    assert home.wait.text().startswith("Too many wrong attempts. You can try again in 12 second")  # (s) until en.qm
    home.unlock()  # ignored while waiting, even if called
    assert home.locked
    clock.advance(12)
    home._tick()
    assert home.field.isEnabled() and not home.timer.isActive()
    assert home.wait.text() == "You can try again now."
    home.field.setText(PIN)
    home.unlock()
    assert not home.locked and not family_gate.locked


def test_a_lockout_running_at_restart_is_shown_when_the_parent_tries(app, qtbot):
    guardian = app()
    set_pin_with_service(guardian)
    clock = Clock()
    guardian.family.pin.now = clock
    for _ in range(5):
        guardian.family.pin.verify("0000")  # the fifth: 30 s lockout
    clock.advance(31)
    assert guardian.family.pin.verify("0000").wait(clock()) == dt.timedelta(seconds=60)  # the sixth: 60 s
    guardian = restart(guardian, app)
    guardian.family.pin.now = clock
    clock.advance(10)
    home = guardian.window.show_section("home")
    home.field.setText(PIN)  # even the right PIN is not checked while the lockout runs
    home.unlock()
    assert home.locked
    assert home.message.text() == ""  # not called wrong: it was not checked
    assert home.wait.text().startswith("Too many wrong attempts. You can try again in 50 second")  # (s) until en.qm
    clock.advance(50)
    home._tick()
    home.field.setText(PIN)
    home.unlock()
    assert not home.locked


def test_forgot_pin_deletes_every_household_file_after_naming_what_goes(app, qtbot, monkeypatch, content_root):
    guardian = app()
    family = guardian.family
    family.household.add_child("Elza", 2013)
    set_pin_with_service(guardian)
    family.transfer.import_snapshot(family.transfer.snapshot())  # leaves a "before-import" backup
    before = family.data.household_files()
    assert any(f.parent == family.paths.backups for f in before)
    guardian = restart(guardian, app)
    family = guardian.family
    home = guardian.window.show_section("home")
    assert home.locked

    questions = []
    monkeypatch.setattr(data_dialogs, "ask", lambda parent, title, text, yes: questions.append(text) or True)
    left_after_delete = []
    real_delete = family.data.delete_all_data

    def delete_and_look():
        removed = real_delete()
        left_after_delete.append(family.data.household_files())
        return removed

    monkeypatch.setattr(family.data, "delete_all_data", delete_and_look)
    home.forgot_button.click()

    assert len(questions) == 1
    for named in ("nicknames and birth years", "devices", "ticked steps", "agreements", "journal", "parent PIN",
                  "backup", "guides, helplines and your settings stay"):
        assert named in questions[0]
    assert left_after_delete == [[]]  # every household file was gone before the fresh start
    assert not any(f.exists() for f in before if f.parent == family.paths.backups)
    assert family.available and not family.has_pin() and family.household.children() == []
    assert family.paths.database_file.exists()  # a fresh, empty database to start again with
    assert not home.locked and not guardian.window.page("household").locked
    guides = guardian.window.show_section("guides")
    assert guides.open_guide(next(iter(guardian.content.items("platforms"))))


def test_forgot_pin_cancelled_keeps_everything(app, qtbot, monkeypatch):
    guardian = app()
    guardian.family.household.add_child("Elza", 2013)
    set_pin_with_service(guardian)
    guardian.family.set_unlocked(False)
    monkeypatch.setattr(data_dialogs, "ask", lambda *args: False)
    home = guardian.window.show_section("home")
    home.forgot_button.click()
    assert home.locked and guardian.family.has_pin()
    assert [c.display_name for c in guardian.family.household.children()] == ["Elza"]


def test_set_a_pin_lock_and_unlock_with_the_keyboard_alone(app, qtbot):
    guardian = app()
    window = guardian.window
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    sections = [window.rail.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.rail.count())]

    def key(k, modifier=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(window.focusWidget() or window, k, modifier)

    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + sections.index("settings") + 1), Qt.KeyboardModifier.ControlModifier)
    panel = window.page("settings").pin_settings
    for _ in range(40):  # Tab to "Set a PIN..."
        if window.focusWidget() is panel.set_button:
            break
        key(Qt.Key.Key_Tab)
    assert window.focusWidget() is panel.set_button
    key(Qt.Key.Key_Space)
    dialog = panel.dialog
    assert isinstance(dialog, PinDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.new)
    qtbot.keyClicks(dialog.focusWidget(), PIN)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.repeat
    qtbot.keyClicks(dialog.focusWidget(), PIN)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible() and guardian.family.has_pin()

    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + sections.index("home") + 1), Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    home = window.page("home")
    assert home.locked
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the field's label: "Parent &PIN:"
    assert window.focusWidget() is home.field
    qtbot.keyClicks(home.field, PIN)
    qtbot.keyClick(home.field, Qt.Key.Key_Return)
    assert not home.locked and not window.page("household").locked


def test_a_wrong_pin_message_follows_a_language_switch(app, qtbot):
    guardian = app()
    set_pin_with_service(guardian)
    guardian.family.set_unlocked(False)
    home, _ = gates(guardian)
    guardian.window.show_section("home")
    home.field.setText("1111")
    home.unlock()
    assert home.message.text() == "Wrong PIN."
    guardian.switch_language("lv")
    assert home.message.text() not in ("", "Wrong PIN.")


def test_home_and_family_lock_by_themselves_after_a_while_without_use(family, qtbot):
    idle = IdleLock(family, idle_ms=1000)
    assert not idle.watching  # no PIN: nothing to lock, no event filter
    family.pin.set_pin(PIN)
    family.set_unlocked(True)
    family.notify()
    assert idle.watching
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    for _ in range(15):  # 1.5 s of typing, more than the idle time, keeps them open
        QTest.keyClick(field, Qt.Key.Key_A)
        qtbot.wait(100)
    assert family.unlocked and field.text() == "a" * 15
    qtbot.waitUntil(lambda: not family.unlocked, timeout=5000)
    assert not idle.watching  # locked: the filter is gone until the parent unlocks again
    family.set_unlocked(True)
    assert idle.watching


def test_the_running_app_watches_for_idleness_only_while_a_pin_is_set_and_open(app):
    guardian = app()
    assert guardian.idle_lock is not None and not guardian.idle_lock.watching
    set_pin_with_service(guardian)
    assert guardian.idle_lock.watching
    panel = guardian.window.show_section("settings").pin_settings
    assert "They also lock by themselves after 5 minutes without use." in panel.status.text()
    panel.lock_button.click()
    assert not guardian.idle_lock.watching
