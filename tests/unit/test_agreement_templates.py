"""Family agreement templates: the shipped ones are complete in every language; broken ones are reported by file
and field and skipped, never a crash."""

from __future__ import annotations

import datetime as dt

import pytest

from guardian.content.agreements import KIND, THEMES, suggested
from guardian.content.frontmatter import revision
from guardian.content.loader import load
from guardian.content.prose import LOCALES
from guardian.domain.ages import BANDS
from guardian.domain.child_ages import child_band
from guardian.paths import resources_dir

TEMPLATE = """\
id = "demo"
bands = ["6-9"]

[[item]]
id = "meals"
theme = "device-free"

[[item]]
id = "school-days"
theme = "screen-time"
choice = "minutes"
"""

PROSE = {
    "en": ('title = "Demo"\nheading = "Our agreement"\npreamble = "We made it."\nclosing = "We try."\n'
           '[items]\nmeals = "No phones at meals."\nschool-days = "Screens after homework."\n'
           '[choices]\nschool-days = "Minutes a day"\n'),
    "lv": ('title = "Demo"\nheading = "Mūsu vienošanās"\npreamble = "Mēs to izveidojām."\nclosing = "Mēs cenšamies."\n'
           '[items]\nmeals = "Ēdot telefonu nav."\nschool-days = "Ekrāni pēc mājasdarbiem."\n'
           '[choices]\nschool-days = "Minūtes dienā"\n'),
}


def write_tree(root, template=TEMPLATE, prose=None):
    (root / KIND).mkdir(parents=True, exist_ok=True)
    (root / KIND / "demo.toml").write_text(template, encoding="utf-8")
    for locale, meta in (prose or PROSE).items():
        folder = root / "content" / locale / KIND
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "demo.md").write_text(f"+++\n{meta}+++\n", encoding="utf-8")
    english = root / "content/en" / KIND / "demo.md"
    for locale in (prose or PROSE):
        if locale != "en":
            path = root / "content" / locale / KIND / "demo.md"
            path.write_text(path.read_text(encoding="utf-8").replace(
                "+++\n", f'+++\ntranslates = "{revision(english)}"\n', 1), encoding="utf-8")
    return root


def messages(root):
    return [str(p) for p in load(root).problems if KIND in p.file]


@pytest.fixture(scope="module")
def shipped():
    return load(resources_dir())


def test_shipped_templates_have_no_problems(shipped):
    assert [str(p) for p in shipped.problems if KIND in p.file] == []


def test_there_is_a_template_for_every_age_band(shipped):
    assert len(shipped.templates) >= 3
    for band in BANDS:
        assert suggested(shipped.templates, band) is not None, band


@pytest.mark.parametrize("template_id", ["under-6", "ages-6-9", "ages-10-12", "ages-13-plus"])
def test_each_template_is_complete_in_four_languages(shipped, template_id):
    template = shipped.templates[template_id]
    assert 8 <= len(template.items) <= 15
    assert {item.theme for item in template.items} == set(THEMES)
    assert any(item.choice for item in template.items)
    assert shipped.locales(KIND, template_id) == list(LOCALES)
    for locale in LOCALES:
        prose = shipped.prose(KIND, template_id, locale)
        assert not prose.fallback
        for key in ("title", "summary", "heading", "preamble", "closing"):
            assert prose.meta[key].strip(), (locale, key)
        assert set(prose.meta["items"]) == {i.id for i in template.items}
        assert set(prose.meta.get("choices", {})) == {i.id for i in template.items if i.choice}


def test_templates_state_no_numbers_as_rules(shipped):
    """Minutes and times are the family's choice: no digits in any item text."""
    for template_id in shipped.templates:
        for locale in LOCALES:
            for text in shipped.prose(KIND, template_id, locale).meta["items"].values():
                assert not any(c.isdigit() for c in text), (template_id, locale, text)


