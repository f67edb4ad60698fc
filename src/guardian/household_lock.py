"""One Guardian at a time on a household: the running app holds a lock file in the data folder.

Two windows on the same household would each show what was there when they opened it, and the one saved last would
overwrite what the other saved (an agreement, a journal entry). A second start therefore says that Guardian is
already open and stops, and `guardian household import` waits until the app is closed. The lock is Qt's QLockFile:
it holds the process id, so a lock left by a Guardian that crashed or was killed is taken over at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QLockFile

from guardian.paths import Paths

LOCK_FILE = "guardian.lock"


def claim(paths: Paths) -> tuple[QLockFile, bool]:
    """(the lock, False when another running Guardian holds it). When the folder cannot be written the lock is not
    held but the answer is True: nothing could be saved there anyway, and the household says why."""
    lock = QLockFile(str(paths.data / LOCK_FILE))
    lock.setStaleLockTime(0)  # never stale by age: only when the process that holds it has ended
    if lock.tryLock(0):
        return lock, True
    return lock, lock.error() != QLockFile.LockError.LockFailedError
