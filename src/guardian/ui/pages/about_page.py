"""About: what Guardian is, its version, and the privacy statement: what is stored, where, and how to remove it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from guardian import __version__
from guardian.i18n.text import arg
from guardian.paths import Paths
from guardian.services.content_service import ContentService
from guardian.ui.widgets.markdown_view import MarkdownView
from guardian.ui.widgets.page_header import PageHeader


class AboutPage(QWidget):
    def __init__(self, content: ContentService, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutPage")
        self._content = content
        self._paths = paths
        self.header = PageHeader()
        self.folders = QLabel()
        self.folders.setWordWrap(True)
        self.folders.setTextInteractionFlags(self.folders.textInteractionFlags()
                                             | self.folders.textInteractionFlags().TextSelectableByMouse)
        self.privacy = MarkdownView()
        self.privacy.setObjectName("privacyText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.header)
        layout.addWidget(self.privacy, 1)
        layout.addWidget(self.folders)
        self.retranslate()

    def retranslate(self) -> None:
        self.header.set_text(self.tr("About Guardian"),
                             arg(self.tr("Version %1. Works offline and sends nothing anywhere."), __version__))
        self.privacy.setAccessibleName(self.tr("Privacy"))
        prose = self._content.prose("pages", "privacy")
        note = self.tr("This text is not yet translated; it is shown in English.") if prose and prose.fallback else ""
        self.privacy.set_markdown((f"*{note}*\n\n" if note else "") + (prose.body if prose else ""))
        self.folders.setText(
            arg(self.tr("Household data: %1\nSettings: %2\nLog files: %3"),
                self._paths.data, self._paths.config, self._paths.logs)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
