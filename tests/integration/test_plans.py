"""Get help: every harm gives a plan for every country that names that country's own routes and never another's;
the abuse-material plan never suggests keeping the material; plans print and save as PDF in every language."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication

from guardian.content.loader import load
from guardian.domain.harms import HARM_IDS
from guardian.i18n.translator import Translator
from guardian.paths import resources_dir
from guardian.services.pdf_service import write_pdf
from guardian.services.plan_render import render_markdown
from guardian.services.plan_service import ELSEWHERE, build_plan


@pytest.fixture(scope="module")
def library():
    return load(resources_dir())


def test_every_harm_has_rules_and_guidance(library):
    assert sorted(library.items("harms")) == sorted(HARM_IDS)


def test_every_plan_names_only_its_own_countrys_routes(library):
    countries = library.items("countries")
    assert len(countries) >= 38
    for harm in HARM_IDS:
        for code, country in countries.items():
            plan = build_plan(library, harm, code)
            own = {s.id for s in country.services}
            assert {s.id for s in plan.services()} <= own, (harm, code)
            assert plan.emergency == country.emergency["general"][0]
            text = render_markdown(plan, "en")
            assert plan.emergency in text.replace(" ", "")
            own_urls = {u for s in country.services for u in (s.web, s.report_url, s.chat) if u}
            for other_code, other in countries.items():
                if other_code == code:
                    continue
                for service in other.services:
                    for url in {service.web, service.report_url, service.chat} - own_urls - {""}:
                        assert f"<{url}>" not in text, (harm, code, service.id)


def test_a_child_who_saw_or_is_in_abuse_images_has_a_helpline_to_call(library):
    # the abuse-material plan sends them to a child helpline; in 20 countries it said none was listed
    for code, country in library.items("countries").items():
        if any(s.kind == "child_helpline" for s in country.services):
            plan = build_plan(library, "csam", code)
            assert any(s.kind == "child_helpline" for s in plan.helplines), code


def test_a_plan_without_a_helpline_for_its_harm_points_to_the_countrys_others(library):
    plan = build_plan(library, "scams", "US")  # Childhelp, the one US helpline listed, is for abuse
    assert plan.helplines == ()
    text = render_markdown(plan, "en")
    assert "No helpline for this is listed for your country yet." in text
    assert "No helpline is listed for your country yet." not in text


def test_a_removal_service_for_adults_is_never_offered_as_if_it_took_a_childs_pictures(library):
    # StopNCII is only for pictures taken at 18 or older; the plan listed it beside Take It Down without a word
    for harm in ("intimate_image", "sextortion"):
        text = render_markdown(build_plan(library, harm, "LV"), "en")
        [take_it_down] = [line for line in text.splitlines() if line.startswith("- **Take It Down")]
        [stopncii] = [line for line in text.splitlines() if line.startswith("- **StopNCII")]
        assert "for pictures taken before the age of 18" in take_it_down
        assert "only for pictures taken at 18 or older, never for a child's" in stopncii


def test_a_family_in_a_country_guardian_has_no_directory_for_still_gets_every_plan(library):
    for harm in HARM_IDS:
        plan = build_plan(library, harm, ELSEWHERE, "tiktok")
        assert plan.services() == () and plan.elsewhere
        text = render_markdown(plan, "en")
        assert "call your local emergency number now" in text
        assert "Guardian has no list of your country's helplines and reporting routes" in text
        assert "Report it in TikTok" in text and "Someone to talk to" in text
        assert "listed for your country yet" not in text  # not "yet": no directory is coming for every country
    assert "Take It Down" in render_markdown(build_plan(library, "sextortion", ELSEWHERE), "en")


def test_csam_plan_never_suggests_keeping_the_material(library):
    for code in library.items("countries"):
        plan = build_plan(library, "csam", code)
        assert not plan.keep_evidence
        text = render_markdown(plan, "en").lower()
        assert "do not screenshot, download, save or forward this material" in text
        for sentence in text.replace("\n", " ").split(". "):
            if any(word in sentence for word in ("screenshot", "download", "forward")):
                assert any(word in sentence for word in ("not", "never")), sentence


def test_a_plan_calls_the_platform_by_its_guides_title_in_the_plans_language(library, qapp):
    translator = Translator(parent=QCoreApplication.instance())
    translator.switch("kk")
    try:
        text = render_markdown(build_plan(library, "grooming", "KZ", "connected-toys", "kk"), "kk")
    finally:
        translator.switch("en")
    assert "Ақылды ойыншықтар" in text and "Connected toys" not in text


@pytest.mark.parametrize("language", ["en", "lv", "kk", "ru"])
def test_plan_pdf_renders_each_language(library, tmp_path, qapp, language):
    translator = Translator(parent=QCoreApplication.instance())
    translator.switch(language)
    try:
        plan = build_plan(library, "cyberbullying", "KZ" if language in ("kk", "ru") else "LV", "tiktok", language)
        markdown = render_markdown(plan, language)
        out = tmp_path / f"plan-{language}.pdf"
        write_pdf(markdown, out, plan.prose.title)
        text = "".join(page.extract_text() for page in PdfReader(out).pages)
    finally:
        translator.switch("en")
    squashed = " ".join(text.split())
    assert " ".join(plan.prose.title.split()) in squashed
    if language == "lv":
        assert any(ch in text for ch in "āēīūčšžķļņģ")
    if language == "kk":
        assert any(ch in text for ch in "әғқңөұүһі")


def test_plan_command_lists_harms_and_prints_a_plan():
    run = [sys.executable, "-m", "guardian", "plan"]
    listed = subprocess.run([*run, "--list"], capture_output=True, text=True, timeout=60)
    assert listed.stdout.split() == list(HARM_IDS)
    plan = subprocess.run([*run, "sextortion", "--country", "LV", "--lang", "lv"], capture_output=True, text=True,
                          timeout=60)
    assert plan.returncode == 0, plan.stderr
    assert "112" in plan.stdout
    elsewhere = subprocess.run([*run, "grooming", "--country", "*"], capture_output=True, text=True, timeout=60)
    assert elsewhere.returncode == 0 and "call your local emergency number now" in elsewhere.stdout
    bad = subprocess.run([*run, "nosuch", "--country", "LV"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2
    assert "unknown harm" in bad.stderr


def test_a_printed_plan_offers_the_schools_contacts_as_the_app_does(tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('[[contact]]\nname = "School nurse"\nemail = "nurse@school.example"\n', encoding="utf-8")
    plan = subprocess.run([sys.executable, "-m", "guardian", "--policy", str(policy), "plan", "grooming",
                           "--country", "LV"], capture_output=True, text=True, timeout=60)
    assert plan.returncode == 0, plan.stderr
    assert "- **School nurse** · nurse@school" in plan.stdout  # Markdown, as the plan is printed


def test_a_service_is_called_by_its_own_name_with_the_english_one_only_for_english_readers(library):
    police = "**Valsts policija (State Police)**"
    assert police in render_markdown(build_plan(library, "grooming", "LV", None, "en"), "en")
    latvian = render_markdown(build_plan(library, "grooming", "LV", None, "lv"), "lv")
    assert "**Valsts policija**" in latvian and "State Police" not in latvian
    british = render_markdown(build_plan(library, "grooming", "GB", None, "en"), "en")
    assert "**Childline (NSPCC)**" in british  # not "Childline (NSPCC) (Childline)": the English adds nothing


def printed_sizes(path) -> list[float]:
    """The size in points of each run of text on the PDF's pages, as a reader would measure it on paper."""
    sizes: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.append(round(size * abs(tm[3]) * abs(cm[3]), 1))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def test_pdfs_print_body_text_at_reading_size_on_a4(tmp_path, qapp):
    out = tmp_path / "sheet.pdf"
    write_pdf("# A heading\n\n" + "\n\n".join(f"Paragraph {n} of a parent's sheet." for n in range(150)), out, "t")
    sizes = printed_sizes(out)
    body = max(set(sizes), key=sizes.count)
    assert 10 <= body <= 11  # the print font is 10.5 points; laid out for the screen it came out at about 3.4
    assert max(sizes) > body  # the heading is larger
    assert len(PdfReader(out).pages) >= 3  # 150 lines of 10.5-point text do not fit on one A4 page
