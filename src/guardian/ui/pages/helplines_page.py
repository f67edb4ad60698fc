"""Helplines: the household's country first, any other a choice away; the school's own contacts on top."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from guardian.content.countries import SERVICE_KINDS
from guardian.content.phones import display
from guardian.i18n.locales import country_name
from guardian.i18n.text import arg
from guardian.policy import Contact
from guardian.services.content_service import ContentService
from guardian.ui.widgets.page_header import PageHeader
from guardian.ui.widgets.service_card import ServiceCard


class HelplinesPage(QWidget):
    def __init__(self, content: ContentService, country: str, contacts: tuple[Contact, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helplinesPage")
        self._content = content
        self._contacts = contacts
        self.country_code = country if country in content.items("countries") else ""
        self.cards: list[ServiceCard] = []
        self.header = PageHeader()
        self.country_label = QLabel()
        self.country = QComboBox()
        self.country.setObjectName("helplineCountry")
        self.country_label.setBuddy(self.country)
        self.country.activated.connect(lambda _: self.show_country(self.country.currentData()))
        self.emergency = QLabel()
        self.emergency.setObjectName("emergencyNumbers")
        font = QFont(self.emergency.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.emergency.setFont(font)
        self.emergency.setWordWrap(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.scroll = scroll
        row = QHBoxLayout()
        row.addWidget(self.country_label)
        row.addWidget(self.country, 1)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 16)
        layout.addWidget(self.header)
        layout.addLayout(row)
        layout.addWidget(self.emergency)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def show_country(self, code: str, service_id: str | None = None) -> None:
        self.country_code = code or ""
        index = self.country.findData(self.country_code)
        if index >= 0:
            self.country.setCurrentIndex(index)
        self._render()
        if service_id:
            card = next((c for c in self.cards if c.service.id == service_id), None)
            if card is not None:
                self.scroll.ensureWidgetVisible(card)
                card.setFocus()

    def _clear(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.cards = []

    def _render(self) -> None:
        self._clear()
        language = self._content.language
        if self._contacts:
            title = QLabel(self.tr("Your school"))
            title.setObjectName("schoolContactsTitle")
            self.body_layout.addWidget(title)
            for contact in self._contacts:
                parts = [contact.name, contact.role, contact.phone, contact.email, contact.url]
                label = QLabel(" · ".join(p for p in parts if p))
                label.setWordWrap(True)
                label.setTextInteractionFlags(label.textInteractionFlags()
                                              | label.textInteractionFlags().TextSelectableByMouse)
                self.body_layout.addWidget(label)
        country = self._content.items("countries").get(self.country_code)
        if country is None:
            self.emergency.setText(self.tr("Choose your country to see its helplines."))
            self.body_layout.addStretch(1)
            return
        numbers = []
        names = {"general": self.tr("Emergency"), "police": self.tr("Police"), "ambulance": self.tr("Ambulance")}
        for key in ("general", "police", "ambulance"):
            if key in country.emergency:
                numbers.append(f"{names[key]} {display(country.emergency[key][0], country.code)}")
        self.emergency.setText(arg(self.tr("If a child is in danger now: %1"), "  ·  ".join(numbers)))
        self.emergency.setAccessibleName(self.emergency.text())
        for service in sorted(country.services, key=lambda s: SERVICE_KINDS.index(s.kind)):
            card = ServiceCard(service, country.code, language)
            self.cards.append(card)
            self.body_layout.addWidget(card)
        if not country.services:
            self.body_layout.addWidget(QLabel(self.tr("No helplines are listed for this country yet.")))
        self.body_layout.addStretch(1)

    def retranslate(self) -> None:
        language = self._content.language
        self.header.set_text(self.tr("Helplines and where to report"),
                             self.tr("Who to call or write to, and where to report what you have seen."))
        self.country_label.setText(self.tr("&Country:"))
        self.country.setAccessibleName(self.tr("Country"))
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("Choose a country"), "")
        for name, code in sorted((country_name(c, language), c) for c in self._content.countries()):
            self.country.addItem(name, code)
        self.country.blockSignals(False)
        self.show_country(self.country_code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
