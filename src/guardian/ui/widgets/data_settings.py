"""Settings > Your household data: where it is kept, export it to a file, import one, delete it all.

Every action asks for the parent PIN first when one is set. An import is read and checked completely before the
parent is asked anything: a bad file is named and explained, and nothing changes. A good one is described (how many
children, devices, ticks, agreements, journal entries) before it replaces the household, which is backed up first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from guardian.i18n.text import arg
from guardian.services.family import Family
from guardian.services.household_errors import HouseholdError
from guardian.ui.dialogs import data_dialogs
from guardian.ui.dialogs.pin_dialog import PinDialog, ask_pin_then
from guardian.ui.widgets.flow_layout import FlowLayout


def default_export_name(family: Family) -> str:
    return f"guardian-household-{family.today():%Y-%m-%d}.json"


class DataSettings(QGroupBox):
    def __init__(self, family: Family, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataSettings")
        self._family = family
        self.dialog: PinDialog | None = None
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.folder = QLabel()
        self.folder.setObjectName("dataFolder")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteAllButton")
        self.status = QLabel()
        self.status.setObjectName("dataStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        buttons = FlowLayout()  # wraps at large text sizes instead of widening the page
        for button in (self.export_button, self.import_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.folder)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.export_button.clicked.connect(self.export_household)
        self.import_button.clicked.connect(self.import_household)
        self.delete_button.clicked.connect(self.delete_all)
        family.changed.connect(self.refresh)
        self.retranslate()

    # the actions (each behind the PIN)

    def _with_pin(self, purpose: str, action) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ask_pin_then(self._family, self, purpose, action)

    def export_household(self) -> None:
        self._with_pin(self.tr("Enter the parent PIN to export the household."), self._export)

    def import_household(self) -> None:
        self._with_pin(self.tr("Enter the parent PIN to import a household."), self._import)

    def delete_all(self) -> None:
        self._with_pin(self.tr("Enter the parent PIN to delete all household data."), self._delete_all)

    def _export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / default_export_name(self._family)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the household"), str(suggested),
                                              self.tr("Household files (*.json)"))
        if not name:
            return
        file = Path(name)
        if not file.suffix:
            file = file.with_suffix(".json")
        try:
            self._family.transfer.export_to(file)
        except HouseholdError as exc:
            self._fail(self.tr("The household was not exported"), exc.message)
            return
        self._say(arg(self.tr("The household was exported to %1. The file holds your children's details: keep "
                              "it somewhere private."), file))

    def _import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a household"), "",
                                              self.tr("Household files (*.json);;All files (*)"))
        if not name:
            return
        file = Path(name)
        transfer = self._family.transfer
        try:
            snapshot = transfer.read_file(file)
        except HouseholdError as exc:
            self._fail(self.tr("This file cannot be imported"),
                       arg(self.tr("%1\n\nNothing was changed."), exc.message))
            return
        if not data_dialogs.ask(self, data_dialogs.import_title(),
                                data_dialogs.import_text(file, snapshot.counts(), self._family.paths.backups),
                                data_dialogs.import_button()):
            return
        try:
            result = transfer.import_snapshot(snapshot)
        except HouseholdError as exc:
            self._fail(self.tr("The household was not imported"), exc.message)
            return
        self._family.notify()
        self._say(arg(self.tr("The household from %1 was imported. The household from before was backed up as %2."),
                      file.name, result.backup))

    def _delete_all(self) -> None:
        if not data_dialogs.ask(self, data_dialogs.delete_all_title(), data_dialogs.delete_all_text(),
                                data_dialogs.delete_all_button()):
            return
        try:
            self._family.delete_all()
        except OSError as exc:
            self._fail(self.tr("Not everything was deleted"),
                       arg(self.tr("Some household files could not be deleted: %1"), exc.strerror or exc))
            return
        self._say(self.tr("All household data was deleted from this computer. The guides and your settings are "
                          "still here."))

    # what the panel says

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.status.setAccessibleName(text)

    def _fail(self, title: str, text: str) -> None:
        self._say(text)
        data_dialogs.tell(self, title, text)

    def refresh(self) -> None:
        available = self._family.available
        for button in (self.export_button, self.import_button, self.delete_button):
            button.setEnabled(available)
        notice = self._family.notice
        if not available and notice is not None and notice.text:
            self._say(notice.text)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your household data"))
        self.where.setText(self.tr(
            "What you enter about your family stays on this computer, in this folder, readable only by your user "
            "account. Guardian keeps automatic backups of it in the backups folder inside it."))
        self.folder.setText(str(self._family.paths.data))
        self.folder.setAccessibleName(self.tr("Household data folder"))
        self.export_button.setText(self.tr("E&xport..."))
        self.export_button.setAccessibleName(self.tr("Export the household to a file"))
        self.import_button.setText(self.tr("&Import..."))
        self.import_button.setAccessibleName(self.tr("Import a household from a file"))
        self.import_button.setAccessibleDescription(self.tr("Replaces the household on this computer, after a "
                                                            "backup."))
        self.delete_button.setText(self.tr("&Delete all my data..."))
        self.delete_button.setAccessibleName(self.tr("Delete all my household data"))
        self.delete_button.setAccessibleDescription(self.tr("Deletes children, devices, ticks, agreements, journal, "
                                                            "PIN and backups. Guides stay."))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
