"""The first-run welcome: language and country, then (optionally) the children and the devices and apps each uses.

A short wizard in one QDialog (pages in a stack, not QWizard). Language and country are settings: they are written
through Settings as soon as they are chosen, as on the Settings page, and settings the school locked are shown
read-only. The household (children, devices) is saved only when the parent presses Finish; "Skip for now" closes
the welcome at any step and saves no household data. Everything can be changed later in Family and Settings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guardian.domain.household import Child
from guardian.i18n.locales import resolve_language
from guardian.i18n.text import arg
from guardian.services import household_checks as check
from guardian.services.content_service import ContentService
from guardian.services.family import Family
from guardian.services.household_errors import HouseholdError
from guardian.settings import Settings
from guardian.ui.dialogs.child_dialog import ChildDialog
from guardian.ui.widgets.platform_picker import PlatformPicker
from guardian.ui.widgets.setting_choices import (
    add_setting_row,
    country_items,
    fill_combo,
    language_items,
    save_choice,
    show_lock,
)

START, CHILDREN, DEVICES, DONE = range(4)


@dataclass
class PendingChild:
    name: str
    birth_year: int
    birth_date: dt.date | None
    devices: list[str] = field(default_factory=list)  # platform ids, in the order ticked


class WelcomeDialog(QDialog):
    setting_changed = Signal(str, object)

    def __init__(self, content: ContentService, family: Family, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self._content = content
        self._family = family
        self._settings = settings
        self.children_: list[PendingChild] = []
        self.child_dialog: ChildDialog | None = None
        self.title = QLabel()
        self.title.setObjectName("welcomeTitle")
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setObjectName("welcomeIntro")
        self.intro.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._start_page())
        self.pages.addWidget(self._children_page())
        self.pages.addWidget(self._devices_page())
        self.pages.addWidget(self._done_page())
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("skipButton")
        self.skip_button.setAutoDefault(False)
        self.skip_button.clicked.connect(self.reject)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._fit()

    def _fit(self) -> None:
        """Wide enough to read, tall enough for every wrapped line (top-level windows ignore height-for-width)."""
        em = self.fontMetrics().horizontalAdvance("M")
        width = max(self.width(), em * 40, self.layout().totalMinimumSize().width())
        height = max(self.layout().totalHeightForWidth(width), self.layout().totalSizeHint().height(),
                     self.fontMetrics().lineSpacing() * 24)
        self.resize(width, max(self.height(), height))

    # the pages

    def _start_page(self) -> QWidget:
        page = QWidget()
        self.language = QComboBox()
        self.language.setObjectName("welcomeLanguage")
        self.country = QComboBox()
        self.country.setObjectName("welcomeCountry")
        self.country_why = QLabel()
        self.country_why.setWordWrap(True)
        self._form_labels: dict[str, QLabel] = {}
        self._lock_notes: dict[str, QLabel] = {}
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, combo in (("language", self.language), ("country", self.country)):
            self._form_labels[key], self._lock_notes[key] = add_setting_row(form, combo,
                                                                           f"welcome{key.title()}LockNote")
        form.addRow(self.country_why)
        self.language.activated.connect(lambda _: self._choose("language", self.language.currentData()))
        self.country.activated.connect(lambda _: self._choose("country", self.country.currentData()))
        return page

    def _children_page(self) -> QWidget:
        page = QWidget()
        self.child_list = QListWidget()
        self.child_list.setObjectName("welcomeChildren")
        self.add_child_button = QPushButton()
        self.add_child_button.setObjectName("addChildButton")
        self.add_child_button.clicked.connect(self.add_child)
        self.edit_child_button = QPushButton()
        self.edit_child_button.setObjectName("editChildButton")
        self.edit_child_button.clicked.connect(self.edit_child)
        self.remove_child_button = QPushButton()
        self.remove_child_button.setObjectName("removeChildButton")
        self.remove_child_button.clicked.connect(self.remove_child)
        for button in (self.add_child_button, self.edit_child_button, self.remove_child_button):
            button.setAutoDefault(False)
        self.child_list.currentRowChanged.connect(lambda _: self._update_buttons())
        row = QHBoxLayout()
        row.addWidget(self.add_child_button)
        row.addWidget(self.edit_child_button)
        row.addWidget(self.remove_child_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.child_list, 1)
        layout.addLayout(row)
        return page

    def _devices_page(self) -> QWidget:
        page = QWidget()
        self.device_child_label = QLabel()
        self.device_child = QComboBox()
        self.device_child.setObjectName("welcomeDeviceChild")
        self.device_child_label.setBuddy(self.device_child)
        self.picker = PlatformPicker(self._content, multiple=True)
        self.picker.changed.connect(self._store_devices)
        self.device_child.currentIndexChanged.connect(lambda _: self._show_devices())
        row = QHBoxLayout()
        row.addWidget(self.device_child_label)
        row.addWidget(self.device_child, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.picker, 1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setObjectName("welcomeSummary")
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("welcomeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("font-weight: bold;")
        self.error.hide()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)
        return page

    # moving between pages

    def step(self) -> int:
        return self.pages.currentIndex()

    def go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.retranslate()
        self._fit()
        first = {START: self.language if self.language.isEnabled() else self.country,
                 CHILDREN: self.add_child_button, DEVICES: self.picker.search, DONE: self.next_button}[index]
        if not first.isEnabled():
            first = self.next_button
        first.setFocus()

    def next(self) -> None:
        index = self.step()
        if index == DONE:
            self.finish()
        elif index == CHILDREN and not self.children_:
            self.go(DONE)  # no child, so no devices to choose
        else:
            self.go(index + 1)

    def back(self) -> None:
        index = self.step()
        if index == DONE and not self.children_:
            self.go(CHILDREN)
        elif index > START:
            self.go(index - 1)

    def reject(self) -> None:
        """"Skip for now" and Escape: close without saving the household; ask first if children were entered."""
        if self.children_ and QMessageBox.question(
                self, self.tr("Skip for now"),
                self.tr("Close the welcome without saving the children you added?")) \
                != QMessageBox.StandardButton.Yes:
            return
        super().reject()

    # settings

    def _choose(self, key: str, value: object) -> None:
        if value is None or value == self._settings.value(key) or self._settings.is_locked(key):
            return
        if not save_choice(self, self._settings, key, value):
            self._fill_settings()
            return
        self.setting_changed.emit(key, value)
        self._fill_settings()

    def _fill_settings(self) -> None:
        ui = resolve_language(self._settings.value("language"))
        fill_combo(self.language, language_items(self.tr("Same as the system")), self._settings.value("language"))
        fill_combo(self.country, country_items(self.tr("Not chosen"), self._content.countries(), ui),
                   self._settings.value("country"))
        for key, combo in (("language", self.language), ("country", self.country)):
            show_lock(combo, self._lock_notes[key], self._settings.is_locked(key), self.tr("Set by your school"))

    # children and their devices (kept here until Finish)

    def add_child(self) -> None:
        self._open_child_dialog(None)

    def edit_child(self) -> None:
        row = self.child_list.currentRow()
        if 0 <= row < len(self.children_):
            self._open_child_dialog(row)

    def _open_child_dialog(self, row: int | None) -> None:
        def save(name: str, year: int, birth: dt.date | None, _notes: str) -> PendingChild:
            clean = check.name(name, "display_name")
            year, birth = check.birth(year, birth, "")
            if row is None:
                self.children_.append(PendingChild(clean, year, birth))
            else:
                old = self.children_[row]
                self.children_[row] = PendingChild(clean, year, birth, old.devices)
            return clean

        current = None
        if row is not None:
            pending = self.children_[row]
            current = Child(0, pending.name, pending.birth_year, pending.birth_date)
        self.child_dialog = ChildDialog(save, self._family.today(), current, parent=self)
        self.child_dialog.accepted.connect(lambda: self._children_changed(
            len(self.children_) - 1 if row is None else row))
        self.child_dialog.open()

    def remove_child(self) -> None:
        row = self.child_list.currentRow()
        if 0 <= row < len(self.children_):
            del self.children_[row]
            self._children_changed(min(row, len(self.children_) - 1))

    def _children_changed(self, row: int) -> None:
        self.child_list.clear()
        self.device_child.blockSignals(True)
        self.device_child.clear()
        for child in self.children_:
            when = child.birth_date.isoformat() if child.birth_date else str(child.birth_year)
            item = QListWidgetItem(arg(self.tr("%1, born %2"), child.name, when))
            self.child_list.addItem(item)
            self.device_child.addItem(child.name)
        self.device_child.blockSignals(False)
        if row >= 0:
            self.child_list.setCurrentRow(row)
        self._show_devices()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = 0 <= self.child_list.currentRow() < len(self.children_)
        self.edit_child_button.setEnabled(chosen)
        self.remove_child_button.setEnabled(chosen)

    def _show_devices(self) -> None:
        index = self.device_child.currentIndex()
        self.picker.set_checked(self.children_[index].devices if 0 <= index < len(self.children_) else [])
        self.device_child.setEnabled(len(self.children_) > 1)

    def _store_devices(self) -> None:
        index = self.device_child.currentIndex()
        if 0 <= index < len(self.children_):
            ticked = set(self.picker.checked())
            kept = [p for p in self.children_[index].devices if p in ticked]
            self.children_[index].devices = kept + sorted(ticked - set(kept))

    # saving

    def finish(self) -> None:
        """Save the household in the order a parent would have typed it; any problem is shown, nothing is lost."""
        if not self._family.available:
            self.accept()
            return
        household = self._family.household
        country = str(self._settings.value("country") or "")
        try:
            if country:
                household.set_household(country, resolve_language(self._settings.value("language")))
            while self.children_:
                pending = self.children_[0]
                devices = [(p, self._content.title("platforms", p)) for p in pending.devices]
                household.add_child(pending.name, pending.birth_year, pending.birth_date, devices=devices)
                self.children_.pop(0)  # saved with its devices: a retry after an error does not add it twice
        except HouseholdError as error:
            self.error.setText(error.message)
            self.error.show()
            self._family.notify()
            return
        self._family.notify()
        self.accept()

    # language

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Guardian"))
        index = self.step()
        titles = {
            START: (self.tr("Welcome to Guardian"), self.tr(
                "Guardian helps you set up devices and apps for your children and find help when something goes "
                "wrong. Everything you enter stays on this computer. First, two quick choices.")),
            CHILDREN: (self.tr("Your children"), self.tr(
                "Optional: add each child with a nickname and birth year, so Guardian can show what fits their "
                "age. A nickname is enough.")),
            DEVICES: (self.tr("Devices and apps"), self.tr(
                "Optional: tick the devices and apps each child uses. Home will then show the setup steps for "
                "each one.")),
            DONE: (self.tr("All set"), self.tr("You can change all of this later in Family and Settings.")),
        }
        title, intro = titles[index]
        self.title.setText(title)
        self.intro.setText(intro)
        self._form_labels["language"].setText(self.tr("&Language:"))
        self._form_labels["country"].setText(self.tr("&Country:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.country.setAccessibleName(self.tr("Country"))
        self.country_why.setText(self.tr(
            "Your country decides which helplines, age ratings and laws Guardian shows first."))
        self._fill_settings()
        self.child_list.setAccessibleName(self.tr("Children you added"))
        self.add_child_button.setText(self.tr("&Add a child\u2026"))
        self.edit_child_button.setText(self.tr("&Edit\u2026"))
        self.edit_child_button.setAccessibleName(self.tr("Edit the chosen child"))
        self.remove_child_button.setText(self.tr("&Remove"))
        self.remove_child_button.setAccessibleName(self.tr("Remove the chosen child"))
        self._update_buttons()
        self.device_child_label.setText(self.tr("C&hild:"))
        self.device_child.setAccessibleName(self.tr("Child"))
        devices = sum(len(c.devices) for c in self.children_)
        if self.children_:
            self.summary.setText(arg(self.tr("Guardian will save %1 and %2 on this computer."),
                                     self.tr("%n child(ren)", "", len(self.children_)),
                                     self.tr("%n device(s) or app(s)", "", devices)))
        else:
            self.summary.setText(self.tr(
                "You can add your children at any time from Home or Family. The guides, helplines and ratings "
                "work without them."))
        self.skip_button.setText(self.tr("S&kip for now"))
        self.skip_button.setAccessibleDescription(self.tr("Closes the welcome; nothing about your family is saved."))
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setEnabled(index > START)
        self.next_button.setText(self.tr("&Finish") if index == DONE else self.tr("&Next"))
        self.skip_button.setVisible(index != DONE)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.children_:
                self._children_changed(self.child_list.currentRow())
        super().changeEvent(event)
