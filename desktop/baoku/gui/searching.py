"""What the list shows: the query in the search box, run as it is typed.

One state: the list is the answer to the text in the search box (empty: every article). The
calendar, the browse tree and the facets do not keep lists of their own; they write their terms
into the box (core.search.filters), so the box always says what is listed. Searches run on the
reading pool, a little after typing stops; an answer to an older text than the latest is dropped.
A query that does not parse leaves the last answer on screen, marked stale, with the problem
shown in the window's language, pointing at the character.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QListWidget, QListWidgetItem, QTableView

from ..core.changes import ARCHIVE, ARTICLES, COLLECTIONS, SAVED
from ..core.search.filters import Filter, filter_terms, with_filter, without_filters
from ..core.search.rankquery import ranked_terms
from ..core.search.query import And, Not, Or, QueryError, Text, parse_query
from .facets import CoverageChart, FacetTree
from .models import COL_DATE, ArticleTableModel, IdRole
from .queryerrors import describe, pointed
from .searchbar import SearchBar
from .session import Session
from .wording import field_names

DEBOUNCE_MS = 300  # typing pauses this long before the search runs


class SearchController(QObject):
    searched = Signal(object)  # SearchResult, once its list is shown
    listed = Signal()  # the list shows new ids (a search, every article, a new order)
    staleChanged = Signal(bool)

    def __init__(self, session: Session, bar: SearchBar, model: ArticleTableModel, table: QTableView,
                 facets: FacetTree, chart: CoverageChart, parent=None):
        super().__init__(parent)
        self.session, self.bar, self.model, self.table = session, bar, model, table
        self.facets, self.chart = facets, chart
        self.query = ""  # the query the list answers ("" lists every article)
        self.result = None  # its SearchResult
        self.requested = ""  # the latest query asked for: answered, or on its way
        self.stale = False
        self.order: tuple[str, bool] | None = None  # a column the user sorted by, and descending
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        bar.edit.textEdited.connect(self._typed)
        bar.edit.returnPressed.connect(self.run_now)
        bar.toList.connect(self.to_list)
        bar.button.clicked.connect(self.run_now)
        bar.clear_filter.clicked.connect(self.clear_filter)
        bar.sort.currentIndexChanged.connect(self._sort_changed)
        model.sortRequested.connect(self.sort_by)
        facets.termChosen.connect(self.narrow)
        session.changed.connect(self._changed)

    # -- what the user does ----------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        """Put `text` in the box and run it now."""
        self.bar.edit.setText(text)
        self.run_now()

    def to_list(self) -> None:
        """From the box to the list with the keyboard (Down): the current row, else the first; Tab
        went through 检索 and the sort box first, and the arrow keys stayed in the box."""
        if self.model.rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def run_now(self) -> None:
        self._timer.stop()
        self._run(self.bar.edit.text())

    def apply_filter(self, where: Filter) -> None:
        """Look only at one paper, day or page: the box's words are kept, its filter replaced."""
        self.set_query(with_filter(self.bar.edit.text(), where, field_names()))

    def clear_filter(self) -> None:
        self.set_query(without_filters(self.bar.edit.text()))

    def narrow(self, term: str) -> None:
        self.set_query(f"{self.bar.edit.text().strip()} {term}".strip())

    def sort_by(self, key: str, descending: bool) -> None:
        """A column header was clicked: the same articles in that order."""
        self.order = (key, descending)
        ids = self.result.ids if self.query and self.result is not None else None
        gen = self._next()
        self.session.read(lambda b, job: b.sort(ids, key, descending) if gen == self._generation else None,
                          lambda got: self._show_ids(gen, got, self.result.copies if ids is not None else None))

    def save_current(self) -> None:
        if not self.query:
            return
        name, ok = QInputDialog.getText(self.table.window(), self.tr("保存检索"), self.tr("名称："),
                                        text=self.query)
        if ok and name.strip():
            query, sort = self.query, self.bar.sort.currentData()
            self.session.write(lambda b, job: b.save_search(name.strip(), query, sort))

    # -- running -------------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        self._update_filter_button(text)
        self._timer.start()

    def _sort_changed(self) -> None:
        self.order = None
        if self.query:
            self.run_now()

    def _next(self) -> int:
        self._generation += 1
        return self._generation

    def _run(self, text: str) -> None:
        text = text.strip()
        self.requested = text
        self._update_filter_button(text)
        if not text:
            self._list_all()
            return
        try:
            tree = parse_query(text)
        except QueryError as e:
            self._set_stale(True)
            self.bar.show_error(describe(e), pointed(text, e), self.tr("列表仍是上次的结果，改好检索式后更新。"))
            return
        self.bar.clear_error()
        sort = self.bar.sort.currentData()
        if text != self.query:
            self.order = None
        order = self.order
        if order is None:  # relevance order, or print order for a query of filters only
            own = isinstance(tree, Text) and tree.field == "collection"  # a collection lists in its own order
            column = -1 if (ranked_terms(tree) or own) and sort == "relevance" else COL_DATE
            self.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
        self.bar.count.setText(self.tr("检索中…"))
        gen = self._next()
        self.session.read(
            lambda b, job: b.search(text, sort, order) if gen == self._generation else None,
            lambda result: self._show_result(gen, text, result),
            lambda error: self._failed(gen, text, error))

    def _list_all(self) -> None:
        self.bar.clear_error()
        key, descending = self.order or ("date", False)
        if self.order is None:
            self.table.horizontalHeader().setSortIndicator(COL_DATE, Qt.SortOrder.AscendingOrder)
        gen = self._next()

        def shown(ids) -> None:
            if gen != self._generation or ids is None:
                return
            self.query, self.result = "", None
            self.facets.set_facets({})
            self.chart.set_months([])
            self._show_ids(gen, ids, None)

        self.session.read(lambda b, job: b.sort(None, key, descending) if gen == self._generation else None,
                          shown)

    def _show_result(self, gen: int, text: str, result) -> None:
        if gen != self._generation or result is None:
            return  # the user typed on: a newer search is on its way
        self.query, self.result = text, result
        self.facets.set_facets(result.facets)
        self.chart.set_months(result.months)
        self._show_ids(gen, result.ids, result.copies)
        self.searched.emit(result)

    def _failed(self, gen: int, text: str, error: BaseException) -> None:
        if gen != self._generation:
            return
        if isinstance(error, QueryError):
            self._set_stale(True)
            self.bar.show_error(describe(error), pointed(text, error), self.tr("列表仍是上次的结果，改好检索式后更新。"))
        else:  # the archive did not answer (a server stopped): the list is still the last one's, so said
            self._set_stale(True)
            self.session.on_error(error)

    def _show_ids(self, gen: int, ids, copies) -> None:
        if gen != self._generation or ids is None:
            return
        current = self.table.currentIndex().data(IdRole) if self.table.currentIndex().isValid() else None
        self.model.set_ids(ids, copies)
        self._set_stale(False)
        row = self.model.row_of(current) if current is not None else -1
        if ids:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(max(row, 0), 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(max(row, 0), 0))
        self.listed.emit()

    # -- what the list says --------------------------------------------------------------------

    def _update_count(self) -> None:
        rows, total = self.model.rowCount(), self.model.total()
        text = self.tr("%Ln 篇", "", total) if total == rows else \
            self.tr("%1 篇（%Ln 种文本）", "", rows).replace("%1", f"{total:,}")
        if self.result is not None and self.result.not_yet_indexed and self.result.read_only:
            text += self.tr("（只读档案：%Ln 处改动尚未编入索引）", "", self.result.not_yet_indexed)
        elif self.result is not None and self.result.not_yet_indexed:
            text += self.tr("（索引更新中，%Ln 处改动尚未收录）", "", self.result.not_yet_indexed)
        self.bar.count.setText(self.tr("（旧结果）") + text if self.stale else text)

    def _set_stale(self, stale: bool) -> None:
        """Mark the list as the last result (or no longer), its count with it (never 检索中…)."""
        changed, self.stale = stale != self.stale, stale
        self._update_count()
        if changed:
            self.table.setProperty("stale", stale)
            self.table.style().unpolish(self.table)
            self.table.style().polish(self.table)
            self.staleChanged.emit(stale)

    def _update_filter_button(self, text: str) -> None:
        self.bar.clear_filter.setVisible(bool(filter_terms(text)))

    # -- changes ---------------------------------------------------------------------------------

    def _changed(self, changes) -> None:
        if ARCHIVE in changes.kinds:
            self.query, self.result, self.order = "", None, None
            self.bar.edit.clear()
            self.run_now()
        elif ARTICLES in changes or (COLLECTIONS in changes and _names_a_collection(self.requested)):
            # an import or an edit can change what the query finds; a collection's new order (or its
            # undo) what a 专题: query lists, and in which order
            if self._timer.isActive():
                return  # the box's text runs in a moment anyway, on the changed archive
            self._run(self.requested)  # the latest asked for, not the last answered: never drop a newer one


