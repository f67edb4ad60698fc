"""How a fact's source is shown: an address a parent can read, linked to the whole address."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument

from guardian.services.pdf_service import MARKDOWN
from guardian.ui.sources import LINK_TEXT, link_markdown, readable_address

GREEK = "https://mitos.gov.gr/index.php/%CE%94%CE%94:%CE%9A%CE%B1%CF%84%CE%B1%CE%B3%CE%B3%CE%B5%CE%BB%CE%AF%CE%B1"
LONG = ("https://www.example.de/news-detail.html?tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bnews%5D=1234&cHash="
        + "a" * 40)


def rendered(markdown: str) -> tuple[str, list[str]]:
    document = QTextDocument()
    document.setMarkdown(f"| source |\n|---|\n| {markdown} |\n", MARKDOWN)
    return document.toPlainText().strip(), re.findall(r'<a href="([^"]*)"', document.toHtml())


def test_percent_escapes_are_shown_as_the_letters_they_stand_for(qapp):
    assert readable_address(GREEK) == "https://mitos.gov.gr/index.php/ΔΔ:Καταγγελία"
    text, links = rendered(link_markdown(GREEK))
    assert text.endswith("ΔΔ:Καταγγελία") and links == [GREEK]


def test_a_long_address_is_cut_in_the_middle_but_links_to_the_whole_address(qapp):
    text, links = rendered(link_markdown(LONG))
    assert len(text.splitlines()[-1]) == LINK_TEXT and "…" in text
    assert text.splitlines()[-1].startswith("https://www.example.de/") and text.endswith("a" * 10)
    assert [link.replace("&amp;", "&") for link in links] == [LONG]  # brackets and underscores did not break it
