"""Country fact files: emergency numbers, helplines, hotlines and reporting routes, digital age of consent."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from guardian.content.phones import is_dialable
from guardian.content.reader import Reader, Source
from guardian.domain.harms import HARM_IDS

SERVICE_KINDS = (
    "child_helpline", "parent_helpline", "hotline", "police", "safer_internet_centre", "regulator", "support",
)
EMERGENCY_KINDS = ("general", "police", "ambulance")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAYS_RE = re.compile(rf"^({'|'.join(DAYS)})(-({'|'.join(DAYS)}))?$")
_TIME_RE = re.compile(r"^([01]\d|2[0-4]):[0-5]\d$")
_LANG_RE = re.compile(r"^[a-z]{2}$")


@dataclass(frozen=True)
class Hours:
    days: str
    open: str
    close: str


@dataclass(frozen=True)
class Service:
    id: str
    kind: str
    name_local: str
    name_en: str
    source: Source
    phone: str = ""
    sms: str = ""
    chat: str = ""
    web: str = ""
    report_url: str = ""
    email: str = ""
    always_open: bool = False
    hours: tuple[Hours, ...] = ()
    languages: tuple[str, ...] = ()
    free: bool | None = None
    on_phone_bill: bool | None = None
    inhope: bool | None = None
    harms: tuple[str, ...] = ()
    names: tuple[tuple[str, str], ...] = ()  # (language, name) where the service has a name of its own in it

    def name_for(self, language: str) -> str:
        """The service's own name in the reader's language when it has one (Kazakhstan's services are named in
        Kazakh and in Russian), else `name_local`, the name it answers to."""
        return dict(self.names).get(language, self.name_local)

    def english_name_for(self, language: str) -> str:
        """The English name to show beside the service's own: only to a reader of English and only when it adds
        something ("Childline (NSPCC)" is not followed by "(Childline)"). To a reader of Latvian, Kazakh or Russian
        it would be neither the name the service answers to nor their language; the kind of service, shown with it,
        says what it is."""
        own = self.name_for(language)
        return self.name_en if language == "en" and self.name_en.casefold() not in own.casefold() else ""

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind, "name_local": self.name_local,
                               "name_en": self.name_en}
        if self.names:
            out["names"] = dict(self.names)
        for key in ("phone", "sms", "chat", "web", "report_url", "email"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.always_open:
            out["hours"] = "24/7"
        elif self.hours:
            out["hours"] = [{"days": h.days, "open": h.open, "close": h.close} for h in self.hours]
        for key in ("free", "on_phone_bill", "inhope"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        out["languages"] = list(self.languages)
        out["harms"] = list(self.harms)
        out.update(self.source.as_dict())
        return out


@dataclass(frozen=True)
class Country:
    code: str
    source: Source
    emergency: dict[str, tuple[str, Source]] = field(default_factory=dict)
    services: tuple[Service, ...] = ()
    rating_systems: tuple[str, ...] = ()
    consent_age: int | None = None
    consent_law: str = ""
    consent_source: Source | None = None
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            **self.source.as_dict(),
            "emergency": {k: {"phone": p, **s.as_dict()} for k, (p, s) in self.emergency.items()},
            "services": [s.as_dict() for s in self.services],
            "rating_systems": list(self.rating_systems),
        }
        if self.consent_source is not None:
            out["digital_age_of_consent"] = {"age": self.consent_age, "law": self.consent_law,
                                             **self.consent_source.as_dict()}
        return out


def _phone(r: Reader, key: str, country: str, required: bool = False) -> str:
    value = r.text(key, required=required)
    if value and not is_dialable(value, country):
        r.problem(key, f"'{value}' is not a possible phone number in {country} (libphonenumber)")
        return ""
    return value


def _hours(r: Reader) -> tuple[bool, tuple[Hours, ...]]:
    value = r.data.get("hours")
    if value is None:
        return False, ()
    if value == "24/7":
        return True, ()
    if not isinstance(value, list) or not value:
        r.problem("hours", "must be \"24/7\" or a list of { days, open, close } tables")
        return False, ()
    out = []
    for i, item in enumerate(value):
        ok = isinstance(item, dict) and set(item) == {"days", "open", "close"}
        ok = ok and _DAYS_RE.match(str(item["days"])) and all(_TIME_RE.match(str(item[k])) for k in ("open", "close"))
        if not ok:
            r.problem(f"hours[{i}]", "must be { days = \"mon-fri\", open = \"08:00\", close = \"20:00\" }")
            continue
        out.append(Hours(item["days"], item["open"], item["close"]))
    return False, tuple(out)


def _names(r: Reader) -> tuple[tuple[str, str], ...]:
    """`names = { kk = "…", ru = "…" }`: the service's own name in each language it is named in."""
    table = r.table("names")
    if table is None:
        return ()
    out = []
    for language in table.data:
        if not _LANG_RE.match(str(language)):
            table.problem(str(language), "is not a two-letter language code such as kk or ru")
        elif name := table.text(language):
            out.append((language, name))
    return tuple(out)


