"""'Is this right for my child?': an age (or, with a household, a child) and a label give a verdict with reasons and
what to check beyond the label. The rules are domain.ratings.verdict."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from guardian.domain.ratings import SUITABLE, verdict
from guardian.i18n.text import arg
from guardian.services.content_service import ContentService


class VerdictPanel(QWidget):
    def __init__(self, content: ContentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictPanel")
        self._content = content
        self.age = QSpinBox()
        self.age.setObjectName("verdictAge")
        self.age.setRange(0, 21)
        self.age.setValue(10)
        self.system = QComboBox()
        self.system.setObjectName("verdictSystem")
        self.label = QComboBox()
        self.label.setObjectName("verdictLabel")
        self.result = QLabel()
        self.result.setObjectName("verdictResult")
        self.result.setWordWrap(True)
        self.checks = QLabel()
        self.checks.setObjectName("verdictChecks")
        self.checks.setWordWrap(True)
        self.form = QFormLayout()
        self._captions = [QLabel(), QLabel(), QLabel()]
        for caption, field in zip(self._captions, (self.age, self.system, self.label), strict=True):
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.result)
        layout.addWidget(self.checks)
        layout.addStretch(1)
        self.age.valueChanged.connect(self.update_verdict)
        self.system.currentIndexChanged.connect(self._fill_labels)
        self.label.currentIndexChanged.connect(self.update_verdict)
        self.retranslate()

    def choose(self, system_id: str, code: str) -> None:
        self.system.setCurrentIndex(max(self.system.findData(system_id), 0))
        self.label.setCurrentIndex(max(self.label.findData(code), 0))

    def _fill_labels(self) -> None:
        system = self._content.items("rating_systems").get(self.system.currentData())
        current = self.label.currentData()
        self.label.blockSignals(True)
        self.label.clear()
        for lab in system.labels if system else ():
            self.label.addItem(lab.code, lab.code)
        self.label.setCurrentIndex(max(self.label.findData(current), 0))
        self.label.blockSignals(False)
        self.update_verdict()

    def update_verdict(self) -> None:
        system = self._content.items("rating_systems").get(self.system.currentData())
        label = system.label(self.label.currentData()) if system else None
        if label is None:
            self.result.setText("")
            self.checks.setText("")
            return
        interactive = bool({"games", "apps", "streaming"} & set(system.media))
        result = verdict(self.age.value(), label.min_age, interactive=interactive)
        if result.status == SUITABLE:
            text = arg(self.tr("Suitable by age: %1 is meant for ages %2 and up, and your child is %3."),
                       label.code, label.min_age, result.age)
        else:
            text = arg(self.tr("Not yet: %1 is meant for ages %2 and up, and your child is %3."),
                       label.code, label.min_age, result.age) + " " + \
                self.tr("Wait %n more year(s), or look closely at the content first.", "", result.years_to_wait)
        self.result.setText(text)
        lines = {
            "online_interaction": self.tr("Chat and online play: the label does not cover who your child can "
                                          "talk to. Check the contact settings in the game's or app's guide."),
            "purchases": self.tr("Purchases: the label does not cover spending. Turn on purchase approval or a "
                                 "spending limit."),
            "user_content": self.tr("Content made by other players or users is not rated. Use the report and "
                                    "block tools and talk about what to do if something upsets your child."),
            "descriptors": self.tr("Read the content descriptors next to the label: they say why it got this "
                                   "rating."),
        }
        self.checks.setText(self.tr("Beyond the label:") + "\n" + "\n".join("• " + lines[c] for c in result.checks))

    def retranslate(self) -> None:
        self._captions[0].setText(self.tr("Child's &age:"))
        self._captions[1].setText(self.tr("Rating &system:"))
        self._captions[2].setText(self.tr("&Label:"))
        self.age.setAccessibleName(self.tr("Child's age"))
        self.system.setAccessibleName(self.tr("Rating system"))
        self.label.setAccessibleName(self.tr("Label"))
        current = self.system.currentData()
        self.system.blockSignals(True)
        self.system.clear()
        for sid, system in sorted(self._content.items("rating_systems").items(), key=lambda kv: kv[1].name):
            self.system.addItem(system.name, sid)
        self.system.setCurrentIndex(max(self.system.findData(current), 0))
        self.system.blockSignals(False)
        self._fill_labels()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
