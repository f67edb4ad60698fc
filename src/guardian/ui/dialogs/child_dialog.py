"""Add or edit a child: a nickname, the birth year or the exact birth date, and (in Family) private notes.

The dialog does not save by itself: the caller passes `save(name, birth_year, birth_date, notes)`, which raises
HouseholdError when something is wrong; the message is shown under the form and what the parent typed stays.
Open it with open(), not exec(), so it never blocks the app (or a test).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guardian.domain.household import Child
from guardian.i18n.dates import numeric_date_format
from guardian.services.household_errors import HouseholdError
from guardian.ui.widgets.field_label import field_label

Save = Callable[[str, int, "dt.date | None", str], object]
OLDEST = 25  # a birth year further back is refused by the form (not by the data), to keep the spin box short


class ChildDialog(QDialog):
    def __init__(self, save: Save, today: dt.date, child: Child | None = None, with_notes: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("childDialog")
        self._save = save
        self._editing = child is not None
        self.result_value: object = None
        self.name = QLineEdit()
        self.name.setObjectName("childNameEdit")
        self.name.setMaxLength(100)
        self.year = QSpinBox()
        self.year.setObjectName("birthYearSpin")
        self.year.setRange(today.year - OLDEST, today.year)
        self.year.setValue(today.year - 8)
        self.exact = QCheckBox()
        self.exact.setObjectName("exactDateCheck")
        self.date = QDateEdit()
        self.date.setObjectName("birthDateEdit")
        self.date.setCalendarPopup(True)
        self.date.setDateRange(QDate(today.year - OLDEST, 1, 1), QDate(today.year, today.month, today.day))
        self.date.setDate(QDate(self.year.value(), 1, 1))
        self.date.setEnabled(False)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("childNotesEdit")
        self.notes.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("childError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("font-weight: bold;")
        self.error.hide()
        self.labels = {key: field_label(widget) for key, widget in (("name", self.name), ("year", self.year),
                                                                    ("date", self.date), ("notes", self.notes))}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.labels["name"], self.name)
        form.addRow(self.labels["year"], self.year)
        form.addRow("", self.exact)
        form.addRow(self.labels["date"], self.date)
        if with_notes:
            form.addRow(self.labels["notes"], self.notes)
        else:
            self.notes.hide()
            self.labels["notes"].hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.exact.toggled.connect(self._exact_toggled)
        self.year.valueChanged.connect(self._year_changed)
        self.date.dateChanged.connect(lambda d: self.year.setValue(d.year()) if self.exact.isChecked() else None)
        if child is not None:
            self.name.setText(child.display_name)
            self.year.setMinimum(min(self.year.minimum(), child.birth_year))
            self.year.setValue(child.birth_year)
            if child.birth_date is not None:
                self.date.setMinimumDate(min(self.date.minimumDate(), QDate(child.birth_date)))
                self.date.setDate(QDate(child.birth_date))
                self.exact.setChecked(True)
            self.notes.setPlainText(child.notes)
        self.name.setFocus()
        self.retranslate()

    def _exact_toggled(self, on: bool) -> None:
        self.date.setEnabled(on)
        if on and self.date.date().year() != self.year.value():
            self.date.setDate(QDate(self.year.value(), 1, 1))

    def _year_changed(self, year: int) -> None:
        if self.exact.isChecked() and self.date.date().year() != year:
            self.date.setDate(QDate(year, self.date.date().month(), min(self.date.date().day(), 28)))

    def values(self) -> tuple[str, int, dt.date | None, str]:
        birth = self.date.date().toPython() if self.exact.isChecked() else None
        return self.name.text(), self.year.value(), birth, self.notes.toPlainText()

    def _accept(self) -> None:
        try:
            self.result_value = self._save(*self.values())
        except HouseholdError as error:
            self.error.setText(error.message)
            self.error.show()
            field = error.field or ""
            target = self.name if "name" in field else self.date if "date" in field else \
                self.year if "year" in field else self.notes if "notes" in field else self.name
            target.setFocus()
            return
        self.accept()

    def retranslate(self) -> None:
        self.date.setDisplayFormat(numeric_date_format())
        self.setWindowTitle(self.tr("Edit child") if self._editing else self.tr("Add a child"))
        self.labels["name"].setText(self.tr("&Name or nickname:"))
        self.labels["year"].setText(self.tr("Birth &year:"))
        self.labels["date"].setText(self.tr("Birth &date:"))
        self.labels["notes"].setText(self.tr("N&otes (only for you):"))
        self.exact.setText(self.tr("I want to give the e&xact birth date"))
        self.name.setAccessibleName(self.tr("Name or nickname"))
        self.name.setAccessibleDescription(self.tr("A nickname is enough; it stays on this computer."))
        self.year.setAccessibleName(self.tr("Birth year"))
        self.exact.setAccessibleName(self.tr("Give the exact birth date"))
        self.exact.setAccessibleDescription(self.tr(
            "With the exact date, Guardian can tell the day a birthday milestone is reached."))
        self.date.setAccessibleName(self.tr("Birth date"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.error.setAccessibleName(self.tr("Problem"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
