"""The one error household services raise for something a parent did or gave: its text is already translated."""

from __future__ import annotations


class HouseholdError(Exception):
    """A problem the UI shows as is. `field` names the offending field (e.g. "children[2].birth_year") when there
    is one, so a form can highlight it and a file import can say where to look."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message
