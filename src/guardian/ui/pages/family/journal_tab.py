"""Incident journal: an optional, private, text-only record of what happened, what was done, which reports were
made and their reference numbers; newest first, editable, and exported as a PDF for a school or the police.

It never stores images, and the tab says why: abuse images must never be copied at all, not even as evidence."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guardian.domain.household import JournalEntry
from guardian.i18n.dates import numeric_date_format
from guardian.i18n.locales import long_date
from guardian.i18n.text import arg
from guardian.services.content_service import ContentService
from guardian.services.document_text import document_language
from guardian.services.family import Family
from guardian.services.household_errors import HouseholdError
from guardian.services.journal_pdf import write_journal_pdf
from guardian.ui.dialogs.save_pdf import save_pdf
from guardian.ui.dialogs.unsaved import save_or_discard
from guardian.ui.widgets.field_label import field_label

FIELDS = ("date", "child_id", "platform_id", "what_happened", "what_was_done", "reports_made", "reference_numbers")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class JournalTab(QWidget):
    def __init__(self, content: ContentService, family: Family, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalTab")
        self._content = content
        self._family = family
        self.editing: int | None = None  # the id of the entry in the form; 0 for a new one
        self._opened: JournalEntry | None = None  # the form as it was opened, to tell whether anything was changed
        self.why = QLabel()
        self.why.setObjectName("journalPrivacy")
        self.why.setWordWrap(True)
        self.never = QLabel()
        self.never.setObjectName("journalNeverImages")
        self.never.setWordWrap(True)
        font = QFont(self.never.font())
        font.setBold(True)
        self.never.setFont(font)
        # the list
        self.filter_label, self.filter = QLabel(), QComboBox()
        self.filter.setObjectName("journalFilter")
        self.filter_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(lambda _: self._fill_list())
        self.list = QListWidget()
        self.list.setObjectName("journalEntries")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.itemActivated.connect(lambda _: self.edit())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add = QPushButton()
        self.add.setObjectName("journalAdd")
        self.add.clicked.connect(self.new_entry)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("journalEdit")
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("journalDelete")
        self.delete_button.clicked.connect(self.delete)
        self.pdf = QPushButton()
        self.pdf.setObjectName("journalPdf")
        self.pdf.clicked.connect(self._save_pdf)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self.delete,
                  context=Qt.ShortcutContext.WidgetShortcut)
        # the form
        self.date = QDateEdit()
        self.date.setObjectName("journalDate")
        self.date.setCalendarPopup(True)
        self.child = QComboBox()
        self.child.setObjectName("journalChild")
        self.platform = QComboBox()
        self.platform.setObjectName("journalPlatform")
        self.what_happened = self._text_box("journalWhatHappened")
        self.what_was_done = self._text_box("journalWhatWasDone")
        self.reports_made = self._text_box("journalReportsMade")
        self.reference_numbers = QLineEdit()
        self.reference_numbers.setObjectName("journalReferences")
        self.reference_numbers.returnPressed.connect(self.save)
        self.form_labels = {name: field_label() for name in FIELDS}
        self.error = QLabel()
        self.error.setObjectName("journalError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("font-weight: bold;")  # in the theme's text colour, which meets AA
        self.error.hide()
        self.save_button = QPushButton()
        self.save_button.setObjectName("journalSave")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("journalCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self._layout()
        family.changed.connect(self.refresh)
        self.retranslate()

    @staticmethod
    def _text_box(name: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName(name)
        box.setTabChangesFocus(True)
        return box

    def _layout(self) -> None:
        self.stack = QStackedWidget()
        browse = QWidget()
        b = QVBoxLayout(browse)
        b.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addStretch(1)
        b.addLayout(top)
        b.addWidget(self.list, 1)
        b.addWidget(self.empty)
        buttons = QHBoxLayout()
        for button in (self.add, self.edit_button, self.delete_button, self.pdf):
            buttons.addWidget(button)
        buttons.addStretch(1)
        b.addLayout(buttons)
        form_page = QWidget()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        widgets = dict(zip(FIELDS, (self.date, self.child, self.platform, self.what_happened, self.what_was_done,
                                    self.reports_made, self.reference_numbers), strict=True))
        for name, widget in widgets.items():
            self.form_labels[name].setBuddy(widget)
            form.addRow(self.form_labels[name], widget)
        self.field_widgets = widgets
        f = QVBoxLayout(form_page)
        f.setContentsMargins(0, 0, 0, 0)
        f.addLayout(form, 1)
        f.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        f.addLayout(row)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), form_page, self.cancel,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+Return"), form_page, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), form_page, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.browse_page, self.form_page = browse, form_page
        self.stack.addWidget(browse)
        self.stack.addWidget(form_page)
        self.unavailable = QLabel()
        self.unavailable.setWordWrap(True)
        self.stack.addWidget(self.unavailable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.why)
        layout.addWidget(self.never)
        layout.addWidget(self.stack, 1)

    # the list ---------------------------------------------------------------------------------------------
    def _children(self) -> dict[int, str]:
        return {c.id: c.display_name for c in self._family.household.children()} if self._family.available else {}

    def _platforms(self) -> dict[str, str]:
        return self._content.titles("platforms")

    def refresh(self) -> None:
        if not self._family.available:
            self.unavailable.setText(self._family.notice.text if self._family.notice else "")
            self.stack.setCurrentWidget(self.unavailable)
            return
        if self.stack.currentWidget() is self.unavailable:
            self.stack.setCurrentWidget(self.browse_page)
        children = self._children()
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All entries"), None)
        for child_id, name in children.items():
            self.filter.addItem(name, child_id)
        self.filter.setCurrentIndex(max(self.filter.findData(current), 0))
        self.filter.blockSignals(False)
        self.filter.setVisible(bool(children))
        self.filter_label.setVisible(bool(children))
        self._fill_list()

    def _fill_list(self) -> None:
        if not self._family.available:
            return
        current = self.current_id()
        children, platforms = self._children(), self._platforms()
        entries = self._family.journal.entries(self.filter.currentData())
        self.list.clear()
        for entry in entries:  # newest first, as the service gives them
            parts = [long_date(entry.date, self._content.language)]
            if entry.child_id is not None:
                parts.append(children.get(entry.child_id, "?"))
            if entry.platform_id:
                parts.append(platforms.get(entry.platform_id, entry.platform_id))
            what = " ".join(entry.what_happened.split())
            text = " · ".join(parts) + "\n" + (what[:160] + "…" if len(what) > 160 else what)
            if entry.reference_numbers.strip():
                text += "\n" + arg(self.tr("Reference numbers: %1"), " ".join(entry.reference_numbers.split()))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
            if entry.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(not entries)
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.pdf.setEnabled(self.list.count() > 0)

    # the form ---------------------------------------------------------------------------------------------
    def _fill_choices(self, child_id: int | None, platform_id: str | None) -> None:
        self.child.clear()
        self.child.addItem(self.tr("Not about one child"), None)
        for cid, name in self._children().items():
            self.child.addItem(name, cid)
        self.child.setCurrentIndex(max(self.child.findData(child_id), 0))
        self.platform.clear()
        self.platform.addItem(self.tr("None or not listed"), None)
        for name, pid in sorted((p, pid) for pid, p in self._platforms().items()):
            self.platform.addItem(name, pid)
        self.platform.setCurrentIndex(max(self.platform.findData(platform_id), 0))

    def _open_form(self, entry: JournalEntry) -> None:
        self.editing = entry.id
        self.date.setDate(_qdate(entry.date))
        self._fill_choices(entry.child_id, entry.platform_id)
        self.what_happened.setPlainText(entry.what_happened)
        self.what_was_done.setPlainText(entry.what_was_done)
        self.reports_made.setPlainText(entry.reports_made)
        self.reference_numbers.setText(entry.reference_numbers)
        self.error.hide()
        self.stack.setCurrentWidget(self.form_page)
        self._opened = self.form_entry()
        self.date.setFocus()

    def new_entry(self) -> None:
        if self._family.available:
            self._open_form(JournalEntry(0, self._family.today(), "", self.filter.currentData()))

    def edit(self) -> None:
        entry_id = self.current_id()
        entry = self._family.journal.entry(entry_id) if entry_id is not None else None
        if entry is not None:
            self._open_form(entry)

    def form_entry(self) -> JournalEntry:
        day = self.date.date()
        return JournalEntry(self.editing or 0, dt.date(day.year(), day.month(), day.day()),
                            self.what_happened.toPlainText(), self.child.currentData(), self.platform.currentData(),
                            self.what_was_done.toPlainText(), self.reports_made.toPlainText(),
                            self.reference_numbers.text())

    def save(self) -> bool:
        if self.editing is None or self.stack.currentWidget() is not self.form_page:
            return False
        entry = self.form_entry()
        try:
            saved = self._family.journal.update(entry) if entry.id else self._family.journal.add(entry)
        except HouseholdError as exc:
            self._show_error(exc)
            return False
        self._close_form()
        self._family.notify()
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == saved.id:
                self.list.setCurrentRow(row)
        self.list.setFocus()
        return True

    def _show_error(self, exc: HouseholdError) -> None:
        """The message next to the form, naming the field as the form does; the parent's text stays as typed."""
        message = exc.message
        name = (exc.field or "").split(".")[-1]
        if name in self.form_labels and message.startswith(exc.field + ":"):
            label = self.form_labels[name].text().replace("&", "").rstrip(":")
            message = label + message[len(exc.field):]
        self.error.setText(message)
        self.error.show()
        widget = self.field_widgets.get(name)
        if widget is not None:
            widget.setFocus()

    def has_unsaved_changes(self) -> bool:
        return self.editing is not None and self.stack.currentWidget() is self.form_page \
            and self.form_entry() != self._opened

    def confirm_leaving(self) -> bool:
        """True when the form may be closed: nothing was changed, or the parent saved or discarded the changes."""
        if not self.has_unsaved_changes():
            return True
        return save_or_discard(self, self.tr("Journal"), self.tr("Save the changes to this journal entry first?"),
                               self.save)

    def cancel(self) -> None:
        """Back to the list (Cancel, Escape); changes are not thrown away without asking."""
        if self.stack.currentWidget() is self.form_page and self.confirm_leaving():
            self.discard_changes()
            self.list.setFocus()

    def discard_changes(self) -> None:
        """Close the form, if it is still open, without saving it."""
        if self.stack.currentWidget() is self.form_page:
            self._close_form()

    def _close_form(self) -> None:
        self.editing, self._opened = None, None
        self.error.hide()
        self.stack.setCurrentWidget(self.browse_page)

    def delete(self) -> None:
        entry_id = self.current_id()
        if entry_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete entry"),
                                      self.tr("Delete this journal entry? This cannot be undone."),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._family.journal.delete(entry_id)
        except HouseholdError as exc:
            QMessageBox.warning(self, self.tr("Journal"), exc.message)
        self._family.notify()

    # export -----------------------------------------------------------------------------------------------
    def _save_pdf(self) -> None:
        if not self._family.available:
            return
        child_id = self.filter.currentData()
        child_name = self._children().get(child_id, "") if child_id is not None else ""
        def write(path: str) -> None:
            language = document_language(self._family.household.household(), self._content.language)
            write_journal_pdf(path, self._family.journal.entries(child_id), self._children(),
                              self._content.titles("platforms", language), language, self._family.today(),
                              child_name)

        save_pdf(self, self.tr("Save the journal as PDF"), self.tr("journal.pdf"), write, self.tr("Journal"))

    # text ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.date.setDisplayFormat(numeric_date_format())
        self.why.setText(self.tr(
            "This journal is optional and private: it stays on this computer, behind your PIN if you set one. Write "
            "down soon after what happened, in your own words: the date, what you did, which reports you made and "
            "their reference numbers. A school or the police may ask for exactly this. The journal keeps words "
            "only, never pictures or files, so that nothing that could hurt a child again is stored here. Keep "
            "screenshots of bullying or threats where you already keep them, and note here where they are."))
        self.never.setText(self.tr(
            "Never save, screenshot or forward sexual images of a child, not even as evidence for the police or the "
            "school: copying or sending them is itself a crime. Write down only where you saw them (the web "
            "address, or the app, account and chat) and report that."))
        self.filter_label.setText(self.tr("&Show:"))
        self.filter.setAccessibleName(self.tr("Whose entries to show"))
        self.list.setAccessibleName(self.tr("Journal entries, newest first"))
        self.list.setAccessibleDescription(self.tr("Press Enter to edit the selected entry, Delete to delete it."))
        self.empty.setText(self.tr("No entries yet. Add one when something happens that you may need to tell a "
                                   "school, a platform or the police about."))
        self.add.setText(self.tr("&New entry"))
        self.edit_button.setText(self.tr("&Edit"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.pdf.setText(self.tr("Save as &PDF…"))
        self.pdf.setAccessibleDescription(self.tr("Saves the entries shown (all, or one child's) as a PDF for a "
                                                  "school or the police."))
        for name, text in zip(FIELDS, (self.tr("&Date:"), self.tr("C&hild:"), self.tr("&App or game:"),
                                       self.tr("&What happened:"), self.tr("What was d&one:"),
                                       self.tr("&Reports made:"), self.tr("Re&ference numbers:")), strict=True):
            self.form_labels[name].setText(text)
            self.field_widgets[name].setAccessibleName(text.replace("&", "").rstrip(":"))
        self.what_happened.setAccessibleDescription(self.tr("Required. Words only: describe what you saw, do not "
                                                            "paste pictures."))
        self.reports_made.setPlaceholderText(self.tr("Where you reported it: the platform, the school, the "
                                                     "police, a hotline"))
        self.save_button.setText(self.tr("&Save entry"))
        self.save_button.setAccessibleDescription(self.tr("Ctrl+Enter saves, Escape cancels."))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.stack.currentWidget() is self.form_page:
            self._fill_choices(self.child.currentData(), self.platform.currentData())
        else:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
