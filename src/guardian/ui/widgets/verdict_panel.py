"""'Is this right for my child?': an age (or, with a household, a child) and a label give a verdict with reasons and
what to check beyond the label. The rules are domain.ratings.verdict."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from guardian.domain.child_ages import child_age
from guardian.domain.ratings import SUITABLE, verdict
from guardian.i18n.text import arg
from guardian.services.content_service import ContentService
from guardian.services.family import Family


class VerdictPanel(QWidget):
    def __init__(self, content: ContentService, family: Family | None = None,
                 today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictPanel")
        self._content = content
        self._family = family
        self._today = today
        self.child = QComboBox()  # "any age" or one of the household's children
        self.child.setObjectName("verdictChild")
        self.child_note = QLabel()
        self.child_note.setObjectName("verdictChildNote")
        self.child_note.setWordWrap(True)
        self.child_note.hide()
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
        self._captions = [QLabel(), QLabel(), QLabel(), QLabel()]
        for caption, field in zip(self._captions, (self.child, self.age, self.system, self.label), strict=True):
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.child_note)
        layout.addWidget(self.result)
        layout.addWidget(self.checks)
        layout.addStretch(1)
        self.age.valueChanged.connect(self.update_verdict)
        self.child.currentIndexChanged.connect(self._child_chosen)
        if family is not None:
            family.changed.connect(self._fill_children)
            family.unlocked_changed.connect(lambda _: self._fill_children())
        self.system.currentIndexChanged.connect(self._fill_labels)
        self.label.currentIndexChanged.connect(self.update_verdict)
        self.retranslate()

    def _children(self) -> list:
        family = self._family
        if family is None or not family.available or not family.unlocked:
            return []
        return list(family.view().children)

    def _fill_children(self) -> None:
        current = self.child.currentData()
        self.child.blockSignals(True)
        self.child.clear()
        self.child.addItem(self.tr("Any child (enter the age)"), None)
        for child in self._children():
            self.child.addItem(child.display_name, child.id)
        self.child.setCurrentIndex(max(self.child.findData(current), 0))
        self.child.blockSignals(False)
        self.form.setRowVisible(self.child, self.child.count() > 1)
        self._child_chosen()

    def _child_chosen(self) -> None:
        child = next((c for c in self._children() if c.id == self.child.currentData()), None)
        self.age.setEnabled(child is None)
        if child is None:
            self.child_note.hide()
            return
        age = child_age(child.birth_year, child.birth_date, self._today())
        if age.approximate:
            self.child_note.setText(arg(self.tr("%1 was born in %2, so is %3 or %4: the verdict counts %3. Add the "
                                                "date of birth in Family to be exact."),
                                        child.display_name, child.birth_year, age.years, age.upper))
        else:
            self.child_note.setText(arg(self.tr("%1 is %2."), child.display_name, age.years))
        self.child_note.show()
        self.age.setValue(age.years)
        self.update_verdict()

    def choose_child(self, child_id: int) -> None:
        self.child.setCurrentIndex(max(self.child.findData(child_id), 0))

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
        self._captions[0].setText(self.tr("C&hild:"))
        self.child.setAccessibleName(self.tr("Child"))
        self._captions[1].setText(self.tr("Child's &age:"))
        self._captions[2].setText(self.tr("Rating &system:"))
        self._captions[3].setText(self.tr("&Label:"))
        self.age.setAccessibleName(self.tr("Child's age"))
        self.system.setAccessibleName(self.tr("Rating system"))
        self.label.setAccessibleName(self.tr("Label"))
        current = self.system.currentData()
        self.system.blockSignals(True)
        self.system.clear()
        for sid, title in self._content.titles("rating_systems").items():
            self.system.addItem(title, sid)
        self.system.setCurrentIndex(max(self.system.findData(current), 0))
        self.system.blockSignals(False)
        self._fill_labels()
        self._fill_children()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
