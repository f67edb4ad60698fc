"""A child's checklists as a printable sheet, to take to the child's phone or console and tick on paper: each device
with its guide's setup steps, ticked (with the day) or not, its progress, and when the next settings review is. In the
household's language, like the agreement and the journal: the steps come from the guides in that language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from guardian.i18n.locales import long_date
from guardian.i18n.text import arg
from guardian.services.document_text import escape, translator_for
from guardian.services.pdf_service import write_pdf

CONTEXT = "ChecklistSheet"
TITLE = QT_TRANSLATE_NOOP("ChecklistSheet", "Checklists for %1")
PRINTED = QT_TRANSLATE_NOOP("ChecklistSheet", "Printed on %1")
NEXT_REVIEW = QT_TRANSLATE_NOOP("ChecklistSheet", "Next review: %1")
REVIEW_DUE = QT_TRANSLATE_NOOP("ChecklistSheet", "Review due since %1")
NOTE = QT_TRANSLATE_NOOP("ChecklistSheet", "Tick each step here as you do it on the device or account, then tick it "
                                           "in Guardian too. Platforms change their settings, so go through the steps "
                                           "again at every review.")
PROGRESS = QT_TRANSLATE_NOOP("ChecklistSheet", "%1: %2 of %3 done")
DONE_ON = QT_TRANSLATE_NOOP("ChecklistSheet", "done on %1")
NO_STEPS = QT_TRANSLATE_NOOP("ChecklistSheet", "This guide has no setup steps.")
NO_DEVICES = QT_TRANSLATE_NOOP("ChecklistSheet", "No devices or apps yet: add them in Guardian's Family section.")


@dataclass(frozen=True)
class DeviceSheet:
    heading: str  # the device as the family named it, with its guide: "Elza's phone · Android (Google Family Link)"
    steps: tuple[tuple[str, dt.date | None], ...]  # each step's text (the guide's Markdown) and the day it was ticked


@dataclass(frozen=True)
class ChecklistSheet:
    child_name: str
    devices: tuple[DeviceSheet, ...]
    review_on: dt.date | None  # the next settings review
    review_due: bool  # the review is today or past


def checklist_markdown(sheet: ChecklistSheet, language: str, today: dt.date) -> str:
    tr = translator_for(language)
    out = [f"# {escape(arg(tr(CONTEXT, TITLE), sheet.child_name))}"]
    dates = [arg(tr(CONTEXT, PRINTED), long_date(today, language))]
    if sheet.review_on is not None:
        review = REVIEW_DUE if sheet.review_due else NEXT_REVIEW
        dates.append(arg(tr(CONTEXT, review), long_date(sheet.review_on, language)))
    out.append("\\\n".join(escape(line) for line in dates))
    out.append("*" + escape(tr(CONTEXT, NOTE)) + "*")
    if not sheet.devices:
        out.append(escape(tr(CONTEXT, NO_DEVICES)))
    for device in sheet.devices:
        done = sum(1 for _text, ticked in device.steps if ticked is not None)
        out.append("## " + escape(arg(tr(CONTEXT, PROGRESS), device.heading, done, len(device.steps))))
        if not device.steps:
            out.append(escape(tr(CONTEXT, NO_STEPS)))
            continue
        lines = []
        for number, (text, ticked) in enumerate(device.steps, start=1):
            step = " ".join(text.split())  # the guide's Markdown, on the one line of its list item
            when = f" *({escape(arg(tr(CONTEXT, DONE_ON), long_date(ticked, language)))})*" if ticked else ""
            lines.append(f"- [{'x' if ticked else ' '}] **{number}.** {step}{when}")
        out.append("\n".join(lines))
    return "\n\n".join(out)


def sheet_title(sheet: ChecklistSheet, language: str) -> str:
    return arg(translator_for(language)(CONTEXT, TITLE), sheet.child_name)


def write_checklist_pdf(path: Path, sheet: ChecklistSheet, language: str, today: dt.date) -> None:
    """Raises OSError when the file cannot be written."""
    write_pdf(checklist_markdown(sheet, language, today), path, sheet_title(sheet, language))
