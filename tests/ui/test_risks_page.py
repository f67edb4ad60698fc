"""The Risks section over the real content: grouped by kind, filtered by age, a way into Get help, and
conversation starters one at a time or as a PDF sheet that keeps Latvian and Kazakh letters."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from guardian.paths import resources_dir
from guardian.services.pdf_service import write_pdf


@pytest.fixture
def content_root():
    return resources_dir()


def headings(page):
    return [page.list.item(i).text() for i in range(page.list.count())
            if not page.list.item(i).data(Qt.ItemDataRole.UserRole)]


def test_risks_are_grouped_by_kind(start_guardian):
    page = start_guardian().window.show_section("risks")
    assert headings(page) == ["Harmful content", "Behaviour", "Contact with strangers", "Money, data and privacy"]
    assert len(page.visible_risks()) >= 12


def test_age_filter_hides_risks_for_older_children(start_guardian):
    page = start_guardian().window.show_section("risks")
    everything = set(page.visible_risks())
    page.age.setCurrentIndex(page.age.findData("under6"))
    young = set(page.visible_risks())
    assert young < everything
    risks = page._content.items("risks")
    assert all(risks[r].min_band == "under6" for r in young)


def test_risk_leads_into_get_help_for_its_harm(start_guardian):
    guardian = start_guardian(country="LV")
    page = guardian.window.show_section("risks")
    page.open_risk("sextortion")
    assert page.get_help.isVisible() or not page.isVisible()
    page.get_help.click()
    help_page = guardian.window.stack.currentWidget()
    assert help_page.objectName() == "getHelpPage"
    assert help_page.harms.currentItem().data(Qt.ItemDataRole.UserRole) == "sextortion"


def test_talk_one_starter_at_a_time(start_guardian):
    talk = start_guardian().window.show_section("risks").talk
    talk.set_band("10-12")
    first = talk.starter.text()
    talk.next.click()
    assert talk.starter.text() != first
    assert talk.counter.text().startswith("2 of ")


@pytest.mark.parametrize(("language", "letters"), [("lv", "āēīūčšžķļņģ"), ("kk", "әғқңөұүһі")])
def test_talk_sheet_pdf_keeps_the_letters(start_guardian, tmp_path, language, letters):
    talk = start_guardian(lang=language).window.show_section("risks").talk
    talk.set_band("6-9")
    out = tmp_path / "sheet.pdf"
    write_pdf(talk.sheet_markdown(), out, "sheet")
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert any(ch in text for ch in letters)
    assert " ".join(talk.starters()[0].split()[:3]) in " ".join(text.split())


def test_risks_are_indented_by_drawing_not_by_spaces_and_in_the_languages_order(start_guardian):
    from PySide6.QtCore import QCollator, QLocale

    page = start_guardian(lang="kk").window.show_section("risks")
    rows = [page.list.item(i) for i in range(page.list.count())]
    risks = [item.text() for item in rows if item.data(Qt.ItemDataRole.UserRole)]
    assert risks and all(text == text.strip() for text in risks)  # a wrapped second line lines up with the first
    group, collator = [], QCollator(QLocale("kk"))
    for item in [*rows, None]:
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            assert group == sorted(group, key=collator.sortKey)
            group = []
        else:
            group.append(item.text())