def _names_a_collection(text: str) -> bool:
    """Whether the query asks for a collection's articles (专题:NAME), alone or with other terms."""
    try:
        tree = parse_query(text) if text.strip() else None
    except QueryError:
        return False

    def walk(node) -> bool:
        if isinstance(node, Text):
            return node.field == "collection"
        if isinstance(node, (And, Or)):
            return any(walk(item) for item in node.items)
        return isinstance(node, Not) and walk(node.item)

    return walk(tree)


class SavedSearches(QObject):
    """The saved-search list: click one to run it."""

    def __init__(self, session: Session, view: QListWidget, search: SearchController, parent=None):
        super().__init__(parent)
        self.session, self.view, self.search = session, view, search
        view.itemActivated.connect(self._run)
        view.itemClicked.connect(self._run)
        session.changed.connect(self._changed)

    def _changed(self, changes) -> None:
        if SAVED in changes:
            self.session.read(lambda b, job: b.saved_searches(), self._show)

    def _show(self, saved: list[dict]) -> None:
        self.view.clear()
        for s in saved:
            item = QListWidgetItem(f"{s['name']}  —  {s['query']}")
            item.setData(Qt.ItemDataRole.UserRole, s["query"])
            item.setToolTip(s["query"])
            self.view.addItem(item)

    def _run(self, item: QListWidgetItem) -> None:
        self.search.set_query(item.data(Qt.ItemDataRole.UserRole))
