"""Search finds content as the parent types, regardless of case and diacritics, in every language."""

from __future__ import annotations

import pytest

from content_tree import make_tree
from guardian.content.loader import load
from guardian.content.search import SearchIndex, fold


@pytest.fixture
def library(tmp_path):
    return load(make_tree(tmp_path))


def test_fold_keeps_length_and_removes_diacritics():
    for text in ("Bērnu tālrunis", "Сүзгіні қосыңыз", "Ёлка", "ÄÖÜ straße"):
        assert len(fold(text)) == len(text)
    assert fold("Bērnu ĶĒĻ") == "bernu kel"
    assert fold("Сүзгі") == "сузги"


@pytest.mark.parametrize(("language", "query"), [
    ("en", "filter"), ("en", "FILT"), ("lv", "iestatijumus"), ("lv", "iestatījumus"),
    ("kk", "сузгини"), ("kk", "сүзгіні"), ("ru", "фильтр"), ("ru", "ФИЛЬ"),
])
def test_search_finds_the_guide_in_each_language(library, language, query):
    hits = SearchIndex.build(library, language).search(query)
    assert [h.id for h in hits if h.kind == "guide"] == ["demo"]


def test_search_highlights_the_original_letters(library):
    hit = SearchIndex.build(library, "lv").search("iestatijumus")[0]
    start, end = hit.snippet_spans[0]
    assert hit.snippet[start:end].lower() == "iestatījumus"


def test_helplines_are_found_by_number_and_name(library):
    index = SearchIndex.build(library, "en")
    assert [h.id for h in index.search("116111")] == ["LV/lv-child"]
    assert [h.kind for h in index.search("berni")] == []
    assert [h.id for h in index.search("bernu")] == ["LV/lv-child"]


def test_empty_or_punctuation_query_finds_nothing(library):
    index = SearchIndex.build(library, "en")
    assert index.search("") == []
    assert index.search('"*()') == []


@pytest.mark.parametrize(("language", "query"), [
    ("en", "violence"), ("lv", "vardarbiba"), ("kk", "зорлық"), ("ru", "насилие"), ("lv", "violence"),
])
def test_a_rating_system_is_found_by_a_descriptor_in_the_readers_language_or_as_printed(library, language, query):
    hits = SearchIndex.build(library, language).search(query)
    assert [h.id for h in hits if h.kind == "rating"] == ["pegi"]


def test_a_helpline_is_found_by_its_english_name_which_only_english_readers_see(library):
    latvian = SearchIndex.build(library, "lv").search("helpline")
    assert [h.id for h in latvian] == ["LV/lv-child"] and "helpline" not in latvian[0].snippet
    english = SearchIndex.build(library, "en").search("helpline")
    assert "Children's helpline" in english[0].snippet
