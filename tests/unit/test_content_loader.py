"""The content loader reports every kind of problem with file and field, and never crashes on bad content."""

from __future__ import annotations

from content_tree import GUIDE, guide_text, make_tree, revision, write
from guardian.content.loader import load


def problems(root):
    return [str(p) for p in load(root).problems]


def change(root, rel: str, old: str, new: str) -> None:
    """Replace `old` (which must be there) with `new` in one file of the content tree."""
    path = root / rel
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def test_a_valid_tree_has_no_problems(tmp_path):
    library = load(make_tree(tmp_path))
    assert library.problems == []
    assert library.locales("platforms", "demo") == ["en", "lv", "kk", "ru"]
    assert library.export()["platforms"]["demo"]["locales"] == ["en", "lv", "kk", "ru"]


def test_missing_field_is_named(tmp_path):
    root = make_tree(tmp_path)
    change(root, "facts/platforms/demo.toml", 'name = "Demo"\n', "")
    assert "facts/platforms/demo.toml: name: is missing" in problems(root)


def test_http_url_is_refused(tmp_path):
    root = make_tree(tmp_path)
    change(root, "facts/platforms/demo.toml", 'help = "https://example.org/help"', 'help = "http://example.org"')
    assert "facts/platforms/demo.toml: links.help: 'http://example.org' is not an https:// URL" in problems(root)


def test_date_that_is_not_iso_is_refused(tmp_path):
    root = make_tree(tmp_path)
    change(root, "facts/platforms/demo.toml", 'verified = "2026-11-23"', 'verified = "23.11.2026"')
    assert "facts/platforms/demo.toml: verified: '23.11.2026' is not an ISO date (YYYY-MM-DD)" in problems(root)


def test_unknown_rating_system_id_is_reported(tmp_path):
    root = make_tree(tmp_path)
    change(root, "facts/countries/LV.toml", '["pegi"]', '["pegi", "nosuch"]')
    assert "facts/countries/LV.toml: rating_systems: unknown rating system 'nosuch'" in problems(root)


def test_prose_for_a_missing_fact_file_is_reported(tmp_path):
    root = make_tree(tmp_path)
    write(root, "content/en/platforms/ghost.md", guide_text("Ghost", "x", {}, "## A\n\nb\n"))
    assert any("content/en/platforms/ghost.md" in p and "no facts file" in p for p in problems(root))


def test_missing_translation_is_reported(tmp_path):
    root = make_tree(tmp_path)
    (root / "content/kk/platforms/demo.md").unlink()
    assert "content/kk/platforms/demo.md: translation is missing" in problems(root)
    assert load(root).locales("platforms", "demo") == ["en", "lv", "ru"]


def test_outdated_translation_is_reported_after_english_changes(tmp_path):
    root = make_tree(tmp_path)
    english = root / "content/en/platforms/demo.md"
    old = revision(english)
    english.write_text(english.read_text() + "\nOne more sentence.\n")
    found = problems(root)
    for locale in ("lv", "kk", "ru"):
        assert (f"content/{locale}/platforms/demo.md: translates: outdated: follows English {old}, "
                f"English is now {revision(english)}") in found


def test_step_without_text_and_unknown_step_are_reported(tmp_path):
    root = make_tree(tmp_path)
    title, summary, _steps, body = GUIDE["en"]
    write(root, "content/en/platforms/demo.md", guide_text(title, summary, {"open-settings": "x", "bogus": "y"}, body))
    found = problems(root)
    assert "content/en/platforms/demo.md: steps: no text for step ids: turn-on-filter" in found
    assert "content/en/platforms/demo.md: steps: step ids not in the facts file: bogus" in found


def test_html_and_unsafe_links_in_prose_are_refused(tmp_path):
    root = make_tree(tmp_path)
    title, summary, steps, body = GUIDE["en"]
    write(root, "content/en/platforms/demo.md",
          guide_text(title, summary, steps, body + "\n<b>bold</b> [x](http://a.org) ![i](https://a.org/i.png)\n"))
    found = problems(root)
    assert "content/en/platforms/demo.md: body: contains HTML; write Markdown only" in found
    assert "content/en/platforms/demo.md: body: link 'http://a.org' must be https, mailto or tel" in found
    assert "content/en/platforms/demo.md: body: contains an image; content may not load images" in found


def test_broken_toml_skips_the_item_and_keeps_the_rest(tmp_path):
    root = make_tree(tmp_path)
    write(root, "facts/platforms/broken.toml", 'id = "broken"\nname = \n')
    library = load(root)
    assert any(str(p).startswith("facts/platforms/broken.toml: cannot be read as TOML") for p in library.problems)
    assert "demo" in library.items("platforms")
    assert "broken" not in library.items("platforms")


