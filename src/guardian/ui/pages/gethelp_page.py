"""Get help now: is a child in danger, what happened, where; then the ordered action plan to print or save."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guardian.content.phones import display
from guardian.domain.harms import HARM_IDS
from guardian.i18n.locales import country_name
from guardian.i18n.text import arg
from guardian.policy import Contact
from guardian.services.content_service import ContentService
from guardian.services.pdf_service import write_pdf
from guardian.services.plan_render import render_markdown
from guardian.services.plan_service import ELSEWHERE, Plan, PlanError, build_plan
from guardian.ui.dialogs.print_document import print_document
from guardian.ui.dialogs.save_pdf import save_pdf
from guardian.ui.widgets.markdown_view import MarkdownView
from guardian.ui.widgets.page_header import PageHeader


def _big(label: QLabel, factor: float) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class GetHelpPage(QWidget):
    plan_ready = Signal(str)  # harm id

    def __init__(self, content: ContentService, country: str, school: Sequence[Contact] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("getHelpPage")
        self._content = content
        self._school = tuple(school)  # the school's own contacts (its policy), offered first as someone to talk to
        self.plan: Plan | None = None
        self.header = PageHeader()
        self.steps = QStackedWidget()
        self.country = QComboBox()
        self.country.setObjectName("helpCountry")
        self._country_default = country
        # step 0: danger
        self.danger_question = _big(QLabel(), 1.3)
        self.yes = QPushButton()
        self.yes.setObjectName("dangerYes")
        self.no = QPushButton()
        self.no.setObjectName("dangerNo")
        self.emergency = _big(QLabel(), 2.2)
        self.emergency.setObjectName("emergencyNow")
        self.emergency.hide()
        self.after_call = QPushButton()
        self.after_call.hide()
        self.country_label = QLabel()
        self.country_label.setBuddy(self.country)
        danger = QWidget()
        d = QVBoxLayout(danger)
        row = QHBoxLayout()
        row.addWidget(self.country_label)
        row.addWidget(self.country)
        row.addStretch(1)
        d.addLayout(row)
        d.addWidget(self.danger_question)
        answers = QHBoxLayout()
        answers.addWidget(self.yes)
        answers.addWidget(self.no)
        answers.addStretch(1)
        d.addLayout(answers)
        d.addWidget(self.emergency)
        d.addWidget(self.after_call)
        d.addStretch(1)
        # step 1: what happened
        self.what_question = _big(QLabel(), 1.3)
        self.harms = QListWidget()
        self.harms.setObjectName("harmList")
        self.harms.setWordWrap(True)
        self.harms.itemActivated.connect(lambda _: self._go(2))
        self.harm_next = QPushButton()
        self.harm_next.clicked.connect(lambda: self._go(2))
        what = QWidget()
        w = QVBoxLayout(what)
        w.addWidget(self.what_question)
        w.addWidget(self.harms, 1)
        w.addWidget(self.harm_next, 0, Qt.AlignmentFlag.AlignRight)
        # step 2: where
        self.where_question = _big(QLabel(), 1.3)
        self.platform = QComboBox()
        self.platform.setObjectName("helpPlatform")
        self.show_plan = QPushButton()
        self.show_plan.setObjectName("showPlan")
        self.show_plan.clicked.connect(self.make_plan)
        where = QWidget()
        p = QVBoxLayout(where)
        p.addWidget(self.where_question)
        p.addWidget(self.platform)
        p.addWidget(self.show_plan, 0, Qt.AlignmentFlag.AlignLeft)
        p.addStretch(1)
        # step 3: plan
        self.plan_view = MarkdownView()
        self.plan_view.setObjectName("planText")
        self.save_pdf = QPushButton()
        self.save_pdf.clicked.connect(self._save_pdf)
        self.print_plan = QPushButton()
        self.print_plan.clicked.connect(self._print)
        self.restart = QPushButton()
        self.restart.clicked.connect(lambda: self._go(0))
        plan = QWidget()
        pl = QVBoxLayout(plan)
        pl.addWidget(self.plan_view, 1)
        buttons = QHBoxLayout()
        for button in (self.save_pdf, self.print_plan, self.restart):
            buttons.addWidget(button)
        buttons.addStretch(1)
        pl.addLayout(buttons)
        for page in (danger, what, where, plan):
            self.steps.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 16)
        layout.addWidget(self.header)
        layout.addWidget(self.steps, 1)
        self.yes.clicked.connect(self._in_danger)
        self.no.clicked.connect(lambda: self._go(1))
        self.after_call.clicked.connect(lambda: self._go(1))
        self.retranslate()

    # flow ---------------------------------------------------------------------------------------------
    def start(self) -> None:
        self.emergency.hide()
        self.after_call.hide()
        self._go(0)

    def _go(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        focus = {0: self.yes, 1: self.harms, 2: self.platform, 3: self.plan_view}[index]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if index == 1 and self.harms.currentRow() < 0 and self.harms.count():
            self.harms.setCurrentRow(0)

    def _in_danger(self) -> None:
        country = self._content.items("countries").get(self.country.currentData() or "")
        number = country.emergency.get("general", ("", None))[0] if country else ""
        if number:
            self.emergency.setText(arg(self.tr("Call %1 now."), display(number, country.code)))
        elif self.country.currentData() == ELSEWHERE:
            self.emergency.setText(self.tr("Call your local emergency number now."))
        else:
            # no number without a source: the country's own comes from its facts file
            self.emergency.setText(self.tr("Call your local emergency number now. Choose your country above to see "
                                           "it here."))
        self.emergency.setAccessibleName(self.emergency.text())
        self.emergency.show()
        self.after_call.show()
        self.after_call.setFocus()

    def choose(self, harm: str, platform: str = "") -> None:
        for row in range(self.harms.count()):
            if self.harms.item(row).data(Qt.ItemDataRole.UserRole) == harm:
                self.harms.setCurrentRow(row)
        self.platform.setCurrentIndex(max(self.platform.findData(platform), 0))

    def make_plan(self) -> Plan | None:
        item = self.harms.currentItem()
        country = self.country.currentData() or ""
        if item is None or not country:
            QMessageBox.information(self, self.tr("Get help"), self.tr("Choose your country and what happened."))
            self._go(0 if not country else 1)
            return None
        harm = item.data(Qt.ItemDataRole.UserRole)
        try:
            self.plan = build_plan(self._content.library, harm, country, self.platform.currentData() or None,
                                   self._content.language)
        except PlanError:
            QMessageBox.warning(self, self.tr("Get help"),
                                self.tr("Guardian has no plan for this yet. Call a helpline from the Helplines "
                                        "section."))
            return None
        self.plan_view.set_markdown(render_markdown(self.plan, self._content.language, self._school))
        self._go(3)
        self.plan_ready.emit(harm)
        return self.plan

    def plan_markdown(self) -> str:
        return render_markdown(self.plan, self._content.language, self._school) if self.plan else ""

    def _save_pdf(self) -> None:
        if self.plan is None:
            return
        title = self.plan.prose.title if self.plan.prose else self.plan.harm.id
        save_pdf(self, self.tr("Save the plan as PDF"), "guardian-plan.pdf",
                 lambda path: write_pdf(self.plan_markdown(), path, title), self.tr("Get help"))

    def _print(self) -> None:
        if self.plan is not None:
            print_document(self, self.plan_view.document, self.tr("Get help"))

    # text ---------------------------------------------------------------------------------------------
    def _fill_lists(self) -> None:
        language = self._content.language
        current_country = self.country.currentData() or self._country_default
        self.country.clear()
        self.country.addItem(self.tr("Choose your country"), "")
        for name, code in sorted((country_name(c, language), c) for c in self._content.countries()):
            self.country.addItem(name, code)
        self.country.addItem(self.tr("Another country"), ELSEWHERE)
        index = self.country.findData(current_country)
        if index < 0 and current_country:  # the family's country, with no directory in Guardian
            index = self.country.findData(ELSEWHERE)
        self.country.setCurrentIndex(max(index, 0))
        current = self.harms.currentItem().data(Qt.ItemDataRole.UserRole) if self.harms.currentItem() else ""
        self.harms.clear()
        for harm in HARM_IDS:
            prose = self._content.prose("harms", harm)
            if prose is None or harm not in self._content.items("harms"):
                continue
            item = QListWidgetItem(f"{prose.title}\n{prose.summary}" if prose.summary else prose.title)
            item.setData(Qt.ItemDataRole.UserRole, harm)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, prose.title)
            self.harms.addItem(item)
            if harm == current:
                self.harms.setCurrentItem(item)
        platform = self.platform.currentData() or ""
        self.platform.clear()
        self.platform.addItem(self.tr("I don't know, or somewhere else"), "")
        for pid, title in self._content.titles("platforms").items():
            self.platform.addItem(title, pid)
        self.platform.setCurrentIndex(max(self.platform.findData(platform), 0))

    def retranslate(self) -> None:
        self.header.set_text(self.tr("Get help now"), self.tr("Take a breath. Guardian will go through this with "
                                                              "you, one step at a time."))
        self.country_label.setText(self.tr("&Country:"))
        self.country.setAccessibleName(self.tr("Country"))
        self.danger_question.setText(self.tr("Is a child in immediate danger right now?"))
        self.yes.setText(self.tr("&Yes, a child is in danger"))
        self.no.setText(self.tr("&No, not right now"))
        self.after_call.setText(self.tr("&Continue to the next steps"))
        self.what_question.setText(self.tr("What happened?"))
        self.harms.setAccessibleName(self.tr("What happened"))
        self.harm_next.setText(self.tr("&Next"))
        self.where_question.setText(self.tr("Where did it happen? (optional)"))
        self.platform.setAccessibleName(self.tr("Where it happened"))
        self.show_plan.setText(self.tr("&Show my plan"))
        self.plan_view.setAccessibleName(self.tr("Your action plan"))
        self.save_pdf.setText(self.tr("Save as &PDF…"))
        self.print_plan.setText(self.tr("P&rint…"))
        self.restart.setText(self.tr("Start &again"))
        self._fill_lists()
        if self.plan is not None:
            self.make_plan()  # rebuilt, so that the guidance too is in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
