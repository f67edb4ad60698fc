"""Use cases for the family itself: the household's country and language, children, and their devices.

Each call is one transaction. Values in and out are domain dataclasses; wrong input raises HouseholdError with a
translated message naming the field. Adding a child also starts its review schedule (first review due after the
default interval).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from guardian.domain.household import DEFAULT_REVIEW_MONTHS, Child, Device, HouseholdInfo, Review
from guardian.i18n.text import arg
from guardian.services import household_checks as check
from guardian.services.household_errors import HouseholdError
from guardian.storage.engine import Database
from guardian.storage.household_repo import HouseholdRepo

MAX_CHILDREN = 50
MAX_DEVICES_PER_CHILD = 50


def missing_child(child_id: int) -> HouseholdError:
    return check.not_found(QCoreApplication.translate("Household", "child"), child_id)


def missing_device(device_id: int) -> HouseholdError:
    return check.not_found(QCoreApplication.translate("Household", "device"), device_id)


def too_many_devices() -> HouseholdError:
    return HouseholdError(arg(QCoreApplication.translate(
        "Household", "A child can have at most %1 devices and accounts."), MAX_DEVICES_PER_CHILD))


class HouseholdService:
    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self.today = today

    # the household
    def household(self) -> HouseholdInfo | None:
        with self.db.transaction() as session:
            return HouseholdRepo(session).household()

    def set_household(self, country: str, language: str) -> HouseholdInfo:
        country = check.country(country, "country")
        language = check.language(language, "language")
        with self.db.transaction() as session:
            repo = HouseholdRepo(session)
            repo.save_household(country, language, self.today())
            return repo.household()

    # children
    def children(self) -> list[Child]:
        with self.db.transaction() as session:
            return HouseholdRepo(session).children()

    def child(self, child_id: int) -> Child:
        with self.db.transaction() as session:
            found = HouseholdRepo(session).child(child_id)
        if found is None:
            raise missing_child(child_id)
        return found

    def add_child(self, display_name: str, birth_year: int, birth_date: dt.date | None = None,
                  notes: str = "", devices: Sequence[tuple[str, str]] = ()) -> Child:
        """Add a child, and with it any devices given as (platform id, label): all of it, or nothing."""
        display_name = check.name(display_name, "display_name")
        birth_year, birth_date = check.birth(birth_year, birth_date, "")
        notes = check.text(notes, "notes")
        devices = [(check.platform_id(p, f"devices[{i}].platform_id"), check.name(label, f"devices[{i}].label"))
                   for i, (p, label) in enumerate(devices)]
        if len(devices) > MAX_DEVICES_PER_CHILD:
            raise too_many_devices()
        with self.db.transaction() as session:
            repo = HouseholdRepo(session)
            if len(repo.children()) >= MAX_CHILDREN:
                raise HouseholdError(arg(QCoreApplication.translate(
                    "Household", "A household can have at most %1 children."), MAX_CHILDREN))
            child_id = repo.add_child(display_name, birth_year, birth_date, notes)
            repo.save_review(Review(child_id, self.today(), DEFAULT_REVIEW_MONTHS))
            for platform_id, label in devices:
                repo.add_device(child_id, platform_id, label)
            return repo.child(child_id)

    def update_child(self, child: Child) -> Child:
        display_name = check.name(child.display_name, "display_name")
        birth_year, birth_date = check.birth(child.birth_year, child.birth_date, "")
        clean = replace(child, display_name=display_name, birth_year=birth_year, birth_date=birth_date,
                        notes=check.text(child.notes, "notes"))
        with self.db.transaction() as session:
            if not HouseholdRepo(session).update_child(clean):
                raise missing_child(child.id)
        return clean

    def delete_child(self, child_id: int) -> None:
        """Removes the child's devices, ticks, review and agreements; journal entries stay, no longer linked."""
        with self.db.transaction() as session:
            if not HouseholdRepo(session).delete_child(child_id):
                raise missing_child(child_id)

    # devices
    def devices(self, child_id: int | None = None) -> list[Device]:
        with self.db.transaction() as session:
            return HouseholdRepo(session).devices(child_id)

    def add_device(self, child_id: int, platform_id: str, label: str) -> Device:
        platform_id = check.platform_id(platform_id, "platform_id")
        label = check.name(label, "label")
        with self.db.transaction() as session:
            repo = HouseholdRepo(session)
            if repo.child(child_id) is None:
                raise missing_child(child_id)
            if len(repo.devices(child_id)) >= MAX_DEVICES_PER_CHILD:
                raise too_many_devices()
            return repo.device(repo.add_device(child_id, platform_id, label))

    def update_device(self, device: Device) -> Device:
        """Relabel a device or hand it to another child (its ticks follow). Its platform cannot change: the ticks
        belong to that platform's guide."""
        clean = replace(device, label=check.name(device.label, "label"))
        with self.db.transaction() as session:
            repo = HouseholdRepo(session)
            old = repo.device(device.id)
            if old is None:
                raise missing_device(device.id)
            if repo.child(device.child_id) is None:
                raise missing_child(device.child_id)
            clean = replace(clean, platform_id=old.platform_id)
            repo.update_device(clean)
        return clean

    def delete_device(self, device_id: int) -> None:
        with self.db.transaction() as session:
            if not HouseholdRepo(session).delete_device(device_id):
                raise missing_device(device_id)
