"""One helpline or reporting route: what it is for, the number large with a copy button and a scan-to-call QR code,
hours and languages in the parent's language, the web route (opened only after asking), and its source."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from guardian.content.countries import DAYS, Service
from guardian.content.phones import display, tel_uri
from guardian.i18n.locales import day_names_abbreviated, format_list, language_name, long_date
from guardian.i18n.text import arg
from guardian.ui.sources import readable_address
from guardian.ui.widgets import links
from guardian.ui.widgets.qr_code import QrCode

KINDS = {
    "child_helpline": (
        QT_TRANSLATE_NOOP("ServiceKinds", "Helpline for children and young people"),
        QT_TRANSLATE_NOOP(
            "ServiceKinds",
            "Children and teenagers can talk here about anything that worries them, including what happens online.",
        ),
    ),
    "parent_helpline": (
        QT_TRANSLATE_NOOP("ServiceKinds", "Helpline for parents"),
        QT_TRANSLATE_NOOP(
            "ServiceKinds", "Parents and carers can get advice about their child's safety and wellbeing."
        ),
    ),
    "hotline": (
        QT_TRANSLATE_NOOP("ServiceKinds", "Report illegal content"),
        QT_TRANSLATE_NOOP(
            "ServiceKinds",
            "Report child sexual abuse material and other illegal content "
            "found online. Give the web address; never send the material.",
        ),
    ),
    "police": (
        QT_TRANSLATE_NOOP("ServiceKinds", "Police"),
        QT_TRANSLATE_NOOP(
            "ServiceKinds", "Report crimes such as grooming, threats to share images, extortion and fraud."
        ),
    ),
    "safer_internet_centre": (
        QT_TRANSLATE_NOOP("ServiceKinds", "Safer Internet Centre"),
        QT_TRANSLATE_NOOP("ServiceKinds", "Advice for families and schools about children's safety online."),
    ),
    "regulator": (
        QT_TRANSLATE_NOOP("ServiceKinds", "Regulator"),
        QT_TRANSLATE_NOOP("ServiceKinds", "Takes complaints about online services and harmful content."),
    ),
    "support": (
        QT_TRANSLATE_NOOP("ServiceKinds", "Support service"),
        QT_TRANSLATE_NOOP("ServiceKinds", "Help and advice."),
    ),
}


# What a police service or a hotline takes reports of, in a few words each: its card names the service's own
# `harms`, so that a child-exploitation unit is not offered for fraud, nor a fraud centre for grooming.
CRIMES = {
    "csam": QT_TRANSLATE_NOOP("Crimes", "child sexual abuse material"),
    "grooming": QT_TRANSLATE_NOOP("Crimes", "grooming"),
    "sextortion": QT_TRANSLATE_NOOP("Crimes", "sextortion"),
    "intimate_image": QT_TRANSLATE_NOOP("Crimes", "sharing a child's intimate images"),
    "cyberbullying": QT_TRANSLATE_NOOP("Crimes", "threats and harassment online"),
    "hate": QT_TRANSLATE_NOOP("Crimes", "hate crime"),
    "self_harm": QT_TRANSLATE_NOOP("Crimes", "encouraging self-harm or suicide"),
    "violent_extreme": QT_TRANSLATE_NOOP("Crimes", "terrorist and violent extremist content"),
    "scams": QT_TRANSLATE_NOOP("Crimes", "fraud"),
    "privacy": QT_TRANSLATE_NOOP("Crimes", "misuse of personal data"),
    "hacked_account": QT_TRANSLATE_NOOP("Crimes", "hacking"),
    "dangerous_challenge": QT_TRANSLATE_NOOP("Crimes", "dangerous challenges"),
}

translate = QCoreApplication.translate


def kind_title(kind: str) -> str:
    return QCoreApplication.translate("ServiceKinds", KINDS.get(kind, ("", ""))[0])


def kind_description(kind: str) -> str:
    return QCoreApplication.translate("ServiceKinds", KINDS.get(kind, ("", ""))[1])


def description(service: Service, language: str) -> str:
    """What the service is for: a police service or a hotline names what it takes reports of (its `harms`), every
    other kind says what services of its kind do."""
    if service.kind in ("police", "hotline") and service.harms:
        crimes = format_list([translate("Crimes", CRIMES[h]) for h in CRIMES if h in service.harms], language)
        if service.kind == "police":
            return arg(translate("ServiceCard", "Report crimes, for example: %1."), crimes)
        return arg(translate("ServiceCard", "Report illegal content found online, for example: %1. Give the web "
                                            "address; never send the material."), crimes)
    return kind_description(service.kind)


def hours_text(service: Service, language: str) -> str:
    if service.always_open:
        return translate("ServiceCard", "Open 24 hours, every day")
    if not service.hours:
        return ""
    names = day_names_abbreviated(language)

    def day(code: str) -> str:
        return names[DAYS.index(code)]

    parts = []
    for h in service.hours:
        first, _, last = h.days.partition("-")
        days = f"{day(first)}–{day(last)}" if last else day(first)
        parts.append(f"{days} {h.open}–{h.close}")
    return arg(translate("ServiceCard", "Open: %1 (local time)"), "; ".join(parts))


class ServiceCard(QFrame):
    def __init__(self, service: Service, country: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName(f"service-{service.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(service.name_for(language))
        self.setAccessibleDescription(kind_title(service.kind))

        kind = QLabel(kind_title(service.kind).upper())
        name = QLabel(service.name_for(language))
        font = QFont(name.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        name.setFont(font)
        name.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(kind)
        text.addWidget(name)
        if english_name := service.english_name_for(language):
            english = QLabel(english_name)
            english.setWordWrap(True)
            text.addWidget(english)
        about = QLabel(description(service, language))
        about.setWordWrap(True)
        text.addWidget(about)
        details = [hours_text(service, language)]
        if service.languages:
            details.append(
                arg(
                    translate("ServiceCard", "Languages: %1"),
                    ", ".join(language_name(c, language) for c in service.languages),
                )
            )
        if service.free:
            details.append(translate("ServiceCard", "Free to call"))
        elif service.free is False:
            details.append(translate("ServiceCard", "Calls cost what your phone operator charges"))
        if service.on_phone_bill is False:
            details.append(translate("ServiceCard", "Does not appear on the phone bill"))
        if service.sms:
            details.append(arg(translate("ServiceCard", "Text message: %1"), display(service.sms, country)))
        if service.email:
            details.append(arg(translate("ServiceCard", "E-mail: %1"), service.email))
        for line in filter(None, details):
            label = QLabel(line)
            label.setWordWrap(True)
            label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)  # to copy an address
            text.addWidget(label)
        buttons = QHBoxLayout()
        for url, caption in (
            (service.report_url, translate("ServiceCard", "Report online")),
            (service.chat, translate("ServiceCard", "Chat online")),
            (f"mailto:{service.email}" if service.email else "", translate("ServiceCard", "Write an e-mail")),
            (service.web, translate("ServiceCard", "Website")),
        ):
            if url:
                button = QPushButton(caption)
                button.setToolTip(url)
                button.setAccessibleDescription(url)
                button.clicked.connect(lambda _=False, u=url: links.open_external(self, u))
                buttons.addWidget(button)
        buttons.addStretch(1)
        text.addLayout(buttons)
        if not service.source.confirmed:
            warning = QLabel(
                translate(
                    "ServiceCard", "Not confirmed: please check this on the service's own website before relying on it."
                )
            )
        elif service.source.confidence != "high":
            warning = QLabel(
                translate(
                    "ServiceCard", "The sources for this are old or disagree: check on the service's own website."
                )
            )
        else:
            warning = None
        if warning is not None:
            warning.setWordWrap(True)
            warning.setObjectName("sourceWarning")
            text.addWidget(warning)
        checked = long_date(service.source.verified, language) if service.source.verified else "?"
        source = QLabel(arg(translate("ServiceCard", "Source: %1 · checked %2"), readable_address(service.source.url),
                            checked))
        source.setWordWrap(True)
        source.setTextInteractionFlags(
            source.textInteractionFlags() | source.textInteractionFlags().TextSelectableByMouse
        )
        text.addWidget(source)
        text.addStretch(1)  # when the number and QR code make the card taller, the text stays together at the top

        grid = QGridLayout(self)
        grid.addLayout(text, 0, 0)
        grid.setColumnStretch(0, 1)
        side = QVBoxLayout()
        self.qr = QrCode()
        if service.phone:
            self.phone_text = display(service.phone, country)
            number = QLabel(self.phone_text)
            number.setObjectName("phoneNumber")
            big = QFont(number.font())
            big.setPointSizeF(big.pointSizeF() * 2.0)
            big.setBold(True)
            number.setFont(big)
            number.setAccessibleName(arg(translate("ServiceCard", "Phone number %1"), self.phone_text))
            copy = QPushButton(translate("ServiceCard", "Copy number"))
            copy.setAccessibleName(arg(translate("ServiceCard", "Copy the number %1"), self.phone_text))
            copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.phone_text))
            self.copy_button = copy
            self.qr.set_payload(tel_uri(service.phone, country))
            self.qr.setAccessibleName(arg(translate("ServiceCard", "QR code to call %1 from a phone"), self.phone_text))
            caption = translate("ServiceCard", "Scan with a phone to call")
            side.addWidget(number)
            side.addWidget(copy)
        else:
            self.phone_text = ""
            url = service.report_url or service.web or service.chat
            self.qr.set_payload(url)
            self.qr.setAccessibleName(arg(translate("ServiceCard", "QR code to open %1 on a phone"), url))
            caption = translate("ServiceCard", "Scan with a phone to open")
        if self.qr.payload:
            side.addWidget(self.qr)
            side.addWidget(QLabel(caption))
        side.addStretch(1)
        grid.addLayout(side, 0, 1)
