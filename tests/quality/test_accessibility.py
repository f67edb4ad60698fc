"""Accessibility gates: every control has a name a screen reader can speak, the keyboard reaches everything, text
meets WCAG AA contrast in every theme, and nothing is cut off when the text is twice as large."""

from __future__ import annotations

import pytest
from app_walk import section_ids, settle, views, visible_in
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QProxyStyle,
    QPushButton,
    QScrollArea,
    QTabBar,
    QTextBrowser,
    QWidget,
)

from guardian.domain.contrast import contrast_ratio
from guardian.ui import theme
from guardian.ui.widgets.rating_badge import BANDS

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextBrowser, QTabBar)
AA = 4.5


def report(what: str, items) -> str:
    items = sorted(items)
    return f"{len(items)} {what}:\n  " + "\n  ".join(items)


def describe(widget: QWidget) -> str:
    chain, w = [], widget
    while w is not None and not w.objectName():
        w = w.parentWidget()
        chain.append(type(w).__name__ if w is not None else "")
    owner = f" in {w.objectName()}" if w is not None and w is not widget else ""
    return f"{type(widget).__name__}{'#' + widget.objectName() if widget.objectName() else ''}{owner}"


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology reads: Qt's accessible interface, which falls back to the button text or the
    label buddy the way a screen reader would get it."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_parts(widget: QWidget) -> list[str]:
    """Tabs and list rows are spoken one by one, so each needs text of its own."""
    missing = []
    if isinstance(widget, QTabBar):
        missing += [f"tab {i + 1}" for i in range(widget.count())
                    if not (widget.tabText(i).strip() or widget.accessibleTabName(i).strip())]
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for row in range(min(model.rowCount(), 500)):
            index = model.index(row, 0, widget.rootIndex())
            text = index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data(Qt.ItemDataRole.DisplayRole)
            if not str(text or "").strip():
                missing.append(f"row {row + 1}")
    return missing


def test_every_visible_control_has_an_accessible_name(shipped_guardian):
    guardian = shipped_guardian()
    offenders: dict[str, str] = {}  # each problem once, with the first screen it was seen on
    for view, _page in views(guardian):
        for widget in visible_in(guardian.window, INTERACTIVE):
            if widget.focusProxy() is not None:
                continue  # a part of another control (a spin box's text field), spoken as that control
            if not spoken_name(widget):
                offenders.setdefault(f"{describe(widget)} has no accessible name", view)
            if parts := unnamed_parts(widget):
                offenders.setdefault(f"{describe(widget)} has unnamed {', '.join(parts[:5])}", view)
    assert not offenders, report("controls without a name", [f"{v}: {k}" for k, v in offenders.items()])


def test_ctrl_and_a_number_opens_each_section_and_ctrl_f_focuses_search(shipped_guardian, qtbot):
    guardian = shipped_guardian()
    window = guardian.window
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    sections = section_ids(guardian)
    for number, section in reversed(list(enumerate(sections[:9], start=1))):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_section() == section
        assert window.rail.currentItem().data(Qt.ItemDataRole.UserRole) == section
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search


def tab_focusable(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None]


def test_tab_moves_through_every_page_and_back_to_search_without_a_trap(shipped_guardian, qtbot):
    guardian = shipped_guardian()
    window = guardian.window
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    problems = []
    for view, page in views(guardian):
        window.search.setFocus(Qt.FocusReason.TabFocusReason)
        settle()
        expected = set(tab_focusable(page))
        visited: list[QWidget] = []
        for _ in range(len(tab_focusable(window)) + 200):  # room for QTextBrowser stepping through its links
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focus = QApplication.focusWidget()
            if focus is window.search:
                break
            visited.append(focus)
        else:
            tail = ", ".join(describe(w) for w in visited[-3:])
            problems.append(f"{view}: Tab never returns to the search field (last: {tail})")
            continue
        if missed := sorted(describe(w) for w in expected - set(visited)):
            problems.append(f"{view}: Tab never reaches {', '.join(missed)}")
    assert not problems, report("keyboard problems", problems)


@pytest.mark.parametrize("name", sorted(theme.PALETTES))
def test_every_theme_text_pair_meets_wcag_aa(name):
    palette = theme.PALETTES[name]
    failing = []
    for text_role, background_role in theme.TEXT_PAIRS:
        fg, bg = QColor(palette[text_role]), QColor(palette[background_role])
        ratio = contrast_ratio(fg.getRgb()[:3], bg.getRgb()[:3])
        if ratio < AA:
            failing.append(f"{text_role.name} on {background_role.name}: {ratio:.2f}:1")
    assert not failing, report("below WCAG AA 4.5:1", failing)


