"""A family agreement as a printable sheet: heading, the child's name and the date, the items by theme with the
family's choices (or a line to fill in), and signature lines for the child and the parents. In the household's
language: the template's words come from its prose in that language, the labels from that language's catalogue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from guardian.content.agreements import THEMES
from guardian.i18n.locales import long_date
from guardian.i18n.text import arg
from guardian.services.document_text import blank, escape, translator_for
from guardian.services.pdf_service import write_pdf

CONTEXT = "AgreementSheet"
THEME_NAMES = {
    "screen-time": QT_TRANSLATE_NOOP("AgreementSheet", "Screen time"),
    "device-free": QT_TRANSLATE_NOOP("AgreementSheet", "Device-free times and places"),
    "apps": QT_TRANSLATE_NOOP("AgreementSheet", "Apps, games and people"),
    "upset": QT_TRANSLATE_NOOP("AgreementSheet", "When something upsets us"),
    "parents": QT_TRANSLATE_NOOP("AgreementSheet", "What we parents promise"),
    "": QT_TRANSLATE_NOOP("AgreementSheet", "Our own rules"),
}
FOR = QT_TRANSLATE_NOOP("AgreementSheet", "Agreement for %1")
MADE = QT_TRANSLATE_NOOP("AgreementSheet", "Made on %1")
SIGNED = QT_TRANSLATE_NOOP("AgreementSheet", "Signed")
CHILD = QT_TRANSLATE_NOOP("AgreementSheet", "Child: %1")
PARENT = QT_TRANSLATE_NOOP("AgreementSheet", "Parent or carer")
DATE = QT_TRANSLATE_NOOP("AgreementSheet", "Date")
EMPTY = QT_TRANSLATE_NOOP("AgreementSheet", "(empty)")
CHOICE = QT_TRANSLATE_NOOP("AgreementSheet", "%1: %2")
UNDECIDED = QT_TRANSLATE_NOOP("AgreementSheet", "not decided yet")


@dataclass(frozen=True)
class SheetItem:
    theme: str  # one of THEMES, or "" for a rule the family added
    text: str
    choice_label: str = ""  # "" when the item has nothing to fill in
    choice: str | None = None


@dataclass(frozen=True)
class Sheet:
    heading: str
    preamble: str
    closing: str
    child_name: str
    day: dt.date
    items: tuple[SheetItem, ...]


def theme_name(theme: str, language: str) -> str:
    return translator_for(language)(CONTEXT, THEME_NAMES.get(theme, THEME_NAMES[""]))


def item_summary(item: SheetItem, language: str) -> str:
    """An item as the agreement tab lists it: the wording, then the family's choice on a line of its own. In the
    agreement's language, like the sheet, since the list shows what will be printed."""
    tr = translator_for(language)
    text = item.text.strip() or tr(CONTEXT, EMPTY)
    if item.choice_label:
        text += "\n" + arg(tr(CONTEXT, CHOICE), item.choice_label, item.choice or tr(CONTEXT, UNDECIDED))
    return text


def sheet_markdown(sheet: Sheet, language: str) -> str:
    tr = translator_for(language)
    out = [f"# {escape(sheet.heading)}",
           "**" + escape(arg(tr(CONTEXT, FOR), sheet.child_name)) + "**\\\n"
           + escape(arg(tr(CONTEXT, MADE), long_date(sheet.day, language))),
           escape(sheet.preamble)]
    for theme in (*THEMES, ""):
        items = [i for i in sheet.items if i.theme == theme]
        if not items:
            continue
        out.append("## " + escape(theme_name(theme, language)))
        lines = []
        for item in items:
            line = "- " + escape(item.text).replace("\\\n", "\\\n  ")
            if item.choice_label:
                value = escape(item.choice) if item.choice else blank(16)
                line += f"\\\n  *{escape(item.choice_label)}:* **{value}**"
            lines.append(line)
        out.append("\n".join(lines))
    out.append(escape(sheet.closing))
    out.append("## " + escape(tr(CONTEXT, SIGNED)))
    for who in (arg(tr(CONTEXT, CHILD), sheet.child_name), tr(CONTEXT, PARENT),
                tr(CONTEXT, PARENT)):
        out.append(f"{escape(who)}\\\n{blank(34)}  {escape(tr(CONTEXT, DATE))} {blank(12)}")
    return "\n\n".join(part for part in out if part)


def write_agreement_pdf(sheet: Sheet, path: Path, language: str) -> None:
    """Raises OSError when the file cannot be written."""
    write_pdf(sheet_markdown(sheet, language), path, f"{sheet.heading}: {sheet.child_name}")