def test_impossible_phone_number_is_refused(tmp_path):
    root = make_tree(tmp_path)
    change(root, "facts/countries/LV.toml", 'phone = "116111"', 'phone = "999999999999"')
    expected = "facts/countries/LV.toml: service[0].phone: '999999999999' is not a possible phone number in LV"
    assert f"{expected} (libphonenumber)" in problems(root)


def test_a_helpline_for_sexual_abuse_that_leaves_out_abuse_images_is_reported(tmp_path):
    # 20 countries' abuse-material plans said "no helpline", though their child helplines take such calls
    root = make_tree(tmp_path)
    change(root, "facts/countries/LV.toml", 'harms = ["cyberbullying"]',
           'harms = ["cyberbullying", "grooming", "sextortion", "intimate_image"]')
    [problem] = problems(root)
    assert problem.startswith("facts/countries/LV.toml: service[0].harms: a helpline that takes calls about grooming")
    change(root, "facts/countries/LV.toml", '"intimate_image"]', '"intimate_image", "csam"]')
    assert problems(root) == []


def test_missing_translation_falls_back_to_english_visibly(tmp_path):
    root = make_tree(tmp_path)
    (root / "content/lv/platforms/demo.md").unlink()
    prose = load(root).prose("platforms", "demo", "lv")
    assert prose.fallback is True
    assert prose.summary == "A demo app."
    assert load(root).prose("platforms", "demo", "ru").fallback is False


def test_outdated_translation_also_falls_back_to_english(tmp_path):
    root = make_tree(tmp_path)
    english = root / "content/en/platforms/demo.md"
    english.write_text(english.read_text() + "\nChanged.\n")
    assert load(root).prose("platforms", "demo", "kk").fallback is True


def test_country_without_a_hotline_is_valid(tmp_path):
    library = load(make_tree(tmp_path))
    country = library.items("countries")["LV"]
    assert [s.kind for s in country.services] == ["child_helpline"]
    assert library.problems == []


def test_inherited_source_and_verified_date(tmp_path):
    library = load(make_tree(tmp_path))
    service = library.items("countries")["LV"].services[0]
    assert service.source.url == "https://example.org/lv"
    assert service.source.verified.isoformat() == "2026-11-23"


def test_facts_come_first_and_the_prose_completes_the_same_library(tmp_path):
    from guardian.services.content_service import ContentService

    root = make_tree(tmp_path)
    write(root, "content/en/platforms/ghost.md", guide_text("Ghost", "x", {}, "## A\n\nb\n"))  # a prose problem
    content = ContentService(root, "lv")
    platforms = content.items("platforms")
    assert "demo" in platforms
    assert content._library is None  # Home's facts did not load the prose
    facts_only = content._facts
    assert facts_only.prose_files == {} and facts_only.problems == []
    library = content.library
    assert library is facts_only and content.items("platforms") is platforms  # completed in place
    assert content.prose("platforms", "demo").title
    assert [str(p) for p in library.problems] == problems(root)  # the same problems as one full load


def retitle_latvian_guide(root, title: str, translates: str) -> None:
    _, summary, steps, body = GUIDE["lv"]
    write(root, "content/lv/platforms/demo.md", guide_text(title, summary, steps, body, translates))


def test_pages_call_platforms_and_systems_by_their_title_in_the_readers_language(tmp_path):
    from guardian.services.content_service import ContentService

    root = make_tree(tmp_path)
    retitle_latvian_guide(root, "Demonstrācija", revision(root / "content/en/platforms/demo.md"))
    content = ContentService(root, "lv")
    assert content.title("platforms", "demo") == "Demonstrācija"
    assert content.title("rating_systems", "pegi") == "PEGI"  # the facts kind, described by content/*/ratings/
    assert content.title("platforms", "no-such-guide") == "no-such-guide"
    content.set_language("en")
    assert content.title("platforms", "demo") == "Demo"


def test_an_outdated_or_missing_translation_keeps_the_english_title(tmp_path):
    from guardian.services.content_service import ContentService

    root = make_tree(tmp_path)
    change(root, "facts/platforms/demo.toml", 'name = "Demo"', 'name = "Demo (its name in the facts)"')
    retitle_latvian_guide(root, "Demonstrācija", "0000000000")  # follows an English text that never was
    assert ContentService(root, "lv").title("platforms", "demo") == "Demo"  # the English prose title
    (root / "content/en/platforms/demo.md").unlink()
    (root / "content/lv/platforms/demo.md").unlink()
    assert ContentService(root, "lv").title("platforms", "demo") == "Demo (its name in the facts)"  # no prose


def test_a_full_name_in_prose_must_be_text(tmp_path):
    root = make_tree(tmp_path)
    change(root, "content/kk/ratings/pegi.md", 'title = "PEGI"', 'title = "PEGI"\nfull_name = 5')
    assert "content/kk/ratings/pegi.md: full_name: must be text" in problems(root)