def test_fields_and_lists_have_a_visible_edge_in_high_contrast(shipped_guardian, qapp):
    # Fusion draws a field's edge in a shade of the window colour: on high contrast's black it was black
    guardian = shipped_guardian()
    search = guardian.window.search
    try:
        theme.apply(qapp, "high-contrast")
        settle()
        edge = search.grab().toImage().pixelColor(0, search.height() // 2)
        window = QColor(theme.PALETTES["high-contrast"][theme.R.Window])
        assert contrast_ratio(edge.getRgb()[:3], window.getRgb()[:3]) >= 3  # WCAG 1.4.11, non-text contrast
        lists = guardian.window.show_section("household").findChildren(QListWidget)
        assert lists and lists[0].grab().toImage().pixelColor(0, 10) == edge
    finally:
        theme.apply(qapp, "light")
    assert qapp.style().name() == "fusion" and not isinstance(qapp.style(), QProxyStyle)  # the others: Fusion


def test_every_rating_badge_colour_meets_wcag_aa():
    failing = []
    for start, background, text in BANDS:
        ratio = contrast_ratio(QColor(text).getRgb()[:3], QColor(background).getRgb()[:3])
        if ratio < AA:
            failing.append(f"from age {start}: {text} on {background}: {ratio:.2f}:1")
    assert not failing, report("below WCAG AA 4.5:1", failing)


def clipped(label: QLabel) -> str:
    size = label.size()
    if label.wordWrap():
        need = QSize(label.minimumSizeHint().width(), label.heightForWidth(size.width()))
    else:
        need = label.sizeHint()
    if need.width() > size.width() + 1 or need.height() > size.height() + 1:
        return f"needs {need.width()}x{need.height()}, has {size.width()}x{size.height()}"
    return ""


def clipped_labels(guardian, shots) -> list[str]:
    offenders = set()
    for view, _page in views(guardian):
        guardian.window.grab().save(str(shots / f"{view.replace(' ', '-')}.png"), "PNG")
        for label in visible_in(guardian.window, (QLabel,)):
            if (label.text().strip() or (label.pixmap() is not None and not label.pixmap().isNull())) and (
                    problem := clipped(label)):
                text = label.text().strip().replace("\n", " ")[:40]
                offenders.add(f"{view}: {describe(label)} '{text}' {problem}")
    return sorted(offenders)


def test_labels_are_not_clipped_at_normal_text_size(shipped_guardian, tmp_path):
    guardian = shipped_guardian()
    guardian.window.resize(1280, 800)
    settle()
    offenders = clipped_labels(guardian, tmp_path)
    assert not offenders, report("clipped labels", offenders)


@pytest.fixture
def double_text(qapp):
    original = qapp.font()
    font = type(original)(original)
    font.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(font)
    yield
    qapp.setFont(original)


def test_labels_are_not_clipped_with_text_at_200_percent(double_text, shipped_guardian, tmp_path):
    guardian = shipped_guardian()
    guardian.window.resize(1280, 800)
    settle()
    offenders = clipped_labels(guardian, tmp_path)
    assert not offenders, report("clipped labels", offenders)


def test_settings_buttons_wrap_instead_of_scrolling_sideways_at_200_percent(double_text, shipped_guardian):
    guardian = shipped_guardian()
    guardian.window.resize(640, 700)
    page = guardian.window.show_section("settings")
    settle()
    for scroll in page.findChildren(QScrollArea):
        assert scroll.horizontalScrollBar().maximum() == 0, "the Settings page scrolls sideways"
    buttons = [b for b in page.findChildren(QPushButton) if b.isVisibleTo(page)]
    assert len(buttons) >= 4
    for button in buttons:
        box = button.parentWidget()
        assert button.geometry().right() <= box.contentsRect().right(), f"{button.text()!r} sticks out"
    # and at a comfortable width they sit on one line again
    guardian.window.resize(1800, 900)
    settle()
    export = page.findChild(QPushButton, "exportButton")
    delete = page.findChild(QPushButton, "deleteAllButton")
    assert export.geometry().top() == delete.geometry().top()
