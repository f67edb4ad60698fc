"""Family agreement: for one child, a template (the one for the child's age is suggested), its items to include or
leave out, reword, and fill in (minutes, a time, a few words), saved per child and template; printed or saved as a
PDF with signature lines. The agreement is written in the household's language; the buttons are in the app's."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRegularExpression, Qt
from PySide6.QtGui import QFont, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guardian.content.agreements import KIND, THEMES, Template, suggested
from guardian.domain.ages import BANDS
from guardian.domain.child_ages import child_band
from guardian.domain.household import AgreementItem
from guardian.i18n.locales import language_name, long_date
from guardian.i18n.text import arg
from guardian.services.agreement_pdf import (
    Sheet,
    SheetItem,
    item_summary,
    sheet_markdown,
    theme_name,
    write_agreement_pdf,
)
from guardian.services.content_service import ContentService
from guardian.services.document_text import document_language
from guardian.services.family import Family
from guardian.services.household_errors import HouseholdError
from guardian.services.pdf_service import markdown_document
from guardian.ui.dialogs.print_document import print_document
from guardian.ui.dialogs.save_pdf import save_pdf
from guardian.ui.dialogs.unsaved import save_or_discard
from guardian.ui.keys import SAVE, shown

MAX_MINUTES = 24 * 60
HEADER = -1  # list rows that are theme headings, not items


@dataclass
class Row:
    id: str
    theme: str  # "" for the family's own rules
    text: str
    suggested: str = ""
    included: bool = True
    choice_kind: str = ""  # minutes | time | text | ""
    choice_label: str = ""
    choice: str | None = None

    def sheet_item(self) -> SheetItem:
        return SheetItem(self.theme, self.text.strip(), self.choice_label, self.choice)


class AgreementTab(QWidget):
    def __init__(self, content: ContentService, family: Family, settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementTab")
        self._content = content
        self._family = family
        self._settings = settings
        self.rows: list[Row] = []
        self.loaded: tuple[int, str] | None = None  # (child id, template id) shown
        self.dirty = False
        self._filling = False
        self.child_label, self.child = QLabel(), QComboBox()
        self.child.setObjectName("agreementChild")
        self.template_label, self.template = QLabel(), QComboBox()
        self.template.setObjectName("agreementTemplate")
        self.child_label.setBuddy(self.child)
        self.template_label.setBuddy(self.template)
        self.child.currentIndexChanged.connect(self._child_chosen)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.summary = QLabel()
        self.summary.setObjectName("agreementSummary")
        self.summary.setWordWrap(True)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("agreementItems")
        self.items.setWordWrap(True)
        self.items.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.items.itemChanged.connect(self._item_toggled)
        self.items.currentRowChanged.connect(self._show_row)
        # the selected item
        self.text_label, self.text = QLabel(), QPlainTextEdit()
        self.text.setObjectName("agreementItemText")
        self.text.setTabChangesFocus(True)
        self.text_label.setBuddy(self.text)
        self.text.textChanged.connect(self._text_edited)
        self.choice_label = QLabel()
        self.choice_label.setWordWrap(True)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("agreementMinutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.valueChanged.connect(self._choice_edited)
        self.choice = QLineEdit()
        self.choice.setObjectName("agreementChoice")
        self.choice.setMaxLength(200)
        self.choice.textEdited.connect(self._choice_edited)
        self.choice_stack = QStackedWidget()
        self.choice_stack.addWidget(self.minutes)
        self.choice_stack.addWidget(self.choice)
        self._time_check = QRegularExpressionValidator(QRegularExpression(r"^$|^([01]?\d|2[0-3])[:.][0-5]\d$"), self)
        self.reset = QPushButton()
        self.reset.setObjectName("agreementReset")
        self.reset.clicked.connect(self._reset_text)
        self.add_own = QPushButton()
        self.add_own.setObjectName("agreementAddOwn")
        self.add_own.clicked.connect(self.add_own_rule)
        self.remove_own = QPushButton()
        self.remove_own.setObjectName("agreementRemoveOwn")
        self.remove_own.clicked.connect(self._remove_own_rule)
        self.save_button = QPushButton()
        self.save_button.setObjectName("agreementSave")
        self.save_button.clicked.connect(self.save)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("agreementPdf")
        self.pdf_button.clicked.connect(self._save_pdf)
        self.print_button = QPushButton()
        self.print_button.setObjectName("agreementPrint")
        self.print_button.clicked.connect(self._print)
        self.status = QLabel()
        self.status.setObjectName("agreementStatus")
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("agreementError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("font-weight: bold;")  # in the theme's text colour, which meets AA
        self.error.hide()
        self.empty = QLabel()
        self.empty.setObjectName("agreementEmpty")
        self.empty.setWordWrap(True)
        QShortcut(QKeySequence(SAVE), self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._layout()
        family.changed.connect(self.refresh)
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        for widget in (self.child_label, self.child, self.template_label, self.template):
            top.addWidget(widget)
        top.addStretch(1)
        detail = QWidget()
        d = QVBoxLayout(detail)
        d.setContentsMargins(0, 0, 0, 0)
        d.addWidget(self.text_label)
        d.addWidget(self.text, 1)
        d.addWidget(self.choice_label)
        d.addWidget(self.choice_stack)
        row = QHBoxLayout()
        for button in (self.reset, self.add_own, self.remove_own):
            row.addWidget(button)
        row.addStretch(1)
        d.addLayout(row)
        split = QSplitter()
        split.addWidget(self.items)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        actions = QHBoxLayout()
        for button in (self.save_button, self.pdf_button, self.print_button):
            actions.addWidget(button)
        actions.addWidget(self.status, 1)
        self.editor = QWidget()
        e = QVBoxLayout(self.editor)
        e.setContentsMargins(0, 0, 0, 0)
        e.addLayout(top)
        e.addWidget(self.summary)
        e.addWidget(self.language_note)
        e.addWidget(split, 1)
        e.addWidget(self.error)
        e.addLayout(actions)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.editor)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.stack)
        for first, second in ((self.child, self.template), (self.template, self.items), (self.items, self.text),
                              (self.text, self.minutes), (self.minutes, self.choice), (self.choice, self.reset),
                              (self.reset, self.add_own), (self.add_own, self.remove_own),
                              (self.remove_own, self.save_button), (self.save_button, self.pdf_button),
                              (self.pdf_button, self.print_button)):
            QWidget.setTabOrder(first, second)

    # what is shown ------------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        household = self._family.household.household() if self._family.available else None
        return document_language(household, self._content.language)

    def templates(self) -> dict[str, Template]:
        return self._content.library.templates

    def refresh(self) -> None:
        """Children and templates again (after any household change); the items only if nothing is being edited."""
        available = self._family.available
        children = self._family.household.children() if available else []
        if not children:
            self.empty.setText(self._family.notice.text if not available and self._family.notice else
                               self.tr("Add a child under Children and devices first. Then you can make a family "
                                       "agreement for them here."))
            self.stack.setCurrentWidget(self.empty)
            self.loaded, self.dirty, self.rows = None, False, []
            return
        self.stack.setCurrentWidget(self.editor)
        self._filling = True
        current = self.child.currentData()
        self.child.clear()
        for child in children:
            self.child.addItem(child.display_name, child.id)
        self.child.setCurrentIndex(max(self.child.findData(current), 0))
        self._filling = False
        if self.loaded is None or self.loaded[0] != self.child.currentData() or not self.dirty:
            self._fill_templates(keep=self.loaded is not None and self.loaded[0] == self.child.currentData())
            self.load()

    def _fill_templates(self, keep: bool) -> None:
        child = next((c for c in self._family.household.children() if c.id == self.child.currentData()), None)
        band = child_band(child.birth_year, child.birth_date, self._family.today()) if child else ""
        best = suggested(self.templates(), band)
        saved = sorted(self._family.agreements.agreements(child.id) if child else [], key=lambda a: a.updated)
        chosen = self.template.currentData() if keep else None
        if chosen not in self.templates():
            chosen = saved[-1].template_id if saved and saved[-1].template_id in self.templates() else \
                (best.id if best else None)
        self._filling = True
        self.template.clear()
        for template_id in sorted(self.templates(), key=lambda t: _band_order(self.templates()[t])):
            prose = self._content.library.prose(KIND, template_id, self.language)
            title = prose.title if prose else template_id
            if best is not None and template_id == best.id:
                title = arg(self.tr("%1 (suggested for this age)"), title)
            self.template.addItem(title, template_id)
        self.template.setCurrentIndex(max(self.template.findData(chosen), 0))
        self._filling = False

    def load(self) -> None:
        """The chosen child's agreement for the chosen template, or the template's suggestions when none is saved."""
        child_id, template_id = self.child.currentData(), self.template.currentData()
        template = self.templates().get(template_id)
        if child_id is None or template is None:
            self.rows, self.loaded = [], None
            self._fill_items()
            return
        prose = self._content.library.prose(KIND, template_id, self.language)
        meta = prose.meta if prose else {}
        texts, labels = meta.get("items", {}), meta.get("choices", {})
        saved = self._family.agreements.agreement(child_id, template_id)
        kept = {item.id: item for item in saved.items} if saved else {}
        self.rows = []
        for item in template.items:
            suggestion = str(texts.get(item.id, item.id))
            mine = kept.get(item.id)
            self.rows.append(Row(item.id, item.theme, mine.text if mine else suggestion, suggestion,
                                 saved is None or mine is not None, item.choice,
                                 str(labels.get(item.id, "")) if item.choice else "", mine.choice if mine else None))
        for item in (saved.items if saved else ()):
            if template.item(item.id) is None:
                self.rows.append(Row(item.id, "", item.text, "", True, "text" if item.choice else "", "",
                                     item.choice))
        self.summary.setText(prose.summary if prose else "")
        self.loaded, self.dirty = (child_id, template_id), False
        self.error.hide()
        self.status.setText(arg(self.tr("Saved on %1."), long_date(saved.updated, self._content.language)) if saved
                            else self.tr("Not saved yet: these are the suggestions for this age."))
        self._fill_items()

    def _fill_items(self, select: int = 0) -> None:
        self._filling = True
        self.items.clear()
        for theme in (*THEMES, ""):
            rows = [n for n, row in enumerate(self.rows) if row.theme == theme]
            if not rows:
                continue
            heading = QListWidgetItem(theme_name(theme, self.language))
            font = QFont(self.items.font())
            font.setBold(True)
            heading.setFont(font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable, not checkable
            heading.setData(Qt.ItemDataRole.UserRole, HEADER)
            self.items.addItem(heading)
            for n in rows:
                item = QListWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setData(Qt.ItemDataRole.UserRole, n)
                self.items.addItem(item)
                self._show_item(item)
        self._filling = False
        rows = [r for r in range(self.items.count()) if self.items.item(r).data(Qt.ItemDataRole.UserRole) == select]
        self.items.setCurrentRow(rows[0] if rows else -1)
        self._show_row(self.items.currentRow())

    def _show_item(self, item: QListWidgetItem) -> None:
        row = self.rows[item.data(Qt.ItemDataRole.UserRole)]
        text = item_summary(row.sheet_item(), self.language)
        was = self._filling
        self._filling = True
        item.setText(text)
        item.setCheckState(Qt.CheckState.Checked if row.included else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        self._filling = was

    def current_row(self) -> Row | None:
        item = self.items.currentItem()
        index = item.data(Qt.ItemDataRole.UserRole) if item is not None else HEADER
        return self.rows[index] if index is not None and index >= 0 else None

    def _show_row(self, _list_row: int) -> None:
        row = self.current_row()
        self._filling = True
        self.text.setPlainText(row.text if row else "")
        self.text.setEnabled(row is not None)
        self.reset.setEnabled(row is not None and bool(row.suggested) and row.text != row.suggested)
        self.remove_own.setEnabled(row is not None and not row.theme)
        has_choice = row is not None and bool(row.choice_kind)
        self.choice_label.setVisible(has_choice)
        self.choice_stack.setVisible(has_choice)
        if has_choice:
            self.choice_label.setText(row.choice_label or self.tr("Our choice"))
            if row.choice_kind == "minutes":
                self.choice_stack.setCurrentWidget(self.minutes)
                self.minutes.setValue(int(row.choice) if (row.choice or "").isdigit() else 0)
                self.minutes.setAccessibleName(row.choice_label)
                self.choice_label.setBuddy(self.minutes)
            else:
                self.choice_stack.setCurrentWidget(self.choice)
                self.choice.setValidator(self._time_check if row.choice_kind == "time" else None)
                self.choice.setPlaceholderText(self.tr("hh:mm") if row.choice_kind == "time" else "")
                self.choice.setText(row.choice or "")
                self.choice.setAccessibleName(row.choice_label or self.tr("Our choice"))
                self.choice_label.setBuddy(self.choice)
        self._filling = False

    # editing ----------------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.dirty = True
        self.status.setText(self.tr("Changes not saved yet."))

    def _item_toggled(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if self._filling or index is None or index < 0:
            return
        self.rows[index].included = item.checkState() == Qt.CheckState.Checked
        self._changed()

    def _text_edited(self) -> None:
        row = self.current_row()
        if self._filling or row is None:
            return
        row.text = self.text.toPlainText()
        self.reset.setEnabled(bool(row.suggested) and row.text != row.suggested)
        self._show_item(self.items.currentItem())
        self._changed()

    def _choice_edited(self, *_args) -> None:
        row = self.current_row()
        if self._filling or row is None:
            return
        if row.choice_kind == "minutes":
            row.choice = str(self.minutes.value()) if self.minutes.value() else None
        else:
            row.choice = self.choice.text().strip() or None
        self._show_item(self.items.currentItem())
        self._changed()

    def _reset_text(self) -> None:
        row = self.current_row()
        if row is not None and row.suggested:
            self.text.setPlainText(row.suggested)
            self.text.setFocus()

    def add_own_rule(self) -> None:
        if self.loaded is None:
            return
        taken = {row.id for row in self.rows}
        number = next(n for n in range(1, len(taken) + 2) if f"own-{n}" not in taken)
        self.rows.append(Row(f"own-{number}", "", ""))
        self._fill_items(select=len(self.rows) - 1)
        self._changed()
        self.text.setFocus()

    def _remove_own_rule(self) -> None:
        row = self.current_row()
        if row is not None and not row.theme:
            self.rows.remove(row)
            self._fill_items()
            self._changed()

    def agreement_items(self) -> list[AgreementItem]:
        return [AgreementItem(row.id, row.text.strip(), row.choice) for row in self.rows
                if row.included and row.text.strip()]

    def save(self) -> bool:
        if self.loaded is None or not self._family.available:
            return False
        child_id, template_id = self.loaded
        included = [row for row in self.rows if row.included and row.text.strip()]
        try:
            self._family.agreements.save(child_id, template_id, self.agreement_items())
        except HouseholdError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self._select_failed(exc.field, included)
            return False
        self.error.hide()
        self.dirty = False
        select = self.current_row()
        self._family.notify()
        self.load()
        if select is not None:
            self._select(next((n for n, r in enumerate(self.rows) if r.id == select.id), 0))
        return True

    def _select_failed(self, field: str | None, included: list[Row]) -> None:
        """Show the item a message is about (fields look like "items[3].text")."""
        if field and field.startswith("items[") and "]" in field:
            number = field[len("items["):field.index("]")]
            if number.isdigit() and int(number) < len(included):
                self._select(self.rows.index(included[int(number)]))
                self.text.setFocus()

    def _select(self, index: int) -> None:
        for r in range(self.items.count()):
            if self.items.item(r).data(Qt.ItemDataRole.UserRole) == index:
                self.items.setCurrentRow(r)
                return

    def has_unsaved_changes(self) -> bool:
        return self.loaded is not None and self.dirty

    def discard_changes(self) -> None:
        """Show the saved agreement (or the suggestions) again, dropping what was changed since."""
        if self.has_unsaved_changes():
            self.load()

    def confirm_leaving(self) -> bool:
        """True when the shown agreement may be replaced (saved, discarded, or nothing changed)."""
        if not self.dirty:
            return True
        return save_or_discard(self, self.tr("Family agreement"), self.tr("Save the changes to this agreement first?"),
                               self.save)

    def _back(self) -> None:
        self._filling = True
        self.child.setCurrentIndex(max(self.child.findData(self.loaded[0]), 0))
        self.template.setCurrentIndex(max(self.template.findData(self.loaded[1]), 0))
        self._filling = False

    def _child_chosen(self, _index: int) -> None:
        if self._filling:
            return
        if self.loaded is not None and self.loaded[0] != self.child.currentData() and not self.confirm_leaving():
            self._back()
            return
        self._fill_templates(keep=False)
        self.load()

    def _template_chosen(self, _index: int) -> None:
        if self._filling:
            return
        if self.loaded is not None and self.loaded[1] != self.template.currentData() \
                and not self.confirm_leaving():
            self._back()
            return
        self.load()

    # printing ---------------------------------------------------------------------------------------------
    def sheet(self) -> Sheet | None:
        if self.loaded is None:
            return None
        prose = self._content.library.prose(KIND, self.loaded[1], self.language)
        meta = prose.meta if prose else {}
        items = tuple(row.sheet_item() for row in self.rows if row.included and row.text.strip())
        return Sheet(str(meta.get("heading", "")), str(meta.get("preamble", "")), str(meta.get("closing", "")),
                     self.child.currentText(), self._family.today(), items)

    def _save_pdf(self) -> None:
        sheet = self.sheet()
        if sheet is None:
            return
        path = save_pdf(self, self.tr("Save the agreement as PDF"), arg(self.tr("agreement-%1.pdf"), sheet.child_name),
                        lambda target: write_agreement_pdf(sheet, target, self.language), self.tr("Family agreement"))
        if path is not None:
            self.status.setText(arg(self.tr("Saved as %1."), path))

    def _print(self) -> None:
        sheet = self.sheet()
        if sheet is not None:
            print_document(self, lambda: markdown_document(sheet_markdown(sheet, self.language)),
                           self.tr("Family agreement"))

    # text ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.child_label.setText(self.tr("&Child:"))
        self.template_label.setText(self.tr("&Template:"))
        self.child.setAccessibleName(self.tr("Child"))
        self.template.setAccessibleName(self.tr("Agreement template"))
        self.template.setAccessibleDescription(self.tr("The template for the child's age is suggested; any other "
                                                       "can be chosen."))
        self.items.setAccessibleName(self.tr("Items of the agreement"))
        self.items.setAccessibleDescription(self.tr("Press Space to include or leave out the selected item."))
        self.text_label.setText(self.tr("&Wording of the selected item:"))
        self.text.setAccessibleName(self.tr("Wording of the selected item"))
        self.minutes.setSpecialValueText(self.tr("not decided yet"))
        self.minutes.setSuffix(self.tr(" min"))
        self.reset.setText(self.tr("Use the &suggested wording"))
        self.add_own.setText(self.tr("&Add our own rule"))
        self.remove_own.setText(self.tr("&Remove this rule"))
        self.save_button.setText(self.tr("&Save agreement"))
        self.save_button.setAccessibleDescription(arg(self.tr("Saves the included items for this child (%1)."),
                                                      shown(SAVE)))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.print_button.setText(self.tr("P&rint…"))
        name = language_name(self.language, self._content.language)
        if self._content.language != "en":
            name = name[:1].lower() + name[1:]  # mid-sentence, language names are lower case in lv, kk and ru
        self.language_note.setText(arg(self.tr("The agreement is written and printed in %1, the household's "
                                               "language. Tick the items you want, change the wording and fill in "
                                               "the numbers together."), name))
        if self.loaded is not None and self.dirty:
            self._fill_templates(keep=True)
            self._fill_items(self.rows.index(self.current_row()) if self.current_row() in self.rows else 0)
        else:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _band_order(template: Template) -> tuple[int, str]:
    return (min((BANDS.index(b) for b in template.bands if b in BANDS), default=len(BANDS)), template.id)
