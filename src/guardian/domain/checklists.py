"""Checklist totals across devices: how far the household got with each guide (for the guides list and Home)."""

from __future__ import annotations

from collections.abc import Iterable

from guardian.domain.household import ChildProgress


def progress_by_platform(children: Iterable[ChildProgress]) -> dict[str, tuple[int, int]]:
    """(done, total) per platform id, summed over every device of every child that uses that platform."""
    found: dict[str, tuple[int, int]] = {}
    for child in children:
        for device in child.devices:
            done, total = found.get(device.device.platform_id, (0, 0))
            found[device.device.platform_id] = (done + device.done, total + device.total)
    return found