TALK_KINDS = ("child_helpline", "parent_helpline")  # "Someone to talk to" in a plan
SEXUAL_ABUSE = ("grooming", "sextortion", "intimate_image")


def parse_service(r: Reader, country: str) -> Service:
    r.unknown_keys({"id", "kind", "name_local", "name_en", "names", "phone", "sms", "chat", "web", "report_url",
                    "email", "hours", "languages", "free", "on_phone_bill", "inhope", "harms"})
    always, hours = _hours(r)
    harms = r.strings("harms")
    for harm in harms:
        if harm not in HARM_IDS:
            r.problem("harms", f"'{harm}' is not a harm id")
    service = Service(
        id=r.ident("id"),
        kind=r.choice("kind", SERVICE_KINDS),
        name_local=r.text("name_local"),
        name_en=r.text("name_en"),
        source=r.require_source(),
        phone=_phone(r, "phone", country),
        sms=_phone(r, "sms", country),
        chat=r.url("chat"),
        web=r.url("web"),
        report_url=r.url("report_url"),
        email=r.text("email", required=False),
        always_open=always,
        hours=hours,
        languages=tuple(r.strings("languages", pattern=_LANG_RE)),
        free=r.boolean("free"),
        on_phone_bill=r.boolean("on_phone_bill"),
        inhope=r.boolean("inhope"),
        harms=tuple(h for h in harms if h in HARM_IDS),
        names=_names(r),
    )
    if not (service.phone or service.web or service.report_url or service.chat or service.email):
        r.problem("phone", "a service needs at least a phone, web, report_url, chat or email")
    if service.kind in TALK_KINDS and set(SEXUAL_ABUSE) <= set(service.harms) and "csam" not in service.harms:
        r.problem("harms", "a helpline that takes calls about grooming, sextortion and shared images is also someone "
                           "to talk to for a child who saw or is in abuse images: add 'csam'")
    return service


def parse_country(r: Reader, expected_code: str) -> Country:
    r.unknown_keys({"code", "rating_systems", "digital_age_of_consent", "emergency", "service"})
    code = r.text("code")
    if code and code != expected_code:
        r.problem("code", f"'{code}' does not match the file name {expected_code}")
    code = expected_code
    src = r.source()
    if src.verified is None:
        r.problem("verified", "is missing")
    emergency: dict[str, tuple[str, Source]] = {}
    table = r.table("emergency", required=True)
    if table is not None:
        for key in table.data:
            if key not in EMERGENCY_KINDS:
                table.problem(key, f"is not one of: {', '.join(EMERGENCY_KINDS)}")
                continue
            entry = table.table(key)
            if entry is not None:
                entry.unknown_keys({"phone"})
                phone = _phone(entry, "phone", code, required=True)
                if phone:
                    emergency[key] = (phone, entry.require_source())
        if "general" not in emergency:
            table.problem("general", "the general emergency number is missing")
    consent = r.table("digital_age_of_consent")
    consent_age, law, consent_src = None, "", None
    if consent is not None:
        consent.unknown_keys({"age", "law"})
        consent_age = consent.integer("age", 13, 18, required=False)
        law = consent.text("law", required=False)
        consent_src = consent.require_source()
    services = tuple(parse_service(s, code) for s in r.tables("service"))
    return Country(
        code=code,
        source=src,
        emergency=emergency,
        services=services,
        rating_systems=tuple(r.strings("rating_systems")),
        consent_age=consent_age,
        consent_law=law,
        consent_source=consent_src,
        note=r.text("note", required=False),
    )
