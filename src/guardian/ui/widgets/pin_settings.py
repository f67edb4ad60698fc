"""Settings > Parent PIN: set one, change it (with the current PIN), remove it (with the PIN), lock now."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from guardian.i18n.text import arg
from guardian.services.family import Family
from guardian.ui.dialogs.pin_dialog import ASK, CHANGE, SET, PinDialog, refusal_text
from guardian.ui.idle_lock import IDLE_MINUTES
from guardian.ui.keys import LOCK, shown
from guardian.ui.widgets.flow_layout import FlowLayout


class PinSettings(QGroupBox):
    def __init__(self, family: Family, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinSettings")
        self._family = family
        self.dialog: PinDialog | None = None
        self.status = QLabel()
        self.status.setObjectName("pinStatus")
        self.status.setWordWrap(True)
        self.set_button = QPushButton()
        self.set_button.setObjectName("setPinButton")
        self.change_button = QPushButton()
        self.change_button.setObjectName("changePinButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removePinButton")
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("lockNowButton")
        buttons = FlowLayout()  # wraps at large text sizes instead of widening the page
        for button in (self.set_button, self.change_button, self.remove_button, self.lock_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.set_button.clicked.connect(self.set_pin)
        self.change_button.clicked.connect(self.change_pin)
        self.remove_button.clicked.connect(self.remove_pin)
        self.lock_button.clicked.connect(self.lock_now)
        self.shortcut = QShortcut(QKeySequence(LOCK), self)
        self.shortcut.activated.connect(self.lock_now)
        family.changed.connect(self.refresh)
        family.unlocked_changed.connect(lambda _: self.refresh())
        self.retranslate()

    def _open(self, mode: str, submit, purpose: str = "") -> PinDialog:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = PinDialog(mode, submit, purpose, self)
        self.dialog.accepted.connect(self._family.notify)
        self.dialog.open()
        return self.dialog

    def set_pin(self) -> PinDialog:
        def submit(_current: str, new: str) -> str | None:
            self._family.pin.set_pin(new)  # a HouseholdError is shown in the dialog
            self._family.set_unlocked(True)  # the parent who just set it is in
            return None

        return self._open(SET, submit)

    def change_pin(self) -> PinDialog:
        pin = self._family.pin

        def submit(current: str, new: str) -> str | None:
            check = pin.change_pin(current, new)
            return None if check.ok else refusal_text(check, pin.now())

        return self._open(CHANGE, submit)

    def remove_pin(self) -> PinDialog:
        pin = self._family.pin

        def submit(current: str, _new: str) -> str | None:
            check = pin.remove_pin(current)
            return None if check.ok else refusal_text(check, pin.now())

        dialog = self._open(ASK, submit, self.tr("To remove the PIN, enter it once more. Home and Family will then "
                                                 "open without a PIN."))
        dialog.ok.setText(self.tr("Remove PIN"))
        return dialog

    def lock_now(self) -> None:
        if self._family.has_pin():
            self._family.set_unlocked(False)

    def refresh(self) -> None:
        available = self._family.available
        has_pin = self._family.has_pin()
        unlocked = self._family.unlocked
        if not available:
            self.status.setText(self.tr("The parent PIN is kept with the household data, which is not available "
                                        "right now."))
        elif not has_pin:
            self.status.setText(self.tr("No parent PIN is set: anyone using this computer can open Home and "
                                        "Family. A PIN keeps your children's details from curious eyes; it does "
                                        "not encrypt them."))
        elif unlocked:
            self.status.setText(arg(self.tr("A parent PIN protects Home and Family. They are open now; lock them "
                                            "when you leave the computer (%1). They also lock by themselves after "
                                            "%n minute(s) without use.", "", IDLE_MINUTES), shown(LOCK)))
        else:
            self.status.setText(self.tr("A parent PIN protects Home and Family. They are locked now."))
        self.set_button.setVisible(available and not has_pin)
        for button in (self.change_button, self.remove_button, self.lock_button):
            button.setVisible(available and has_pin)
        self.lock_button.setEnabled(has_pin and unlocked)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Parent PIN"))
        self.set_button.setText(self.tr("&Set a PIN..."))
        self.set_button.setAccessibleName(self.tr("Set a parent PIN"))
        self.change_button.setText(self.tr("C&hange the PIN..."))
        self.change_button.setAccessibleName(self.tr("Change the parent PIN"))
        self.remove_button.setText(self.tr("&Remove the PIN..."))
        self.remove_button.setAccessibleName(self.tr("Remove the parent PIN"))
        self.lock_button.setText(self.tr("Loc&k now"))
        self.lock_button.setAccessibleName(self.tr("Lock Home and Family now"))
        self.lock_button.setToolTip(arg(self.tr("Lock Home and Family now (%1)"), shown(LOCK)))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
