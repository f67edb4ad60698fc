"""Installs and switches Qt translators (ours and Qt's own qtbase) at run time.

Switching installs new translators and removes the old ones; Qt then sends LanguageChange to every widget, which
retranslates itself. Anything that caches text (models, rendered content) listens to language_changed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from guardian.paths import translations_dir

log = logging.getLogger(__name__)


def qm_file(language: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"guardian_{language}.qm"


class Translator(QObject):
    language_changed = Signal(str)

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder or translations_dir()
        self._installed: list[QTranslator] = []
        self.language = ""

    def switch(self, language: str) -> bool:
        """Use `language` for every translatable string. Returns False if our catalogue could not be loaded."""
        if language == self.language:
            return True
        app = QCoreApplication.instance()
        ours = QTranslator(self)
        loaded = ours.load(str(qm_file(language, self._folder)))
        if not loaded:
            log.warning("no translation catalogue for %s in %s", language, self._folder)
        qt = QTranslator(self)
        qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for old in self._installed:
            app.removeTranslator(old)
        self._installed = [t for t in (qt, ours) if not t.isEmpty()]
        for translator in self._installed:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
        self.language = language
        self.language_changed.emit(language)
        return loaded
