"""Platforms and rating systems are called by their names in the reader's language (the facts' names are English),
wherever a page lists them, with the real content."""

from __future__ import annotations

import pytest

from guardian.paths import resources_dir
from guardian.services.content_service import ContentService
from guardian.ui.widgets.platform_picker import ID_ROLE, PlatformPicker


@pytest.fixture
def content_root():
    return resources_dir()


def test_ratings_list_and_header_are_in_kazakh(start_guardian):
    guardian = start_guardian(country="KZ", lang="kk")
    page = guardian.window.show_section("ratings")
    names = [page.systems.item(i).text() for i in range(page.systems.count())]
    assert names[0] == "Қазақстандағы жас санаттары"  # the country's own system first, by its Kazakh title
    assert "Age categories (Kazakhstan)" not in names and "Australian Classification" not in names
    assert "Австралиядағы жіктеу" in names
    page.systems.setCurrentRow(0)
    subtitle = page.view.header.intro.text()
    assert subtitle.startswith("«Балаларды денсаулығы мен дамуына зардабын тигізетін ақпараттан қорғау туралы»")
    assert page.systems.item(0).toolTip() == subtitle


def test_a_system_without_a_translated_full_name_keeps_its_own(start_guardian):
    guardian = start_guardian(country="LV", lang="lv")
    page = guardian.window.show_section("ratings")
    page.view.show_system("pegi")
    assert page.view.header.intro.text() == "Pan European Game Information"


def test_the_label_finder_knows_the_translated_and_the_english_name(start_guardian):
    guardian = start_guardian(country="LV", lang="lv")
    page = guardian.window.show_section("ratings")
    page.find.setText("PEGI 16")
    assert [page.systems.item(i).text() for i in range(page.systems.count())] == ["PEGI: PEGI 16"]


def test_platform_picker_names_sorts_and_finds_in_the_language_and_keeps_ticks(qtbot):
    content = ContentService(resources_dir(), "lv")
    picker = PlatformPicker(content, multiple=True)
    qtbot.addWidget(picker)
    assert picker.items["smart-tv"].text(0) == "Viedtelevizori"
    picker.set_checked_one("smart-tv")
    picker.search.setText("smart tv")  # the English name finds it too
    assert not picker.items["smart-tv"].isHidden() and picker.items["tiktok"].isHidden()
    picker.search.setText("viedtel")
    assert not picker.items["smart-tv"].isHidden()
    picker.search.clear()
    content.set_language("ru")
    picker.retranslate()  # what the language change event does
    assert picker.items["smart-tv"].text(0) == "Смарт-телевизоры"
    assert picker.checked() == ["smart-tv"]
    group = picker.items["smart-tv"].parent()
    shown = [group.child(i).data(0, ID_ROLE) for i in range(group.childCount())]
    assert shown == [pid for pid in content.titles("platforms") if pid in shown]  # in Russian alphabetical order


def test_lists_follow_the_alphabet_of_the_language():
    latvian = list(ContentService(resources_dir(), "lv").titles("platforms").values())
    assert latvian.index("Google SafeSearch un Chrome uzraudzība") < latvian.index("Ģimenes DNS filtri") \
        < latvian.index("Instagram")  # Ģ after G, not after Z
    kazakh = list(ContentService(resources_dir(), "kk").titles("rating_systems").values())
    assert kazakh.index("Жаңа Зеландияның жіктеу белгілері") < kazakh.index("Қазақстандағы жас санаттары") \
        < kazakh.index("Ресейдегі жас белгісі (0+-тан 18+-қа дейін)") < kazakh.index("BBFC")  # Cyrillic first


def test_home_milestones_name_platforms_in_latvian(start_guardian):
    from test_home import card, home, import_sample

    guardian = start_guardian()
    import_sample(guardian)
    guardian.switch_language("lv")
    line = card(home(guardian), "Aruzhan").view.milestones[0]
    assert "iPhone un iPad (Screen Time un Family Sharing)" in line
    assert "iPhone and iPad" not in line


def test_content_descriptors_are_named_in_the_readers_language_with_the_words_the_system_prints(start_guardian):
    guardian = start_guardian(country="LV", lang="lv")
    view = guardian.window.show_section("ratings").view
    view.show_system("pegi")
    text = view.detail.toPlainText()
    assert "Vardarbība (Violence): Spēlē ir vardarbība." in text
    assert "Violence:" not in text and "In-Game Purchases:" not in text
    view.show_system("cero")
    assert "Vardarbība (暴力): Kautiņi, ievainošana vai nogalināšana." in view.detail.toPlainText()
    guardian.switch_language("en")
    view.show_system("cero")
    text = view.detail.toPlainText()
    assert "Violence (暴力): Fighting, injuring or killing." in text
    view.show_system("esrb")
    assert "Blood and Gore: The game shows blood" in view.detail.toPlainText()  # English words as printed, once
