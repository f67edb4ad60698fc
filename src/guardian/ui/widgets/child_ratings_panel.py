"""Your children and ratings: for each child of the household, which labels of the country's rating systems suit
them now and which come next (and when), which platforms' terms allow them an account and from when, and when they
reach the digital age of consent. Rules: domain.child_ages; facts: the content, each with its source."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from guardian.domain.child_ages import child_age, gates, standing
from guardian.i18n.dates import short_date
from guardian.i18n.locales import country_name, long_date
from guardian.i18n.text import arg
from guardian.services.content_service import ContentService
from guardian.services.family import Family
from guardian.ui.sources import source_markdown
from guardian.ui.widgets.markdown_view import MarkdownView

CONSENT = "#consent"  # the gate id of the digital age of consent among the platforms' gates


class ChildRatingsPanel(QWidget):
    def __init__(self, content: ContentService, family: Family, country: str,
                 today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("childRatingsPanel")
        self._content = content
        self._family = family
        self._today = today
        self.country = country
        self.child = QComboBox()
        self.child.setObjectName("childRatingsChild")
        self.child.currentIndexChanged.connect(lambda _: self.render())
        self.caption = QLabel()
        self.caption.setBuddy(self.child)
        form = QFormLayout()
        form.addRow(self.caption, self.child)
        self.text = MarkdownView()
        self.text.setObjectName("childRatingsText")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        family.changed.connect(self.reload)
        family.unlocked_changed.connect(lambda _: self.reload())
        self.retranslate()

    # data -------------------------------------------------------------------------------------------------
    def _children(self) -> list:
        if not self._family.available or not self._family.unlocked:
            return []
        return list(self._family.view().children)

    def reload(self) -> None:
        current = self.child.currentData()
        self.child.blockSignals(True)
        self.child.clear()
        for child in self._children():
            self.child.addItem(child.display_name, child.id)
        self.child.setCurrentIndex(max(self.child.findData(current), 0))
        self.child.blockSignals(False)
        self.child.setEnabled(self.child.count() > 0)
        self.render()

    def choose(self, child_id: int) -> None:
        self.child.setCurrentIndex(max(self.child.findData(child_id), 0))

    # rendering --------------------------------------------------------------------------------------------
    # When an age is reached. `day` is the first day the child is certainly that old: when only the birth year is
    # known, 1 January of the year after the birthday, so the birthday falls "during" the year before.
    def _during(self, day: dt.date) -> str:
        return arg(self.tr("during %1"), day.year - 1)

    def _from(self, day: dt.date, approximate: bool) -> str:
        """For the tables: "from 05.03.2027" (a date in figures needs no case ending after "from" in Latvian or
        Kazakh, as a month's name would) or "during 2026"."""
        return self._during(day) if approximate else arg(self.tr("from %1"), short_date(day))

    def _until(self, day: dt.date, approximate: bool) -> str:
        """In a sentence, between brackets: the date in words, or "during 2026"."""
        return self._during(day) if approximate else long_date(day, self._content.language)

    def render(self) -> None:
        child = next((c for c in self._children() if c.id == self.child.currentData()), None)
        if child is None:
            self.text.set_markdown(self._empty_text())
            return
        today = self._today()
        age = child_age(child.birth_year, child.birth_date, today)
        parts = ["## " + child.display_name]
        if age.approximate:
            parts.append(arg(self.tr("Born in %1, so %2 or %3 years old. Without the birthday, Guardian counts "
                                     "%2 until the year is over: add the date of birth to be exact."),
                             child.birth_year, age.years, age.upper))
        else:
            parts.append(arg(self.tr("%1 years old."), age.years))
        parts += self._ratings(child, age.years, today)
        parts += self._platforms(child, today)
        self.text.set_markdown("\n\n".join(parts))

    def _empty_text(self) -> str:
        if not self._family.available and self._family.notice is not None and self._family.notice.text:
            return self._family.notice.text
        if self._family.available and not self._family.unlocked:
            return self.tr("The family profile is locked with a PIN. Unlock it on the Home or Family page.")
        return self.tr("Add your children in the Family section to see, for each of them, which age labels suit "
                       "them now, which platforms they are old enough for, and when that changes. To check one "
                       "label for any age, use “Is it right for my child?”.")

    def _ratings(self, child, age: int, today: dt.date) -> list[str]:
        country = self._content.items("countries").get(self.country)
        systems = self._content.items("rating_systems")
        ids = [s for s in (country.rating_systems if country else ()) if s in systems]
        if not ids:
            return ["### " + self.tr("Age labels"),
                    self.tr("Choose your country in Settings to see the rating systems used there.")]
        parts = ["### " + arg(self.tr("Age labels used in %1"), country_name(country.code, self._content.language))]
        rows = []
        for sid in ids:
            system = systems[sid]
            place = standing(age, [(lab.code, lab.min_age) for lab in system.labels])
            fits = place.fits or self.tr("none yet")
            if place.next_code is not None:
                gate = gates(child.birth_year, child.birth_date, [(place.next_code, place.next_age)], today)[0]
                if gate.approximate:
                    later = arg(self.tr("%1 during %2"), place.next_code, gate.date.year - 1)
                else:
                    later = arg(self.tr("%1 from %2"), place.next_code, short_date(gate.date))
            else:
                later = self.tr("every label")
            rows.append(f"| {self._content.title('rating_systems', sid)} | {fits} | {later} | "
                        f"{source_markdown(system.source)} |")
        heads = (self.tr("System"), self.tr("Suits now, up to"), self.tr("Next"), self.tr("Source"))
        parts.append("| " + " | ".join(heads) + " |\n|---|---|---|---|\n" + "\n".join(rows))
        parts.append(self.tr("A label says what the content is like, not who your child can meet in it: chat, "
                             "purchases and what other players post are not rated. See the guide for each game "
                             "or app."))
        return parts

    def _platforms(self, child, today: dt.date) -> list[str]:
        platforms = self._content.items("platforms")
        used = {d.platform_id for d in self._family.view().devices if d.child_id == child.id}
        ages = {p.id: p.minimum_age_in(self.country) for p in platforms.values()}
        with_age = [p for p in platforms.values() if ages[p.id] is not None and p.minimum_age_source is not None]
        titles = self._content.titles("platforms")
        order = {pid: place for place, pid in enumerate(titles)}
        with_age.sort(key=lambda p: (p.id not in used, order[p.id]))
        parts = ["### " + self.tr("Minimum ages in the platforms' terms")]
        rows = []
        for gate in gates(child.birth_year, child.birth_date, [(p.id, ages[p.id]) for p in with_age], today):
            platform = platforms[gate.id]
            name = f"**{titles[gate.id]}**" if gate.id in used else titles[gate.id]
            when = self.tr("old enough") if gate.reached else self._from(gate.date, gate.approximate)
            source = source_markdown(platform.minimum_age_source)
            rows.append(f"| {name} | {ages[gate.id]} | {when} | {source} |")
        if rows:
            heads = (self.tr("Platform"), self.tr("Minimum age"), self.tr("Your child"), self.tr("Source"))
            parts.append(self.tr("Platforms your child uses are in bold. Under the minimum age, a child should not "
                                 "have their own account; many platforms offer a supervised or child account."))
            parts.append("| " + " | ".join(heads) + " |\n|---|---|---|---|\n" + "\n".join(rows))
        country = self._content.items("countries").get(self.country)
        if country is not None and country.consent_age is not None and country.consent_source is not None:
            gate = gates(child.birth_year, child.birth_date, [(CONSENT, country.consent_age)], today)[0]
            name = country_name(country.code, self._content.language)
            parts.append("### " + self.tr("The digital age of consent"))
            if gate.reached:
                text = arg(self.tr("In %1 it is %2, and your child has reached it: online services may use their "
                                   "personal data on the basis of their own consent."), name, country.consent_age)
            else:
                text = arg(self.tr("In %1 it is %2. Until then (%3), online services need your consent to use "
                                   "your child's personal data on the basis of consent."),
                           name, country.consent_age, self._until(gate.date, gate.approximate))
            parts.append(text + " " + arg(self.tr("Source: %1"), source_markdown(country.consent_source)))
        return parts

    # language ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.caption.setText(self.tr("&Child:"))
        self.child.setAccessibleName(self.tr("Child"))
        self.text.setAccessibleName(self.tr("Ratings and ages for this child"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
