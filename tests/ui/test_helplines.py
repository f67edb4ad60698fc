"""The Helplines section: the household's country first, numbers formatted for the country, QR codes that decode
to the number a phone would dial, and web routes opened only after asking."""

from __future__ import annotations

import itertools
from dataclasses import replace

import zxingcpp
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QLabel, QPushButton

from guardian.content.loader import load
from guardian.paths import resources_dir
from guardian.ui.widgets.qr_code import render
from guardian.ui.widgets.service_card import description


def decode(image: QImage) -> list[str]:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())[: gray.bytesPerLine() * gray.height()]
    view = zxingcpp.ImageView(data, gray.width(), gray.height(), zxingcpp.ImageFormat.Lum, gray.bytesPerLine())
    return [result.text for result in zxingcpp.read_barcodes(view)]


def test_qr_code_decodes_to_the_tel_uri():
    assert decode(render("tel:116111")) == ["tel:116111"]
    assert decode(render("tel:+78002000122")) == ["tel:+78002000122"]


def test_household_country_comes_first_with_its_emergency_number(start_guardian):
    guardian = start_guardian(country="LV")
    page = guardian.window.show_section("helplines")
    assert page.country.currentData() == "LV"
    assert "112" in page.emergency.text()
    card = page.cards[0]
    assert card.phone_text == "116 111"
    assert decode(card.qr.grab().toImage()) == ["tel:116111"]


def test_copy_button_puts_the_number_on_the_clipboard(start_guardian):
    guardian = start_guardian(country="LV")
    card = guardian.window.show_section("helplines").cards[0]
    card.copy_button.click()
    assert QGuiApplication.clipboard().text() == "116 111"


def test_country_without_helplines_or_choice_says_so(start_guardian):
    guardian = start_guardian()
    page = guardian.window.show_section("helplines")
    assert page.country.currentData() == ""
    assert page.cards == []
    assert page.emergency.text() == "Choose your country to see its helplines."