def test_titles_are_sorted_as_a_reader_expects_not_by_code_point(tmp_path):
    from content_tree import PLATFORM
    from guardian.services.content_service import ContentService

    root = make_tree(tmp_path)
    write(root, "facts/platforms/apple.toml",
          PLATFORM.replace('id = "demo"', 'id = "apple"').replace('name = "Demo"', 'name = "apple app"'))
    titles = ContentService(root, "en").titles("platforms")
    assert list(titles.items()) == [("apple", "apple app"), ("demo", "Demo")]  # no prose: the facts' name


def test_english_rating_prose_explains_and_names_every_descriptor_and_no_other(tmp_path):
    root = make_tree(tmp_path)
    assert problems(root) == []
    change(root, "content/en/ratings/pegi.md", 'violence = "Violence"', 'gore = "Gore"')
    found = problems(root)
    assert "content/en/ratings/pegi.md: descriptor_names: no text for descriptor ids: violence" in found
    assert "content/en/ratings/pegi.md: descriptor_names: descriptor ids not in the facts file: gore" in found
    change(root, "content/en/ratings/pegi.md", '"PEGI 18" = "Adults only."\n', "")
    assert "content/en/ratings/pegi.md: labels: no text for labels: PEGI 18" in problems(root)


def test_a_translation_names_every_descriptor(tmp_path):
    root = make_tree(tmp_path)
    change(root, "content/lv/ratings/pegi.md", 'violence = "Vardarbība"\n', "")
    assert "content/lv/ratings/pegi.md: descriptor_names: missing: violence" in problems(root)


def test_a_service_named_in_several_languages_is_called_by_the_readers_name(tmp_path):
    root = make_tree(tmp_path)
    change(root, "facts/countries/LV.toml", 'name_en = "Children\'s helpline"\n',
           'name_en = "Children\'s helpline"\nnames = { ru = "Телефон доверия для детей" }\n')
    library = load(root)
    assert library.problems == []
    service = library.items("countries")["LV"].services[0]
    assert service.name_for("ru") == "Телефон доверия для детей"
    assert service.name_for("lv") == service.name_for("kk") == "Bērnu un pusaudžu uzticības tālrunis"
    assert service.english_name_for("en") == "Children's helpline"
    assert library.export()["countries"]["LV"]["services"][0]["names"] == {"ru": "Телефон доверия для детей"}


def test_a_service_name_in_a_language_that_is_not_a_code_is_reported(tmp_path):
    root = make_tree(tmp_path)
    change(root, "facts/countries/LV.toml", 'name_en = "Children\'s helpline"\n',
           'name_en = "Children\'s helpline"\nnames = { Russian = "Телефон доверия", kk = "" }\n')
    found = problems(root)
    assert "facts/countries/LV.toml: service[0].names.Russian: is not a two-letter language code such as kk or ru" \
        in found
    assert "facts/countries/LV.toml: service[0].names.kk: must be non-empty text" in found


def test_a_minimum_age_can_differ_by_country(tmp_path):
    root = make_tree(tmp_path)
    change(root, "facts/platforms/demo.toml", "value = 13\n", "value = 13\nby_country = { DE = 16, FR = 15 }\n")
    library = load(root)
    assert library.problems == []
    demo = library.items("platforms")["demo"]
    assert (demo.minimum_age_in("DE"), demo.minimum_age_in("FR"), demo.minimum_age_in("LV")) == (16, 15, 13)
    assert demo.minimum_age_in("") == 13  # no country chosen: the general age
    assert library.export()["platforms"]["demo"]["minimum_age"]["by_country"] == {"DE": 16, "FR": 15}


def test_a_minimum_age_for_a_country_that_is_not_a_code_is_reported(tmp_path):
    root = make_tree(tmp_path)
    change(root, "facts/platforms/demo.toml", "value = 13\n", 'value = 13\nby_country = { Germany = 16, FR = "15" }\n')
    found = problems(root)
    assert "facts/platforms/demo.toml: minimum_age.by_country.Germany: must be a country's two-letter ISO code " \
           "in capitals, such as DE" in found
    assert "facts/platforms/demo.toml: minimum_age.by_country.FR: must be a whole number from 0 to 21" in found


def test_a_translation_that_names_the_get_help_section_in_english_is_reported(tmp_path):
    root = make_tree(tmp_path)
    change(root, "content/lv/platforms/demo.md", "Izvēlne.", "Izmantojiet Guardian sadaļu Get help.")
    assert ("content/lv/platforms/demo.md: body: names Guardian's section 'Get help' in English; use the name the "
            "app shows in this language") in problems(root)
    assert "lv" in load(root).locales("platforms", "demo")  # still shown: a style problem, not a broken file
