"""The main window: sections, live language switching, remembered geometry, search as you type."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMessageBox, QPushButton

from guardian import app as app_module
from guardian.paths import Paths
from guardian.ui import nav_rail, theme
from guardian.ui.main_window import default_size
from guardian.ui.widgets.markdown_view import MarkdownView


def rail_texts(window):
    return [window.rail.item(i).text() for i in range(window.rail.count())]


def test_sections_appear_in_the_rail_with_shortcuts(start_guardian):
    guardian = start_guardian()
    assert rail_texts(guardian.window) == ["Home", "Get help", "Guides", "Risks", "Age ratings", "Helplines",
                                           "Family", "Settings", "About"]
    assert guardian.window.rail.item(2).toolTip() == "Guides (Ctrl+3)"


def test_switching_language_retranslates_the_running_window(start_guardian, qtbot):
    guardian = start_guardian()
    settings_page = guardian.window.show_section("settings")
    index = settings_page.language.findData("lv")
    settings_page.language.setCurrentIndex(index)
    settings_page.language.activated.emit(index)
    assert rail_texts(guardian.window)[2] == "Pamācības"
    assert rail_texts(guardian.window)[-2] == "Iestatījumi"
    assert guardian.window.search.placeholderText().startswith("Meklēt")
    assert settings_page.header.title.text() == "Iestatījumi"
    assert guardian.boot.settings.get("language").value == "lv"
    guardian.switch_language("kk")
    assert rail_texts(guardian.window)[-1] == "Бағдарлама туралы"
    guardian.switch_language("ru")
    assert rail_texts(guardian.window)[-1] == "О программе"


def test_a_language_that_cannot_be_saved_still_applies_and_the_parent_is_told(start_guardian, data_dir,
                                                                             monkeypatch):
    guardian = start_guardian()
    config = data_dir / "config"
    shutil.rmtree(config)
    config.write_text("a file where the settings folder should be", encoding="utf-8")  # as a full or read-only disk
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append((title, text)))
    settings_page = guardian.window.show_section("settings")
    index = settings_page.language.findData("lv")
    settings_page.language.setCurrentIndex(index)
    settings_page.language.activated.emit(index)
    assert rail_texts(guardian.window)[-2] == "Iestatījumi"
    [(title, text)] = told
    assert title == "Setting not saved" and "applies only until Guardian is closed" in text  # asked in English
    assert text.endswith(str(config))


def test_lang_option_starts_in_that_language(start_guardian):
    guardian = start_guardian(lang="kk")
    assert rail_texts(guardian.window)[2] == "Нұсқаулықтар"


def test_window_geometry_and_section_are_remembered(start_guardian, qtbot):
    first = start_guardian()
    first.window.resize(700, 500)
    first.window.show_section("about")
    first.window.close()
    second = start_guardian()
    assert (second.window.width(), second.window.height()) == (700, 500)
    assert second.window.current_section() == "about"


def test_a_saved_geometry_qt_cannot_use_gives_the_default_size_not_a_tiny_window(start_guardian):
    first = start_guardian()
    first.ui_state.setValue("window/geometry", QByteArray(b"\x01\xd9\xd0\xcb not a geometry"))
    first.ui_state.sync()
    second = start_guardian()
    assert second.window.size() == default_size(second.window.screen().availableGeometry().size())


def test_the_first_window_fits_the_screens_work_area():
    assert default_size(QSize(1920, 1040)) == QSize(1120, 760)
    assert default_size(QSize(1366, 728)) == QSize(1120, 680)  # a laptop less a 40-pixel taskbar: 680 + title bar
    assert default_size(QSize(1024, 728)) == QSize(1024, 680)


def test_locked_setting_is_shown_as_set_by_school(start_guardian, tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('language = "en"\nlock = ["language"]\n', encoding="utf-8")
    guardian = start_guardian(policy=policy)
    page = guardian.window.show_section("settings")
    assert not page.language.isEnabled()
    assert page._lock_notes["language"].text() == "Set by your school"
    assert page.country.isEnabled()


def test_hidden_section_is_not_shown(start_guardian, tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('hide_sections = ["guides"]\n', encoding="utf-8")
    guardian = start_guardian(policy=policy)
    assert "Guides" not in rail_texts(guardian.window)
    assert len(rail_texts(guardian.window)) == 8


def test_typing_in_search_shows_grouped_highlighted_results(start_guardian, qtbot):
    guardian = start_guardian(lang="lv")
    guardian.window.search.setText("iestatij")
    page = guardian.window.stack.currentWidget()
    assert page.objectName() == "searchPage"
    assert [h.id for h in page.hits] == ["demo"]
    label = page.results.itemWidget(page.results.item(1))
    assert "<b>iestatīj</b>umus" in label.text()
    guardian.window.search.clear()  # back to the section shown before searching: Home, the first one
    assert guardian.window.stack.currentWidget() is guardian.window.page("home")


def test_each_search_result_is_as_tall_as_its_text_at_the_lists_width(start_guardian):
    guardian = start_guardian()
    guardian.window.resize(1100, 700)
    guardian.window.search.setText("demo")
    results = guardian.window.stack.currentWidget().results
    item = results.item(1)
    label = results.itemWidget(item)
    lines = label.fontMetrics().height()
    assert item.sizeHint().height() == label.heightForWidth(results.viewport().width()) < 4 * lines
    assert "Demo Inc." not in label.text()  # the owner is searched but not shown as if it were the guide's text
    assert [h.id for h in guardian.content.search("demo inc")] == ["demo"]
    guardian.window.resize(500, 700)  # narrower: the rows grow to fit their wrapped text
    assert item.sizeHint().height() == label.heightForWidth(results.viewport().width())


def test_search_result_opens_the_guide(start_guardian):
    guardian = start_guardian()
    guardian.window.search.setText("filter")
    page = guardian.window.stack.currentWidget()
    page.results.itemActivated.emit(page.results.item(1))
    guides = guardian.window.stack.currentWidget()
    assert guides.objectName() == "guidesPage"
    assert guides.stack.currentWidget() is guides.guide
    assert guides.guide.platform_id == "demo"


def test_links_open_only_after_confirmation_and_only_safe_schemes(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr("guardian.ui.widgets.links.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()) or True)
    view = MarkdownView()
    qtbot.addWidget(view)
    monkeypatch.setattr("guardian.ui.widgets.links.confirm", lambda parent, url: False)
    assert view.open_link(QUrl("https://example.org")) is False
    monkeypatch.setattr("guardian.ui.widgets.links.confirm", lambda parent, url: True)
    assert view.open_link(QUrl("https://example.org")) is True
    assert view.open_link(QUrl("tel:116111")) is True
    for bad in ("http://example.org", "file:///etc/passwd", "javascript:alert(1)"):
        assert view.open_link(QUrl(bad)) is False
    assert opened == ["https://example.org", "tel:116111"]


def test_markdown_view_renders_no_html_and_loads_no_resources(qtbot):
    view = MarkdownView()
    qtbot.addWidget(view)
    view.set_markdown("Hello <b>world</b> ![x](https://example.org/x.png)")
    assert "<b>" in view.toPlainText()
    assert view.loadResource(2, QUrl("https://example.org/x.png")) is None


def test_search_never_offers_or_opens_a_section_the_school_hides(start_guardian, tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('hide_sections = ["guides"]\n', encoding="utf-8")
    guardian = start_guardian(policy=policy, lang="lv")
    guardian.window.search.setText("iestatij")
    page = guardian.window.stack.currentWidget()
    assert page.objectName() == "searchPage"
    assert [h for h in page.hits if h.kind == "guide"] == []
    guardian._open_hit("guide", "demo")  # a stale or crafted request: ignored, not a crash
    assert not guardian.window.has_section("guides")
    assert guardian.window.stack.currentWidget() is page


def test_keyboard_focus_in_the_rail_is_a_ring_around_the_whole_current_cell(start_guardian, qtbot):
    rail = start_guardian().window.rail
    rail.setCurrentRow(1)
    cell = rail.visualItemRect(rail.item(1))
    group = QPalette.ColorGroup.Active if rail.isActiveWindow() else QPalette.ColorGroup.Inactive
    highlight = rail.palette().color(group, QPalette.ColorRole.Highlight)
    ring = rail.palette().color(group, QPalette.ColorRole.HighlightedText)

    def column(x):  # the colours down one column of pixels inside the cell, above and below the icon and label
        image = rail.viewport().grab().toImage()
        return {image.pixelColor(x, y).name() for y in range(cell.top() + 10, cell.bottom() - 10)}

    rail.clearFocus()
    assert column(cell.left() + 4) == {highlight.name()}
    rail.setFocus()
    qtbot.waitUntil(rail.hasFocus)
    assert column(cell.left() + 4) == {ring.name()}
    assert column(cell.left() + 2) == {highlight.name()}  # the style framed only the label, across this column


def test_the_whole_rail_fits_a_laptop_screen_without_scrolling(start_guardian, qtbot):
    window = start_guardian(lang="kk").window  # Kazakh has the most two-line labels
    rail = window.rail
    window.resize(1100, 700)  # a 1366x768 screen less the taskbar and the title bar
    qtbot.waitUntil(lambda: rail.viewport().height() < 700)
    last = rail.visualItemRect(rail.item(rail.count() - 1))
    assert last.bottom() <= rail.viewport().height()
    assert not rail.verticalScrollBar().isVisible()
    window.resize(1100, 1000)  # with room to spare, cells keep their roomy height
    qtbot.waitUntil(lambda: rail.viewport().height() > 900)
    roomy = rail.gridSize().height()
    assert roomy > last.height()
    window.resize(1100, 400)  # too small even for the tightest cells: the rail scrolls, nothing overlaps
    qtbot.waitUntil(lambda: rail.viewport().height() < 400)
    first, second = (rail.visualItemRect(rail.item(row)) for row in (0, 1))
    assert second.top() >= first.bottom() and rail.verticalScrollBar().maximum() > 0


def test_the_rails_plain_numbers_are_qts_own_values(start_guardian):
    plain = [(nav_rail.DECORATION_ROLE, Qt.ItemDataRole.DecorationRole), (nav_rail.ID_ROLE, Qt.ItemDataRole.UserRole),
             (nav_rail.SCROLL_BAR_ALWAYS_OFF, Qt.ScrollBarPolicy.ScrollBarAlwaysOff)]
    assert all(number == qt_value.value for number, qt_value in plain)
    rail = start_guardian().window.rail
    assert rail.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert rail.item(0).data(Qt.ItemDataRole.UserRole) == "home"


def test_rail_labels_are_in_the_text_colour_and_the_current_one_in_the_highlighted_text_colour(start_guardian):
    window = start_guardian().window
    window.show_section("guides")
    rail = window.rail
    group = QPalette.ColorGroup.Active if rail.isActiveWindow() else QPalette.ColorGroup.Inactive
    image = rail.viewport().grab().toImage()

    def label_colours(row):  # the label is below the icon, in the lower half of the cell
        cell = rail.visualItemRect(rail.item(row))
        return {image.pixelColor(x, y).name() for x in range(cell.left() + 6, cell.right() - 6)
                for y in range(cell.top() + rail.iconSize().height() + 6, cell.bottom() - 2)}

    current, other = label_colours(2), label_colours(0)
    assert rail.palette().color(group, QPalette.ColorRole.HighlightedText).name() in current
    assert rail.palette().color(group, QPalette.ColorRole.Text).name() not in current
    assert rail.palette().color(group, QPalette.ColorRole.Text).name() in other


def test_escape_in_the_search_field_clears_it_and_returns_to_the_section(start_guardian, qtbot):
    window = start_guardian().window
    window.show_section("guides")
    window.search.setFocus()
    qtbot.keyClicks(window.search, "pegi")
    assert window.current_section() == ""  # the results are shown
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == "" and window.current_section() == "guides"


def test_get_help_now_answers_ctrl_h_in_every_language(start_guardian, qtbot):
    guardian = start_guardian()
    guardian.window.show_section("guides")
    guardian.window.activateWindow()
    qtbot.waitUntil(guardian.window.isActiveWindow)
    qtbot.keyClick(guardian.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: guardian.window.current_section() == "gethelp")  # the button shows it is pressed first
    guardian.switch_language("lv")  # the button's text changes, its shortcut stays
    guardian.window.show_section("guides")
    qtbot.keyClick(guardian.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: guardian.window.current_section() == "gethelp")


def test_the_first_frame_uses_what_the_system_theme_was_last_time_and_then_asks_the_desktop(start_guardian, data_dir,
                                                                                           monkeypatch, qtbot):
    # offscreen the desktop has no dark scheme: the 'system' theme is light, though it was dark at the last start
    paths = Paths.under(data_dir)
    paths.ensure()
    state = QSettings(str(paths.ui_state_file), QSettings.Format.IniFormat)
    state.setValue(app_module.SYSTEM_THEME_KEY, "dark")
    state.sync()
    applied = []
    monkeypatch.setattr(theme, "apply", lambda app, name, apply=theme.apply: applied.append(name) or apply(app, name))
    guardian = start_guardian()
    assert applied == ["dark", "light"]  # the first frame in the remembered palette, then the desktop's
    assert guardian.theme == "light"
    assert guardian.ui_state.value(app_module.SYSTEM_THEME_KEY) == "light"  # for the next first frame
    light = theme.PALETTES["light"][theme.R.Window]
    qtbot.waitUntil(lambda: guardian.window.palette().color(QPalette.ColorRole.Window).name() == light)


def test_a_first_guess_takes_a_chosen_theme_as_it_is_and_otherwise_looks_at_the_desktops_palette(qapp):
    assert theme.first_guess("high-contrast", "dark") == "high-contrast"
    assert theme.first_guess("system", "dark") == "dark"
    desktop = qapp.palette()
    window, text = (desktop.color(role).lightness() for role in (QPalette.ColorRole.Window,
                                                                 QPalette.ColorRole.WindowText))
    dark = window < text
    assert theme.first_guess("system", None) == ("dark" if dark else "light")
    assert theme.first_guess("system", "purple") == theme.first_guess("system", None)  # a damaged state file


def test_icons_are_drawn_in_the_colour_asked_for_on_a_clear_background(qapp):
    from PySide6.QtGui import QColor

    from guardian.ui.icons import icon

    image = icon("home", QColor("#1d5fa8"), 48).pixmap(48, 48).toImage()
    pixels = [image.pixelColor(x, y) for x in range(48) for y in range(48)]
    assert image.pixelColor(0, 0).alpha() == 0  # the corner is outside the house
    solid = {c.name() for c in pixels if c.alpha() == 255}
    assert solid == {"#1d5fa8"}  # the lines, where fully covered, in that colour only
    assert icon("no-such-icon", QColor("#1d5fa8")).isNull()
    sharp = icon("home", QColor("#1d5fa8"), 28, 2.0).pixmap(QSize(28, 28), 2.0)  # a screen at 200 %
    assert (sharp.width(), sharp.devicePixelRatio()) == (56, 2.0)  # drawn at 56 real pixels, not scaled up

def test_the_rail_follows_a_new_palette_and_a_new_font(start_guardian, qapp, qtbot):
    rail = start_guardian().window.rail

    def icon_colours():
        image = rail.item(0).icon().pixmap(rail.iconSize()).toImage()
        pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
        return {pixel.name() for pixel in pixels if pixel.alpha() == 255}

    font, cell = qapp.font(), rail.gridSize()
    try:
        theme.apply(qapp, "dark")
        qtbot.waitUntil(lambda: icon_colours() == {theme.PALETTES["dark"][theme.R.Text]})
        bigger = qapp.font()
        bigger.setPointSizeF(font.pointSizeF() * 2)
        qapp.setFont(bigger)
        qtbot.waitUntil(lambda: rail.gridSize().height() > cell.height() and rail.gridSize().width() > cell.width())
    finally:
        qapp.setFont(font)
        theme.apply(qapp, "light")


def test_shortcuts_are_written_as_the_system_writes_them_and_get_help_avoids_the_macs_hide(monkeypatch, qapp):
    import importlib

    from guardian.ui import keys

    assert (keys.GET_HELP, keys.shown(keys.GET_HELP), keys.shown(keys.FIND)) == ("Ctrl+H", "Ctrl+H", "Ctrl+F")
    assert [keys.section(n) for n in (1, 9, 10)] == ["Ctrl+1", "Ctrl+9", ""]
    monkeypatch.setattr("sys.platform", "darwin")
    try:
        assert importlib.reload(keys).GET_HELP == "Meta+H"  # Control+H: Command+H hides the app on macOS
    finally:
        monkeypatch.undo()
        importlib.reload(keys)


def test_tooltips_name_the_shortcuts_in_every_language(start_guardian):
    guardian = start_guardian()
    help_button = guardian.window.findChild(QPushButton, "getHelpNow")
    for language in ("lv", "kk", "ru", "en"):
        guardian.switch_language(language)
        assert help_button.toolTip().endswith("(Ctrl+H)")
        assert guardian.window.search.placeholderText().endswith("(Ctrl+F)")
        assert guardian.window.rail.item(2).toolTip().endswith("(Ctrl+3)")
