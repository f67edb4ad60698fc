"""The incident journal as a PDF for a school or the police: every entry (or one child's) in date order, with what
happened, what was done, the reports made and their reference numbers. Text only, in the household's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from guardian.domain.household import JournalEntry
from guardian.i18n.locales import long_date
from guardian.i18n.text import arg
from guardian.services.document_text import escape, translator_for
from guardian.services.pdf_service import write_pdf

CONTEXT = "JournalSheet"
TITLE = QT_TRANSLATE_NOOP("JournalSheet", "Incident journal")
ABOUT = QT_TRANSLATE_NOOP("JournalSheet", "Entries about %1")
ALL = QT_TRANSLATE_NOOP("JournalSheet", "All entries")
PRINTED = QT_TRANSLATE_NOOP("JournalSheet", "Printed on %1")
NOTE = QT_TRANSLATE_NOOP("JournalSheet", "Written down by the family at the time. Text only: no pictures or files "
                                         "are kept with this journal.")
NONE = QT_TRANSLATE_NOOP("JournalSheet", "There are no entries.")
FIELDS = (QT_TRANSLATE_NOOP("JournalSheet", "What happened"), QT_TRANSLATE_NOOP("JournalSheet", "What was done"),
          QT_TRANSLATE_NOOP("JournalSheet", "Reports made"), QT_TRANSLATE_NOOP("JournalSheet", "Reference numbers"))


def journal_markdown(entries: Sequence[JournalEntry], children: Mapping[int, str], platforms: Mapping[str, str],
                     language: str, today: dt.date, child_name: str = "") -> str:
    """`children` and `platforms` give the names to print for ids; `child_name` says whose entries these are."""
    tr = translator_for(language)
    title = tr(CONTEXT, TITLE)
    out = [f"# {escape(title)}"]
    who = arg(tr(CONTEXT, ABOUT), child_name) if child_name else tr(CONTEXT, ALL)
    out.append(escape(who) + "\\\n" + escape(arg(tr(CONTEXT, PRINTED), long_date(today, language))))
    out.append("*" + escape(tr(CONTEXT, NOTE)) + "*")
    if not entries:
        out.append(escape(tr(CONTEXT, NONE)))
    for entry in sorted(entries, key=lambda e: (e.date, e.id)):
        parts = [long_date(entry.date, language)]
        if entry.child_id is not None:
            parts.append(children.get(entry.child_id, "?"))
        if entry.platform_id:
            parts.append(platforms.get(entry.platform_id, entry.platform_id))
        out.append("## " + " · ".join(escape(p) for p in parts))
        values = (entry.what_happened, entry.what_was_done, entry.reports_made, entry.reference_numbers)
        for label, value in zip(FIELDS, values, strict=True):
            if value.strip():
                out.append(f"**{escape(tr(CONTEXT, label))}**\\\n{escape(value)}")
    return "\n\n".join(out)


def write_journal_pdf(path: Path, entries: Sequence[JournalEntry], children: Mapping[int, str],
                      platforms: Mapping[str, str], language: str, today: dt.date, child_name: str = "") -> None:
    """Raises OSError when the file cannot be written."""
    markdown = journal_markdown(entries, children, platforms, language, today, child_name)
    write_pdf(markdown, path, translator_for(language)(CONTEXT, TITLE))
