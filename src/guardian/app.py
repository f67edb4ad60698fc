"""Composition root: builds paths, policy, settings, translator, services and the main window, and wires them.

Nothing heavy happens before the first frame: content is loaded and the first page is built right after it.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from guardian import APP_ID, APP_NAME, __version__
from guardian.bootstrap import Bootstrap
from guardian.i18n.locales import resolve_language
from guardian.i18n.text import arg
from guardian.i18n.translator import Translator
from guardian.paths import resources_dir
from guardian.services.content_service import ContentService
from guardian.ui import theme
from guardian.ui.icons import app_icon
from guardian.ui.main_window import MainWindow
from guardian.ui.sections import TITLES, Section

log = logging.getLogger(__name__)


def _ensure_platform() -> None:
    """Without a display (a server, CI, a school's image build) render offscreen instead of failing."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"


def make_application(argv: list[str] | None = None) -> QApplication:
    _ensure_platform()
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
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
        self.theme = theme.apply(app, str(boot.settings.value("theme")))
        self.content = ContentService(content_root or resources_dir(), boot.language)
        self.window = MainWindow(self._sections(), self.ui_state)
        self.window.set_search_page(self._build_search_page)
        self._add_help_button()
        app.styleHints().colorSchemeChanged.connect(lambda _: self._apply_theme())

    def _sections(self) -> list[Section]:
        from guardian.ui.pages.about_page import AboutPage
        from guardian.ui.pages.gethelp_page import GetHelpPage
        from guardian.ui.pages.guides_page import GuidesPage
        from guardian.ui.pages.helplines_page import HelplinesPage
        from guardian.ui.pages.ratings_page import RatingsPage
        from guardian.ui.pages.risks_page import RisksPage

        def risks_page():
            page = RisksPage(self.content)
            page.help_requested.connect(self.get_help_with)
            return page
        from guardian.ui.pages.settings_page import SettingsPage

        def settings_page():
            page = SettingsPage(self.boot.settings, self.content.countries)
            page.setting_changed.connect(self._setting_changed)
            return page

        hidden = self.boot.policy.hidden_sections
        sections = [
            Section("gethelp", TITLES["gethelp"], "gethelp", lambda: GetHelpPage(self.content, self.boot.country)),
            Section("guides", TITLES["guides"], "guides", lambda: GuidesPage(self.content)),
            Section("risks", TITLES["risks"], "risks", risks_page),
            Section("ratings", TITLES["ratings"], "ratings", lambda: RatingsPage(self.content, self.boot.country)),
            Section("helplines", TITLES["helplines"], "helplines",
                    lambda: HelplinesPage(self.content, self.boot.country, self.boot.policy.contacts)),
            Section("settings", TITLES["settings"], "settings", settings_page),
            Section("about", TITLES["about"], "about", lambda: AboutPage(self.content, self.boot.paths)),
        ]
        sections = [s for s in sections if s.id not in hidden]
        return [Section(s.id, s.title, s.icon, s.build, f"Ctrl+{i}") for i, s in enumerate(sections, start=1)]

    def _add_help_button(self) -> None:
        from guardian.ui.widgets.help_button import HelpButton

        button = HelpButton()
        button.clicked.connect(self.get_help)
        self.window.add_top_widget(button)

    def get_help(self) -> None:
        self.window.search.clear()
        self.window.show_section("gethelp").start()

    def get_help_with(self, harm: str) -> None:
        self.get_help()
        page = self.window.page("gethelp")
        page.choose(harm)
        page.steps.setCurrentIndex(0)

    def _build_search_page(self):
        from guardian.ui.pages.search_page import SearchPage

        page = SearchPage(self.content)
        self.window.search_changed.connect(page.set_query)
        page.open_requested.connect(self._open_hit)
        return page

    def _open_hit(self, kind: str, item: str) -> None:
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
        self.theme = theme.apply(self.app, str(self.boot.settings.value("theme")))

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
        saved = self.window.saved_section()
        self.window.show_section(section or (saved if saved != "gethelp" else "") or "guides")
        self._report_policy_once()

    def _report_policy_once(self) -> None:
        problems = self.boot.policy.problems
        if not problems:
            return
        digest = hashlib.sha256("\n".join(map(str, problems)).encode()).hexdigest()[:16]
        if self.ui_state.value("policy/reported") == digest:
            return
        self.ui_state.setValue("policy/reported", digest)
        QMessageBox.warning(
            self.window,
            self.app.translate("Policy", "School settings could not be read"),
            arg(self.app.translate("Policy", "Guardian is using its usual settings because the settings file "
                                             "from your school has a problem. Please tell your school's IT "
                                             "contact:\n\n%1"),
                "\n".join(map(str, problems))),
        )


def _install_crash_handler(boot: Bootstrap) -> None:
    def handler(kind, value, tb) -> None:
        log.critical("unhandled error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        app = QApplication.instance()
        if app is not None:
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
    _install_crash_handler(boot)
    guardian = Guardian(boot, app)
    window = guardian.start()

    def painted() -> None:
        log.info("first frame after %.0f ms", (time.perf_counter() - started) * 1000)
        if args.quit_after_startup:
            QTimer.singleShot(0, app.quit)

    window.first_frame.connect(painted)
    code = app.exec()
    window.close()
    return code


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
