"""Family > Checklists: per child, the settings review reminder, and per device its guide's steps with tick boxes.

A review means going through the checklists again, because platforms change their settings. The tab follows
`family.changed` (other pages tick too): when only ticks or reviews changed it updates in place; when children or
devices changed it rebuilds, keeping the parent's scroll position and which devices were folded away.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guardian.domain.checklists import device_ticks
from guardian.domain.household import DEFAULT_REVIEW_MONTHS, Child, Device, step_key
from guardian.domain.reminders import ReviewReminder
from guardian.i18n.dates import short_date
from guardian.i18n.text import arg
from guardian.services.checklist_pdf import (
    ChecklistSheet,
    DeviceSheet,
    checklist_markdown,
    sheet_title,
    write_checklist_pdf,
)
from guardian.services.content_service import ContentService
from guardian.services.document_text import document_language
from guardian.services.household_errors import HouseholdError
from guardian.services.pdf_service import markdown_document
from guardian.ui.device_names import device_title
from guardian.ui.dialogs.print_document import print_document
from guardian.ui.dialogs.save_pdf import save_pdf
from guardian.ui.widgets.checklist_panel import ChecklistPanel, guide_steps, household_ready

MAX_INTERVAL_MONTHS = 24  # the review service accepts 1..24


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class DeviceSection(QWidget):
    """One device: its name, guide and progress, a button to fold its steps away, "Open the guide", the steps."""

    guide_requested = Signal(str)

    def __init__(self, content: ContentService, family, device: Device, expanded: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.device = device
        self._content = content
        self.heading = _bold(QLabel())
        self.heading.setObjectName("deviceHeading")
        self.fold = QPushButton()
        self.fold.setObjectName("deviceFold")
        self.fold.setCheckable(True)
        self.fold.setChecked(expanded)
        self.fold.toggled.connect(self._folded)
        self.open_guide = QPushButton()
        self.open_guide.setObjectName("deviceOpenGuide")
        self.open_guide.clicked.connect(lambda: self.guide_requested.emit(device.platform_id))
        self.panel = ChecklistPanel(content, family, selector=False)
        self.panel.set_device(device.id, device.platform_id)
        self.panel.setVisible(expanded)
        self.panel.progress.hide()  # the heading says it
        self.panel.progress_changed.connect(lambda _done, _total: self.retranslate())
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.fold, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.open_guide, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 4, 0, 4)
        layout.addLayout(row)
        layout.addWidget(self.panel)
        self.retranslate()

    @property
    def expanded(self) -> bool:
        return self.fold.isChecked()

    def _folded(self, expanded: bool) -> None:
        self.panel.setVisible(expanded)
        self.retranslate()

    def refresh(self) -> None:
        self.panel.refresh()
        self.panel.progress.hide()
        self.retranslate()

    def retranslate(self) -> None:
        guide = self._content.title("platforms", self.device.platform_id)
        self.heading.setText(arg(self.tr("%1: %2 of %3 done"), device_title(self.device.label, guide), self.panel.done,
                                 self.panel.total))
        self.fold.setText(self.tr("Hide steps") if self.expanded else self.tr("Show steps"))
        self.fold.setAccessibleName(arg(self.tr("Show the steps for %1"), self.device.label))
        self.open_guide.setText(self.tr("Open the guide"))
        self.open_guide.setAccessibleName(arg(self.tr("Open the guide for %1"), guide))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ChildSection(QFrame):
    """One child: the name, when the next settings review is (highlighted when due), and each device's checklist."""

    guide_requested = Signal(str)

    def __init__(self, content: ContentService, family, child: Child, devices: list[Device],
                 collapsed: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.child = child
        self._family = family
        self._content = content
        self.reminder: ReviewReminder | None = None
        self.name = _bold(QLabel(child.display_name), 1.2)
        self.name.setObjectName("childName")
        self.review = QLabel()
        self.review.setObjectName("reviewStatus")
        self.review.setWordWrap(True)
        self.review.setMargin(4)
        self.reviewed = QPushButton()
        self.reviewed.setObjectName("markReviewed")
        self.reviewed.clicked.connect(self.mark_reviewed)
        self.interval_label = QLabel()
        self.interval = QSpinBox()
        self.interval.setObjectName("reviewInterval")
        self.interval.setRange(1, MAX_INTERVAL_MONTHS)
        self.interval.setValue(DEFAULT_REVIEW_MONTHS)
        self.interval.setKeyboardTracking(False)  # typing "12" must not save 1 first
        self.interval_label.setBuddy(self.interval)
        self.interval.valueChanged.connect(self.set_interval)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("checklistPdf")
        self.pdf_button.clicked.connect(self.save_as_pdf)
        self.print_button = QPushButton()
        self.print_button.setObjectName("checklistPrint")
        self.print_button.clicked.connect(self.print_sheet)
        self.error = QLabel()
        self.error.setObjectName("reviewError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.no_devices = QLabel()
        self.no_devices.setWordWrap(True)
        self.no_devices.setVisible(not devices)
        self.devices = [DeviceSection(content, family, d, d.id not in collapsed) for d in devices]
        for section in self.devices:
            section.guide_requested.connect(self.guide_requested)
        actions = QHBoxLayout()
        actions.addWidget(self.reviewed)
        actions.addSpacing(16)
        actions.addWidget(self.interval_label)
        actions.addWidget(self.interval)
        actions.addStretch(1)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.review)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(self.no_devices)
        for section in self.devices:
            layout.addWidget(section)

    def set_reminder(self, reminder: ReviewReminder | None) -> None:
        self.reminder = reminder
        if reminder is not None:
            self.interval.blockSignals(True)
            self.interval.setValue(reminder.review.interval_months)
            self.interval.blockSignals(False)
        due = reminder is not None and reminder.due
        # the due state is said in words too; the colours are the palette's checked highlight pair
        self.review.setAutoFillBackground(due)
        self.review.setBackgroundRole(QPalette.ColorRole.Highlight if due else QPalette.ColorRole.Window)
        self.review.setForegroundRole(QPalette.ColorRole.HighlightedText if due else QPalette.ColorRole.WindowText)
        self.review.setProperty("due", due)
        self.retranslate()

    def mark_reviewed(self) -> None:
        self._write(lambda: self._family.reviews.mark_reviewed(self.child.id))

    def set_interval(self, months: int) -> None:
        self._write(lambda: self._family.reviews.set_interval(self.child.id, months))

    def language(self) -> str:
        """The language of the printed sheet: the household's, as for the agreement and the journal."""
        return document_language(self._family.household.household(), self._content.language)

    def sheet(self, language: str) -> ChecklistSheet:
        ticks = self._family.view().ticks
        devices = []
        for section in self.devices:
            device = section.device
            guide = self._content.title("platforms", device.platform_id, language)
            done = device_ticks(device.id, ticks)
            steps = tuple((text, done.get(step_key(device.platform_id, step)))
                          for step, text in guide_steps(self._content, device.platform_id, language))
            devices.append(DeviceSheet(device_title(device.label, guide), steps))
        reminder = self.reminder
        return ChecklistSheet(self.child.display_name, tuple(devices), reminder.due_on if reminder else None,
                              bool(reminder and reminder.due))

    def save_as_pdf(self) -> None:
        language = self.language()
        sheet = self.sheet(language)
        save_pdf(self, self.tr("Save the checklists as PDF"), arg(self.tr("checklists-%1.pdf"), sheet.child_name),
                 lambda path: write_checklist_pdf(path, sheet, language, self._family.today()), self.tr("Checklists"))

    def print_sheet(self) -> None:
        language = self.language()
        sheet = self.sheet(language)
        print_document(self, lambda: markdown_document(checklist_markdown(sheet, language, self._family.today())),
                       sheet_title(sheet, language))

    def _write(self, action) -> None:
        try:
            action()
        except HouseholdError as error:
            self.error.setText(error.message)
            self.error.show()
            return
        self.error.hide()
        self._family.notify()

    def retranslate(self) -> None:
        name = self.child.display_name
        reminder = self.reminder
        if reminder is None:
            self.review.setText("")
        elif reminder.due:
            self.review.setText(arg(self.tr("Review due since %1. Go through the checklists below again: platforms "
                                            "change their settings and add new ones."), short_date(reminder.due_on)))
        else:
            self.review.setText(arg(self.tr("Next review: %1 (last one: %2)"), short_date(reminder.due_on),
                                    short_date(reminder.review.last_review)))
        self.review.setAccessibleName(self.review.text())
        self.reviewed.setText(self.tr("Mark reviewed today"))
        self.reviewed.setAccessibleName(arg(self.tr("Mark the review for %1 as done today"), name))
        self.interval_label.setText(self.tr("&Months between reviews:"))
        self.interval.setAccessibleName(arg(self.tr("Months between reviews for %1"), name))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.pdf_button.setAccessibleName(arg(self.tr("Save the checklists for %1 as PDF"), name))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setAccessibleName(arg(self.tr("Print the checklists for %1"), name))
        self.no_devices.setText(arg(self.tr("No devices or apps for %1 yet: add them in the Children and devices "
                                            "tab."), name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ChecklistTab(QWidget):
    guide_requested = Signal(str)  # a platform id: show that guide in the Guides section

    def __init__(self, content: ContentService, family, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistTab")
        self._content = content
        self._family = family
        self._structure: tuple | None = None
        self._scrolled = 0
        self.children_sections: list[ChildSection] = []
        self.intro = QLabel()
        self.intro.setObjectName("checklistIntro")
        self.intro.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setObjectName("checklistEmpty")
        self.empty.setWordWrap(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addWidget(self.intro)
        self.body_layout.addWidget(self.empty)
        self.body_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("checklistScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.scroll)
        family.changed.connect(self.refresh)
        family.unlocked_changed.connect(lambda _unlocked: self.refresh())
        self.retranslate()

    def device_section(self, device_id: int) -> DeviceSection | None:
        return next((d for c in self.children_sections for d in c.devices if d.device.id == device_id), None)

    def child_section(self, child_id: int) -> ChildSection | None:
        return next((c for c in self.children_sections if c.child.id == child_id), None)

    def refresh(self) -> None:
        ready = household_ready(self._family)
        children = self._family.household.children() if ready else []
        devices = self._family.household.devices() if ready else []
        by_child = {c.id: [d for d in devices if d.child_id == c.id] for c in children}
        structure = tuple((c, tuple(by_child[c.id])) for c in children)
        if structure != self._structure:
            self._rebuild(children, by_child)
            self._structure = structure
        else:
            for section in self.children_sections:
                for device in section.devices:
                    device.refresh()
        reminders = {r.child.id: r for r in self._family.reviews.reminders()} if ready else {}
        for section in self.children_sections:
            section.set_reminder(reminders.get(section.child.id))
        self.empty.setVisible(not children)

    def _rebuild(self, children: list[Child], by_child: dict[int, list[Device]]) -> None:
        scrolled = self.scroll.verticalScrollBar().value()
        collapsed = {d.device.id for c in self.children_sections for d in c.devices if not d.expanded}
        for section in self.children_sections:
            section.hide()  # moves the focus out now, so it cannot scroll the area after the scroll is restored
            self.body_layout.removeWidget(section)
            section.deleteLater()
        self.children_sections = []
        for number, child in enumerate(children):
            section = ChildSection(self._content, self._family, child, by_child[child.id], collapsed)
            section.guide_requested.connect(self.guide_requested)
            self.body_layout.insertWidget(2 + number, section)
            section.show()  # now, not on a later turn of the event loop: the area keeps its height meanwhile
            self.children_sections.append(section)
        self.body_layout.activate()
        self._scrolled = scrolled
        self._restore_scroll()
        QTimer.singleShot(0, self._restore_scroll)  # again once the new sections have their sizes

    def _restore_scroll(self) -> None:
        self.scroll.verticalScrollBar().setValue(self._scrolled)

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Tick each setup step when you have done it on your child's device or account; Guardian notes the "
            "date. Platforms change their settings and add new ones, so go through each child's checklists again "
            "at every review. Guardian reminds you here when a review is due, every %n months unless you choose "
            "another interval.", "", DEFAULT_REVIEW_MONTHS))
        self.empty.setText(self.tr("Add your children and their devices and apps in the Children and devices tab: "
                                   "their checklists will appear here."))
        self.scroll.setAccessibleName(self.tr("Checklists"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
