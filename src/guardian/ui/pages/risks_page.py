"""Risks: what can go wrong online, grouped by kind (content, conduct, contact, commercial), each with its page;
and 'Talk about it', conversation starters by age."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guardian.content.risks import RISK_KINDS
from guardian.domain.ages import BANDS, bands_from
from guardian.services.content_service import ContentService
from guardian.ui.age_bands import band_name
from guardian.ui.sources import link_markdown
from guardian.ui.widgets.markdown_view import MarkdownView
from guardian.ui.widgets.page_header import PageHeader
from guardian.ui.widgets.talk_panel import TalkPanel


class _UnderHeadings(QStyledItemDelegate):
    """Indents the risks under their kind's heading, wrapped lines included (leading spaces would indent only the
    first line)."""

    def _indented(self, option: QStyleOptionViewItem, index: QModelIndex) -> QStyleOptionViewItem:
        shifted = QStyleOptionViewItem(option)
        if index.data(Qt.ItemDataRole.UserRole):
            shifted.rect = option.rect.adjusted(option.fontMetrics.height(), 0, 0, 0)
        return shifted

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, self._indented(option, index), index)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return super().sizeHint(self._indented(option, index), index)


KIND_NAMES = {
    "content": QT_TRANSLATE_NOOP("RiskKinds", "Harmful content"),
    "conduct": QT_TRANSLATE_NOOP("RiskKinds", "Behaviour"),
    "contact": QT_TRANSLATE_NOOP("RiskKinds", "Contact with strangers"),
    "commercial": QT_TRANSLATE_NOOP("RiskKinds", "Money, data and privacy"),
}


class RisksPage(QWidget):
    help_requested = Signal(str)  # harm id

    def __init__(self, content: ContentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("risksPage")
        self._content = content
        self.current = ""
        self.header = PageHeader()
        self.age_label = QLabel()
        self.age = QComboBox()
        self.age.setObjectName("riskAge")
        self.age_label.setBuddy(self.age)
        self.age.currentIndexChanged.connect(lambda _: self._fill())
        self.list = QListWidget()
        self.list.setObjectName("riskList")
        self.list.setWordWrap(True)
        self.list.setItemDelegate(_UnderHeadings(self.list))
        self.list.currentItemChanged.connect(self._chosen)
        self.text = MarkdownView()
        self.text.setObjectName("riskText")
        self.get_help = QPushButton()
        self.get_help.setObjectName("riskGetHelp")
        self.get_help.clicked.connect(self._help)
        right = QWidget()
        r = QVBoxLayout(right)
        r.setContentsMargins(0, 0, 0, 0)
        r.addWidget(self.text, 1)
        r.addWidget(self.get_help, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([300, 700])
        risks = QWidget()
        rl = QVBoxLayout(risks)
        row = QHBoxLayout()
        row.addWidget(self.age_label)
        row.addWidget(self.age)
        row.addStretch(1)
        rl.addLayout(row)
        rl.addWidget(split, 1)
        self.talk = TalkPanel(content)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("risksTabs")
        self.tabs.addTab(risks, "")
        self.tabs.addTab(self.talk, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 16)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def visible_risks(self) -> list[str]:
        band = self.age.currentData() or ""
        risks = self._content.items("risks")
        return [rid for rid, risk in risks.items() if not band or band in bands_from(risk.min_band)]

    def _fill(self) -> None:
        risks = self._content.items("risks")
        shown = set(self.visible_risks())
        self.list.blockSignals(True)
        self.list.clear()
        selected = None
        titles = self._content.titles("risks")  # in the language's alphabetical order
        for kind in RISK_KINDS:
            ids = [rid for rid in titles if rid in shown and risks[rid].kind == kind]
            if not ids:
                continue
            heading = QListWidgetItem(QCoreApplication.translate("RiskKinds", KIND_NAMES[kind]))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            self.list.addItem(heading)
            for rid in ids:
                item = QListWidgetItem(titles[rid])
                item.setData(Qt.ItemDataRole.UserRole, rid)
                self.list.addItem(item)
                if rid == self.current:
                    selected = item
        self.list.blockSignals(False)
        if selected is not None:
            self.list.setCurrentItem(selected)
        elif self.list.count() > 1:
            self.list.setCurrentRow(1)

    def open_risk(self, risk_id: str) -> None:
        self.age.setCurrentIndex(0)
        self.tabs.setCurrentIndex(0)
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == risk_id:
                self.list.setCurrentRow(row)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return
        self.current = item.data(Qt.ItemDataRole.UserRole)
        prose = self._content.prose("risks", self.current)
        risk = self._content.items("risks")[self.current]
        parts = []
        if prose is not None:
            parts.append(f"# {prose.title}")
            if prose.fallback:
                parts.append("*" + self.tr("This text is not yet translated; it is shown in English.") + "*")
            parts.append(prose.summary)
            parts.append(prose.body)
            band = self.age.currentData()
            talk = prose.meta.get("talk") or {}
            starters = [s for b in (BANDS if not band else (band,)) for s in talk.get(b, [])]
            if starters:
                parts.append("## " + self.tr("Ways to start the conversation"))
                parts.append("\n".join(f"- {s}" for s in starters))
        sources = ", ".join(link_markdown(s.url) for s in risk.sources)
        parts.append(self.tr("Based on:") + " " + sources)
        self.text.set_markdown("\n\n".join(parts))
        self.get_help.setVisible(bool(risk.harm))

    def _help(self) -> None:
        risk = self._content.items("risks").get(self.current)
        if risk is not None and risk.harm:
            self.help_requested.emit(risk.harm)

    def retranslate(self) -> None:
        self.header.set_text(self.tr("Online risks"),
                             self.tr("What can go wrong, the signs to notice, how to prevent it and what to do, "
                                     "for each age. Most children will meet some of these; talking early helps."))
        current = self.age.currentData()
        self.age.blockSignals(True)
        self.age.clear()
        self.age.addItem(self.tr("All ages"), "")
        for band in BANDS:
            self.age.addItem(band_name(band), band)
        self.age.setCurrentIndex(max(self.age.findData(current), 0))
        self.age.blockSignals(False)
        self.age_label.setText(self.tr("Child's &age:"))
        self.age.setAccessibleName(self.tr("Child's age"))
        self.list.setAccessibleName(self.tr("Risks"))
        self.text.setAccessibleName(self.tr("About this risk"))
        self.get_help.setText(self.tr("Get help with this now"))
        self.tabs.setTabText(0, self.tr("Risks"))
        self.tabs.setTabText(1, self.tr("Talk about it"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
