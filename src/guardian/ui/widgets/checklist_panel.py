"""A guide's setup steps as a checklist for one child's device: each step ticked (with the date) or not, and progress.

Used in two places: inside a guide (`selector=True`: the parent picks which child's device this is, or adds one) and
in the Family section's Checklists tab (one panel per device, `set_device`). The panel never listens to
`family.changed` itself: its owner calls `refresh()`, which updates the rows in place (no focus or scroll lost).
Step texts come from the guide's prose in the current language; ticks are stored by stable step id, so a language
switch keeps them.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian.domain.checklists import device_ticks
from guardian.domain.household import Device, step_key
from guardian.i18n.dates import short_date
from guardian.i18n.text import arg
from guardian.services.content_service import ContentService
from guardian.services.household_errors import HouseholdError
from guardian.services.pdf_service import MARKDOWN
from guardian.ui.widgets import links
from guardian.ui.widgets.field_label import field_label
from guardian.ui.widgets.flow_layout import FlowLayout


def household_ready(family) -> bool:
    """True when there is household data to show: opened, a household exists, and not locked behind the PIN."""
    return family is not None and family.available and family.unlocked and family.has_household()


def platform_steps(content: ContentService) -> dict[str, tuple[str, ...]]:
    """Each platform's ordered step ids (bare), as the checklist service expects them."""
    return {pid: tuple(platform.steps) for pid, platform in content.items("platforms").items()}


def guide_steps(content: ContentService, platform_id: str, language: str = "") -> list[tuple[str, str]]:
    """The guide's setup steps in order as (step id, text), the text in `language` (the app's by default), or the
    English while a translation is missing; the id itself for a step no text describes."""
    platform = content.items("platforms").get(platform_id)
    if platform is None:
        return []
    prose = content.library.prose("platforms", platform_id, language or content.language)
    texts = (prose.meta.get("steps") or {}) if prose else {}
    return [(step, texts.get(step, step)) for step in dict.fromkeys(platform.steps)]


