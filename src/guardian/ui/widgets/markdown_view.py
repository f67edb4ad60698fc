"""Shows content Markdown safely: no HTML, no remote resources, links opened only after the parent confirms."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from guardian.services.pdf_service import MARKDOWN
from guardian.ui.widgets import links


class MarkdownView(QTextBrowser):
    link_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.open_link)

    def set_markdown(self, text: str) -> None:
        self.document().setMarkdown(text, MARKDOWN)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    def loadResource(self, kind: int, url: QUrl):
        return None  # never fetch images or anything else a document names

    def open_link(self, url: QUrl) -> bool:
        if url.scheme() not in links.ALLOWED_SCHEMES:
            self.link_refused.emit(url.toString())
            return False
        return links.open_external(self, url)
