"""Family > Children and devices: the children, each child's devices and apps, and how often to review them.

Adding and editing go through ChildDialog and DeviceDialog (opened with open(), never exec()); deleting asks first
and says what goes with it. Every write goes through family.household / family.reviews and ends with
family.notify(), so Home and the checklists follow. Errors are HouseholdError messages, shown in words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guardian.domain.household import Child, Device
from guardian.i18n.locales import long_date
from guardian.i18n.text import arg
from guardian.services.content_service import ContentService
from guardian.services.family import Family
from guardian.services.household_errors import HouseholdError
from guardian.settings import Settings
from guardian.ui.device_names import device_title
from guardian.ui.dialogs.child_dialog import ChildDialog
from guardian.ui.dialogs.device_dialog import DeviceDialog
from guardian.ui.widgets.field_label import field_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ChildrenTab(QWidget):
    def __init__(self, content: ContentService, family: Family, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("childrenTab")
        self._content = content
        self._family = family
        self._settings = settings
        self.dialog: ChildDialog | DeviceDialog | None = None
        self._children: list[Child] = []
        self._devices: list[Device] = []

        self.children_label = QLabel()
        self.children_list = QListWidget()
        self.children_list.setObjectName("childrenList")
        self.children_label.setBuddy(self.children_list)
        self.add_child_button = QPushButton()
        self.add_child_button.setObjectName("addChildButton")
        self.edit_child_button = QPushButton()
        self.edit_child_button.setObjectName("editChildButton")
        self.delete_child_button = QPushButton()
        self.delete_child_button.setObjectName("deleteChildButton")
        child_buttons = QHBoxLayout()
        for button in (self.add_child_button, self.edit_child_button, self.delete_child_button):
            child_buttons.addWidget(button)
        child_buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.children_label)
        left.addWidget(self.children_list, 1)
        left.addLayout(child_buttons)

        self.devices_label = QLabel()
        self.devices_list = QListWidget()
        self.devices_list.setObjectName("devicesList")
        self.devices_label.setBuddy(self.devices_list)
        self.add_device_button = QPushButton()
        self.add_device_button.setObjectName("addDeviceButton")
        self.rename_device_button = QPushButton()
        self.rename_device_button.setObjectName("renameDeviceButton")
        self.remove_device_button = QPushButton()
        self.remove_device_button.setObjectName("removeDeviceButton")
        device_buttons = QHBoxLayout()
        for button in (self.add_device_button, self.rename_device_button, self.remove_device_button):
            device_buttons.addWidget(button)
        device_buttons.addStretch(1)
        self.interval_label = field_label()
        self.interval = QSpinBox()
        self.interval.setObjectName("reviewInterval")
        self.interval.setRange(1, 24)
        self.interval.setKeyboardTracking(False)
        self.interval_label.setBuddy(self.interval)
        self.next_review = QLabel()
        self.next_review.setObjectName("nextReview")
        self.next_review.setWordWrap(True)
        review_form = QFormLayout()
        review_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        review_form.addRow(self.interval_label, self.interval)
        review_form.addRow(self.next_review)
        right = QVBoxLayout()
        right.addWidget(self.devices_label)
        right.addWidget(self.devices_list, 1)
        right.addLayout(device_buttons)
        right.addLayout(review_form)

        self.message = QLabel()
        self.message.setObjectName("childrenMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(columns, 1)

        self.children_list.currentRowChanged.connect(lambda _: self._show_child())
        self.devices_list.currentRowChanged.connect(lambda _: self._update_buttons())
        self.children_list.itemActivated.connect(lambda _: self.edit_child())
        self.devices_list.itemActivated.connect(lambda _: self.rename_device())
        self.add_child_button.clicked.connect(self.add_child)
        self.edit_child_button.clicked.connect(self.edit_child)
        self.delete_child_button.clicked.connect(self.delete_child)
        self.add_device_button.clicked.connect(self.add_device)
        self.rename_device_button.clicked.connect(self.rename_device)
        self.remove_device_button.clicked.connect(self.remove_device)
        self.interval.valueChanged.connect(self._set_interval)
        family.changed.connect(self.refresh)
        self.retranslate()

    # reading

    def current_child(self) -> Child | None:
        row = self.children_list.currentRow()
        return self._children[row] if 0 <= row < len(self._children) else None

    def current_device(self) -> Device | None:
        row = self.devices_list.currentRow()
        return self._devices[row] if 0 <= row < len(self._devices) else None

    def select_child(self, child_id: int) -> None:
        for row, child in enumerate(self._children):
            if child.id == child_id:
                self.children_list.setCurrentRow(row)

    def refresh(self) -> None:
        chosen = self.current_child()
        self._children = self._family.household.children() if self._family.available else []
        self.children_list.blockSignals(True)
        self.children_list.clear()
        for child in self._children:
            when = long_date(child.birth_date, self._content.language) if child.birth_date else child.birth_year
            item = QListWidgetItem(arg(self.tr("%1, born %2"), child.display_name, when))
            item.setData(ID_ROLE, child.id)
            self.children_list.addItem(item)
        self.children_list.blockSignals(False)
        rows = [i for i, c in enumerate(self._children) if chosen is not None and c.id == chosen.id]
        self.children_list.setCurrentRow(rows[0] if rows else (0 if self._children else -1))
        self._show_child()

    def _platform_name(self, platform_id: str) -> str:
        return self._content.title("platforms", platform_id)

    def _show_child(self) -> None:
        child = self.current_child()
        chosen = self.current_device()
        self._devices = self._family.household.devices(child.id) if child is not None else []
        self.devices_list.clear()
        for device in self._devices:
            item = QListWidgetItem(device_title(device.label, self._platform_name(device.platform_id)))
            item.setData(ID_ROLE, device.id)
            self.devices_list.addItem(item)
        rows = [i for i, d in enumerate(self._devices) if chosen is not None and d.id == chosen.id]
        self.devices_list.setCurrentRow(rows[0] if rows else (0 if self._devices else -1))
        self.devices_label.setText(arg(self.tr("&Devices and apps of %1:"), child.display_name) if child
                                   else self.tr("&Devices and apps:"))
        reminder = None
        if child is not None:
            reminder = next((r for r in self._family.reviews.reminders() if r.child.id == child.id), None)
        self.interval.blockSignals(True)
        self.interval.setValue(reminder.review.interval_months if reminder else 3)
        self.interval.blockSignals(False)
        self.next_review.setText(arg(self.tr("Next settings review: %1"),
                                     long_date(reminder.due_on, self._content.language)) if reminder else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        available = self._family.available
        has_child = self.current_child() is not None
        has_device = self.current_device() is not None
        self.add_child_button.setEnabled(available)
        self.edit_child_button.setEnabled(has_child)
        self.delete_child_button.setEnabled(has_child)
        self.add_device_button.setEnabled(has_child)
        self.rename_device_button.setEnabled(has_device)
        self.remove_device_button.setEnabled(has_device)
        self.interval.setEnabled(has_child)

    # writing

    def _done(self, focus: QWidget | None = None) -> None:
        self.message.hide()
        self._family.notify()
        if focus is not None:
            focus.setFocus()

    def _show_error(self, error: HouseholdError) -> None:
        self.message.setText(error.message)
        self.message.show()

    def add_child(self) -> None:
        def save(name, year, birth, notes):
            return self._family.household.add_child(name, year, birth, notes)

        self.dialog = ChildDialog(save, self._family.today(), with_notes=True, parent=self)
        self.dialog.accepted.connect(lambda: self._child_saved(self.dialog.result_value))
        self.dialog.open()

    def edit_child(self) -> None:
        child = self.current_child()
        if child is None:
            return

        def save(name, year, birth, notes):
            return self._family.household.update_child(Child(child.id, name, year, birth, notes))

        self.dialog = ChildDialog(save, self._family.today(), child, with_notes=True, parent=self)
        self.dialog.accepted.connect(lambda: self._child_saved(self.dialog.result_value))
        self.dialog.open()

    def _child_saved(self, child: Child) -> None:
        self._done(self.children_list)
        self.select_child(child.id)

    def delete_child(self) -> None:
        child = self.current_child()
        if child is None:
            return
        devices = self._family.household.devices(child.id)
        ticks = sum(len(self._family.checklists.ticks(d.id)) for d in devices)
        agreements = len(self._family.agreements.agreements(child.id))
        text = arg(self.tr("Delete %1 from this computer? This also deletes %2, %3 and %4, and the review "
                           "reminder. Journal entries stay, without the child's name."),
                   child.display_name, self.tr("%n device(s) and app(s)", "", len(devices)),
                   self.tr("%n ticked checklist step(s)", "", ticks),
                   self.tr("%n family agreement(s)", "", agreements))
        answer = QMessageBox.question(self, self.tr("Delete child"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._family.household.delete_child(child.id)
        except HouseholdError as error:
            self._show_error(error)
            return
        self.children_list.setCurrentRow(-1)
        self._done(self.children_list)

    def add_device(self) -> None:
        child = self.current_child()
        if child is None:
            return

        def save(platform_id, label):
            return self._family.household.add_device(child.id, platform_id, label)

        self.dialog = DeviceDialog(self._content, save, parent=self)
        self.dialog.accepted.connect(lambda: self._done(self.devices_list))
        self.dialog.open()

    def rename_device(self) -> None:
        device = self.current_device()
        if device is None:
            return

        def save(_platform_id, label):
            return self._family.household.update_device(Device(device.id, device.child_id, device.platform_id,
                                                               label))

        self.dialog = DeviceDialog(self._content, save, device, parent=self)
        self.dialog.accepted.connect(lambda: self._done(self.devices_list))
        self.dialog.open()

    def remove_device(self) -> None:
        device = self.current_device()
        if device is None:
            return
        ticks = len(self._family.checklists.ticks(device.id))
        text = arg(self.tr("Remove %1? This also deletes %2."), device.label,
                   self.tr("%n ticked checklist step(s)", "", ticks))
        answer = QMessageBox.question(self, self.tr("Remove device or app"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._family.household.delete_device(device.id)
        except HouseholdError as error:
            self._show_error(error)
            return
        self._done(self.devices_list)

    def _set_interval(self, months: int) -> None:
        child = self.current_child()
        if child is None:
            return
        try:
            self._family.reviews.set_interval(child.id, months)
        except HouseholdError as error:
            self._show_error(error)
            return
        self._done()

    # language

    def retranslate(self) -> None:
        self.children_label.setText(self.tr("&Children:"))
        self.children_list.setAccessibleName(self.tr("Children"))
        self.add_child_button.setText(self.tr("&Add a child\u2026"))
        self.edit_child_button.setText(self.tr("&Edit\u2026"))
        self.edit_child_button.setAccessibleName(self.tr("Edit the chosen child"))
        self.delete_child_button.setText(self.tr("De&lete\u2026"))
        self.delete_child_button.setAccessibleName(self.tr("Delete the chosen child"))
        self.devices_list.setAccessibleName(self.tr("Devices and apps"))
        self.add_device_button.setText(self.tr("Add a de&vice or app\u2026"))
        self.rename_device_button.setText(self.tr("Re&name\u2026"))
        self.rename_device_button.setAccessibleName(self.tr("Rename the chosen device or app"))
        self.remove_device_button.setText(self.tr("Re&move\u2026"))
        self.remove_device_button.setAccessibleName(self.tr("Remove the chosen device or app"))
        self.interval_label.setText(self.tr("Review the settings every (&months):"))
        self.interval.setAccessibleName(self.tr("Months between settings reviews"))
        self.interval.setAccessibleDescription(self.tr(
            "Home reminds you when it is time to check this child's settings again."))
        if self._family.is_open:
            self.refresh()
        else:
            self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