def _markdown(text: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setMarkdown(text, MARKDOWN)
    return doc


def _numbered_html(number: int, doc: QTextDocument) -> str:
    """The step's rich text with its number in bold at the start of its first paragraph."""
    html = doc.toHtml()
    start, end = html.find("<body"), html.rfind("</body>")
    inner = html[html.find(">", start) + 1:end] if 0 <= start < end else html
    mark = f"<b>{number}.</b> "
    first = inner.find("<p")
    if first < 0:
        return mark + inner
    cut = inner.find(">", first) + 1
    return inner[:cut] + mark + inner[cut:]


class _StepText(QLabel):
    """The step's text: wraps, and a click on it ticks the box beside it (as a checkbox's own text would)."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        self._hovered = ""
        self.linkHovered.connect(self._set_hovered)
        self.linkActivated.connect(lambda url: links.open_external(self, QUrl(url)))

    def _set_hovered(self, link: str) -> None:
        self._hovered = link

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self._hovered and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()


class StepRow(QWidget):
    """One step: a tick box (Space toggles it), the wrapping text, and the date it was ticked."""

    toggled = Signal(str, bool)  # bare step id, ticked

    def __init__(self, step_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_id = step_id
        self.ticked: dt.date | None = None
        self.plain = ""
        self.check = QCheckBox()
        self.check.setObjectName("stepCheck")
        self.text = _StepText()
        self.text.setObjectName("stepText")
        self.date = QLabel()
        self.date.setObjectName("stepDate")
        self.date.setWordWrap(True)
        self.date.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.check.clicked.connect(lambda checked: self.toggled.emit(self.step_id, checked))
        self.text.clicked.connect(self._text_clicked)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        grid.addWidget(self.check, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.text, 0, 1)
        grid.addWidget(self.date, 1, 1)
        grid.setColumnStretch(1, 1)

    def _text_clicked(self) -> None:
        if self.check.isEnabled():
            self.check.setFocus(Qt.FocusReason.MouseFocusReason)
            self.check.click()

    def set_step(self, number: int, text: str, ticked: dt.date | None) -> None:
        doc = _markdown(text)
        self.plain = doc.toPlainText().strip()
        self.text.setText(_numbered_html(number, doc))
        self.set_ticked(ticked)
        self.check.setAccessibleName(arg(self.tr("Step %1: %2"), number, self.plain))

    def set_ticked(self, ticked: dt.date | None) -> None:
        self.ticked = ticked
        self.check.setChecked(ticked is not None)
        self.date.setText(arg(self.tr("Done on %1"), short_date(ticked)) if ticked else "")
        self.date.setVisible(ticked is not None)
        self.check.setAccessibleDescription(arg(self.tr("Done on %1"), short_date(ticked)) if ticked
                                            else self.tr("Not done yet"))


class ChecklistPanel(QWidget):
    family_requested = Signal()  # the parent wants the Family section (to add a child or manage devices)
    progress_changed = Signal(int, int)  # done, total

    def __init__(self, content: ContentService, family, selector: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self._content = content
        self._family = family
        self._selector = selector
        self.platform_id = ""
        self.device_id: int | None = None
        self.done = self.total = 0
        self.rows: list[StepRow] = []

        self.title = QLabel()
        self.title.setObjectName("checklistTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.device_label = field_label()
        self.device = QComboBox()
        self.device.setObjectName("checklistDevice")
        self.device.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.device.setMinimumContentsLength(12)
        self.device_label.setBuddy(self.device)
        self.device.activated.connect(self._device_chosen)
        self.add_more = QPushButton()
        self.add_more.setObjectName("checklistAddMore")
        self.add_more.clicked.connect(self._show_add)

        self.add_box = QWidget()
        self.add_box.setObjectName("checklistAddBox")
        self.add_intro = QLabel()
        self.add_intro.setWordWrap(True)
        self.child_label = QLabel()
        self.child = QComboBox()
        self.child.setObjectName("checklistChild")
        self.child_label.setBuddy(self.child)
        self.name_label = QLabel()
        self.name = QLineEdit()
        self.name.setObjectName("checklistDeviceName")
        self.name_label.setBuddy(self.name)
        self.name.returnPressed.connect(self.add_device)
        self.add_button = QPushButton()
        self.add_button.setObjectName("checklistAdd")
        self.add_button.clicked.connect(self.add_device)
        self.family_button = QPushButton()
        self.family_button.setObjectName("checklistOpenFamily")
        self.family_button.clicked.connect(self.family_requested)
        self.add_error = QLabel()
        self.add_error.setObjectName("checklistAddError")
        self.add_error.setWordWrap(True)
        self.add_error.hide()
        form = QGridLayout()
        form.addWidget(self.child_label, 0, 0)
        form.addWidget(self.child, 0, 1)
        form.addWidget(self.name_label, 1, 0)
        form.addWidget(self.name, 1, 1)
        form.setColumnStretch(1, 1)
        buttons = FlowLayout()  # the two buttons wrap in a narrow checklist column instead of scrolling sideways
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.family_button)
        add_layout = QVBoxLayout(self.add_box)
        add_layout.setContentsMargins(0, 0, 0, 0)
        add_layout.addWidget(self.add_intro)
        add_layout.addLayout(form)
        add_layout.addWidget(self.add_error)
        add_layout.addLayout(buttons)

        self.progress = QLabel()
        self.progress.setObjectName("checklistProgress")
        self.progress.setWordWrap(True)
        bold = QFont(self.progress.font())
        bold.setBold(True)
        self.progress.setFont(bold)
        self.error = QLabel()
        self.error.setObjectName("checklistError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.steps = QWidget()
        self.steps.setObjectName("checklistSteps")
        self.steps_layout = QVBoxLayout(self.steps)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        self.steps_layout.setSpacing(4)

        choose = QHBoxLayout()
        choose.addWidget(self.device_label)
        choose.addWidget(self.device, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(choose)
        layout.addWidget(self.add_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.steps)
        layout.addWidget(self.add_more, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        for widget in (self.title, self.intro, self.device_label, self.device, self.add_more):
            widget.setVisible(selector)
        self.add_box.hide()
        self.retranslate()

    # what the owner asks for

    def set_platform(self, platform_id: str) -> None:
        """Guide mode: the steps of this platform, for the household device the parent chooses."""
        if platform_id != self.platform_id:
            self.device_id = None
            self.add_box.hide()
            self.add_error.hide()
        self.platform_id = platform_id
        self.refresh()

    def set_device(self, device_id: int, platform_id: str) -> None:
        """Family tab mode: always this device."""
        self.device_id = device_id
        self.platform_id = platform_id
        self.refresh()

    def shows_steps(self) -> bool:
        """True when the steps are shown here as tick boxes (so a guide need not list them again)."""
        return bool(self.rows) and not self.steps.isHidden()

    def row(self, step_id: str) -> StepRow | None:
        return next((r for r in self.rows if r.step_id == step_id), None)

    def refresh(self) -> None:
        """Re-read the household and the ticks, updating what is shown in place."""
        family = self._family
        devices: list[Device] = []
        if household_ready(family) and self.platform_id:
            devices = [d for d in family.view().devices if d.platform_id == self.platform_id]
        if self._selector:
            self._fill_devices(devices)
        elif self.device_id not in {d.id for d in devices}:
            self.device_id = None
        self._show_steps(self.device_id)
        if self._selector:
            ready = household_ready(family)
            none_yet = ready and not devices
            if none_yet:
                self.add_box.show()
            elif not ready:
                self.add_box.hide()
            self.add_more.setVisible(bool(devices) and self.add_box.isHidden())
            self.device_label.setVisible(bool(devices))
            self.device.setVisible(bool(devices))
            if not self.add_box.isHidden():
                self._fill_children()
            self._update_add_texts(none_yet)

    # devices and the steps of the chosen one

    def _fill_devices(self, devices: list[Device]) -> None:
        names = {c.id: c.display_name for c in self._family.view().children} if devices else {}
        items = [(arg(self.tr("%1: %2"), names.get(d.child_id, ""), d.label), d.id) for d in devices]
        if self.device_id not in {d.id for d in devices}:
            self.device_id = devices[0].id if devices else None
        current = [(self.device.itemText(i), self.device.itemData(i)) for i in range(self.device.count())]
        if current != items:
            self.device.blockSignals(True)
            self.device.clear()
            for text, device_id in items:
                self.device.addItem(text, device_id)
            self.device.blockSignals(False)
        self.device.setCurrentIndex(max(self.device.findData(self.device_id), 0) if items else -1)

    def _device_chosen(self, index: int) -> None:
        self.device_id = self.device.itemData(index)
        self.error.hide()
        self.refresh()

    def _show_steps(self, device_id: int | None) -> None:
        if device_id is None or self.platform_id not in self._content.items("platforms"):
            self._set_rows(())
            self.steps.hide()
            self.progress.hide()
            self._set_progress(0, 0)
            return
        ticks = device_ticks(device_id, self._family.view().ticks)
        steps = guide_steps(self._content, self.platform_id)
        self._set_rows([step for step, _text in steps])
        for number, (row, (step, text)) in enumerate(zip(self.rows, steps, strict=True), start=1):
            row.set_step(number, text, ticks.get(step_key(self.platform_id, step)))
        done = sum(1 for r in self.rows if r.ticked is not None)
        self.steps.show()
        self.progress.show()
        self.progress.setText(arg(self.tr("%1 of %2 done"), done, len(self.rows)))
        self.steps.setAccessibleName(arg(self.tr("Setup steps, %1 of %2 done"), done, len(self.rows)))
        self._set_progress(done, len(self.rows))

    def _set_rows(self, steps) -> None:
        if [r.step_id for r in self.rows] == list(steps):
            return
        for row in self.rows:
            row.hide()  # gone at once (deleteLater waits for the event loop)
            self.steps_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for step in steps:
            row = StepRow(step)
            row.toggled.connect(self._toggled)
            self.steps_layout.addWidget(row)
            self.rows.append(row)
        # Tab follows reading order: the selector, the add form, each step, then "add for another child"
        chain = [self.device, self.child, self.name, self.add_button, self.family_button,
                 *(r.check for r in self.rows), self.add_more]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _set_progress(self, done: int, total: int) -> None:
        if (done, total) != (self.done, self.total):
            self.done, self.total = done, total
            self.progress_changed.emit(done, total)

    def _toggled(self, step_id: str, ticked: bool) -> None:
        if self.device_id is None:
            return
        try:
            if ticked:
                self._family.checklists.tick(self.device_id, step_id)
            else:
                self._family.checklists.untick(self.device_id, step_id)
        except HouseholdError as error:
            self.error.setText(error.message)
            self.error.show()
            self.refresh()
            return
        self.error.hide()
        self._family.notify()  # the owner refreshes this panel, and every other page follows

    # adding this platform to a child's devices

    def _show_add(self) -> None:
        self.add_box.show()
        self.add_more.hide()
        self._fill_children()
        (self.child if self.child.isEnabled() else self.family_button).setFocus()

    def _fill_children(self) -> None:
        children = list(self._family.view().children) if household_ready(self._family) else []
        current = self.child.currentData()
        self.child.blockSignals(True)
        self.child.clear()
        for child in children:
            self.child.addItem(child.display_name, child.id)
        self.child.setCurrentIndex(max(self.child.findData(current), 0) if children else -1)
        self.child.blockSignals(False)
        for widget in (self.child_label, self.child, self.name_label, self.name, self.add_button):
            widget.setVisible(bool(children))
        if not self.name.text():
            self.name.setText(self._content.title("platforms", self.platform_id))

    def add_device(self) -> None:
        child_id = self.child.currentData()
        if child_id is None:
            return
        try:
            device = self._family.household.add_device(child_id, self.platform_id, self.name.text())
        except HouseholdError as error:
            self.add_error.setText(error.message)
            self.add_error.show()
            self.name.setFocus()
            return
        self.add_error.hide()
        self.add_box.hide()
        self.name.clear()
        self.device_id = device.id
        self._family.notify()
        if self.rows:
            self.rows[0].check.setFocus()

    def _update_add_texts(self, none_yet: bool) -> None:
        has_children = self.child.count() > 0
        if not has_children:
            text = self.tr("To tick these steps as you go, first add your child in the Family section.")
        elif none_yet:
            text = self.tr("None of your children's devices uses this guide yet. Add it to a child's devices to "
                           "tick each step as you finish it.")
        else:
            text = self.tr("Add this to another child's devices to keep a separate checklist for it.")
        self.add_intro.setText(text)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your checklist"))
        self.intro.setText(self.tr("Tick each step when you have done it on your child's device. Guardian notes "
                                   "the date, so you can see at the next review what was set up and when."))
        self.device_label.setText(self.tr("&Whose device:"))
        self.device.setAccessibleName(self.tr("Whose device or account this checklist is for"))
        self.add_more.setText(self.tr("Add for another child…"))
        self.add_more.setAccessibleName(self.tr("Add this to another child's devices"))
        self.child_label.setText(self.tr("&Child:"))
        self.child.setAccessibleName(self.tr("Child"))
        self.name_label.setText(self.tr("&Name:"))
        self.name.setAccessibleName(self.tr("Name of the device or account"))
        self.name.setPlaceholderText(self.tr("For example: Anna's phone"))
        self.add_button.setText(self.tr("&Add to this child's devices"))
        self.add_button.setAccessibleName(self.tr("Add to this child's devices"))
        self.family_button.setText(self.tr("Go to Family"))
        self.family_button.setAccessibleName(self.tr("Go to the Family section to manage children and devices"))
        self.steps.setAccessibleName(self.tr("Setup steps"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