def test_kazakh_and_latvian_use_their_own_letters(shipped):
    kk = " ".join(shipped.prose(KIND, "ages-6-9", "kk").meta["items"].values())
    lv = " ".join(shipped.prose(KIND, "ages-6-9", "lv").meta["items"].values())
    assert set("әқңғұүі") <= set(kk)
    assert set("āēīūņļš") <= set(lv)


def test_a_valid_template_loads(tmp_path):
    lib = load(write_tree(tmp_path, prose={**PROSE, "kk": PROSE["lv"], "ru": PROSE["lv"]}))
    assert messages(tmp_path) == []
    template = lib.templates["demo"]
    assert [(i.id, i.theme, i.choice) for i in template.items] == [("meals", "device-free", ""),
                                                                    ("school-days", "screen-time", "minutes")]
    assert lib.prose(KIND, "demo", "lv").meta["items"]["meals"] == "Ēdot telefonu nav."


def test_unknown_theme_is_named_and_the_template_skipped(tmp_path):
    root = write_tree(tmp_path, TEMPLATE.replace('theme = "device-free"', 'theme = "sleep"'))
    assert "agreements/demo.toml: item[0].theme: 'sleep' is not one of: screen-time, device-free, apps, upset, " \
           "parents" in messages(root)
    assert "demo" not in load(root).templates


def test_unknown_choice_band_and_duplicate_id_are_named(tmp_path):
    broken = TEMPLATE.replace('choice = "minutes"', 'choice = "hours"').replace('["6-9"]', '["teens"]') \
        .replace('id = "school-days"', 'id = "meals"')
    found = messages(write_tree(tmp_path, broken))
    assert "agreements/demo.toml: item[1].choice: 'hours' is not one of: minutes, time, text" in found
    assert any(m.startswith("agreements/demo.toml: bands: 'teens' is not an age band") for m in found)
    assert "agreements/demo.toml: item[1].id: 'meals' appears more than once" in found


def test_toml_syntax_error_is_reported_not_raised(tmp_path):
    root = write_tree(tmp_path, TEMPLATE + "\n[[item]\n")
    assert any(m.startswith("agreements/demo.toml: cannot be read as TOML") for m in messages(root))
    assert load(root).templates == {}


def test_missing_english_item_text_is_named(tmp_path):
    prose = dict(PROSE, en=PROSE["en"].replace('meals = "No phones at meals."\n', ""))
    root = write_tree(tmp_path, prose=prose)
    assert "content/en/agreements/demo.md: items: no text for: meals" in messages(root)
    assert "demo" not in load(root).templates


def test_incomplete_translation_is_reported_and_english_shown(tmp_path):
    prose = dict(PROSE, lv=PROSE["lv"].replace('school-days = "Minūtes dienā"\n', 'bogus = "x"\n'))
    root = write_tree(tmp_path, prose=prose)
    found = messages(root)
    assert "content/lv/agreements/demo.md: choices: no text for: school-days" in found
    assert "content/lv/agreements/demo.md: choices: not items of the template: bogus" in found
    lib = load(root)
    assert "demo" in lib.templates
    assert lib.prose(KIND, "demo", "lv").fallback
    assert "content/kk/agreements/demo.md: translation is missing" in found


def test_prose_without_template_is_reported(tmp_path):
    root = write_tree(tmp_path)
    (root / KIND / "demo.toml").unlink()
    assert "content/en/agreements/demo.md: has no template file agreements/demo.toml" in messages(root)


@pytest.mark.parametrize(("birth_year", "birth_date", "band"), [
    (2017, None, "6-9"),             # 9 or 8 on 2026-11-23: the younger age counts
    (2016, None, "6-9"),
    (2015, None, "10-12"),
    (2016, dt.date(2016, 11, 23), "10-12"),
    (2016, dt.date(2016, 11, 24), "6-9"),
    (2026, None, "under6"),
    (2010, None, "13plus"),
])
def test_child_band_uses_the_birth_date_or_the_younger_age(birth_year, birth_date, band):
    assert child_band(birth_year, birth_date, dt.date(2026, 11, 23)) == band
