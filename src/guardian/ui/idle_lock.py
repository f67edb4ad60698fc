"""Home and Family lock again by themselves when nobody has used Guardian for a while.

A parent who unlocks them and then leaves the computer would otherwise leave the children's details and the journal
open to whoever sits down next. While a parent PIN is set and the pages are open, any key, click, wheel turn or
touch in Guardian restarts the count; after IDLE_MINUTES without one, Home and Family lock as with Ctrl+L. What was
being typed stays where it was, behind the lock screen.

The application-wide event filter that watches for input is installed only while there is something to lock, so at
all other times no event passes through Python.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from guardian.services.family import Family

IDLE_MINUTES = 5
INPUT = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
})


class IdleLock(QObject):
    def __init__(self, family: Family, idle_ms: int = IDLE_MINUTES * 60_000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._family = family
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self._lock)
        self._watching = False
        family.unlocked_changed.connect(lambda _: self.update())
        family.changed.connect(self.update)  # a PIN set or removed, the household opened or deleted
        self.update()

    @property
    def watching(self) -> bool:
        return self._watching

    def update(self) -> None:
        """Watch for input exactly while a PIN is set and Home and Family are open."""
        watch = self._family.has_pin() and self._family.unlocked
        if watch == self._watching:
            return
        self._watching = watch
        app = QCoreApplication.instance()
        if watch:
            app.installEventFilter(self)
            self._timer.start()
        else:
            app.removeEventFilter(self)
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT:
            self._timer.start()  # restarts the count
        return False

    def _lock(self) -> None:
        if self._family.has_pin():
            self._family.set_unlocked(False)
