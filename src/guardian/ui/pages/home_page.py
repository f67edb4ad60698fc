"""Home: the family at a glance. A card per child with the setup progress of each device and app, the next settings
review and the age milestones ahead; with no children yet, an invitation to start or to read the guides.

Ages in the milestones come from the content (platform minimum ages, the country's digital age of consent); the
dates from the domain rules (domain/reminders.py). The household is read through Family.view(), which does not load
SQLAlchemy, so Home is quick to show at start. The page is rebuilt whenever the household or the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guardian.domain.checklists import device_progress
from guardian.domain.child_ages import age_range
from guardian.domain.household import HouseholdView
from guardian.domain.milestone_days import MilestoneDay, group_milestones
from guardian.domain.reminders import next_milestones, review_reminders
from guardian.i18n.locales import country_name, format_list, long_date
from guardian.i18n.text import arg
from guardian.services.content_service import ContentService
from guardian.services.family import Family
from guardian.services.household_errors import HouseholdError
from guardian.settings import Settings
from guardian.ui.widgets.child_card import ChildCard, ChildView, DeviceView
from guardian.ui.widgets.page_header import PageHeader

# Platforms many children ask about: their minimum ages are offered as milestones even before the family adds them
# (the ages themselves come from the content files).
COMMON_PLATFORMS = ("tiktok", "instagram", "snapchat", "whatsapp", "discord", "youtube")
MILESTONES_SHOWN = 3


class HomePage(QWidget):
    section_requested = Signal(str)
    guide_requested = Signal(str)
    family_tab_requested = Signal(str)
    welcome_requested = Signal()

    def __init__(self, content: ContentService, family: Family, settings: Settings, manage: bool = True,
                 parent: QWidget | None = None) -> None:
        """`manage`: whether the Family section is there to set up and change the household; a school's policy may
        hide it, and then Home shows the family without offering to change it."""
        super().__init__(parent)
        self.setObjectName("homePage")
        self._content = content
        self._family = family
        self._settings = settings
        self._manage = manage
        self.cards: list[ChildCard] = []
        self.header = PageHeader()

        self.notice = QLabel()
        self.notice.setObjectName("homeNotice")
        self.notice.setWordWrap(True)

        self.empty = QWidget()
        self.empty.setObjectName("homeEmpty")
        self.empty_text = QLabel()
        self.empty_text.setObjectName("homeEmptyText")
        self.empty_text.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startButton")
        self.start_button.clicked.connect(self.welcome_requested)
        if not manage:  # (setVisible(True) on a widget with no parent yet would open it as a window of its own)
            self.start_button.hide()
        self.guides_button = QPushButton()
        self.guides_button.setObjectName("openGuidesButton")
        self.guides_button.clicked.connect(lambda: self.section_requested.emit("guides"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.guides_button)
        buttons.addStretch(1)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(1)

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("homeCards")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.body)
        self.manage_button = QPushButton()
        self.manage_button.setObjectName("manageChildrenButton")
        self.manage_button.clicked.connect(lambda: self.family_tab_requested.emit("children"))
        if not manage:
            self.manage_button.hide()
        self.cards_view = QWidget()
        cards_layout = QVBoxLayout(self.cards_view)
        cards_layout.setContentsMargins(0, 0, 0, 0)
        cards_layout.addWidget(self.scroll, 1)
        manage_row = QHBoxLayout()
        manage_row.addWidget(self.manage_button)
        manage_row.addStretch(1)
        cards_layout.addLayout(manage_row)

        self.stack = QStackedWidget()
        for widget in (self.notice, self.empty, self.cards_view):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 16)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        family.changed.connect(self.refresh)
        self.retranslate()

    # building the cards

    def refresh(self) -> None:
        self._clear()
        family = self._family
        if not family.is_open or not family.available:
            notice = family.notice
            self.notice.setText(notice.text if notice is not None else "")
            self.stack.setCurrentWidget(self.notice)
            return
        try:
            views = self._views()
        except HouseholdError as error:
            self.notice.setText(error.message)
            self.stack.setCurrentWidget(self.notice)
            return
        if not views:
            self.stack.setCurrentWidget(self.empty)
            return
        language = self._content.language
        for view in views:
            card = ChildCard(view, language, self._manage)
            card.guide_requested.connect(self.guide_requested)
            card.review_marked.connect(self._mark_reviewed)
            card.manage_requested.connect(lambda: self.family_tab_requested.emit("children"))
            self.cards.append(card)
            self.body_layout.addWidget(card)
        self.body_layout.addStretch(1)
        self.stack.setCurrentWidget(self.cards_view)

    def _clear(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.cards = []

    def _views(self) -> list[ChildView]:
        family = self._family
        view = family.view()
        platforms = self._content.items("platforms")
        today = family.today()
        reminders = {r.child.id: r for r in review_reminders(view.children, view.reviews, today)}
        thresholds = self._thresholds({d.platform_id for d in view.devices}, view)
        views = []
        for child in view.children:
            rows = []
            for device in (d for d in view.devices if d.child_id == child.id):
                platform = platforms.get(device.platform_id)
                steps = [f"{platform.id}/{s}" for s in platform.steps] if platform is not None else []
                progress = device_progress(device, view.ticks, steps)
                rows.append(DeviceView(device.id, device.platform_id, device.label,
                                       self._content.title("platforms", device.platform_id),
                                       progress.done, progress.total))
            reminder = reminders.get(child.id)
            milestones = next_milestones(child.birth_year, child.birth_date, thresholds, today)
            days = group_milestones(milestones, MILESTONES_SHOWN)
            views.append(ChildView(
                child.id, child.display_name, age_range(child.birth_year, child.birth_date, today),
                child.birth_year, tuple(rows), reminder.due_on if reminder else None,
                bool(reminder and reminder.due), tuple(self._milestone_text(day) for day in days)))
        return views

    def country(self, view: HouseholdView | None = None) -> str:
        info = (view or self._family.view()).household
        return info.country if info is not None else str(self._settings.value("country") or "")

    def _thresholds(self, used: set[str], view: HouseholdView) -> list[tuple[str, int]]:
        """(label, age) pairs: platform minimum ages (used here or common) and the country's age of consent."""
        found = []
        code = self.country(view)
        for platform in self._content.items("platforms").values():
            age = platform.minimum_age_in(code)
            if age is not None and platform.minimum_age_source is not None and (
                    platform.id in used or platform.id in COMMON_PLATFORMS):
                found.append((f"platform:{platform.id}", age))
        country = self._content.items("countries").get(code)
        if country is not None and country.consent_age is not None:
            found.append((f"consent:{country.code}", country.consent_age))
        return found

    def _milestone_text(self, day: MilestoneDay) -> str:
        language = self._content.language
        named = {label.split(":", 1)[1] for label in day.labels if label.startswith("platform:")}
        names = [title for pid, title in self._content.titles("platforms").items() if pid in named]
        parts = []
        if names:
            listed = format_list(names, language)
            parts.append(arg(self.tr("old enough for %1 under its terms") if len(names) == 1
                             else self.tr("old enough for %1 under their terms"), listed))
        for label in day.labels:
            if label.startswith("consent:"):
                parts.append(arg(self.tr("reaches the digital age of consent in %1"),
                                 country_name(label.split(":", 1)[1], language)))
        what = "; ".join(parts)
        if day.approximate:
            return arg(self.tr("turns %1 in %2: %3"), day.age, day.date.year, what)
        return arg(self.tr("turns %1 on %2: %3"), day.age, long_date(day.date, language), what)

    def _mark_reviewed(self, child_id: int) -> None:
        try:
            self._family.reviews.mark_reviewed(child_id)
        except HouseholdError as error:
            self.notice.setText(error.message)
            return
        self._family.notify()
        card = next((c for c in self.cards if c.view.child_id == child_id), None)
        if card is not None:  # the old card is gone: keep the keyboard on this child
            (card.device_buttons[0] if card.device_buttons else self.manage_button).setFocus()

    # language

    def retranslate(self) -> None:
        self.header.set_text(self.tr("Your family"), self.tr(
            "What to set up and check next for each child. Everything here stays on this computer."))
        if self._manage:
            self.empty_text.setText(self.tr(
                "Tell Guardian about your children and the devices and apps they use, and Home will show what to "
                "set up next, when to check the settings again and which ages are coming. You can also read the "
                "guides without saving anything."))
        else:
            self.empty_text.setText(self.tr(
                "Your school has switched off the Family section on this computer, so no children are saved here. "
                "The guides, risks, age ratings and helplines work as usual."))
        self.start_button.setText(self.tr("&Set up your family"))
        self.start_button.setAccessibleName(self.tr("Set up your family"))
        self.guides_button.setText(self.tr("&Open the guides"))
        self.guides_button.setAccessibleName(self.tr("Open the guides"))
        self.manage_button.setText(self.tr("&Manage children and devices"))
        self.manage_button.setAccessibleName(self.tr("Manage children and devices"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
