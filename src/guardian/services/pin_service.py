"""The parent PIN: set, verify, change, remove, with growing lockouts after repeated wrong attempts.

The PIN is hashed with argon2id (argon2-cffi); the encoded hash carries its salt and parameters and is rehashed
when the parameters change. After FREE_ATTEMPTS wrong PINs each further wrong one locks verification for
LOCK_BASE, doubling every time, up to LOCK_MAX; a right PIN resets the count. While locked, no PIN is checked.

A forgotten PIN cannot be recovered. The documented way out (docs/household-format.md, "Forgotten PIN") is
DataService.delete_all_data: it erases the household database and its backups; the app's content is untouched.
The PIN guards the app's household pages; it does not encrypt the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from PySide6.QtCore import QCoreApplication

from guardian.domain.pin_rules import MAX_LENGTH, MIN_LENGTH, PinCheck, lockout_for, utc_now
from guardian.i18n.text import arg
from guardian.services.household_errors import HouseholdError
from guardian.storage import household_reader
from guardian.storage.engine import Database
from guardian.storage.pin_repo import PinRepo, PinState


class PinService:
    def __init__(self, db: Database, hasher: PasswordHasher | None = None,
                 now: Callable[[], dt.datetime] = utc_now) -> None:
        self.db = db
        self.hasher = hasher or PasswordHasher()
        self.now = now

    def has_pin(self) -> bool:
        return household_reader.has_pin(self.db)  # the one definition, which Family also uses before the ORM loads

    def set_pin(self, pin: str) -> None:
        """Set the first PIN. Changing an existing one needs the old PIN (change_pin)."""
        self._check_new(pin)
        with self.db.transaction() as session:
            repo = PinRepo(session)
            if repo.state() is not None:
                raise HouseholdError(QCoreApplication.translate(
                    "Household", "A PIN is already set; change it with the current PIN."))
            repo.save(PinState(self.hasher.hash(pin), 0, None))

    def verify(self, pin: str) -> PinCheck:
        """Check a PIN. With no PIN set every attempt is accepted."""
        with self.db.transaction() as session:
            repo = PinRepo(session)
            state = repo.state()
            if state is None:
                return PinCheck(True)
            now = self.now()
            if state.locked_until is not None and state.locked_until > now:
                return PinCheck(False, state.locked_until, state.failed_attempts)
            if self._matches(state.hash, pin):
                new_hash = self.hasher.hash(pin) if self.hasher.check_needs_rehash(state.hash) else state.hash
                repo.save(PinState(new_hash, 0, None))
                return PinCheck(True)
            failed = state.failed_attempts + 1
            lock = lockout_for(failed)
            locked_until = now + lock if lock else None
            repo.save(PinState(state.hash, failed, locked_until))
            return PinCheck(False, locked_until, failed)

    def change_pin(self, old: str, new: str) -> PinCheck:
        self._check_new(new)
        result = self.verify(old)
        if result.ok:
            with self.db.transaction() as session:
                PinRepo(session).save(PinState(self.hasher.hash(new), 0, None))
        return result

    def remove_pin(self, pin: str) -> PinCheck:
        result = self.verify(pin)
        if result.ok:
            with self.db.transaction() as session:
                PinRepo(session).remove()
        return result

    def _matches(self, encoded: str, pin: str) -> bool:
        try:
            return self.hasher.verify(encoded, pin)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    @staticmethod
    def _check_new(pin: str) -> None:
        if not isinstance(pin, str) or not MIN_LENGTH <= len(pin) <= MAX_LENGTH or pin.strip() != pin:
            raise HouseholdError(arg(QCoreApplication.translate(
                "Household", "A PIN must have %1 to %2 characters, without spaces at either end."),
                MIN_LENGTH, MAX_LENGTH), "pin")
