"""Entering the parent PIN: the current one, a new one twice, or both. The dialog hands what was typed to a
`submit` callback; a refusal (wrong PIN, too short, two PINs that differ) is shown in the dialog, next to what the
parent typed, and the dialog stays open until the callback accepts or the parent cancels.

Also the words for a refused PIN (wrong, or wait before trying again), shared with the lock screen.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from guardian.domain.pin_rules import MAX_LENGTH, MIN_LENGTH, PinCheck, lockout_for
from guardian.i18n.text import arg
from guardian.services.household_errors import HouseholdError

ASK, SET, CHANGE = "ask", "set", "change"

# What the callback gets: (current PIN, new PIN); it returns None to accept, or the message to show.
Submit = Callable[[str, str], "str | None"]


class PinWords(QObject):
    """The plural sentences (Qt's lupdate finds %n plurals in self.tr calls only)."""

    def wait(self, seconds: int) -> str:
        if seconds < 120:
            return self.tr("Too many wrong attempts. You can try again in %n second(s).", "", seconds)
        minutes = math.ceil(seconds / 60)
        return self.tr("Too many wrong attempts. You can try again in %n minute(s).", "", minutes)


def wait_text(wait: dt.timedelta) -> str:
    """'You can try again in 30 seconds.' (minutes once the wait is two minutes or more)."""
    return PinWords().wait(max(1, math.ceil(wait.total_seconds())))


def was_checked(check: PinCheck, now: dt.datetime) -> bool:
    """Whether the PIN was really compared (False: refused unchecked because an earlier lockout still runs)."""
    lock = lockout_for(check.failed_attempts)
    return check.locked_until is None or lock is None or check.wait(now) >= lock - dt.timedelta(seconds=5)


def wrong_pin_text() -> str:
    return QCoreApplication.translate("PinDialog", "Wrong PIN.")


def refusal_text(check: PinCheck, now: dt.datetime) -> str:
    """What to tell the parent after a refused PIN, in one or two sentences."""
    parts = [wrong_pin_text()] if was_checked(check, now) else []
    wait = check.wait(now)
    if wait > dt.timedelta(0):
        parts.append(wait_text(wait))
    return " ".join(parts) or wrong_pin_text()


def private_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_LENGTH)
    return field


class PinDialog(QDialog):
    def __init__(self, mode: str, submit: Submit, purpose: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.mode = mode
        self._submit = submit
        self._purpose = purpose
        self.intro = QLabel()
        self.intro.setObjectName("pinDialogIntro")
        self.intro.setWordWrap(True)
        self.current = private_field("currentPin")
        self.new = private_field("newPin")
        self.repeat = private_field("repeatPin")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("pinDialogError")
        self.error.setWordWrap(True)
        font = QFont(self.error.font())
        font.setBold(True)
        self.error.setFont(font)
        self.error.hide()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._labels: dict[str, QLabel] = {}
        fields = {ASK: ("current",), SET: ("new", "repeat"), CHANGE: ("current", "new", "repeat")}[mode]
        for key in fields:
            label = QLabel()
            label.setBuddy(getattr(self, key))
            self._labels[key] = label
            self.form.addRow(label, getattr(self, key))
        for key in {"current", "new", "repeat"} - set(fields):
            getattr(self, key).hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("pinDialogOk")
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        if mode != ASK:
            layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.retranslate()
        self.first_field().setFocus()

    def first_field(self) -> QLineEdit:
        return self.new if self.mode == SET else self.current

    def _accept(self) -> None:
        current, new = self.current.text(), self.new.text()
        if self.mode != ASK and new != self.repeat.text():
            self.show_error(QCoreApplication.translate(
                "PinDialog", "The two new PINs are not the same. Please type the new PIN again."), self.repeat)
            return
        try:
            problem = self._submit(current, new)
        except HouseholdError as exc:
            problem = exc.message
            if exc.field == "pin" and self.mode != ASK:
                self.show_error(problem, self.new)
                return
        if problem:
            self.show_error(problem, self.current if self.mode != SET else self.new)
            return
        self.accept()

    def show_error(self, text: str, field: QLineEdit) -> None:
        """Keep what was typed; say what is wrong; put the cursor where the fix goes."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        for each in (self.current, self.new, self.repeat):
            each.setAccessibleDescription(text if each is field else "")
        field.setFocus()
        field.selectAll()

    def retranslate(self) -> None:
        titles = {ASK: self.tr("Parent PIN"), SET: self.tr("Set a parent PIN"),
                  CHANGE: self.tr("Change the parent PIN")}
        self.setWindowTitle(titles[self.mode])
        intros = {
            ASK: self.tr("Enter the parent PIN."),
            SET: self.tr("With a PIN, Home and Family open only after the PIN is entered, so a child using this "
                         "computer cannot read or change them. If you forget the PIN, the only way back is to "
                         "delete all household data, so consider exporting your household to a file too."),
            CHANGE: self.tr("Enter the current PIN, then the new one twice."),
        }
        self.intro.setText(" ".join(t for t in (self._purpose, intros[self.mode]) if t))
        names = {"current": (self.tr("&Current PIN:") if self.mode == CHANGE else self.tr("&PIN:"),
                             self.tr("Current PIN") if self.mode == CHANGE else self.tr("Parent PIN")),
                 "new": (self.tr("&New PIN:"), self.tr("New PIN")),
                 "repeat": (self.tr("&Repeat the new PIN:"), self.tr("Repeat the new PIN"))}
        for key, label in self._labels.items():
            label.setText(names[key][0])
            getattr(self, key).setAccessibleName(names[key][1])
        self.hint.setText(arg(self.tr("%1 to %2 characters: digits, letters or both."), MIN_LENGTH, MAX_LENGTH))
        self.new.setAccessibleDescription(self.hint.text())
        oks = {ASK: self.tr("Continue"), SET: self.tr("Set PIN"), CHANGE: self.tr("Change PIN")}
        self.ok.setText(oks[self.mode])
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Qt caps a new window's height at 2/3 of the screen; with large text the wrapped intro needs more.
        need = self.layout().totalHeightForWidth(self.width())
        if need > self.height():
            self.resize(self.width(), need)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def ask_pin_then(family, parent: QWidget, purpose: str, action: Callable[[], None]) -> PinDialog | None:
    """Run `action` once the parent PIN is entered (at once when no PIN is set). Returns the open dialog, if any."""
    if not family.has_pin():
        action()
        return None
    pin = family.pin

    def submit(current: str, _new: str) -> str | None:
        check = pin.verify(current)
        return None if check.ok else refusal_text(check, pin.now())

    dialog = PinDialog(ASK, submit, purpose, parent)
    dialog.accepted.connect(action)
    dialog.open()
    return dialog
