"""The main window: navigation rail, global search field, Get-help button and the section area.

The window is the first frame, which must not build Qt's namespace (ui/painting.py): nothing here names `Qt`.
Nor do the window and its own widgets (the rail, the top bar) follow language, font and palette changes with
changeEvent(): the first plain QEvent handed to Python makes PySide6 resolve every QEvent subclass, about 3 ms, so
_FollowChanges does it for them from the first frame on. Before it nothing changes: the language and the palette are
set before the window is made."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guardian import APP_NAME
from guardian.i18n.text import arg
from guardian.ui.icons import icon
from guardian.ui.keys import FIND, shown
from guardian.ui.nav_rail import NavRail
from guardian.ui.sections import Section

TITLE_BAR = 48  # room left for the title bar, which a screen's available area does not take off


def default_size(available: QSize) -> QSize:
    """The first window's size: 1120x760, or less on a screen whose work area is smaller (a 1366x768 laptop with
    its taskbar), so that the whole window, its bottom buttons included, is on the screen."""
    return QSize(min(1120, available.width()), min(760, available.height() - TITLE_BAR))


class _FollowChanges(QObject):
    """Calls a watched widget's retranslate() on a new language, refit() on a new font and recolour() on a new
    palette, where it has them."""

    HOOKS = {QEvent.Type.LanguageChange: "retranslate", QEvent.Type.FontChange: "refit",
             QEvent.Type.PaletteChange: "recolour"}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        hook = getattr(watched, self.HOOKS.get(event.type(), ""), None)
        if hook is not None:
            hook()
        return False


class _SearchField(QLineEdit):
    """The global search field: Escape clears it."""

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel):
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    first_frame = Signal()
    search_changed = Signal(str)

    def __init__(self, sections: list[Section], ui_state: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._sections = {s.id: s for s in sections}
        self._order = [s.id for s in sections]
        self._pages: dict[str, QWidget] = {}
        self._ui_state = ui_state
        self._saved_section = str(ui_state.value("window/section", "") or "")  # before any page is shown
        self._painted = False
        self._search_page_factory: Callable[[], QWidget] | None = None
        self._search_page: QWidget | None = None
        self._before_search = ""
        self._close_guards: list[Callable[[], bool]] = []
        self._follow = _FollowChanges(self)
        self.first_frame.connect(self._follow_changes)  # first: before the app's own first-frame work

        self.rail = NavRail(sections)
        self._followed: list[QWidget] = [self, self.rail]  # and the top bar's widgets (add_top_widget)
        self.search = _SearchField()
        self.search.setObjectName("globalSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_text_changed)
        self._search_icon = self.search.addAction(icon("search", self.palette().placeholderText().color(), 32),
                                                  QLineEdit.ActionPosition.LeadingPosition)
        self.stack = QStackedWidget()
        self.stack.setObjectName("sectionArea")

        top = QHBoxLayout()
        top.setContentsMargins(12, 10, 12, 6)
        top.addWidget(self.search, 1)
        self._top_bar = top
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addLayout(top)
        right.addWidget(self.stack, 1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.rail)
        body.addLayout(right, 1)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)

        self.rail.section_requested.connect(self.show_section)
        # Without a current row, Qt makes the first one current when the rail first gets focus, as the window
        # shows: that built the first section's page (and loaded all content) before the first frame, whatever
        # section was going to be shown. A current row set quietly here prevents it; the app picks the page.
        self.rail.select(self._order[0])
        for section in sections:
            if section.shortcut:
                shortcut = QShortcut(QKeySequence(section.shortcut), self)
                shortcut.activated.connect(lambda sid=section.id: self.show_section(sid))
        find = QShortcut(QKeySequence(FIND), self)
        find.activated.connect(self._focus_search)
        self.retranslate()
        self._restore_geometry()

    # sections -------------------------------------------------------------------------------------------
    def add_top_widget(self, widget: QWidget) -> None:
        """A widget for the top bar, beside the search field; its retranslate() is called on a new language."""
        self._top_bar.addWidget(widget)
        self._followed.append(widget)
        if self._painted:  # installing twice is harmless: Qt keeps one
            widget.installEventFilter(self._follow)

    def _follow_changes(self) -> None:
        for widget in self._followed:
            widget.installEventFilter(self._follow)

    def current_section(self) -> str:
        return next((sid for sid, page in self._pages.items() if page is self.stack.currentWidget()), "")

    def has_section(self, section_id: str) -> bool:
        """False for a section this build or the school's policy does not show."""
        return section_id in self._sections

    def page(self, section_id: str) -> QWidget:
        if section_id not in self._pages:
            page = self._sections[section_id].build()
            self._pages[section_id] = page
            self.stack.addWidget(page)
        return self._pages[section_id]

    def show_section(self, section_id: str) -> QWidget:
        if section_id not in self._sections:
            section_id = self._order[0]
        page = self.page(section_id)
        self.stack.setCurrentWidget(page)
        self.rail.select(section_id)
        self._ui_state.setValue("window/section", section_id)
        return page

    def set_search_page(self, factory: Callable[[], QWidget]) -> None:
        self._search_page_factory = factory

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_text_changed(self, text: str) -> None:
        if self._search_page_factory is None:
            return
        if text.strip():
            if self._search_page is None:
                self._search_page = self._search_page_factory()
                self.stack.addWidget(self._search_page)
            if self.stack.currentWidget() is not self._search_page:
                self._before_search = self.current_section()
                self.stack.setCurrentWidget(self._search_page)
        elif self._search_page is not None and self.stack.currentWidget() is self._search_page:
            self.show_section(self._before_search or self._order[0])
        self.search_changed.emit(text)

    # state ----------------------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._ui_state.value("window/geometry")
        # restoreGeometry refuses what it cannot use (a damaged file, another Qt's format) and then leaves the window
        # at its bare minimum size, about 500x215: it gets the default size instead
        if not (isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)):
            self.resize(default_size(self.screen().availableGeometry().size()))

    def saved_section(self) -> str:
        return self._saved_section

    def add_close_guard(self, may_close: Callable[[], bool]) -> None:
        """may_close() is asked before the window closes (a page with unsaved changes asks the parent); when it answers
        False the window stays open."""
        self._close_guards.append(may_close)

    def closeEvent(self, event) -> None:
        if not all(may_close() for may_close in self._close_guards):
            event.ignore()
            return
        self._ui_state.setValue("window/geometry", self.saveGeometry())
        self._ui_state.sync()
        super().closeEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_frame.emit)

    # language and palette -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.search.setPlaceholderText(arg(self.tr("Search guides, risks, ratings and helplines (%1)"), shown(FIND)))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setAccessibleDescription(self.tr("Results appear as you type. Press Escape to clear."))
        # the icon and Qt's clear button are buttons to a screen reader: their action's text is their name
        for action in (a for a in self.search.findChildren(QAction) if a.parent() is self.search):
            action.setText(self.tr("Search") if action is self._search_icon else self.tr("Clear search"))
