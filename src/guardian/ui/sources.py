"""How the source of a fact is shown in tables and notes: the address, the day it was checked, and a plain warning
when the fact comes from a secondary source or could not be confirmed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from guardian.content.reader import Source
from guardian.i18n.dates import short_date
from guardian.i18n.text import arg


def checked_on(source: Source) -> str:
    if source.verified is None:
        return ""
    return short_date(source.verified)


def source_markdown(source: Source) -> str:
    """One Markdown line (fits a table cell): '<url> · checked 23.11.2026', plus a caveat where it applies."""
    text = f"<{source.url}>"
    if source.verified is not None:
        text += " · " + arg(QCoreApplication.translate("Sources", "checked %1"), checked_on(source))
    if not source.confirmed:
        text += " · *" + QCoreApplication.translate("Sources", "not confirmed") + "*"
    elif source.confidence != "high":
        text += " · *" + QCoreApplication.translate("Sources", "secondary source") + "*"
    return text
