"""Right-click menus on the article list, the browse tree and the page view, with the actions that
apply there. Each entry calls a controller's action; nothing here changes the archive itself."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from . import permits
from .browse import FilterRole, IssueRole, PageRole
from .wording import quoted


class ContextMenus(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        for view in (window.table, window.tree):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.table.customContextMenuRequested.connect(
            lambda point: self.list_menu().popup(window.table.viewport().mapToGlobal(point)))
        window.tree.customContextMenuRequested.connect(self._tree)
        window.pages.extend_menu = self.page_menu

    # -- the article list ----------------------------------------------------------------------------

    def list_menu(self) -> QMenu:
        w = self.w
        ids = w.articles.selected_ids()
        menu = QMenu(w.table)
        menu.addAction(w.edit.copy_action)
        menu.addMenu(w.edit.citation_menu(menu))
        menu.addAction(self.tr("导出引文…"), w.edit.export_citations)
        menu.addSeparator()
        menu.addAction(self.tr("导出所选…"), w.export_selected)
        menu.addAction(self.tr("打印所选…"), w.print_selected)
        menu.addSeparator()
        collect = w.collections.add_menu(menu)
        menu.addMenu(collect)
        current = w.collections.current()
        if current is not None:
            out = menu.addAction(self.tr("移出专题「%1」").replace("%1", current), lambda: w.collections.remove(current))
            permits.allow(out, w.session, permits.COLLECT)
            for shared, delta in ((w.collections.up_action, -1), (w.collections.down_action, 1)):
                # the menu's own entry (the loop below disables entries; a shared action stayed so)
                key = shared.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                move = menu.addAction(f"{shared.text()}\t{key}", lambda d=delta: w.collections.move(d))
                permits.allow(move, w.session, permits.COLLECT)
        permits.allow(collect, w.session, permits.COLLECT)
        menu.addAction(w.edit.bulk_action)
        menu.addSeparator()
        menu.addAction(w.edit.delete_action)
        w.edit.refresh_rights()
        for a in menu.actions():
            if not ids and a is not w.edit.copy_action:
                a.setEnabled(False)
        menu.aboutToHide.connect(w.edit.refresh_rights)  # the shared actions, disabled for want of a selection
        menu.setToolTipsVisible(True)  # a disabled entry says why
        return menu

    # -- the browse tree -----------------------------------------------------------------------------

    def tree_menu(self, item) -> QMenu | None:
        w = self.w
        where = item.data(FilterRole)
        if where is None:
            return None
        menu = QMenu(w.tree)
        menu.addAction(self.tr("列出这些文章"), lambda: w.search.apply_filter(where))
        page_id, issue_id = item.data(PageRole), item.data(IssueRole)
        kinds = {}  # each entry that changes the archive: the right it needs
        if page_id is not None:
            menu.addSeparator()
            kinds[menu.addAction(self.tr("删除这个版面…"),
                                 lambda: self.confirm_delete("page", page_id, item.text()))] = permits.DELETE
        elif issue_id is not None:
            menu.addSeparator()
            kinds[menu.addAction(self.tr("本期设置（期号）…"), lambda: w.settings_flow.issue(issue_id))] = permits.EDIT
            kinds[menu.addAction(self.tr("删除这一期…"),
                                 lambda: self.confirm_delete("issue", issue_id, item.text()))] = permits.DELETE
        elif not where.date:
            menu.addSeparator()
            kinds[menu.addAction(self.tr("报纸设置…"), lambda: w.settings_flow.paper(where.publication))] = permits.EDIT
            pid = next((p["id"] for p in w.session.db.publications() if p["name"] == where.publication), None) \
                if w.session.db is not None else None
            if pid is not None:
                kinds[menu.addAction(self.tr("删除这份报纸…"), lambda: self.confirm_delete(
                    "publication", pid, where.publication))] = permits.DELETE
        for a, kind in kinds.items():
            permits.allow(a, w.session, kind)
        menu.setToolTipsVisible(True)
        return menu

    def _tree(self, point) -> None:
        index = self.w.tree.indexAt(point)
        item = self.w.tree_model.itemFromIndex(index.siblingAtColumn(0)) if index.isValid() else None
        menu = self.tree_menu(item) if item is not None else None
        if menu is not None:
            menu.popup(self.w.tree.viewport().mapToGlobal(point))

    def confirm_delete(self, kind: str, target: int, label: str) -> QMessageBox:
        """A page, an issue or a paper holds many articles: asked once (it can be undone, or restored
        from the trash)."""
        question = {"page": self.tr("把版面「%1」及其全部文章移到回收站？"),
                    "issue": self.tr("把「%1」这一期及其全部版面和文章移到回收站？"),
                    "publication": self.tr("把报纸「%1」的所有期、版面和文章移到回收站？")}[kind].replace("%1", label)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("删除"), question, parent=self.w)
        box.setInformativeText(self.tr("可以撤销（Ctrl+Z），也可以从回收站恢复。"))
        go = box.addButton(self.tr("移到回收站"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        go.clicked.connect(lambda: self.w.edit.delete(kind, [target], quoted(label)))
        self.w.messages.show_box(box)
        return box

    # -- the page view -------------------------------------------------------------------------------

    def page_menu(self, menu: QMenu, article_id: int | None) -> None:
        """What the page view's own menu (correct, split, merge) gains for the article under the mouse."""
        if article_id is None:
            return
        w = self.w
        if menu.actions():
            menu.addSeparator()
        menu.addAction(self.tr("打开这篇文章"), lambda: w.articles.show(article_id))
        menu.addMenu(w.edit.citation_menu(menu, [article_id]))
        menu.addMenu(w.collections.add_menu(menu, [article_id]))
        delete = menu.addAction(self.tr("删除这篇文章"), lambda: w.edit.delete("article", [article_id]))
        permits.allow(delete, w.session, permits.DELETE)
        menu.setToolTipsVisible(True)
