"""The label of an input field in a form, with the field's keyboard mnemonic.

It does not wrap: a wrapping label asks for a narrower width than its text (Qt's guess at a pleasing shape), and a
form gives each label just that, so "&Приложение или игра:" broke onto two lines beside a one-line "&Дата:". A form
that is too narrow for label and field puts the field under its label instead (QFormLayout.WrapLongRows).

Its kerning is off. Qt measures a label's text kerned but draws the underlined mnemonic letter as a run of its own,
unkerned; when the mnemonic splits a kerned pair the drawn text is wider than the label ("K&o izdarījām:").
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def field_label(buddy: QWidget | None = None) -> QLabel:
    label = QLabel()
    font = label.font()
    font.setKerning(False)
    label.setFont(font)
    if buddy is not None:
        label.setBuddy(buddy)
    return label
