"""House rules that import-linter cannot express: only ui/ and the composition root import widgets, nothing
imports Qt's network module, no module grows past 600 lines, interface text is written where lupdate finds it, and
no style sheet gives text a colour without its background."""

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


def translations_of_a_parameter(path: Path) -> list[str]:
    """translate("Context", text) or self.tr(text) where text is a parameter of the enclosing function: a wrapper
    such as _tr(text). lupdate reads only literal text, so the strings passed to such a wrapper never reach the .ts
    files and stay English in every language (the PDF dialog's file filter did)."""
    found = []
    for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        parameters = {a.arg for a in (*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs)}
        for call in ast.walk(function):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
                continue
            if call.func.attr == "translate" and len(call.args) >= 2 and isinstance(call.args[0], ast.Constant):
                text = call.args[1]  # QCoreApplication.translate("Context", text)
            elif call.func.attr == "tr" and call.args:
                text = call.args[0]  # self.tr(text)
            else:
                continue
            if isinstance(text, ast.Name) and text.id in parameters:
                found.append(f"{path.relative_to(SRC)}:{call.lineno} {function.name}")
    return found


def test_interface_text_is_translated_where_it_is_written():
    assert [place for p in modules() for place in translations_of_a_parameter(p)] == []


def style_sheets_with_a_text_colour_alone(path: Path) -> list[str]:
    """setStyleSheet("... color: X ...") without a background of its own: X is drawn on whatever the theme's
    background is, so it cannot be checked for contrast (the palettes are; tests/quality/test_accessibility.py)."""
    found = []
    for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "setStyleSheet":
            text = " ".join(node.value for arg in call.args for node in ast.walk(arg)
                            if isinstance(node, ast.Constant) and isinstance(node.value, str))
            rules = text.replace("background-color", "background")
            if "color:" in rules.replace(" ", "") and "background" not in rules:
                found.append(f"{path.relative_to(SRC)}:{call.lineno}")
    return found


def test_text_is_coloured_only_with_its_own_background():
    assert [place for p in modules() for place in style_sheets_with_a_text_colour_alone(p)] == []
