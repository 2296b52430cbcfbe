"""The collections pane (专题): each collection with how many articles it holds. A click lists it (the
search box says 专题:NAME, so it combines with words and filters like any other term); its menu
exports it in its own order, cites it, renames or deletes it. Articles are added from the list's
menu or the Edit menu."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import ARCHIVE, COLLECTIONS
from ..core.errors import BaokuError
from . import permits
from .codedwords import error_words
from .session import Session
from .wording import field_names


def collection_term(name: str) -> str:
    quoted = f'"{name}"' if any(c.isspace() or c in '"()（）|:：' for c in name) else name
    return f"{field_names()['collection']}:{quoted}"


class CollectionsPane(QWidget):
    chosen = Signal(str)  # a collection's name
    menuRequested = Signal(str, object)  # name, global point

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("专题"), self.tr("篇数")])
        self.list.setRootIsDecorated(False)
        header = self.list.header()  # the name takes the room, the count its own width (as in the tree)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        self.list.itemClicked.connect(lambda item, _=0: self.chosen.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.new_button = QPushButton(self.tr("新建专题…"))
        self.new_button.setToolTip(self.tr("把选中的文章放进一个新专题"))
        self.hint = QLabel(self.tr("编辑为选题汇集文章：在文章列表上右击“加入专题”。点专题列出其文章（检索式 专题:名称），"
                                   "右击可按专题顺序导出、复制引文、重命名或删除。"))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#666")
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.names: list[str] = []

    def set_collections(self, rows: list[dict]) -> None:
        self.list.clear()
        self.names = [r["name"] for r in rows]
        for r in rows:
            item = QTreeWidgetItem([r["name"], str(r["articles"])])
            item.setData(0, Qt.ItemDataRole.UserRole, r["name"])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)

    def _menu(self, point) -> None:
        item = self.list.itemAt(point)
        if item is not None:
            self.menuRequested.emit(item.data(0, Qt.ItemDataRole.UserRole), self.list.viewport().mapToGlobal(point))


class CollectionController(QObject):
    def __init__(self, session: Session, pane: CollectionsPane, articles, search, exports, edit, messages, status,
                 parent=None):
        super().__init__(parent)
        self.session, self.pane, self.articles, self.search = session, pane, articles, search
        self.exports, self.edit, self.messages, self.status, self.window = exports, edit, messages, status, parent
        self.who = getpass.getuser()
        pane.chosen.connect(self.show)
        pane.menuRequested.connect(lambda name, where: self.menu(name).popup(where))
        pane.new_button.clicked.connect(lambda: self.add_to_new())
        self.up_action = QAction(self.tr("在专题里上移"), parent)
        self.up_action.setShortcut(QKeySequence("Alt+Up"))
        self.up_action.triggered.connect(lambda: self.move(-1))
        self.down_action = QAction(self.tr("在专题里下移"), parent)
        self.down_action.setShortcut(QKeySequence("Alt+Down"))
        self.down_action.triggered.connect(lambda: self.move(1))
        session.changed.connect(self._changed)

    def _changed(self, changes) -> None:
        if COLLECTIONS in changes or ARCHIVE in changes.kinds:
            self.refresh()

    def refresh(self) -> None:
        self.session.read(lambda b, job: b.collections(), self.pane.set_collections)

    def show(self, name: str) -> None:
        self.search.set_query(collection_term(name))

    def current(self) -> str | None:
        """The collection the list shows now (its query is 专题:NAME alone), if any."""
        return next((n for n in self.pane.names if self.search.query == collection_term(n)), None)

    # -- adding and taking out --------------------------------------------------------------------------

    def add_menu(self, parent, ids=None) -> QMenu:
        """加入专题 ▸ each collection, and a new one."""
        menu = QMenu(self.tr("加入专题"), parent)

        def fill() -> None:
            menu.clear()
            for name in self.pane.names:
                menu.addAction(name, lambda n=name: self.add(n, ids))
            if self.pane.names:
                menu.addSeparator()
            menu.addAction(self.tr("新建专题…"), lambda: self.add_to_new(ids))
            for a in menu.actions():
                permits.allow(a, self.session, permits.COLLECT)

        menu.setToolTipsVisible(True)  # a disabled entry says why
        menu.aboutToShow.connect(fill)
        fill()
        return menu

    def _ids(self, ids) -> list[int]:
        if ids:
            return list(ids)
        current = self.articles.current_id()
        return self.articles.selected_ids() or ([current] if current is not None else [])

    def add(self, name: str, ids=None) -> None:
        ids, who = self._ids(ids), self.who
        if not ids or not permits.may(self.session, permits.COLLECT):
            return
        self.session.write(lambda b, job: b.collect(name, ids, who),
                           lambda n: self.status.showMessage(self.tr("已加入专题「%1」：%Ln 篇", "", n)
                                                             .replace("%1", name), 6000), self.messages.show_error)

    def add_to_new(self, ids=None) -> None:
        ids = self._ids(ids)
        if not ids:
            self.status.showMessage(self.tr("先在列表里选中文章"), 4000)
            return
        name, ok = QInputDialog.getText(self.window, self.tr("新建专题"), self.tr("专题名称："))
        if ok and name.strip():
            self.add(name.strip(), ids)

    def move(self, delta: int) -> None:
        """在专题里上移 / 下移 (Alt+Up, Alt+Down): the current article one place earlier or later in the
        collection the list shows; the list follows and keeps it selected. The window had no way to
        reorder a collection (only `baoku collection add` in a chosen order)."""
        name, article = self.current(), self.articles.current_id()
        if name is None or article is None:
            self.status.showMessage(self.tr("先在专题栏点开一个专题，再选中要移动的文章"), 5000)
            return
        if not permits.may(self.session, permits.COLLECT):
            return
        who = self.who

        def work(b, job):
            order = b.members(name)
            place = order.index(article) + 1 + delta if article in order else 0
            return b.move_in_collection(name, article, place, who) if 1 <= place <= len(order) else None

        self.session.write(work, lambda order: None, self.messages.show_error)

    def remove(self, name: str, ids=None) -> None:
        ids, who = self._ids(ids), self.who
        if ids and permits.may(self.session, permits.COLLECT):
            self.session.write(lambda b, job: b.uncollect(name, ids, who), lambda n: None, self.messages.show_error)

    # -- a collection's own menu ------------------------------------------------------------------------

    def menu(self, name: str) -> QMenu:
        menu = QMenu(self.pane)
        menu.addAction(self.tr("列出"), lambda: self.show(name))
        menu.addAction(self.tr("按专题顺序导出…"), lambda: self.export(name))
        menu.addAction(self.tr("复制专题的引文"), lambda: self._members(name, lambda ids: self.edit.copy_citation(
            "gbt7714", ids)))
        menu.addSeparator()
        menu.addAction(self.tr("重命名…"), lambda: self.rename(name))
        menu.addAction(self.tr("删除专题"), lambda: self.drop(name))
        for a in menu.actions()[3:]:
            if not a.isSeparator():
                permits.allow(a, self.session, permits.COLLECT)
        menu.setToolTipsVisible(True)
        return menu

    def _members(self, name: str, then) -> None:
        self.session.read(lambda b, job: b.members(name), then, self.messages.show_error)

    def export(self, name: str) -> None:
        self._members(name, lambda ids: self.exports.choose(ids, order="given", title=name) if ids else None)

    def rename(self, name: str) -> None:
        new, ok = QInputDialog.getText(self.window, self.tr("重命名专题"), self.tr("新名称："), text=name)
        if ok and new.strip() and new.strip() != name:
            who = self.who

            def failed(error: BaseException) -> None:
                if isinstance(error, BaokuError):
                    self.status.showMessage(error_words(error), 8000)
                else:
                    self.messages.show_error(error)

            self.session.write(lambda b, job: b.rename_collection(name, new.strip(), who),
                               lambda new_name: self.show(new_name) if self.current() is None else None, failed)

    def drop(self, name: str) -> None:
        who = self.who
        self.session.write(lambda b, job: b.drop_collection(name, who),
                           lambda n: self.status.showMessage(self.tr("已删除专题「%1」，其中的文章仍在档案中（Ctrl+Z 撤销）")
                                                             .replace("%1", name), 8000), self.messages.show_error)
