"""The parent PIN gate in front of a household page (Home, Family): the page itself, or a lock screen.

Locked while a PIN is set and has not been entered in this session. A wrong PIN says so; after several, the service
makes the parent wait (growing lockouts), and the lock screen counts the wait down with the field disabled. A
forgotten PIN has one documented way out: deleting all household data (never the guides), after a confirmation
that names what is erased. Ctrl+L locks again. Every gate follows `family.unlocked_changed` and `family.changed`,
so unlocking or locking in one place opens or closes them all.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guardian.domain.pin_rules import PinCheck
from guardian.i18n.text import arg
from guardian.services.family import Family
from guardian.ui.dialogs import data_dialogs
from guardian.ui.dialogs.pin_dialog import private_field, wait_text, was_checked, wrong_pin_text
from guardian.ui.keys import LOCK


class PinGate(QStackedWidget):
    def __init__(self, family: Family, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinGate")
        self._family = family
        self._throttle: PinCheck | None = None
        self.page = page
        self.lock_screen = QWidget()
        self.lock_screen.setObjectName("lockScreen")
        self.title = QLabel()
        self.title.setObjectName("lockTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setObjectName("lockExplanation")
        self.explanation.setWordWrap(True)
        self.pin_label = QLabel()
        self.field = private_field("lockPinField")
        self.pin_label.setBuddy(self.field)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        bold = QFont(self.message.font())
        bold.setBold(True)
        self.message.setFont(bold)
        self.message.hide()
        self.wait = QLabel()
        self.wait.setObjectName("lockWait")
        self.wait.setWordWrap(True)
        self.wait.hide()
        self.forgot_button = QPushButton()
        self.forgot_button.setObjectName("forgotPinButton")
        self.forgot_button.setFlat(True)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)

        entry = QHBoxLayout()
        entry.addWidget(self.field, 1)
        entry.addWidget(self.unlock_button)
        column = QVBoxLayout()
        column.addStretch(1)
        for widget in (self.title, self.explanation, self.pin_label):
            column.addWidget(widget)
        column.addLayout(entry)
        column.addWidget(self.message)
        column.addWidget(self.wait)
        column.addSpacing(12)
        column.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(2)
        outer = QHBoxLayout(self.lock_screen)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

        self.addWidget(self.page)
        self.addWidget(self.lock_screen)
        self.field.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.forgot_button.clicked.connect(self.forgot)
        self.shortcut = QShortcut(QKeySequence(LOCK), self)
        self.shortcut.activated.connect(self.lock_now)
        self.shortcut.activatedAmbiguously.connect(self.lock_now)
        family.unlocked_changed.connect(lambda _: self.update_lock())
        family.changed.connect(self.update_lock)
        self.retranslate()
        self.update_lock()

    @property
    def locked(self) -> bool:
        return self.currentWidget() is self.lock_screen

    def update_lock(self) -> None:
        locked = self._family.has_pin() and not self._family.unlocked
        was_locked = self.locked
        self.setCurrentWidget(self.lock_screen if locked else self.page)
        if locked and not was_locked:
            self._show_message("")
            if self.isVisible():
                self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not locked:
            self.field.clear()
            self.timer.stop()
            self._throttle = None
            self._set_waiting(False)

    def lock_now(self) -> None:
        if self._family.has_pin():
            self._family.set_unlocked(False)

    def unlock(self) -> None:
        if not self.locked or not self.field.isEnabled():
            return
        pin = self._family.pin
        check = pin.verify(self.field.text())
        if check.ok:
            self.field.clear()
            self._show_message("")
            self._family.set_unlocked(True)
            return
        self.field.selectAll()
        now = pin.now()
        self._show_message(wrong_pin_text() if was_checked(check, now) else "")
        if check.wait(now) > dt.timedelta(0):
            self._throttle = check
            self._set_waiting(True)
            self._tick()
            self.timer.start()
        else:
            self.field.setFocus()

    def _tick(self) -> None:
        if self._throttle is None:
            self.timer.stop()
            return
        left = self._throttle.wait(self._family.pin.now())
        if left > dt.timedelta(0):
            self.wait.setText(wait_text(left))
            self.wait.show()
            self.field.setAccessibleDescription(" ".join(t for t in (self.message.text(), self.wait.text()) if t))
            return
        self.timer.stop()
        self._throttle = None
        self._set_waiting(False)
        self.wait.setText(self.tr("You can try again now."))
        self.wait.show()
        self.field.setAccessibleDescription(self.wait.text())
        if self.isVisible():
            self.field.setFocus()

    def _set_waiting(self, waiting: bool) -> None:
        self.field.setEnabled(not waiting)
        self.unlock_button.setEnabled(not waiting)
        if not waiting and self._throttle is None and not self.locked:
            self.wait.hide()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if not text:
            self.wait.hide()
        self.field.setAccessibleDescription(text)

    def forgot(self) -> None:
        if not data_dialogs.ask(self, data_dialogs.delete_all_title(), data_dialogs.delete_all_text(forgot_pin=True),
                                data_dialogs.delete_all_button()):
            return
        try:
            self._family.delete_all()
        except OSError as exc:
            data_dialogs.tell(self, data_dialogs.delete_all_title(),
                              arg(self.tr("Some household files could not be deleted: %1"), exc))
        self.update_lock()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Home and Family are locked"))
        self.explanation.setText(self.tr(
            "These pages hold your children's details, so Guardian asks for the parent PIN. Guides, helplines and "
            "Get help work without it."))
        self.pin_label.setText(self.tr("Parent &PIN:"))
        self.field.setAccessibleName(self.tr("Parent PIN"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.forgot_button.setText(self.tr("Forgot the PIN?"))
        self.forgot_button.setAccessibleName(self.tr("Forgot the PIN?"))
        self.forgot_button.setAccessibleDescription(self.tr(
            "Explains how to start again by deleting all household data."))
        if not self.message.isHidden() and self.message.text():
            self.message.setText(wrong_pin_text())  # the only message this label shows, now in the new language
        if self._throttle is not None:
            self._tick()
        elif not self.wait.isHidden():
            self.wait.setText(self.tr("You can try again now."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
