"""What a section of the main window is: an id, a translatable title, an icon and how to build its page."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget


class Section(NamedTuple):
    id: str
    title: str  # English source text, translated in the "Sections" context
    icon: str
    build: Callable[[], QWidget]
    shortcut: str = ""


TITLES = {
    "home": QT_TRANSLATE_NOOP("Sections", "Home"),
    "gethelp": QT_TRANSLATE_NOOP("Sections", "Get help"),
    "guides": QT_TRANSLATE_NOOP("Sections", "Guides"),
    "ratings": QT_TRANSLATE_NOOP("Sections", "Age ratings"),
    "risks": QT_TRANSLATE_NOOP("Sections", "Risks"),
    "helplines": QT_TRANSLATE_NOOP("Sections", "Helplines"),
    "household": QT_TRANSLATE_NOOP("Sections", "Family"),
    "settings": QT_TRANSLATE_NOOP("Sections", "Settings"),
    "about": QT_TRANSLATE_NOOP("Sections", "About"),
}
