"""How the source of a fact is shown in tables and notes: the address, the day it was checked, and a plain warning
when the fact comes from a secondary source or could not be confirmed."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QUrl

from guardian.content.reader import Source
from guardian.i18n.dates import short_date
from guardian.i18n.text import arg
from guardian.services.document_text import escape

LINK_TEXT = 70  # characters of an address shown as a link's text; the link itself is always the whole address


def readable_address(url: str) -> str:
    """The address as a reader can read it: "https://mitos.gov.gr/index.php/ΔΔ:Καταγγελία…" rather than
    "https://mitos.gov.gr/index.php/%CE%94%CE%94:%CE%9A…" (percent escapes decoded)."""
    return QUrl.fromPercentEncoding(QByteArray(url.encode()))


def link_markdown(url: str) -> str:
    """A link whose text is the readable address, cut in the middle with "…" when longer than LINK_TEXT."""
    text = readable_address(url)
    if len(text) > LINK_TEXT:
        head = LINK_TEXT * 2 // 3
        text = text[:head] + "…" + text[-(LINK_TEXT - head - 1):]
    return f"[{escape(text)}](<{url}>)"


def checked_on(source: Source) -> str:
    if source.verified is None:
        return ""
    return short_date(source.verified)


def source_markdown(source: Source) -> str:
    """One Markdown line (fits a table cell): '<url> · checked 23.11.2026', plus a caveat where it applies."""
    text = link_markdown(source.url)
    if source.verified is not None:
        text += " · " + arg(QCoreApplication.translate("Sources", "checked %1"), checked_on(source))
    if warning := caveat(source):
        text += f" · *{warning}*"
    return text


def caveat(source: Source) -> str:
    """The plain warning a fact from a secondary or unconfirmed source carries, in the interface language; "" for a
    confirmed fact. (A source's `note` is the researcher's English account, not text for the reader.)"""
    if not source.confirmed:
        return QCoreApplication.translate("Sources", "not confirmed")
    if source.confidence != "high":
        return QCoreApplication.translate("Sources", "secondary source")
    return ""
