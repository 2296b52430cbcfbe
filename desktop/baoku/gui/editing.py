"""The Edit menu: undo and redo over the archive's history, delete to the trash, copy an article
with its citation, citations in four styles, one change to many articles, and collections.

Each action is one core call on the writer (or the reader, for a citation) through the Session; the
menu's undo and redo say what they would reverse, read from the archive's history."""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QTextBrowser

from ..core.cite import STYLES, SUFFIXES
from ..core.errors import BaokuError
from ..core.store import history
from . import permits
from .papersettings import BulkEditDialog
from .session import Session
from .wording import quoted, untitled

STYLE_NAMES = {"gbt7714": "GB/T 7714", "ris": "RIS", "csl-json": "CSL-JSON", "bibtex": "BibTeX"}


class EditController(QObject):
    copied = Signal(str)  # what went on the clipboard
    deleted = Signal(object)  # the trash entries made

    def __init__(self, session: Session, articles, search, messages, status, parent=None):
        super().__init__(parent)
        self.session, self.articles, self.search = session, articles, search
        self.messages, self.status, self.window = messages, status, parent
        self.who = getpass.getuser()
        self.trash = None
        self.undo_action = QAction(self.tr("撤销"), self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("重做"), self)
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.triggered.connect(self.redo)
        self.delete_action = QAction(self.tr("删除到回收站"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_selected)
        self.copy_action = QAction(self.tr("复制文章和引文"), self)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.triggered.connect(self.copy)
        self.bulk_action = QAction(self.tr("批量修改栏目、体裁、来源…"), self)
        self.bulk_action.triggered.connect(self.bulk_edit)
        session.changed.connect(self._changed)
        session.opened.connect(self.update_actions)

    # -- the menu ------------------------------------------------------------------------------------

    def citation_menu(self, parent, ids=None) -> QMenu:
        """复制引文 in each style (the first, GB/T 7714, with Ctrl+Shift+C in the Edit menu)."""
        menu = QMenu(self.tr("复制引文"), parent)
        for style in STYLES:
            menu.addAction(STYLE_NAMES[style], lambda s=style: self.copy_citation(s, ids))
        return menu

    def add_menu(self, bar, collections) -> QMenu:
        menu = bar.addMenu(self.tr("编辑(&E)"))
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addAction(self.copy_action)
        cite = self.citation_menu(menu)
        cite.actions()[0].setShortcut(QKeySequence("Ctrl+Shift+C"))
        menu.addMenu(cite)
        menu.addAction(self.tr("导出引文…"), self.export_citations)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.addAction(self.bulk_action)
        menu.addMenu(collections.add_menu(menu))
        menu.addAction(collections.up_action)
        menu.addAction(collections.down_action)
        menu.setToolTipsVisible(True)  # a disabled entry says why
        menu.addSeparator()
        menu.addAction(self.tr("回收站…"), self.show_trash)
        return menu

    def action_text(self, step) -> str:
        """What a step did, as the menu says it: 修改「聚力“新知”挖掘“新质”」."""
        label = step.label or ""
        words = {"edit": self.tr("修改「%1」"), "note": self.tr("批注「%1」"), "delete": self.tr("删除%1"), "restore": self.tr("恢复%1"),
                 "correct": self.tr("校对「%1」"), "undo_correction": self.tr("撤销一处校对"), "clip": self.tr("剪报"),
                 "facsimile": self.tr("设原版图「%1」"), "split": self.tr("拆分「%1」"), "merge": self.tr("并入「%1」"),
                 "move_block": self.tr("移动区块到「%1」"),
                 "collect": self.tr("加入专题「%1」"), "uncollect": self.tr("移出专题「%1」"),
                 "drop_collection": self.tr("删除专题「%1」"), "rename_collection": self.tr("重命名专题为「%1」"),
                 "move": self.tr("调整专题「%1」的顺序"), "paper": self.tr("报纸设置「%1」"),
                 "issue": self.tr("修改期号"), "bulk_edit": self.tr("批量修改 %1 篇")}
        text = words.get(step.action, step.action).replace("%1", label[:24] + ("…" if len(label) > 24 else ""))
        return text

    def update_actions(self) -> None:
        db = self.session.db
        if db is not None and self.session.on_server:  # a query over the network: on the reader's thread
            self.session.read(lambda b, job: history.next_steps(b.archive), lambda steps: self._show_steps(*steps))
            return
        self._show_steps(*(history.next_steps(db) if db is not None else (None, None)))

    def _show_steps(self, done, undone) -> None:
        writable = not self.session.read_only  # (each user undoes their own steps, whatever their role)
        self.undo_action.setEnabled(done is not None and writable)
        self.redo_action.setEnabled(undone is not None and writable)
        self.undo_action.setText(self.tr("撤销 %1").replace("%1", self.action_text(done)) if done else self.tr("撤销"))
        self.redo_action.setText(self.tr("重做 %1").replace("%1", self.action_text(undone)) if undone else self.tr("重做"))
        self.refresh_rights()

    def refresh_rights(self) -> None:
        """Delete and bulk edit enabled where this user may (else disabled, saying why); also after a
        menu that shares them disabled them for want of a selection."""
        permits.allow(self.delete_action, self.session, permits.DELETE)
        permits.allow(self.bulk_action, self.session, permits.EDIT)

    def _changed(self, changes) -> None:
        self.update_actions()

    # -- undo and redo -------------------------------------------------------------------------------

    def undo(self) -> None:
        self._flip(lambda b, job: b.undo(), self.tr("已撤销：%1"))

    def redo(self) -> None:
        self._flip(lambda b, job: b.redo(), self.tr("已重做：%1"))

    def _flip(self, fn, said: str) -> None:
        if self.session.read_only:
            return

        def done(step) -> None:
            self.status.showMessage(said.replace("%1", self.action_text(step)), 6000)
            self.update_actions()

        def failed(error: BaseException) -> None:
            self.update_actions()
            if isinstance(error, history.UndoConflict):
                box = QMessageBox(QMessageBox.Icon.Warning, self.tr("报库"), self.tr(
                    "无法撤销「%1」：它改动的内容此后又被别人或别的程序（如命令行）改过。档案没有改动。").replace(
                    "%1", self.action_text(error.step)), parent=self.window)
                self.messages.show_box(box)
            elif isinstance(error, history.NothingToUndo):
                self.status.showMessage(self.tr("没有可撤销的操作"), 4000)
            else:
                self.messages.show_error(error)

        self.session.write(fn, done, failed)

    # -- delete ----------------------------------------------------------------------------------------

    def delete_selected(self) -> None:
        ids = self.articles.selected_ids() or ([self.articles.current_id()] if self.articles.current_id() else [])
        if ids:
            self.delete("article", ids)

    def delete(self, kind: str, ids: list[int], label: str = "") -> None:
        """Move to the trash; said in the status bar with how to take it back."""
        if not permits.may(self.session, permits.DELETE) or not ids:
            return
        if not label:
            label = self._label(kind, ids)
        who = self.who

        def done(made) -> None:
            self.status.showMessage(self.tr("已移到回收站：%1（Ctrl+Z 撤销）").replace("%1", label), 8000)
            self.deleted.emit(made)

        self.session.write(lambda b, job: b.delete(kind, ids, label, who), done, self.messages.show_error)

    def _label(self, kind: str, ids: list[int]) -> str:
        if kind == "article" and len(ids) == 1 and self.session.db is not None:
            try:
                a = self.session.db.article(ids[0]).article
                return quoted(a.headline or a.kicker or untitled())
            except BaokuError:
                pass
        names = {"article": self.tr("%Ln 篇文章", "", len(ids)), "page": self.tr("%Ln 个版面", "", len(ids)),
                 "issue": self.tr("%Ln 期", "", len(ids)), "publication": self.tr("%Ln 份报纸", "", len(ids))}
        return names[kind]

    def show_trash(self):
        """The trash (one dialog, kept: it follows the archive while open)."""
        from .trashview import TrashDialog

        if self.trash is None:
            self.trash = TrashDialog(self.session, self.messages, self.window)
        else:
            self.trash.refresh()
        self.trash.show()
        return self.trash

    # -- copying and citations ---------------------------------------------------------------------------

    def copy(self) -> None:
        """Ctrl+C: selected text in the reader as it is; else the article with its citation."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QTextBrowser) and focus.textCursor().hasSelection():
            focus.copy()
            return
        article_id = self.articles.current_id() or (self.articles.reader.record.id if self.articles.reader.record
                                                    else None)
        if article_id is None:
            return
        label = self.tr("引用：")  # the citation said in the window's language (an export keeps 引用：)
        self.session.read(lambda b, job: b.article_text(article_id, label), self._to_clipboard,
                          self.messages.show_error)

    def copy_citation(self, style: str = "gbt7714", ids: list[int] | None = None) -> None:
        ids = ids or self._chosen()
        if ids:
            self.session.read(lambda b, job: b.cite(ids, style), self._to_clipboard, self.messages.show_error)

    def _to_clipboard(self, text: str) -> None:
        QApplication.clipboard().setText(text)
        self.status.showMessage(self.tr("已复制到剪贴板"), 4000)
        self.copied.emit(text)

    def _chosen(self) -> list[int]:
        ids = self.articles.selected_ids()
        current = self.articles.current_id()
        return ids or ([current] if current is not None else [])

    def export_citations(self, ids: list[int] | None = None) -> None:
        ids = ids or self._chosen()
        if not ids:
            return
        filters = [f"{STYLE_NAMES[s]} (*{SUFFIXES[s]})" for s in STYLES]
        path, chosen = QFileDialog.getSaveFileName(self.window, self.tr("导出引文"),
                                                   str(Path.home() / (self.tr("引文") + ".ris")), ";;".join(filters),
                                                   filters[1])
        if path:
            style = STYLES[filters.index(chosen)] if chosen in filters else "ris"
            self.save_citations(ids, style, Path(path))

    def save_citations(self, ids: list[int], style: str, path: Path):
        def done(_) -> None:
            self.status.showMessage(self.tr("已导出引文到 %1").replace("%1", str(path)), 8000)

        return self.session.read(lambda b, job: b.save_citations(ids, style, path), done, self.messages.show_error)

    # -- many articles at once -------------------------------------------------------------------------

    def bulk_edit(self) -> BulkEditDialog | None:
        ids = self._chosen()
        if not ids or not permits.may(self.session, permits.EDIT):
            return None
        dialog = BulkEditDialog(len(ids), self.window)
        who = self.who

        def accepted() -> None:
            fields = dialog.fields()
            if fields:
                self.session.write(lambda b, job: b.bulk_edit(ids, fields, who),
                                   lambda n: self.status.showMessage(self.tr("已修改 %Ln 篇", "", n), 6000),
                                   self.messages.show_error)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog
