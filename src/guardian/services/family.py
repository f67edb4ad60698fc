"""The household as the running app sees it: one object that opens the database, hands out the use-case services,
and tells every page when the household changed (so Home, the guides' checklists and the Family pages stay in step).

Pages receive this object; they never touch the database or a session. `available` is False when the household
data could not be opened (newer version, in use, failed): the pages then show `notice.text` instead of their
content, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from guardian.i18n.text import arg
from guardian.paths import Paths
from guardian.services.household_errors import HouseholdError

if TYPE_CHECKING:  # imported on first use: the app creates Family before its first frame, SQLAlchemy comes after
    import datetime as dt

    from guardian.domain.household import HouseholdView
    from guardian.services.agreement_service import AgreementService
    from guardian.services.checklist_service import ChecklistService
    from guardian.services.data_service import DataService, StartupNotice
    from guardian.services.household_service import HouseholdService
    from guardian.services.journal_service import JournalService
    from guardian.services.pin_service import PinService
    from guardian.services.review_service import ReviewService
    from guardian.services.transfer_service import TransferService


def _system_today() -> dt.date:
    import datetime  # not before the first frame (DESIGN.md section 5)

    return datetime.date.today()


class Family(QObject):
    """Emits `changed` after every write made through `notify()`, and after open, import and delete-all."""

    changed = Signal()
    unlocked_changed = Signal(bool)

    def __init__(self, paths: Paths, today: Callable[[], dt.date] = _system_today, parent: QObject | None = None):
        super().__init__(parent)
        self.paths = paths
        self.today = today
        self._data: DataService | None = None
        self.notice: StartupNotice | None = None
        self._unlocked = False
        self._services: dict[str, object] = {}

    @property
    def data(self) -> DataService:
        if self._data is None:
            from guardian.services.data_service import DataService

            self._data = DataService(self.paths)
        return self._data

    # opening and closing

    def open(self) -> StartupNotice:
        """Open the household data (never raises); the notice says what the parent should be told, if anything."""
        self._services.clear()
        self.notice = self.data.open()
        try:
            self._unlocked = not self.has_pin()
        except HouseholdError:  # unreadable right after opening: keep the household locked rather than open
            self._unlocked = False
        self.changed.emit()
        return self.notice

    @property
    def is_open(self) -> bool:
        return self.notice is not None

    @property
    def available(self) -> bool:
        if self._data is None or self._data.db is None:
            return False
        from guardian.services.data_service import Level

        return self.notice is None or self.notice.level is not Level.ERROR

    def close(self) -> None:
        self._services.clear()
        if self._data is not None:
            self._data.close()

    def delete_all(self) -> None:
        """"Delete all my data": removes every household file, then starts again with an empty database."""
        self._services.clear()
        try:
            self.data.delete_all_data()
        finally:
            self.open()

    # services (created on first use, tied to the open database)

    def _service(self, name: str, make: Callable[[], object]):
        if self.data.db is None:
            raise RuntimeError("household data is not open")
        if name not in self._services:
            self._services[name] = make()
        return self._services[name]

    @property
    def household(self) -> HouseholdService:
        from guardian.services.household_service import HouseholdService

        return self._service("household", lambda: HouseholdService(self.data.db, self.today))

    @property
    def checklists(self) -> ChecklistService:
        from guardian.services.checklist_service import ChecklistService

        return self._service("checklists", lambda: ChecklistService(self.data.db, self.today))

    @property
    def reviews(self) -> ReviewService:
        from guardian.services.review_service import ReviewService

        return self._service("reviews", lambda: ReviewService(self.data.db, self.today))

    @property
    def agreements(self) -> AgreementService:
        from guardian.services.agreement_service import AgreementService

        return self._service("agreements", lambda: AgreementService(self.data.db, self.today))

    @property
    def journal(self) -> JournalService:
        from guardian.services.journal_service import JournalService

        return self._service("journal", lambda: JournalService(self.data.db))

    @property
    def pin(self) -> PinService:
        from guardian.services.pin_service import PinService

        return self._service("pin", lambda: PinService(self.data.db))

    @property
    def transfer(self) -> TransferService:
        from guardian.services.transfer_service import TransferService

        return self._service("transfer", lambda: TransferService(self.data.db, self.paths.backups))

    # reading without SQLAlchemy

    def view(self) -> HouseholdView:
        """The household as Home shows it, read with plain sqlite3 so that showing it does not load SQLAlchemy
        (storage/household_reader.py). Raises HouseholdError, translated, when the data cannot be read."""
        from guardian.storage.household_reader import read_view

        return self._read(read_view)

    def _read(self, reader: Callable):
        import sqlite3

        if not self.available:
            raise RuntimeError("household data is not open")
        try:
            return reader(self.data.db)
        except (sqlite3.Error, ValueError) as exc:
            raise HouseholdError(arg(QCoreApplication.translate(
                "Household", "Guardian could not read your household data (%1). Nothing was changed. Close "
                "Guardian and start it again: at start it checks the data and, if the file is damaged, restores "
                "the newest backup."), str(exc))) from exc

    # convenience for pages

    def has_household(self) -> bool:
        if not self.available:
            return False
        view = self.view()
        return view.household is not None or bool(view.children)

    def has_pin(self) -> bool:
        from guardian.storage import household_reader

        return self.available and self._read(household_reader.has_pin)

    @property
    def unlocked(self) -> bool:
        """True when no PIN is set, or the parent entered it in this session."""
        return self._unlocked or not self.has_pin()

    def set_unlocked(self, unlocked: bool) -> None:
        if unlocked != self._unlocked:
            self._unlocked = unlocked
            self.unlocked_changed.emit(unlocked)

    def notify(self) -> None:
        """Call after a write so every page showing household data refreshes."""
        self.changed.emit()
