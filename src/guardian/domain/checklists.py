"""Checklist progress: how far a device, a child and the household got with each guide (for Home, the guides list
and the checklist in a guide), from the stored ticks and each guide's steps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from guardian.domain.household import ChildProgress, Device, DeviceProgress, Tick, step_key


def progress_by_platform(children: Iterable[ChildProgress]) -> dict[str, tuple[int, int]]:
    """(done, total) per platform id, summed over every device of every child that uses that platform."""
    found: dict[str, tuple[int, int]] = {}
    for child in children:
        for device in child.devices:
            done, total = found.get(device.device.platform_id, (0, 0))
            found[device.device.platform_id] = (done + device.done, total + device.total)
    return found


def device_progress(device: Device, ticks: Sequence[Tick], steps: Sequence[str]) -> DeviceProgress:
    """How many of a guide's steps (bare or qualified ids) are ticked for the device; ticks for steps no longer in
    the guide are not counted."""
    wanted = [step_key(device.platform_id, s) for s in dict.fromkeys(steps)]
    done = device_ticks(device.id, ticks)
    ticked = {s: done[s] for s in wanted if s in done}
    return DeviceProgress(device, len(ticked), len(wanted), ticked)


def child_progress(child_id: int, devices: Iterable[Device], ticks: Sequence[Tick],
                   steps_by_platform: Mapping[str, Sequence[str]]) -> ChildProgress:
    """Progress over every device of the child; a platform missing from the mapping has no steps."""
    return ChildProgress(child_id, tuple(device_progress(d, ticks, steps_by_platform.get(d.platform_id, ()))
                                         for d in devices if d.child_id == child_id))


def device_ticks(device_id: int, ticks: Iterable[Tick]) -> dict[str, dt.date]:
    """step id -> the day it was ticked, for one device."""
    return {t.step_id: t.ticked for t in ticks if t.device_id == device_id}
