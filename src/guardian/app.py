"""Composition root: builds paths, policy, settings, translator, services and the main window, and wires them.

Nothing heavy happens before the first frame: content is loaded and the first page is built right after it.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from guardian import APP_ID, APP_NAME, __version__, household_lock
from guardian.bootstrap import Bootstrap
from guardian.i18n.locales import resolve_language
from guardian.i18n.text import arg
from guardian.i18n.translator import Translator
from guardian.paths import resources_dir
from guardian.services.content_service import ContentService
from guardian.services.family import Family
from guardian.ui import keys, theme
from guardian.ui.icons import app_icon
from guardian.ui.main_window import MainWindow
from guardian.ui.sections import TITLES, Section

log = logging.getLogger(__name__)

SYSTEM_THEME_KEY = "theme/system"  # in the window-state file: the palette the 'system' theme last resolved to
SEARCH_SECTIONS = {"guide": "guides", "risk": "risks", "rating": "ratings", "helpline": "helplines"}  # hit kind


def _ensure_platform() -> None:
    """Without a display (a server, CI, a school's image build) render offscreen instead of failing."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The application, on the Fusion style that our palettes are made for (ui/theme.py). The style is given as a
    Qt option: asking for it in Python (app.setStyle, app.style) would build QStyle's Python enums before the first
    frame."""
    _ensure_platform()
    app = QApplication.instance() or QApplication([*(argv or [sys.argv[0]]), "-style", "fusion"])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


class Guardian:
    """The running app: plain objects wired together and handed down (no global signal hub)."""

    def __init__(self, boot: Bootstrap, app: QApplication, content_root: Path | None = None) -> None:
        self.boot = boot
        self.app = app
        self.ui_state = QSettings(str(boot.paths.ui_state_file), QSettings.Format.IniFormat)
        self.translator = Translator(parent=app)
        self.translator.switch(boot.language)
        # the first frame's palette is a guess that does not ask the desktop (ui/theme.first_guess), checked after it
        self.theme = theme.apply(app, theme.first_guess(str(boot.settings.value("theme")),
                                                        self.ui_state.value(SYSTEM_THEME_KEY)))
        self.content = ContentService(content_root or resources_dir(), boot.language)
        self.family = Family(boot.paths, parent=app)  # opened right after the first frame
        # The first-run welcome is offered only by a parent's real start (run_gui without --quit-after-startup), not
        # by screenshots, smoke tests or test fixtures that build a Guardian directly.
        self.offer_welcome = False
        self.welcome_dialog = None
        self.idle_lock = None  # made once the household is open, after the first frame
        self.window = MainWindow(self._sections(), self.ui_state)
        self.window.set_search_page(self._build_search_page)
        self._add_help_button()
        app.styleHints().colorSchemeChanged.connect(lambda _: self._apply_theme())

    def _sections(self) -> list[Section]:
        # Each page module is imported when its section is first shown, after the first frame (DESIGN.md 5).
        def gethelp_page():
            from guardian.ui.pages.gethelp_page import GetHelpPage

            return GetHelpPage(self.content, self.boot.country, self.boot.policy.contacts)

        def risks_page():
            from guardian.ui.pages.risks_page import RisksPage

            page = RisksPage(self.content)
            page.help_requested.connect(self.get_help_with)
            return page

        def guides_page():
            from guardian.ui.pages.guides_page import GuidesPage

            page = GuidesPage(self.content, family=self.family)
            page.family_tab_requested.connect(self.open_family_tab)
            return page

        def settings_page():
            from guardian.ui.pages.settings_page import SettingsPage

            page = SettingsPage(self.boot.settings, self.content.countries, family=self.family)
            page.setting_changed.connect(self._setting_changed)
            return page

        def home_page():
            from guardian.ui.pages.home_page import HomePage
            from guardian.ui.widgets.pin_gate import PinGate

            page = HomePage(self.content, self.family, self.boot.settings, manage=self.window.has_section("household"))
            page.section_requested.connect(self.window.show_section)
            page.guide_requested.connect(self.open_guide)
            page.family_tab_requested.connect(self.open_family_tab)
            page.welcome_requested.connect(self.welcome)
            return PinGate(self.family, page)

        def family_page():
            from guardian.ui.pages.family_page import FamilyPage
            from guardian.ui.widgets.pin_gate import PinGate

            page = FamilyPage(self.content, self.family, self.boot.settings)
            page.guide_requested.connect(self.open_guide)
            self.window.add_close_guard(lambda: self._family_may_close(page))
            return PinGate(self.family, page)

        def ratings_page():
            from guardian.ui.pages.ratings_page import RatingsPage

            return RatingsPage(self.content, self.boot.country, self.family)

        def helplines_page():
            from guardian.ui.pages.helplines_page import HelplinesPage

            return HelplinesPage(self.content, self.boot.country, self.boot.policy.contacts)

        def about_page():
            from guardian.ui.pages.about_page import AboutPage

            return AboutPage(self.content, self.boot.paths)

        hidden = self.boot.policy.hidden_sections
        sections = [
            Section("home", TITLES["home"], "home", home_page),
            Section("gethelp", TITLES["gethelp"], "gethelp", gethelp_page),
            Section("guides", TITLES["guides"], "guides", guides_page),
            Section("risks", TITLES["risks"], "risks", risks_page),
            Section("ratings", TITLES["ratings"], "ratings", ratings_page),
            Section("helplines", TITLES["helplines"], "helplines", helplines_page),
            Section("household", TITLES["household"], "household", family_page),
            Section("settings", TITLES["settings"], "settings", settings_page),
            Section("about", TITLES["about"], "about", about_page),
        ]
        sections = [s for s in sections if s.id not in hidden]
        return [Section(s.id, s.title, s.icon, s.build, keys.section(i)) for i, s in enumerate(sections, start=1)]

    def _add_help_button(self) -> None:
        from guardian.ui.widgets.help_button import HelpButton

        button = HelpButton()
        button.clicked.connect(self.get_help)
        self.window.add_top_widget(button)

    def _family_may_close(self, page) -> bool:
        """Unsaved changes in Family (an agreement, a journal entry) are shown, and the parent asked, before the
        window closes."""
        if not page.has_unsaved_changes():
            return True
        self.window.show_section("household")
        return page.confirm_close()

    def get_help(self) -> None:
        self.window.search.clear()
        self.window.show_section("gethelp").start()

    def get_help_with(self, harm: str) -> None:
        self.get_help()
        page = self.window.page("gethelp")
        page.choose(harm)
        page.steps.setCurrentIndex(0)

    def open_guide(self, platform: str) -> None:
        if self.window.has_section("guides"):
            self.window.show_section("guides").open_guide(platform)

    def open_family_tab(self, tab: str) -> None:
        if self.window.has_section("household"):
            self.window.show_section("household").page.open_tab(tab)

    def _build_search_page(self):
        from guardian.ui.pages.search_page import SearchPage

        shown = frozenset(kind for kind, section in SEARCH_SECTIONS.items() if self.window.has_section(section))
        page = SearchPage(self.content, shown)
        self.window.search_changed.connect(page.set_query)
        page.open_requested.connect(self._open_hit)
        return page

    def _open_hit(self, kind: str, item: str) -> None:
        section = SEARCH_SECTIONS.get(kind)
        if section is None or not self.window.has_section(section):
            return  # a section the school's policy hides: its results are not offered, and never opened
        self.window.search.clear()
        if kind == "guide":
            self.window.show_section("guides").open_guide(item)
        elif kind == "risk":
            self.window.show_section("risks").open_risk(item)
        elif kind == "rating":
            self.window.show_section("ratings").open_system(item)
        elif kind == "helpline":
            code, _, service_id = item.partition("/")
            self.window.show_section("helplines").show_country(code, service_id)

    def _setting_changed(self, key: str, value: object) -> None:
        if key == "language":
            self.switch_language(resolve_language(value))
        elif key == "theme":
            self._apply_theme()

    def _apply_theme(self) -> None:
        """The palette for the theme setting, asking the desktop for 'system' (remembered for the next first frame);
        changed only when it differs from the one shown."""
        setting = str(self.boot.settings.value("theme"))
        name = theme.resolve(setting)
        if setting == "system":
            self.ui_state.setValue(SYSTEM_THEME_KEY, name)
        if name != self.theme:
            self.theme = theme.apply(self.app, name)

    def switch_language(self, language: str) -> None:
        started = time.perf_counter()
        self.content.set_language(language)
        self.translator.switch(language)
        self.app.processEvents()  # deliver LanguageChange now, so the measurement covers the retranslation
        log.info("language switched to %s in %.1f ms", language, (time.perf_counter() - started) * 1000)

    def start(self, section: str | None = None) -> MainWindow:
        self.window.show()
        self.window.first_frame.connect(lambda: self._after_first_frame(section))
        return self.window

    def _after_first_frame(self, section: str | None) -> None:
        from PySide6.QtWidgets import QMessageBox  # its Python enums are not free: not before the first frame

        from guardian.services.data_service import Level  # with the database code: not before the first frame
        from guardian.ui.idle_lock import IdleLock

        self._apply_theme()  # the first frame's palette was a guess: now the desktop is asked
        notice = self.family.open()
        self.idle_lock = IdleLock(self.family, parent=self.window)
        saved = self.window.saved_section()
        shown = section or (saved if saved != "gethelp" else "") or "home"
        self.window.show_section(shown)  # falls back to the first section when `shown` is hidden
        self._report_policy_once()
        if notice.level is not Level.NONE:
            box = QMessageBox.warning if notice.level is not Level.INFO else QMessageBox.information
            box(self.window, self.app.translate("Household", "Your household data"), notice.text)
        elif section is None and self.window.has_section("household") and self.family.available \
                and self.offer_welcome and not self.family.has_household() \
                and self.ui_state.value("welcome/shown") is None:
            self.welcome()

    def welcome(self) -> None:
        """The first-run welcome (also offered on an empty Home): language, country, children, devices. Not where a
        school's policy hides the Family section."""
        if not self.window.has_section("household"):
            return
        from guardian.ui.dialogs.welcome import WelcomeDialog

        if self.welcome_dialog is not None and self.welcome_dialog.isVisible():
            self.welcome_dialog.raise_()
            return
        dialog = WelcomeDialog(self.content, self.family, self.boot.settings, self.window)
        dialog.setting_changed.connect(self._setting_changed)
        dialog.finished.connect(lambda _: self._welcome_finished(dialog))
        self.welcome_dialog = dialog
        dialog.open()  # window-modal but never blocking (no exec())

    def _welcome_finished(self, dialog) -> None:
        self.ui_state.setValue("welcome/shown", True)  # seen once (saved or skipped): not offered again at start
        if self.welcome_dialog is dialog:
            self.welcome_dialog = None
        dialog.deleteLater()

    def _report_policy_once(self) -> None:
        problems = self.boot.policy.problems
        if not problems:
            return
        from PySide6.QtWidgets import QMessageBox

        from guardian.digest import sha256_hex

        digest = sha256_hex("\n".join(map(str, problems)).encode())[:16]
        if self.ui_state.value("policy/reported") == digest:
            return
        self.ui_state.setValue("policy/reported", digest)
        QMessageBox.warning(
            self.window,
            self.app.translate("Policy", "School settings could not be read"),
            arg(self.app.translate("Policy", "The settings file from your school has a problem. Guardian "
                                             "uses the school settings it could read and its usual settings for "
                                             "the rest. Please tell your school's IT contact:\n\n%1"),
                "\n".join(map(str, problems))),
        )


def _install_crash_handler(boot: Bootstrap) -> None:
    def handler(kind, value, tb) -> None:
        log.critical("unhandled error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        app = QApplication.instance()
        if app is not None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(
                None,
                app.translate("Crash", "Guardian met a problem"),
                arg(app.translate("Crash", "Something went wrong and Guardian may not work as expected. Your data "
                                           "is safe. If this keeps happening, please send the log file to the "
                                           "developers:\n%1"), boot.paths.log_file),
            )

    sys.excepthook = handler


def run_gui(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    boot = Bootstrap.from_args(args)
    app = make_application()
    lock, ours = household_lock.claim(boot.paths)
    if not ours:
        return _already_open(app, boot, ask=not args.quit_after_startup)
    _install_crash_handler(boot)
    guardian = Guardian(boot, app)
    guardian.offer_welcome = not args.quit_after_startup

    def painted() -> None:
        log.info("first frame after %.0f ms", (time.perf_counter() - started) * 1000)
        if args.quit_after_startup:
            QTimer.singleShot(0, app.quit)  # after the household is opened and the first page built

    guardian.window.first_frame.connect(painted)  # before start(): the log line times the frame, not what follows
    window = guardian.start()
    code = app.exec()
    window.close()
    guardian.family.close()
    lock.unlock()
    return code


def _already_open(app: QApplication, boot: Bootstrap, ask: bool) -> int:
    """A second start on the same household: say so, in the family's language, and stop (in a message box, or on
    standard error for a start that shows nothing to answer, such as --quit-after-startup)."""
    Translator(parent=app).switch(boot.language)
    log.info("another Guardian holds %s: not starting a second one", boot.paths.data)
    text = app.translate("Start", "Guardian is already open on this computer. Switch to its window, for example "
                                  "from the taskbar. Only one Guardian can be open at a time, so that what you save "
                                  "in one window is never overwritten by another.")
    if ask:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(None, APP_NAME, text)
    else:
        print(text, file=sys.stderr)
    return 1


def run_screenshot(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from guardian.ui.screenshot import PAGES, take_screenshot

    if args.list:
        print("\n".join(PAGES))
        return 0
    if not args.page or args.out is None:
        parser.error("screenshot needs PAGE and --out FILE (or --list)")
    if args.page not in PAGES:
        parser.error(f"unknown page '{args.page}'; pages: {', '.join(PAGES)}")
    if args.shot_lang:
        args.lang = args.shot_lang
    boot = Bootstrap.from_args(args)
    app = make_application()
    guardian = Guardian(boot, app)
    return take_screenshot(guardian, args.page, Path(args.out), args.size)
