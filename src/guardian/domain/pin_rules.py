"""The parent PIN's rules: its length, and how long verification is locked after repeated wrong PINs.

After FREE_ATTEMPTS wrong PINs each further wrong one locks verification for LOCK_BASE, doubling every time, up to
LOCK_MAX; a right PIN resets the count. The PIN service (services/pin_service.py) applies them; the PIN dialogs
read them to explain a wait, without loading the service.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MIN_LENGTH, MAX_LENGTH = 4, 64
FREE_ATTEMPTS = 4
LOCK_BASE = dt.timedelta(seconds=30)
LOCK_MAX = dt.timedelta(hours=1)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def lockout_for(failed_attempts: int) -> dt.timedelta | None:
    """How long the lock lasts after this many consecutive wrong PINs (None: no lock yet)."""
    if failed_attempts <= FREE_ATTEMPTS:
        return None
    return min(LOCK_BASE * 2 ** min(failed_attempts - FREE_ATTEMPTS - 1, 20), LOCK_MAX)


@dataclass(frozen=True)
class PinCheck:
    ok: bool
    locked_until: dt.datetime | None = None  # UTC; set when further attempts must wait
    failed_attempts: int = 0

    def wait(self, now: dt.datetime) -> dt.timedelta:
        return max(self.locked_until - now, dt.timedelta(0)) if self.locked_until else dt.timedelta(0)
