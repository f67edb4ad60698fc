"""The platforms as a list model for the Guides grid: title and summary in the current language, category, id, and
how far the household's checklists for that platform are (when a child's device uses it)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QCoreApplication, QModelIndex, Qt

from guardian.i18n.text import arg

CATEGORY_NAMES = {
    "os": QT_TRANSLATE_NOOP("Categories", "Phones, tablets and computers"),
    "console": QT_TRANSLATE_NOOP("Categories", "Games consoles"),
    "games": QT_TRANSLATE_NOOP("Categories", "Games and game stores"),
    "app": QT_TRANSLATE_NOOP("Categories", "Apps and social media"),
    "device": QT_TRANSLATE_NOOP("Categories", "Connected devices"),
    "web": QT_TRANSLATE_NOOP("Categories", "Browsers and search"),
    "network": QT_TRANSLATE_NOOP("Categories", "Home network and operators"),
}


def category_name(category: str) -> str:
    return QCoreApplication.translate("Categories", CATEGORY_NAMES.get(category, category))


@dataclass(frozen=True)
class GuideRow:
    id: str
    title: str
    summary: str
    category: str
    fallback: bool


def progress_text(done: int, total: int) -> str:
    return arg(QCoreApplication.translate("GuidesModel", "Your checklist: %1 of %2 done"), done, total)


class GuidesModel(QAbstractListModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    TitleRole = Qt.ItemDataRole.UserRole + 4
    CategoryRole = Qt.ItemDataRole.UserRole + 2
    SummaryRole = Qt.ItemDataRole.UserRole + 3
    ProgressRole = Qt.ItemDataRole.UserRole + 5  # (done, total) or None when no household device uses the platform

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[GuideRow] = []
        self._progress: dict[str, tuple[int, int]] = {}

    def set_rows(self, rows: list[GuideRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_progress(self, progress: dict[str, tuple[int, int]]) -> None:
        """Checklist progress per platform id; only the rows whose progress changed are updated (no reset)."""
        old, self._progress = self._progress, dict(progress)
        for number, row in enumerate(self._rows):
            if old.get(row.id) != self._progress.get(row.id):
                index = self.index(number, 0)
                self.dataChanged.emit(index, index)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        progress = self._progress.get(row.id)
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [row.title, row.summary, "✓ " + progress_text(*progress) if progress else ""]
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return category_name(row.category)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            text = f"{category_name(row.category)}. {row.summary}"
            return f"{text} {progress_text(*progress)}" if progress else text
        if role == self.ProgressRole:
            return progress
        if role == self.IdRole:
            return row.id
        if role == self.TitleRole:
            return row.title
        if role == self.CategoryRole:
            return row.category
        if role == self.SummaryRole:
            return row.summary
        return None

    def roleNames(self):
        names = super().roleNames()
        names[self.IdRole] = b"id"
        names[self.CategoryRole] = b"category"
        names[self.SummaryRole] = b"summary"
        names[self.TitleRole] = b"title"
        names[self.ProgressRole] = b"progress"
        return names
