"""The Guides section: grid, category filter, guide rendering with steps, facts and English fallback."""

from __future__ import annotations


def test_grid_lists_guides_and_filters_by_category(start_guardian):
    guardian = start_guardian()
    page = guardian.window.show_section("guides")
    assert page.proxy.rowCount() == 1
    page.category.setCurrentIndex(page.category.findData("app"))
    assert page.proxy.rowCount() == 1
    page.proxy.set_category("console")
    assert page.proxy.rowCount() == 0


def test_guide_shows_steps_links_age_and_checked_date(start_guardian):
    guardian = start_guardian()
    page = guardian.window.show_section("guides")
    assert page.open_guide("demo")
    text = page.guide.text.toPlainText()
    assert "Set it up step by step" in text
    assert "Open Settings." in text
    assert "Minimum age in the terms of service: 13" in text
    assert "Facts checked on November 23, 2026" in text
    assert "https://example.org/help" in text


def test_an_age_from_a_secondary_source_says_so_in_the_readers_language_not_in_the_researchers(start_guardian,
                                                                                                content_root):
    facts = content_root / "facts/platforms/demo.toml"
    facts.write_text(facts.read_text().replace(
        'source = "https://example.org/terms"\n',
        'source = "https://example.org/terms"\nconfidence = "medium"\n'
        'note = "Read in an old stored copy of the terms; the current page could not be opened."\n'))
    guardian = start_guardian(lang="kk")
    page = guardian.window.show_section("guides")
    page.open_guide("demo")
    text = page.guide.text.toPlainText()
    assert "жанама дереккөз" in text  # "secondary source"
    assert "old stored copy" not in text  # the research note is English, and for the maintainers


def test_guide_falls_back_to_english_with_a_note(start_guardian, content_root):
    (content_root / "content/lv/platforms/demo.md").unlink()
    guardian = start_guardian(lang="lv")
    page = guardian.window.show_section("guides")
    page.open_guide("demo")
    text = page.guide.text.toPlainText()
    assert "shown in English" in text or "redzama angliski" in text
    assert "Open Settings." in text


def test_guides_model_passes_the_model_tester(start_guardian, qtmodeltester):
    guardian = start_guardian()
    page = guardian.window.show_section("guides")
    qtmodeltester.check(page.model)
