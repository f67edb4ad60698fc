"""Guides: all platforms as a filterable grid; a card opens its guide (with the household's checklist, if any)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guardian.content.platforms import CATEGORIES
from guardian.domain.checklists import child_progress, progress_by_platform
from guardian.services.content_service import ContentService
from guardian.ui.models.guides_model import GuideRow, GuidesModel, category_name
from guardian.ui.widgets.checklist_panel import household_ready, platform_steps
from guardian.ui.widgets.guide_view import GuideView
from guardian.ui.widgets.page_header import PageHeader

FAMILY = "#family"  # the filter "our family's devices and apps": platforms a household device uses


class _CategoryFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.category = ""

    def set_category(self, category: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self.category = category
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.category = category
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if not self.category:
            return True
        index = self.sourceModel().index(row, 0, parent)
        if self.category == FAMILY:
            return index.data(GuidesModel.ProgressRole) is not None
        return index.data(GuidesModel.CategoryRole) == self.category


class GuidesPage(QWidget):
    family_tab_requested = Signal(str)  # a guide's checklist asks for the Family section (e.g. to add a child)

    def __init__(self, content: ContentService, family=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidesPage")
        self._content = content
        self._family = family
        self.model = GuidesModel(self)
        self.proxy = _CategoryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(GuidesModel.TitleRole)
        self.proxy.sort(0)

        self.header = PageHeader()
        self.category_label = QLabel()
        self.category = QComboBox()
        self.category.setObjectName("guideCategory")
        self.category_label.setBuddy(self.category)
        self.category.currentIndexChanged.connect(lambda _: self.proxy.set_category(self.category.currentData() or ""))
        self.grid = QListView()
        self.grid.setObjectName("guideGrid")
        self.grid.setModel(self.proxy)
        self.grid.setViewMode(QListView.ViewMode.ListMode)
        self.grid.setAlternatingRowColors(True)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.setSpacing(2)
        self.grid.activated.connect(self._activated)
        self.grid.clicked.connect(self._activated)

        filters = QHBoxLayout()
        filters.addWidget(self.category_label)
        filters.addWidget(self.category)
        filters.addStretch(1)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.header)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.grid, 1)
        self.guide = GuideView(content, family)
        self.guide.back_requested.connect(self.show_list)
        self.guide.family_tab_requested.connect(self.family_tab_requested)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.guide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 16)
        layout.addWidget(self.stack)
        if family is not None:
            family.changed.connect(self.update_progress)
            family.unlocked_changed.connect(lambda _unlocked: self.update_progress())
        self.retranslate()

    def _activated(self, index: QModelIndex) -> None:
        self.open_guide(index.data(GuidesModel.IdRole))

    def open_guide(self, platform_id: str) -> bool:
        if not self.guide.show_platform(platform_id):
            return False
        self.stack.setCurrentWidget(self.guide)
        self.guide.text.setFocus()
        return True

    def update_progress(self) -> None:
        """The small checklist mark on each guide a child's device uses; rows update in place (no lost place)."""
        progress: dict[str, tuple[int, int]] = {}
        if household_ready(self._family):
            steps = platform_steps(self._content)
            view = self._family.view()
            progress = progress_by_platform(child_progress(child.id, view.devices, view.ticks, steps)
                                            for child in view.children)
        self.model.set_progress(progress)
        self._fill_categories()

    def _fill_categories(self) -> None:
        """All, our family's devices (with a household), then each kind of device or app present."""
        current = self.category.currentData() or ""
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All"), "")
        if household_ready(self._family) and self._family.view().devices:
            self.category.addItem(self.tr("Our family's devices and apps"), FAMILY)
        present = {p.category for p in self._content.items("platforms").values()}
        for cat in CATEGORIES:
            if cat in present:
                self.category.addItem(category_name(cat), cat)
        index = self.category.findData(current)
        self.category.setCurrentIndex(max(index, 0))
        self.category.blockSignals(False)
        if index < 0 and current:
            self.proxy.set_category("")  # the chosen filter is gone (e.g. the household was deleted)
        elif current == FAMILY:
            self.proxy.set_category(FAMILY)  # the family's devices changed: filter again

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.grid.setFocus()

    def reload(self) -> None:
        rows = []
        for pid, platform in self._content.items("platforms").items():
            prose = self._content.prose("platforms", pid)
            rows.append(GuideRow(pid, prose.title if prose else platform.name, prose.summary if prose else "",
                                 platform.category, bool(prose and prose.fallback)))
        self.model.set_rows(rows)
        self.update_progress()
        self.proxy.sort(0)
        self.grid.scrollToTop()

    def retranslate(self) -> None:
        self.header.set_text(self.tr("Parental controls, device by device"),
                             self.tr("Choose what your child uses to see its controls, how to set them up, what "
                                     "they cannot do, and how to report a problem."))
        self.category_label.setText(self.tr("&Show:"))
        self.category.setAccessibleName(self.tr("Kind of device or app"))
        self.grid.setAccessibleName(self.tr("Guides"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
