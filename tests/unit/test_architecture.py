"""House rules that import-linter cannot express: only ui/ and the composition root import widgets, nothing
imports Qt's network module, and no module grows past 600 lines."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "guardian"
WIDGET_USERS = ("ui/", "app.py")


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules():
    return sorted(SRC.rglob("*.py"))


def test_only_ui_and_the_composition_root_import_widgets():
    offenders = [str(p.relative_to(SRC)) for p in modules()
                 if "PySide6.QtWidgets" in imported_modules(p)
                 and not str(p.relative_to(SRC)).startswith(WIDGET_USERS)]
    assert offenders == []


def test_nothing_imports_qt_network():
    assert [p.name for p in modules() if any(m.startswith("PySide6.QtNetwork") for m in imported_modules(p))] == []


def test_no_module_is_over_600_lines():
    assert [(p.name, n) for p in modules() if (n := len(p.read_text().splitlines())) > 600] == []
