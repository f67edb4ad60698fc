"""`guardian screenshot PAGE --out F.png`: renders a page of the real window to a PNG, with or without a display."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QGuiApplication

PAGES = ("home", "gethelp", "guides", "guide", "risks", "ratings", "helplines", "household", "search", "settings",
         "about")
SAMPLE_GUIDE = "android"
SAMPLE_QUERY = "youtube"


def take_screenshot(guardian, page: str, out: Path, size: tuple[int, int]) -> int:
    window = guardian.window
    guardian.family.open()  # the household in --data-dir (import examples/household.json there for a sample family)
    window.resize(*size)
    window.show()
    if page == "search":
        window.search.setText(SAMPLE_QUERY)
    elif page == "guide":
        guides = window.show_section("guides")
        available = guardian.content.items("platforms")
        guides.open_guide(SAMPLE_GUIDE if SAMPLE_GUIDE in available else next(iter(available), ""))
    else:
        window.show_section(page)
    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    image = window.grab().toImage()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        print(f"could not write {out}")
        return 1
    print(f"{out}: {image.width()}x{image.height()}, {page}, {guardian.translator.language}")
    window.close()
    QGuiApplication.processEvents()
    return 0
