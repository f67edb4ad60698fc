"""Family: the household kept on this computer, in tabs (children and devices, checklists, agreement, journal).

Each tab is its own widget taking the content service and the Family hub; this page only arranges them. When the
household data could not be opened, the page says why instead of showing tabs that could not save anything.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from guardian.services.content_service import ContentService
from guardian.services.family import Family
from guardian.settings import Settings
from guardian.ui.pages.family.agreement_tab import AgreementTab
from guardian.ui.pages.family.checklist_tab import ChecklistTab
from guardian.ui.pages.family.children_tab import ChildrenTab
from guardian.ui.pages.family.journal_tab import JournalTab
from guardian.ui.widgets.page_header import PageHeader

TABS = ("children", "checklists", "agreement", "journal")


class FamilyPage(QWidget):
    guide_requested = Signal(str)  # a platform id: open its guide

    def __init__(self, content: ContentService, family: Family, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familyPage")
        self._family = family
        self.header = PageHeader()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("familyTabs")
        self.tabs.setDocumentMode(True)
        self.children_tab = ChildrenTab(content, family, settings)
        self.checklist_tab = ChecklistTab(content, family)
        self.agreement_tab = AgreementTab(content, family, settings)
        self.journal_tab = JournalTab(content, family)
        self.checklist_tab.guide_requested.connect(self.guide_requested)
        for tab in (self.children_tab, self.checklist_tab, self.agreement_tab, self.journal_tab):
            self.tabs.addTab(tab, "")
        self.unavailable = QLabel()
        self.unavailable.setObjectName("familyUnavailable")
        self.unavailable.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.unavailable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 16)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        family.changed.connect(self._update_availability)
        self._update_availability()
        self.retranslate()

    def open_tab(self, name: str) -> QWidget:
        self.tabs.setCurrentIndex(TABS.index(name))
        return self.tabs.currentWidget()

    def has_unsaved_changes(self) -> bool:
        return self.agreement_tab.has_unsaved_changes() or self.journal_tab.has_unsaved_changes()

    def confirm_close(self) -> bool:
        """Before the window closes: each tab with unsaved changes is shown and the parent asked to save or discard
        them. False when the parent chose to stay (or saving failed, its message shown), so the window stays open."""
        for tab in (self.agreement_tab, self.journal_tab):
            if tab.has_unsaved_changes():
                self.tabs.setCurrentWidget(tab)
                if not tab.confirm_leaving():
                    return False
                tab.discard_changes()  # saved, or to be thrown away: not asked about again
        return True

    def _update_availability(self) -> None:
        available = self._family.available
        self.stack.setCurrentWidget(self.tabs if available else self.unavailable)
        notice = self._family.notice
        self.unavailable.setText(notice.text if notice is not None and not available else "")

    def retranslate(self) -> None:
        self.header.set_text(self.tr("Family"), self.tr(
            "Your children, their devices and apps, the setup checklists, your family agreement and an optional "
            "journal. All of it stays on this computer."))
        for index, title in enumerate((self.tr("Children and devices"), self.tr("Checklists"),
                                       self.tr("Family agreement"), self.tr("Journal"))):
            self.tabs.setTabText(index, title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
