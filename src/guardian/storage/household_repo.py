"""The household aggregate in storage: the household row, children, their devices and review schedules.

Repositories work inside a session the caller opened (Database.transaction) and return domain values, never ORM
objects, so nothing outside storage sees SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from guardian.domain.household import Child, Device, HouseholdInfo, Review
from guardian.storage.tables import ChildRow, DeviceRow, HouseholdRow, ReviewRow


def child_value(row: ChildRow) -> Child:
    return Child(row.id, row.display_name, row.birth_year, row.birth_date, row.notes)


def device_value(row: DeviceRow) -> Device:
    return Device(row.id, row.child_id, row.platform_id, row.label)


def review_value(row: ReviewRow) -> Review:
    return Review(row.child_id, row.last_review, row.interval_months)


class HouseholdRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    # household
    def household(self) -> HouseholdInfo | None:
        row = self.session.get(HouseholdRow, 1)
        return HouseholdInfo(row.country, row.language, row.created) if row else None

    def save_household(self, country: str, language: str, created: dt.date) -> None:
        row = self.session.get(HouseholdRow, 1)
        if row is None:
            self.session.add(HouseholdRow(id=1, country=country, language=language, created=created))
        else:
            row.country, row.language = country, language
        self.session.flush()

    # children
    def children(self) -> list[Child]:
        rows = self.session.scalars(select(ChildRow).order_by(ChildRow.id))
        return [child_value(r) for r in rows]

    def child(self, child_id: int) -> Child | None:
        row = self.session.get(ChildRow, child_id)
        return child_value(row) if row else None

    def add_child(self, display_name: str, birth_year: int, birth_date: dt.date | None, notes: str) -> int:
        row = ChildRow(display_name=display_name, birth_year=birth_year, birth_date=birth_date, notes=notes)
        self.session.add(row)
        self.session.flush()
        return row.id

    def update_child(self, child: Child) -> bool:
        row = self.session.get(ChildRow, child.id)
        if row is None:
            return False
        row.display_name, row.birth_year, row.birth_date, row.notes = (
            child.display_name, child.birth_year, child.birth_date, child.notes)
        self.session.flush()
        return True

    def delete_child(self, child_id: int) -> bool:
        """Devices, ticks, review and agreements go with the child; journal entries stay (child becomes NULL)."""
        return self.session.execute(delete(ChildRow).where(ChildRow.id == child_id)).rowcount > 0

    # devices
    def devices(self, child_id: int | None = None) -> list[Device]:
        query = select(DeviceRow).order_by(DeviceRow.id)
        if child_id is not None:
            query = query.where(DeviceRow.child_id == child_id)
        return [device_value(r) for r in self.session.scalars(query)]

    def device(self, device_id: int) -> Device | None:
        row = self.session.get(DeviceRow, device_id)
        return device_value(row) if row else None

    def add_device(self, child_id: int, platform_id: str, label: str) -> int:
        row = DeviceRow(child_id=child_id, platform_id=platform_id, label=label)
        self.session.add(row)
        self.session.flush()
        return row.id

    def update_device(self, device: Device) -> bool:
        row = self.session.get(DeviceRow, device.id)
        if row is None:
            return False
        row.child_id, row.platform_id, row.label = device.child_id, device.platform_id, device.label
        self.session.flush()
        return True

    def delete_device(self, device_id: int) -> bool:
        return self.session.execute(delete(DeviceRow).where(DeviceRow.id == device_id)).rowcount > 0

    # reviews
    def reviews(self) -> list[Review]:
        return [review_value(r) for r in self.session.scalars(select(ReviewRow).order_by(ReviewRow.child_id))]

    def review(self, child_id: int) -> Review | None:
        row = self.session.get(ReviewRow, child_id)
        return review_value(row) if row else None

    def save_review(self, review: Review) -> None:
        row = self.session.get(ReviewRow, review.child_id)
        if row is None:
            self.session.add(ReviewRow(child_id=review.child_id, last_review=review.last_review,
                                       interval_months=review.interval_months))
        else:
            row.last_review, row.interval_months = review.last_review, review.interval_months
        self.session.flush()
