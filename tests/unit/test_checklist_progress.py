"""Checklist totals per platform, summed over the household's devices."""

from __future__ import annotations

import datetime as dt

from guardian.domain.checklists import progress_by_platform
from guardian.domain.household import ChildProgress, Device, DeviceProgress


def _device(device_id: int, child_id: int, platform: str, done: int, total: int) -> DeviceProgress:
    return DeviceProgress(Device(device_id, child_id, platform, f"d{device_id}"), done, total,
                          {f"{platform}/s{n}": dt.date(2026, 1, 1) for n in range(done)})


def test_devices_of_the_same_platform_add_up_across_children():
    children = [ChildProgress(1, (_device(1, 1, "android", 2, 7), _device(2, 1, "tiktok", 0, 5))),
                ChildProgress(2, (_device(3, 2, "android", 7, 7),))]
    assert progress_by_platform(children) == {"android": (9, 14), "tiktok": (0, 5)}


def test_no_devices_no_progress():
    assert progress_by_platform([ChildProgress(1, ())]) == {}
