"""The questions asked before household data is erased or replaced, in words that name what happens to what.

Pages call `ask` and `tell` through this module (tests replace them to answer without a modal loop); the texts
are built by plain functions so they can be checked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from guardian.i18n.text import arg


def ask(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    """A yes/cancel question; Cancel is the default, so Enter never erases anything by accident."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("dataQuestion")
    box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("DataDialogs", "Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def tell(parent: QWidget | None, title: str, text: str, warning: bool = True) -> None:
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("dataMessage")
    box.exec()


def delete_all_title() -> str:
    return QCoreApplication.translate("DataDialogs", "Delete all household data?")


def delete_all_button() -> str:
    return QCoreApplication.translate("DataDialogs", "Delete all household data")


def delete_all_text(forgot_pin: bool = False) -> str:
    parts = []
    if forgot_pin:
        parts.append(QCoreApplication.translate(
            "DataDialogs", "A forgotten PIN cannot be recovered or bypassed. The only way back is to delete all "
                           "household data and start again."))
    parts.append(QCoreApplication.translate(
        "DataDialogs", "This deletes from this computer, for good: your children's nicknames and birth years, their "
                       "devices, the ticked steps, your family agreements, the journal, the parent PIN and every "
                       "automatic backup of them. It cannot be undone."))
    parts.append(QCoreApplication.translate(
        "DataDialogs", "The guides, helplines and your settings stay. If you exported your household to a file "
                       "earlier, you can import it again afterwards."))
    return "\n\n".join(parts)


class DataWords(QObject):
    """The plural lines (Qt's lupdate finds %n plurals in self.tr calls only)."""

    def contents(self, counts: dict[str, int]) -> list[str]:
        children, devices, ticks = counts.get("children", 0), counts.get("devices", 0), counts.get("ticks", 0)
        agreements, journal = counts.get("agreements", 0), counts.get("journal", 0)
        return [
            self.tr("%n child(ren)", "", children),
            self.tr("%n device(s)", "", devices),
            self.tr("%n ticked step(s)", "", ticks),
            self.tr("%n family agreement(s)", "", agreements),
            self.tr("%n journal entry(-ies)", "", journal),
        ]


def contents_text(counts: dict[str, int]) -> str:
    """One line per kind of record, e.g. '2 children'."""
    return "\n".join(f"• {line}" for line in DataWords().contents(counts))


def import_title() -> str:
    return QCoreApplication.translate("DataDialogs", "Replace the household?")


def import_button() -> str:
    return QCoreApplication.translate("DataDialogs", "Replace and import")


def import_text(file: Path, counts: dict[str, int], backups: Path) -> str:
    return "\n\n".join((
        arg(QCoreApplication.translate("DataDialogs", "%1 holds:"), file.name),
        contents_text(counts),
        arg(QCoreApplication.translate(
            "DataDialogs", "Importing replaces the whole household now on this computer with the one in this file. "
                           "Guardian first backs up the current household in %1. The parent PIN stays as it is."),
            backups),
    ))
