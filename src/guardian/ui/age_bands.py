"""Names of the age bands used for advice and conversation starters, in the parent's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

BAND_NAMES = {
    "under6": QT_TRANSLATE_NOOP("AgeBands", "Under 6"),
    "6-9": QT_TRANSLATE_NOOP("AgeBands", "6 to 9"),
    "10-12": QT_TRANSLATE_NOOP("AgeBands", "10 to 12"),
    "13plus": QT_TRANSLATE_NOOP("AgeBands", "13 and over"),
}


def band_name(band: str) -> str:
    return QCoreApplication.translate("AgeBands", BAND_NAMES.get(band, band))
