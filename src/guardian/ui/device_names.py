"""How a child's device or account is named on screen: the family's own label, followed by the guide it follows
unless the label already says so. "Elza's phone · Android (Google Family Link)", but "Elza's TikTok account" alone.
A separator, not brackets: guide titles often end in brackets of their own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from guardian.i18n.text import arg


def device_title(label: str, platform_name: str) -> str:
    if not platform_name or platform_name.casefold() in label.casefold():
        return label
    return arg(QCoreApplication.translate("DeviceTitle", "%1 · %2"), label, platform_name)
