"""An action plan as Markdown in the parent's language: shown in the app, printed, saved as PDF, or printed by
`guardian plan`. Every number and address carries the date it was checked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from guardian.content.countries import Service
from guardian.content.phones import display
from guardian.i18n.locales import country_name, long_date
from guardian.i18n.text import arg
from guardian.policy import Contact
from guardian.services.document_text import escape
from guardian.services.plan_service import Plan

translate = QCoreApplication.translate


def _service_line(service: Service, country: str, language: str) -> str:
    english = service.english_name_for(language)
    name = f"{service.name_for(language)} ({english})" if english else service.name_for(language)
    parts = [f"**{name}**"]
    if service.phone:
        parts.append(arg(translate("Plan", "phone %1"), display(service.phone, country)))
    for url in dict.fromkeys(u for u in (service.report_url or service.web, service.chat) if u):
        parts.append(f"<{url}>")
    if service.email:
        parts.append(service.email)
    checked = long_date(service.source.verified, language) if service.source.verified else "?"
    line = "- " + " · ".join(parts) + " · " + arg(translate("Plan", "checked %1"), checked)
    if not service.source.confirmed:
        line += " · *" + translate("Plan", "not confirmed: check before relying on it") + "*"
    return line


def _taken_at(age: str) -> str:
    """Whose pictures a removal service takes: a parent must not send a child's pictures to one for adults."""
    if age == "under-18":
        return translate("Plan", "for pictures taken before the age of 18")
    if age == "18-plus":
        return "*" + translate("Plan", "only for pictures taken at 18 or older, never for a child's") + "*"
    return ""


def _contact_line(contact: Contact) -> str:
    """One of the school's own contacts (from its policy file), as the school wrote it."""
    name = f"**{escape(contact.name)}**" + (f" ({escape(contact.role)})" if contact.role else "")
    parts = [name]
    if contact.phone:
        parts.append(arg(translate("Plan", "phone %1"), escape(contact.phone)))
    if contact.email:
        parts.append(escape(contact.email))
    if contact.url:
        parts.append(f"<{contact.url}>")
    return "- " + " · ".join(parts)


def render_markdown(plan: Plan, language: str, school: Sequence[Contact] = ()) -> str:
    """The plan; `school` are the contacts a school's policy adds, offered first under "Someone to talk to"."""
    code = plan.country.code
    prose = plan.prose
    title = prose.title if prose else plan.harm.id
    made = long_date(plan.created, language)
    if plan.elsewhere:
        intro = arg(translate("Plan", "Plan made on %1. Guardian has no list of your country's helplines and "
                                      "reporting routes, so it shows what to do and the services that work "
                                      "everywhere."), made)
    else:
        intro = arg(translate("Plan", "Plan made on %1 for %2."), made, country_name(code, language))
    out = [f"# {title}", intro]
    if prose is not None and prose.fallback:
        out.append("*" + translate("Plan", "This guidance is not yet translated; it is shown in English.") + "*")
    if plan.emergency:
        out.append("**" + arg(translate("Plan", "If a child is in immediate danger, call %1 now."),
                              display(plan.emergency, code)) + "**")
    elif plan.elsewhere:
        out.append("**" + translate("Plan", "If a child is in immediate danger, call your local emergency number "
                                            "now.") + "**")
    step = 0

    def heading(text: str) -> None:
        nonlocal step
        step += 1
        out.append(f"## {step}. {text}")

    heading(translate("Plan", "Keep your child safe and talk"))
    out.append(str(prose.meta.get("first", "")) if prose else "")
    heading(translate("Plan", "Evidence"))
    if not plan.keep_evidence:
        out.append("**" + translate("Plan", "Do not screenshot, download, save or forward this material, not even "
                                            "to the police or the school. Write down only where you saw it (the "
                                            "web address, or the app and the username) and report that.") + "**")
    if prose and prose.meta.get("evidence"):
        out.append(str(prose.meta["evidence"]))
    if plan.harm.report_platform:
        heading(translate("Plan", "Report it where it happened"))
        if plan.platform is not None:
            out.append(arg(translate("Plan", "Report it in %1 and block the person or account. Guardian's %1 "
                                             "guide shows how."), plan.platform_title))
            link = plan.platform.links.get("report") or plan.platform.links.get("help")
            if link:
                out.append(f"<{link}>")
        else:
            out.append(translate("Plan", "Report it in the app, game or website where it happened, with its "
                                         "report button, and block the person or account."))
    heading(translate("Plan", "Report it"))
    if plan.reports:
        out.extend(_service_line(s, code, language) for s in plan.reports)
    elif plan.elsewhere:
        out.append(translate("Plan", "Call the police if a crime may have happened."))
    else:
        out.append(translate("Plan", "No reporting route for this is listed for your country yet. Call the "
                                     "police if a crime may have happened."))
    if plan.also:
        heading(translate("Plan", "More help and advice"))
        out.extend(_service_line(s, code, language) for s in plan.also)
    if plan.removal:
        heading(translate("Plan", "Getting pictures removed"))
        out.append(translate("Plan", "These free services help stop intimate pictures being shared on the "
                                     "platforms that take part. The picture never leaves your device."))
        for service in plan.removal:
            checked = long_date(service.source.verified, language) if service.source.verified else "?"
            parts = [f"**{service.name}**", _taken_at(service.taken_at), f"<{service.report_url or service.web}>",
                     arg(translate("Plan", "checked %1"), checked)]
            out.append("- " + " · ".join(part for part in parts if part))
    heading(translate("Plan", "Someone to talk to"))
    if school:
        out.append(translate("Plan", "Your school:"))
        out.extend(_contact_line(contact) for contact in school)
        out.append(translate("Plan", "Helplines:"))
    if plan.helplines:
        out.extend(_service_line(s, code, language) for s in plan.helplines)
    elif plan.elsewhere:
        out.append(translate("Plan", "Your child's school or doctor can tell you which child helpline or "
                                     "parent helpline serves your area."))
    elif any(s.kind in plan.harm.helplines for s in plan.country.services):
        out.append(translate("Plan", "No helpline for this is listed for your country yet. Your country's other "
                                     "helplines are in the Helplines section."))
    else:
        out.append(translate("Plan", "No helpline is listed for your country yet."))
    heading(translate("Plan", "Afterwards"))
    out.append(translate("Plan", "Tell the school if other pupils are involved. Check in with your child over the "
                                 "next days, and get support for yourself too. Write down what happened, what "
                                 "you did and any report numbers."))
    if prose is not None:
        out.append(prose.body)
    return "\n\n".join(part for part in out if part)
