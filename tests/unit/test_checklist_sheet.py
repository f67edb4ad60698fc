"""The printable checklists of one child: ticked steps with their day, progress per device, the next review, and
the labels in the household's language. Read back as the printed document: its text and its tick boxes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QTextBlockFormat

from guardian.services.checklist_pdf import ChecklistSheet, DeviceSheet, checklist_markdown
from guardian.services.pdf_service import markdown_document

TODAY = dt.date(2026, 11, 23)
PHONE = DeviceSheet("Elza's phone · Android", (("Install **Family Link**.", dt.date(2026, 9, 2)),
                                               ("Set a daily limit.", None)))
Marker = QTextBlockFormat.MarkerType


def printed(sheet: ChecklistSheet, language: str = "en") -> tuple[list[str], list[Marker]]:
    document = markdown_document(checklist_markdown(sheet, language, TODAY))
    block, lines, boxes = document.begin(), [], []
    while block.isValid():
        lines.append(block.text())
        if block.textList() is not None:
            boxes.append(block.blockFormat().marker())
        block = block.next()
    return lines, boxes


def test_ticked_steps_are_ticked_with_their_day_under_the_devices_progress(qapp):
    lines, boxes = printed(ChecklistSheet("Elza", (PHONE,), dt.date(2026, 12, 5), False))
    assert lines[0] == "Checklists for Elza"
    assert lines[1:3] == ["Printed on November 23, 2026", "Next review: December 5, 2026"]
    assert lines[-3:] == ["Elza's phone · Android: 1 of 2 done",
                          "1. Install Family Link. (done on September 2, 2026)", "2. Set a daily limit."]
    assert boxes == [Marker.Checked, Marker.Unchecked]


def test_a_due_review_says_since_when_and_a_child_without_devices_says_where_to_add_them(qapp):
    lines, boxes = printed(ChecklistSheet("Elza", (), dt.date(2026, 11, 1), True))
    assert lines[1:3] == ["Printed on November 23, 2026", "Review due since November 1, 2026"]
    assert lines[-1] == "No devices or apps yet: add them in Guardian's Family section."
    assert boxes == []


def test_the_sheet_is_in_the_households_language_and_the_familys_names_stay_literal(qapp):
    lines, _boxes = printed(ChecklistSheet("*Ņina* [1](x)", (PHONE,), None, False), "lv")
    assert lines[0] == "Kontrolsaraksti: *Ņina* [1](x)"
    assert lines[1] == "Izdrukāts: 2026. gada 23. novembris"
    assert lines[2].startswith("Atzīmējiet šeit katru soli")  # no review known: no review line
    assert lines[-3:] == ["Elza's phone · Android: paveikts 1 no 2",
                          "1. Install Family Link. (izdarīts: 2026. gada 2. septembris)", "2. Set a daily limit."]
