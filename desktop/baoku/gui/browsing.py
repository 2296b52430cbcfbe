"""The browse tree and the issue calendar: each choice is a filter written into the search box."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QStatusBar, QTreeView

from ..core.changes import ISSUES
from ..core.search.filters import Filter
from .browse import FilterRole, IssueRole, PendingRole, build_tree, fill_pages
from .calendar import CalendarPanel
from .searching import SearchController
from .session import Session


class BrowseController(QObject):
    def __init__(self, session: Session, tree: QTreeView, tree_model: QStandardItemModel,
                 calendar: CalendarPanel, search: SearchController, status: QStatusBar, parent=None):
        super().__init__(parent)
        self.session, self.tree, self.tree_model = session, tree, tree_model
        self.calendar, self.search, self.status = calendar, search, status
        tree.clicked.connect(self._tree_clicked)
        tree.expanded.connect(self._tree_expanded)
        calendar.issueChosen.connect(lambda pub, day: search.apply_filter(Filter(pub, day)))
        calendar.emptyDayChosen.connect(self._empty_day)
        session.changed.connect(self._changed)

    def _changed(self, changes) -> None:
        if ISSUES in changes:
            self.refresh()

    def refresh(self) -> None:
        """Rebuild from the archive, keeping what was expanded open."""
        db = self.session.db
        if db is None:
            return
        opened = self._expanded()
        issues = db.issues()
        build_tree(self.tree_model, issues)
        self.tree.expandToDepth(0)
        self._expand_latest()
        self._expand(opened)
        self.calendar.set_data(db.publications(), issues)

    def _expanded(self) -> set[str]:
        out: set[str] = set()

        def walk(parent) -> None:
            for r in range(parent.rowCount()):
                item = parent.child(r, 0)
                if item is not None and self.tree.isExpanded(item.index()):
                    where = item.data(FilterRole)
                    out.add(where.terms() if where else "")
                    walk(item)

        walk(self.tree_model.invisibleRootItem())
        return out

    def _expand(self, terms: set[str]) -> None:
        def walk(parent) -> None:
            for r in range(parent.rowCount()):
                item = parent.child(r, 0)
                where = item.data(FilterRole) if item is not None else None
                if item is not None and where is not None and where.terms() in terms:
                    self.tree.expand(item.index())
                    walk(item)

        walk(self.tree_model.invisibleRootItem())

    def _expand_latest(self) -> None:
        """Each paper opened down to its latest month's issues (what is new is in sight)."""
        root = self.tree_model.invisibleRootItem()
        for r in range(root.rowCount()):
            item = root.child(r, 0)
            while item is not None and item.rowCount() and item.data(IssueRole) is None:
                self.tree.expand(item.index())
                item = item.child(item.rowCount() - 1, 0)

    def _tree_expanded(self, index: QModelIndex) -> None:
        item = self.tree_model.itemFromIndex(index.siblingAtColumn(0))
        if item is not None and item.data(PendingRole) and self.session.db is not None:
            fill_pages(item, self.session.db.pages(item.data(IssueRole)))

    def _tree_clicked(self, index: QModelIndex) -> None:
        item = self.tree_model.itemFromIndex(index.siblingAtColumn(0))
        if item is None or item.text() == "…":
            return
        where = item.data(FilterRole)
        if where is None:
            self.search.clear_filter()
        else:
            self.search.apply_filter(where)

    def _empty_day(self, publication: str, day: str) -> None:
        self.status.showMessage(self.tr("%1 %2：无此期").replace("%1", publication).replace("%2", day), 6000)
