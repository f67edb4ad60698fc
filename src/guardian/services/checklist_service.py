"""Use cases for the guide checklists: tick and untick a step for a device, and progress per device and child.

Services never read content files: the caller passes each platform's step list (the `steps` of
resources/facts/platforms/<id>.toml, bare ids such as "set-app-limits"). Stored ticks use qualified ids
("android/set-app-limits"); a tick for a step no longer in the guide is kept but not counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from guardian.domain.checklists import child_progress, device_progress
from guardian.domain.household import ChildProgress, DeviceProgress, Tick, step_key
from guardian.services import household_checks as check
from guardian.services.household_service import missing_child, missing_device
from guardian.storage.checklist_repo import ChecklistRepo
from guardian.storage.engine import Database
from guardian.storage.household_repo import HouseholdRepo


class ChecklistService:
    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self.today = today

    def tick(self, device_id: int, step: str, day: dt.date | None = None) -> Tick:
        """Mark a step done (on `day`, today by default). `step` may be bare or qualified."""
        day = check.date(day or self.today(), "ticked")
        with self.db.transaction() as session:
            device = HouseholdRepo(session).device(device_id)
            if device is None:
                raise missing_device(device_id)
            step_id = check.step_id(step_key(device.platform_id, step), "step_id", device.platform_id)
            ChecklistRepo(session).tick(device.child_id, device.id, step_id, day)
            return Tick(device.child_id, device.id, step_id, day)

    def untick(self, device_id: int, step: str) -> bool:
        with self.db.transaction() as session:
            device = HouseholdRepo(session).device(device_id)
            if device is None:
                raise missing_device(device_id)
            return ChecklistRepo(session).untick(device_id, step_key(device.platform_id, step))

    def ticks(self, device_id: int) -> dict[str, dt.date]:
        with self.db.transaction() as session:
            return {t.step_id: t.ticked for t in ChecklistRepo(session).ticks(device_id=device_id)}

    def device_progress(self, device_id: int, steps: Sequence[str]) -> DeviceProgress:
        with self.db.transaction() as session:
            device = HouseholdRepo(session).device(device_id)
            if device is None:
                raise missing_device(device_id)
            return device_progress(device, ChecklistRepo(session).ticks(device_id=device_id), steps)

    def child_progress(self, child_id: int, steps_by_platform: Mapping[str, Sequence[str]]) -> ChildProgress:
        """Progress over every device of the child; a platform missing from the mapping has no steps."""
        with self.db.transaction() as session:
            repo = HouseholdRepo(session)
            if repo.child(child_id) is None:
                raise missing_child(child_id)
            ticks = ChecklistRepo(session).ticks(child_id=child_id)
            devices = repo.devices(child_id)
        return child_progress(child_id, devices, ticks, steps_by_platform)
