"""One child on Home: name and age, each device or app with its checklist ring, the next settings review and the
age milestones coming up.

The card is built from plain values (ChildView) that the Home page gathers from the services; it is rebuilt, not
patched, when the household or the language changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from guardian.i18n.locales import long_date
from guardian.i18n.text import arg
from guardian.ui.device_names import device_title
from guardian.ui.widgets.progress_ring import ProgressRing


@dataclass(frozen=True)
class DeviceView:
    device_id: int
    platform_id: str
    label: str
    platform_name: str
    done: int
    total: int


@dataclass(frozen=True)
class ChildView:
    child_id: int
    name: str
    ages: tuple[int, int]  # youngest, oldest: equal when the birth date is known
    birth_year: int
    devices: tuple[DeviceView, ...]
    review_on: dt.date | None
    review_due: bool
    milestones: tuple[str, ...]  # already worded lines, soonest first


class WrapButton(QPushButton):
    """A flat button whose text wraps: device labels can be long, and the font can be twice the usual size."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)


class ChildCard(QFrame):
    guide_requested = Signal(str)
    review_marked = Signal(int)
    manage_requested = Signal()

    def __init__(self, view: ChildView, language: str, manage: bool = True, parent: QWidget | None = None) -> None:
        """`manage`: whether the Family section is there to add devices (a school's policy may hide it)."""
        super().__init__(parent)
        self.view = view
        self.setObjectName("childCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)

        self.name = QLabel(view.name)
        self.name.setObjectName("childName")
        self.name.setWordWrap(True)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.age = QLabel(self._age_text())
        self.age.setObjectName("childAge")
        self.age.setWordWrap(True)
        layout.addWidget(self.name)
        layout.addWidget(self.age)

        layout.addWidget(self._heading(self.tr("Devices and apps")))
        self.rings: list[ProgressRing] = []
        self.device_buttons: list[WrapButton] = []
        for device in view.devices:
            layout.addLayout(self._device_row(device))
        if not view.devices:
            none = QLabel(self.tr("No devices or apps yet."))
            none.setWordWrap(True)
            add = QPushButton(self.tr("Add devices and apps"))
            add.setObjectName("addDevicesButton")
            add.setAccessibleName(arg(self.tr("Add devices and apps for %1"), view.name))
            add.clicked.connect(self.manage_requested)
            if not manage:
                add.hide()
            row = QHBoxLayout()
            row.addWidget(none, 1)
            row.addWidget(add)
            layout.addLayout(row)

        self.review = QLabel()
        self.review.setObjectName("reviewText")
        self.review.setWordWrap(True)
        self.mark_reviewed: QPushButton | None = None
        review_box = QFrame()
        review_row = QHBoxLayout(review_box)
        review_row.setContentsMargins(8, 6, 8, 6)
        review_row.addWidget(self.review, 1)
        if view.review_on is not None:
            when = long_date(view.review_on, language)
            if view.review_due:
                review_box.setObjectName("reviewDue")
                review_box.setStyleSheet("QFrame#reviewDue { border: 2px solid palette(highlight);"
                                         " border-radius: 6px; }")
                self.review.setText(arg(self.tr("Time to review the settings (due %1)."), when))
                bold = QFont(self.review.font())
                bold.setBold(True)
                self.review.setFont(bold)
                self.mark_reviewed = QPushButton(self.tr("Mark reviewed"))
                self.mark_reviewed.setObjectName("markReviewedButton")
                self.mark_reviewed.setAccessibleName(arg(self.tr("Mark reviewed: %1"), view.name))
                self.mark_reviewed.setAccessibleDescription(self.tr(
                    "Records that you checked this child's settings today; the next review is planned from now."))
                self.mark_reviewed.clicked.connect(lambda: self.review_marked.emit(view.child_id))
                review_row.addWidget(self.mark_reviewed)
            else:
                review_box.setObjectName("reviewNext")
                self.review.setText(arg(self.tr("Next settings review: %1"), when))
        layout.addWidget(review_box)

        self.milestones = QLabel()
        self.milestones.setObjectName("milestones")
        self.milestones.setWordWrap(True)
        if view.milestones:
            layout.addWidget(self._heading(self.tr("Coming up")))
            self.milestones.setText("\n".join("• " + line for line in view.milestones))
            layout.addWidget(self.milestones)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _age_text(self) -> str:
        low, high = self.view.ages
        if low == high:
            return self.tr("%n years old", "", low)
        return arg(self.tr("%1 or %2 years old (born in %3)"), low, high, self.view.birth_year)

    def _device_row(self, device: DeviceView) -> QHBoxLayout:
        ring = ProgressRing(device.done, device.total)
        ring.setAccessibleDescription(arg(self.tr("Setup checklist for %1"), device.label))
        text = device_title(device.label, device.platform_name)
        button = WrapButton(text)
        button.setObjectName("deviceButton")
        button.setAccessibleName(text)
        button.setAccessibleDescription(arg(self.tr("%1. Opens the %2 guide."), ring.text(), device.platform_name))
        button.setToolTip(ring.text())
        button.clicked.connect(lambda: self.guide_requested.emit(device.platform_id))
        self.rings.append(ring)
        self.device_buttons.append(button)
        row = QHBoxLayout()
        row.addWidget(ring)
        row.addWidget(button, 1)
        return row
