"""Add a device or app to a child (platform from the content, plus a label such as "Anna's phone"), or rename one.

A device's platform cannot change once added (its ticks belong to that platform's guide), so editing shows only the
label. Like ChildDialog it saves through a `save(platform_id, label)` callable and shows HouseholdError in words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from guardian.domain.household import Device
from guardian.services.content_service import ContentService
from guardian.services.household_errors import HouseholdError
from guardian.ui.widgets.platform_picker import PlatformPicker

Save = Callable[[str, str], object]


class DeviceDialog(QDialog):
    def __init__(self, content: ContentService, save: Save, device: Device | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deviceDialog")
        self._content = content
        self._save = save
        self._device = device
        self._auto_label = ""
        self.picker: PlatformPicker | None = None
        self.platform_text = QLabel()
        self.platform_text.setWordWrap(True)
        self.label = QLineEdit()
        self.label.setObjectName("deviceLabelEdit")
        self.label.setMaxLength(100)
        self.label_label = QLabel()
        self.label_label.setBuddy(self.label)
        self.error = QLabel()
        self.error.setObjectName("deviceError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("font-weight: bold;")
        self.error.hide()
        layout = QVBoxLayout(self)
        if device is None:
            self.picker = PlatformPicker(content)
            self.picker.changed.connect(self._platform_changed)
            layout.addWidget(self.picker, 1)
        else:
            self.label.setText(device.label)
            layout.addWidget(self.platform_text)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.label_label, self.label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def platform_id(self) -> str:
        if self._device is not None:
            return self._device.platform_id
        return (self.picker.current() if self.picker is not None else None) or ""

    def _platform_name(self, platform_id: str) -> str:
        return self._content.title("platforms", platform_id)

    def _platform_changed(self) -> None:
        """Suggest the platform's name as label until the parent types one of their own."""
        platform_id = self.platform_id()
        if platform_id and self.label.text() in ("", self._auto_label):
            self._auto_label = self._platform_name(platform_id)
            self.label.setText(self._auto_label)

    def _accept(self) -> None:
        if not self.platform_id():
            self.error.setText(self.tr("Choose a device or app from the list."))
            self.error.show()
            if self.picker is not None:
                self.picker.tree.setFocus()
            return
        try:
            self._save(self.platform_id(), self.label.text())
        except HouseholdError as error:
            self.error.setText(error.message)
            self.error.show()
            self.label.setFocus()
            return
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a device or app") if self._device is None
                            else self.tr("Rename a device or app"))
        self.label_label.setText(self.tr("&Label, for example \u201cAnna's phone\u201d:"))
        self.label.setAccessibleName(self.tr("Label"))
        if self._device is not None:
            self.platform_text.setText(self._platform_name(self._device.platform_id))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