def test_web_route_opens_only_after_confirmation(start_guardian, content_root, monkeypatch):
    country = content_root / "facts/countries/LV.toml"
    country.write_text(country.read_text() + 'web = "https://example.org/lv-help"\n', encoding="utf-8")
    opened, asked = [], []
    monkeypatch.setattr("guardian.ui.widgets.links.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr("guardian.ui.widgets.links.confirm", lambda parent, url: asked.append(url) or False)
    guardian = start_guardian(country="LV")
    card = guardian.window.show_section("helplines").cards[0]
    button = next(b for b in card.findChildren(QPushButton) if b.toolTip() == "https://example.org/lv-help")
    button.click()
    assert [u.toString() for u in asked] == ["https://example.org/lv-help"]
    assert opened == []


def test_school_contacts_are_shown_first(start_guardian, tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('[[contact]]\nname = "School nurse"\nphone = "+371 20000000"\n', encoding="utf-8")
    guardian = start_guardian(country="LV", policy=policy)
    page = guardian.window.show_section("helplines")
    first = page.body_layout.itemAt(0).widget()
    assert first.objectName() == "schoolContactsTitle"
    assert "School nurse" in page.body_layout.itemAt(1).widget().text()


def test_search_finds_a_helpline_and_opens_its_country(start_guardian):
    guardian = start_guardian(country="")
    guardian.window.search.setText("116111")
    results = guardian.window.stack.currentWidget()
    results.results.itemActivated.emit(results.results.item(1))
    page = guardian.window.stack.currentWidget()
    assert page.objectName() == "helplinesPage"
    assert page.country_code == "LV"


def test_a_card_adds_the_english_name_only_for_english_readers(start_guardian):
    def texts(page):
        return [label.text() for label in page.cards[0].findChildren(QLabel)]

    guardian = start_guardian(country="LV")
    assert "Children's helpline" in texts(guardian.window.show_section("helplines"))
    guardian.switch_language("lv")
    assert "Children's helpline" not in texts(guardian.window.show_section("helplines"))


def test_a_service_with_a_name_in_the_readers_language_is_called_by_it(start_guardian, content_root):
    # Kazakhstan's services have a Kazakh and a Russian name: each reader gets theirs, not "Russian / Kazakh"
    facts = content_root / "facts/countries/LV.toml"
    line = 'name_en = "Children\'s helpline"\n'
    facts.write_text(facts.read_text().replace(line, line + 'names = { ru = "Детский телефон" }\n'))
    guardian = start_guardian(country="LV", lang="ru")
    card = guardian.window.show_section("helplines").cards[0]
    assert card.accessibleName() == "Детский телефон"
    assert "Детский телефон" in [label.text() for label in card.findChildren(QLabel)]
    guardian.switch_language("lv")
    assert guardian.window.show_section("helplines").cards[0].accessibleName() == "Bērnu un pusaudžu uzticības tālrunis"


def test_a_cards_text_stays_together_when_the_card_is_taller_than_it(start_guardian, qtbot):
    # as when the number and QR code beside it need more height than the text (Kazakhstan's 150)
    page = start_guardian(country="LV").window.show_section("helplines")
    card = page.cards[0]
    card.setMinimumHeight(card.sizeHint().height() + 200)
    qtbot.waitUntil(lambda: card.height() >= card.minimumHeight())
    labels = sorted((label for label in card.findChildren(QLabel) if label.isVisible()
                     and label.geometry().right() < card.qr.x()), key=lambda label: label.y())
    spacing = card.layout().itemAtPosition(0, 0).layout().spacing()
    for above, below in itertools.pairwise(labels):
        assert below.y() - above.geometry().bottom() - 1 <= spacing, (above.text(), below.text())
    for label in labels:  # and no label is stretched taller than its lines
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        assert label.height() <= needed, label.text()


def test_a_cards_e_mail_address_is_shown_and_written_to_only_after_asking(start_guardian, content_root,
                                                                         monkeypatch):
    country = content_root / "facts/countries/LV.toml"
    country.write_text(country.read_text() + 'email = "help@example.org"\nfree = false\n', encoding="utf-8")
    opened, asked = [], []
    monkeypatch.setattr("guardian.ui.widgets.links.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr("guardian.ui.widgets.links.confirm", lambda parent, url: asked.append(url) or True)
    card = start_guardian(country="LV", lang="lv").window.show_section("helplines").cards[0]
    lines = [label.text() for label in card.findChildren(QLabel)]
    assert "E-pasts: help@example.org" in lines
    assert "Zvans maksā pēc jūsu operatora tarifiem" in lines  # where the source says calls are not free
    button = next(b for b in card.findChildren(QPushButton) if b.toolTip() == "mailto:help@example.org")
    button.click()
    assert [u.toString() for u in asked] == ["mailto:help@example.org"] and len(opened) == 1


def test_a_police_or_hotline_card_names_what_that_service_takes_not_every_crime(qapp):
    # Kripos' tip line is for the sexual exploitation of children: its card said "... extortion and fraud"
    services = {s.id: s for c in load(resources_dir()).items("countries").values() for s in c.services}
    kripos = description(services["no-kripos-tips"], "en")
    assert kripos.startswith("Report crimes, for example: child sexual abuse material, grooming, sextortion")
    assert "fraud" not in kripos
    assert "fraud" in description(services["ca-anti-fraud-centre"], "en")
    assert "grooming" not in description(services["ca-anti-fraud-centre"], "en")
    dutch = description(services["nl-meldpunt-kinderporno"], "en")  # a hotline for abuse material only
    assert dutch == ("Report illegal content found online, for example: child sexual abuse material. Give the web "
                     "address; never send the material.")
    unlisted = replace(services["no-kripos-tips"], harms=())
    assert description(unlisted, "en") == ("Report crimes such as grooming, threats to share images, extortion and "
                                           "fraud.")  # a service that lists no harms: what police services take
