"""The language and country choices shown by Settings and by the first-run welcome, and how a setting locked by the
school's policy looks: the same lists, the same order, the same "set by your school" note in both places."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from guardian.i18n.locales import SUPPORTED_LANGUAGES, country_name, language_name
from guardian.i18n.text import arg
from guardian.settings import SettingNotSavedError, Settings
from guardian.ui.widgets.field_label import field_label


def save_choice(parent: QWidget, settings: Settings, key: str, value: object) -> bool:
    """Store the parent's choice of a setting. True when it applies: saved, or kept until Guardian is closed when the
    settings file cannot be written (the parent is told why and what to do). False when it was refused (locked by
    the school, or not a value the setting can hold)."""
    try:
        settings.set(key, value)
    except SettingNotSavedError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Settings", "Setting not saved"), arg(
            QCoreApplication.translate(
                "Settings", "Guardian could not save this setting, so it applies only until Guardian is closed. "
                            "Check that the disk is not full and that this folder can be written to. On a school "
                            "computer, ask your school's IT contact.\n\n%1"), str(exc.file.parent)))
    except ValueError:
        return False
    return True


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, object]], current: object) -> None:
    """Replace the items quietly (no change signals) and keep `current` chosen where it still exists."""
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def language_items(system_text: str) -> list[tuple[str, object]]:
    """'Same as the system' (in the caller's words), then each supported language in its own name."""
    return [(system_text, "system"), *((language_name(code), code) for code in SUPPORTED_LANGUAGES)]


def country_items(none_text: str, countries: Iterable[str], ui_language: str) -> list[tuple[str, object]]:
    """'Not chosen' (in the caller's words), then the countries by their name in the interface language."""
    named = sorted(((country_name(cc, ui_language), cc) for cc in countries), key=lambda item: item[0])
    return [(none_text, ""), *named]


def add_setting_row(form: QFormLayout, combo: QComboBox, note_name: str) -> tuple[QLabel, QLabel]:
    """A form row for a setting: its label (the combo's buddy, text set by the caller) and, under the combo, the note
    that show_lock() fills when the school locked it. Returns (label, note)."""
    label = field_label(combo)
    note = QLabel()
    note.setObjectName(note_name)
    note.setWordWrap(True)
    box = QVBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(combo)
    box.addWidget(note)
    form.addRow(label, box)
    return label, note


def show_lock(combo: QComboBox, note: QLabel, locked: bool, note_text: str) -> None:
    """A locked setting cannot be changed here; its note (e.g. "Set by your school") says why, also to a screen
    reader."""
    combo.setEnabled(not locked)
    note.setText(note_text if locked else "")
    note.setVisible(locked)
    combo.setAccessibleDescription(note.text())
