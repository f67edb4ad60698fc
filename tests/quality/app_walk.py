"""Walks a running Guardian through every screen a parent can reach, for the quality gates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from guardian.app import Guardian

COUNTRY = "LV"  # a country with helplines, rating systems and an age of consent in the shipped content
SAMPLE_GUIDE = "android"
SAMPLE_QUERY = "youtube"


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def section_ids(guardian: Guardian) -> list[str]:
    """The sections in the rail, in rail order (whatever sections exist today)."""
    rail = guardian.window.rail
    return [rail.item(row).data(Qt.ItemDataRole.UserRole) for row in range(rail.count())]


def views(guardian: Guardian):
    """Every screen a parent can reach from the rail, plus an open guide and search results: (name, page widget)."""
    window = guardian.window
    for section in section_ids(guardian):
        page = window.show_section(section)
        settle()
        yield section, page
        for tabs in visible_in(page, (QTabWidget,)):
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                settle()
                yield f"{section} tab {index + 1}", page
            tabs.setCurrentIndex(0)
    guides = window.show_section("guides")
    available = guardian.content.items("platforms")
    if guides.open_guide(SAMPLE_GUIDE if SAMPLE_GUIDE in available else next(iter(available), "")):
        settle()
        yield "guide", guides
    guides.show_list()
    window.search.setText(SAMPLE_QUERY)
    settle()
    yield "search", window.stack.currentWidget()
    window.search.clear()
    settle()


def visible_in(root: QWidget, kinds: tuple[type, ...]) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()]
