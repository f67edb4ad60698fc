"""'Talk about it': conversation starters by age band, one at a time, or all of them as a printable sheet."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian.domain.ages import BANDS
from guardian.i18n.text import arg
from guardian.services.content_service import ContentService
from guardian.services.pdf_service import write_pdf
from guardian.ui.age_bands import band_name
from guardian.ui.dialogs.save_pdf import save_pdf
from guardian.ui.widgets.markdown_view import MarkdownView


class TalkPanel(QWidget):
    def __init__(self, content: ContentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talkPanel")
        self._content = content
        self.index = 0
        self.band_label = QLabel()
        self.band = QComboBox()
        self.band.setObjectName("talkBand")
        self.band_label.setBuddy(self.band)
        self.band.currentIndexChanged.connect(self._band_changed)
        self.starter = QLabel()
        self.starter.setObjectName("talkStarter")
        self.starter.setWordWrap(True)
        font = QFont(self.starter.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.starter.setFont(font)
        self.counter = QLabel()
        self.previous = QPushButton()
        self.next = QPushButton()
        self.next.setObjectName("talkNext")
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.save = QPushButton()
        self.save.clicked.connect(self._save_pdf)
        self.advice = MarkdownView()
        self.advice.setObjectName("talkAdvice")
        top = QHBoxLayout()
        top.addWidget(self.band_label)
        top.addWidget(self.band)
        top.addStretch(1)
        top.addWidget(self.save)
        nav = QHBoxLayout()
        nav.addWidget(self.previous)
        nav.addWidget(self.next)
        nav.addWidget(self.counter)
        nav.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.starter)
        layout.addLayout(nav)
        layout.addWidget(self.advice, 1)
        self.retranslate()

    def starters(self) -> list[str]:
        prose = self._content.prose("talk", self.band.currentData() or BANDS[0])
        return list(prose.meta.get("starters", [])) if prose else []

    def set_band(self, band: str) -> None:
        self.band.setCurrentIndex(max(self.band.findData(band), 0))

    def _band_changed(self) -> None:
        self.index = 0
        self._show()

    def _step(self, delta: int) -> None:
        starters = self.starters()
        if starters:
            self.index = (self.index + delta) % len(starters)
        self._show()

    def _show(self) -> None:
        starters = self.starters()
        prose = self._content.prose("talk", self.band.currentData() or BANDS[0])
        #: a conversation starter in the quotation marks of the language
        self.starter.setText(arg(self.tr("“%1”"), starters[self.index]) if starters else "")
        self.counter.setText(arg(self.tr("%1 of %2"), self.index + 1, len(starters)) if starters else "")
        self.advice.set_markdown(self.sheet_markdown(include_title=False) if prose else "")

    def sheet_markdown(self, include_title: bool = True) -> str:
        prose = self._content.prose("talk", self.band.currentData() or BANDS[0])
        if prose is None:
            return ""
        parts = [f"# {prose.title}"] if include_title else []
        if prose.fallback:
            parts.append("*" + self.tr("This text is not yet translated; it is shown in English.") + "*")
        parts.append(prose.summary)
        if include_title:
            parts.append("## " + self.tr("Conversation starters"))
            parts.append("\n".join(f"- {s}" for s in prose.meta.get("starters", [])))
        parts.append(prose.body)
        return "\n\n".join(p for p in parts if p)

    def _save_pdf(self) -> None:
        save_pdf(self, self.tr("Save as PDF"), "guardian-conversations.pdf",
                 lambda path: write_pdf(self.sheet_markdown(), path, self.band.currentText()), self.tr("Talk about it"))

    def retranslate(self) -> None:
        current = self.band.currentData()
        self.band.blockSignals(True)
        self.band.clear()
        for band in BANDS:
            self.band.addItem(band_name(band), band)
        self.band.setCurrentIndex(max(self.band.findData(current), 0))
        self.band.blockSignals(False)
        self.band_label.setText(self.tr("&Age:"))
        self.band.setAccessibleName(self.tr("Age band"))
        self.previous.setText(self.tr("&Previous"))
        self.next.setText(self.tr("&Next idea"))
        self.save.setText(self.tr("Save sheet as &PDF…"))
        self.starter.setAccessibleName(self.tr("Conversation starter"))
        self.advice.setAccessibleName(self.tr("Advice for this age"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
