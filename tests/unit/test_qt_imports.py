"""PySide6's import hook, trimmed: it still tells modules that use PySide6 from those that do not, and keeps none of
their source in memory."""

from __future__ import annotations

import linecache
import sys

from guardian import qt_imports


def test_the_hook_answers_as_before_and_keeps_no_source(tmp_path, monkeypatch):
    assert qt_imports.install()
    assert qt_imports.install()  # a second call changes nothing
    (tmp_path / "guardian_probe_qt.py").write_text("from PySide6.QtCore import QObject\nX = 1\n", encoding="utf-8")
    (tmp_path / "guardian_probe_plain.py").write_text("Y = 2\n" * 500, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("guardian_probe_qt", "guardian_probe_plain"):
        __import__(name)  # the hook sits on the import statement, which importlib.import_module bypasses
    features = sys.modules[qt_imports.HOOK_MODULE].pyside_feature_dict
    assert features["guardian_probe_qt"] == 0  # uses PySide6: may switch features
    assert features["guardian_probe_plain"] == -1  # ignored by the feature machinery
    assert not any(str(tmp_path) in filename for filename in linecache.cache)


def test_the_standard_library_is_answered_without_reading_its_sources(monkeypatch):
    import json
    import xml.dom.minidom

    assert qt_imports.install()
    uses_pyside = sys.modules[qt_imports.HOOK_MODULE]._mod_uses_pyside
    def no_reading(*args, **kwargs):
        raise AssertionError(f"read {args[0]}")

    with monkeypatch.context() as patch:
        patch.setattr(qt_imports, "open", no_reading, raising=False)  # the hook's own open()
        answers = [uses_pyside(json), uses_pyside(xml.dom.minidom)]
    assert answers == [False, False]
