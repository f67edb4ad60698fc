"""Guardian's keyboard shortcuts, and how the running system writes them.

Qt reads Ctrl in a shortcut as Command on macOS, so Ctrl+F is Command+F there, as a Mac user expects. Command+H is
macOS's own "Hide": there Get help is Control+H (Qt's Meta), or the key would hide Guardian instead of opening help.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QKeySequence

GET_HELP = "Meta+H" if sys.platform == "darwin" else "Ctrl+H"
FIND = QKeySequence.StandardKey.Find
SAVE = QKeySequence.StandardKey.Save
LOCK = "Ctrl+L"  # Home and Family, when a parent PIN is set


def section(number: int) -> str:
    """The shortcut of the rail's number-th section: Ctrl+1 to Ctrl+9, none after the ninth."""
    return f"Ctrl+{number}" if 1 <= number <= 9 else ""


def shown(shortcut: str | QKeySequence.StandardKey) -> str:
    """The shortcut as this system writes it: Ctrl+F on Windows and Linux, ⌘F on macOS."""
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
