"""The first frame comes before the heavy modules (DESIGN.md section 5): the database code and the pages are imported
after the main window has painted, and showing Home with a family needs neither SQLAlchemy nor argon2 nor OpenSSL,
so a stray top-level import cannot silently undo it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "household.json"

PROBE = textwrap.dedent("""
    import json, sys
    from guardian import qt_imports

    qt_imports.install()  # as `guardian` does
    import guardian.ui.main_window as main_window

    _paint = main_window.MainWindow.paintEvent
    seen = {}

    def paintEvent(self, event):
        _paint(self, event)
        seen.setdefault("first_paint", sorted(sys.modules))

    main_window.MainWindow.paintEvent = paintEvent
    from guardian.cli import main

    code = main(sys.argv[1:])
    print(json.dumps({"code": code, "first_paint": seen.get("first_paint"), "end": sorted(sys.modules)}))
""")

HEAVY = ("sqlalchemy", "argon2", "guardian.storage", "guardian.services.data_service", "guardian.ui.pages",
         "guardian.content.search", "guardian.content.loader", "segno", "babel", "_hashlib", "logging.handlers",
         "tomllib",
         "PySide6.QtSvg", "datetime",  # Qt's own SVG icon engine draws the icons; dates are for pages
         "dataclasses")  # the records made at start are NamedTuples (paths.py)
NEVER_AT_START = ("sqlalchemy", "argon2", "babel", "_hashlib", "guardian.content.search")


def _loaded(modules: list[str], prefix: str) -> bool:
    return any(m == prefix or m.startswith(prefix + ".") for m in modules)


@pytest.mark.parametrize(("section", "page"), [("home", "home_page"), ("guides", "guides_page"),
                                               ("ratings", "ratings_page")])
def test_database_code_and_pages_are_imported_only_after_the_first_frame(tmp_path, section, page):
    """With a family, reopening on Home, the guides (with their checklists) or the ratings (with "Your children")."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    data = tmp_path / "data"
    imported = subprocess.run([sys.executable, "-m", "guardian", "--data-dir", str(data), "household", "import",
                               str(EXAMPLE)], capture_output=True, text=True, env=env, timeout=120)
    assert imported.returncode == 0, imported.stderr
    (data / "config").mkdir(parents=True, exist_ok=True)
    (data / "config" / "ui-state.ini").write_text(f"[window]\nsection={section}\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", PROBE, "--data-dir", str(data), "--quit-after-startup"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    assert report["first_paint"], "the main window never painted"
    early = [prefix for prefix in HEAVY if _loaded(report["first_paint"], prefix)]
    assert early == [], f"imported before the first frame: {early}"
    # the household was opened and Home built after the first frame, from plain sqlite3
    assert _loaded(report["end"], "guardian.storage.household_reader")
    assert _loaded(report["end"], f"guardian.ui.pages.{page}")
    late = [prefix for prefix in NEVER_AT_START if _loaded(report["end"], prefix)]
    assert late == [], f"imported to show Home: {late}"


TYPES_PROBE = textwrap.dedent("""
    import enum, json, sys

    built = []
    _create = enum.EnumType._create_

    def _record(cls, class_name, *args, **kwargs):  # every Python enum PySide6 builds for a Qt type
        built.append(class_name)
        return _create(cls, class_name, *args, **kwargs)

    enum.EnumType._create_ = _record
    from guardian import qt_imports

    qt_imports.install()
    import guardian.app as app

    _after = app.Guardian._after_first_frame
    seen = {}

    def after_first_frame(self, section):  # the first frame is painted, every widget in it included
        seen.update(enums=list(built), style=self.app.style().name())
        _after(self, section)

    app.Guardian._after_first_frame = after_first_frame
    from guardian.cli import main

    code = main(sys.argv[1:])
    print(json.dumps({"code": code, **seen}))
""")

# One enum of each Qt type the first frame must not build: building a type's Python enums is most of what PySide6
# adds to a window's start-up on Python 3.11 (QStyle's alone take about 14 ms).
NOT_IN_THE_FIRST_FRAME = {"PrimitiveElement": "QStyle", "Preset": "QGradient (QPainter.fillRect)",
                          # Qt's namespace, about 20 ms: Qt.Alignment, Qt.Key ..., and QPainter.setPen(), setBrush()
                          # and QWidget.setShortcut() when PySide6 picks among their overloads (ui/painting.py)
                          "AlignmentFlag": "Qt's namespace", "PenStyle": "Qt's namespace",
                          # QEvent's subclasses, about 3 ms: resolved when a plain QEvent is first handed to Python,
                          # as to a changeEvent() override (ui/main_window.py)
                          "SurfaceEventType": "QEvent's subclasses (QPlatformSurfaceEvent)",
                          "StandardButton": "QMessageBox",
                          # about sixty types (QTabWidget's first) that PySide6 builds to find the class of a plain
                          # QWidget handed to Python, such as a scroll area's viewport()
                          "TabShape": "the widget classes (a QWidget returned to Python)"}


def test_the_first_frame_builds_no_style_gradient_message_box_or_qt_namespace_types(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    data = tmp_path / "data"
    imported = subprocess.run([sys.executable, "-m", "guardian", "--data-dir", str(data), "household", "import",
                               str(EXAMPLE)], capture_output=True, text=True, env=env, timeout=120)
    assert imported.returncode == 0, imported.stderr
    result = subprocess.run([sys.executable, "-c", TYPES_PROBE, "--data-dir", str(data), "--quit-after-startup"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0 and report["enums"], "the first frame was never reported"
    assert "ColorRole" in report["enums"]  # the probe sees what PySide6 builds (QPalette's, for the theme)
    built = [qt_type for name, qt_type in NOT_IN_THE_FIRST_FRAME.items() if name in report["enums"]]
    assert built == [], f"built before the first frame: {built}"
    assert report["style"].casefold() == "fusion"  # chosen when the application is made, not by asking the style
