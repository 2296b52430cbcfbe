"""Table models: they hold article ids and fetch rows only when a view asks (after Anki's browser
and Vorta's models, with COL_* constants and roles; tested without widgets)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..core.model import NO_PAGE
from .wording import untitled

COL_DATE, COL_PUBLICATION, COL_PAGE, COL_COLUMN, COL_HEADLINE, COL_BYLINE, COL_SOURCE = range(7)
COLUMNS = (
    # column, sort key in the store, header (translated in headerData)
    (COL_DATE, "date"), (COL_PUBLICATION, "publication"), (COL_PAGE, "page"),
    (COL_COLUMN, "column"), (COL_HEADLINE, "headline"), (COL_BYLINE, "byline"), (COL_SOURCE, "source"),
)
IdRole = Qt.ItemDataRole.UserRole + 1
BLOCK = 200  # rows fetched at once
CACHE = 5000  # rows kept


class ArticleTableModel(QAbstractTableModel):
    """Ids in display order; each row's text fetched in blocks from `fetch` when first shown.

    Sorting asks `sorter(key, descending)` (the window runs it on the task pool) and shows the ids
    it returns; the model never sorts 100k rows on the main thread.
    """

    sortRequested = Signal(str, bool)

    def __init__(self, fetch: Callable[[list[int]], dict[int, dict]], parent=None):
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._copies: dict[int, list[int]] = {}  # a listed article -> its reprints (the same text)
        self._rows: OrderedDict[int, dict] = OrderedDict()
        self.sort_key, self.descending = "date", False

    # -- content ---------------------------------------------------------------------------------

    def set_ids(self, ids: list[int], copies: dict[int, list[int]] | None = None) -> None:
        """Show these articles; `copies` lists the reprints grouped under a listed one."""
        self.beginResetModel()
        self._ids = list(ids)
        self._copies = dict(copies or {})
        self._rows.clear()
        self.endResetModel()

    def copies(self, article_id: int) -> list[int]:
        return list(self._copies.get(article_id, []))

    def ids(self) -> list[int]:
        return list(self._ids)

    def total(self) -> int:
        """The articles listed, reprints counted: each row stands for itself and its copies."""
        return len(self._ids) + sum(len(c) for c in self._copies.values())

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, article_id: int) -> int:
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    def refresh(self, article_id: int) -> None:
        """Forget the cached row of an edited article and redraw it."""
        self._rows.pop(article_id, None)
        row = self.row_of(article_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _row(self, row: int) -> dict | None:
        article_id = self._ids[row]
        r = self._rows.get(article_id)
        if r is None:
            start = (row // BLOCK) * BLOCK
            wanted = [i for i in self._ids[start:start + BLOCK] if i not in self._rows]
            self._rows.update(self._fetch(wanted))
            while len(self._rows) > CACHE:
                self._rows.popitem(last=False)
            r = self._rows.get(article_id)
        return r

    # -- QAbstractItemModel ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == IdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self._row(index.row())
        if r is None:
            return None
        col = index.column()
        if col == COL_DATE:
            return r["date"] + (f" {r['edition']}" if r["edition"] else "")
        if col == COL_PUBLICATION:
            return r["publication"]
        if col == COL_PAGE:
            if r["page"] == NO_PAGE:  # an agency's item: on no page
                return self.tr("通稿") if role == Qt.ItemDataRole.DisplayRole else self.tr("通讯社稿，未见报")
            return f"{r['page']} {r['page_name']}".strip() if role == Qt.ItemDataRole.ToolTipRole \
                else r["page"]
        if col == COL_COLUMN:
            return r["column_name"]
        if col == COL_HEADLINE:
            head = r["headline"] or r["kicker"] or (self.tr("（%1）").replace("%1", r["genre"]) if r["genre"]
                                                    else untitled())
            copies = self._copies.get(r["id"])
            if not copies:
                return head
            if role == Qt.ItemDataRole.ToolTipRole:
                where = self._fetch(copies)
                page, wire = self.tr("第%1版"), self.tr("通稿")
                lines = [f"{w['publication']} {w['date']} "
                         f"{wire if w['page'] == NO_PAGE else page.replace('%1', str(w['page']))}"
                         for w in (where.get(i) for i in copies) if w]
                return head + "\n" + self.tr("另载于：") + "\n" + "\n".join(lines)
            return head + "  " + self.tr("〔另载%1处〕").replace("%1", str(len(copies)))
        if col == COL_BYLINE:
            return r["byline"]
        if col == COL_SOURCE:
            return r["source"]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (self.tr("日期"), self.tr("报纸"), self.tr("版"), self.tr("栏目"), self.tr("标题"),
                self.tr("作者"), self.tr("来源"))[section]

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sort_key = COLUMNS[column][1]
            self.descending = order == Qt.SortOrder.DescendingOrder
            self.sortRequested.emit(self.sort_key, self.descending)
