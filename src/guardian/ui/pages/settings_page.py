"""Settings: language, country and theme (settings the school locked are shown as such and cannot be changed); with
the household, also the parent PIN and the household data (where it is, export, import, delete)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from guardian.i18n.locales import resolve_language
from guardian.services.family import Family
from guardian.settings import THEMES, Settings
from guardian.ui.widgets.data_settings import DataSettings
from guardian.ui.widgets.page_header import PageHeader
from guardian.ui.widgets.pin_settings import PinSettings
from guardian.ui.widgets.setting_choices import (
    add_setting_row,
    country_items,
    fill_combo,
    language_items,
    save_choice,
    show_lock,
)


class SettingsPage(QWidget):
    setting_changed = Signal(str, object)

    def __init__(self, settings: Settings, countries: Callable[[], list[str]], family: Family | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._settings = settings
        self._countries = countries
        self.header = PageHeader()
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.country = QComboBox()
        self.country.setObjectName("countryCombo")
        self.theme = QComboBox()
        self.theme.setObjectName("themeCombo")
        self._lock_notes: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        for key, combo in (("language", self.language), ("country", self.country), ("theme", self.theme)):
            self._labels[key], self._lock_notes[key] = add_setting_row(self.form, combo, f"{key}LockNote")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.header)
        layout.addLayout(self.form)
        self.pin_settings = PinSettings(family) if family is not None else None
        self.data_settings = DataSettings(family) if family is not None else None
        for group in (self.pin_settings, self.data_settings):
            if group is not None:
                layout.addSpacing(8)
                layout.addWidget(group)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.language.activated.connect(lambda _: self._choose("language", self.language.currentData()))
        self.country.activated.connect(lambda _: self._choose("country", self.country.currentData()))
        self.theme.activated.connect(lambda _: self._choose("theme", self.theme.currentData()))
        self.retranslate()

    def _choose(self, key: str, value: object) -> None:
        if value is None or value == self._settings.value(key):
            return
        if not save_choice(self, self._settings, key, value):
            self.refresh()
            return
        self.setting_changed.emit(key, value)

    def refresh(self) -> None:
        ui = resolve_language(self._settings.value("language"))
        fill_combo(self.language, language_items(self.tr("Same as the system")), self._settings.value("language"))
        fill_combo(self.country, country_items(self.tr("Not chosen"), self._countries(), ui),
                   self._settings.value("country"))
        themes = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
            "high-contrast": self.tr("High contrast"),
        }
        fill_combo(self.theme, [(themes[t], t) for t in THEMES], self._settings.value("theme"))
        for key, combo in (("language", self.language), ("country", self.country), ("theme", self.theme)):
            show_lock(combo, self._lock_notes[key], self._settings.is_locked(key), self.tr("Set by your school"))

    def retranslate(self) -> None:
        self.header.set_text(self.tr("Settings"), self.tr("Guardian keeps these choices on this computer only."))
        self._labels["language"].setText(self.tr("&Language"))
        self._labels["country"].setText(self.tr("&Country"))
        self._labels["theme"].setText(self.tr("&Appearance"))
        self.language.setAccessibleName(self.tr("Language"))
        self.country.setAccessibleName(self.tr("Country"))
        self.theme.setAccessibleName(self.tr("Appearance"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
