"""The one question asked before unsaved changes would be lost: save them, discard them, or stay."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def save_or_discard(parent: QWidget, title: str, question: str, save: Callable[[], bool]) -> bool:
    """Ask `question` (Save is the default). True when the changes may go: saved (save() succeeded) or discarded;
    False when the parent cancelled or saving failed (save() shows why), so the changes stay where they are."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, title, question, buttons.Save | buttons.Discard | buttons.Cancel,
                                  buttons.Save)
    if answer == buttons.Save:
        return save()
    return answer == buttons.Discard
