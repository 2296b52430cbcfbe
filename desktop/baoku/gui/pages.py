"""Keeps the page view on the article being read: loads its page (on a reading worker, since a
broadsheet scan takes a moment to decode), outlines the article, boxes the search's hits, opens an
article clicked on the page, and hands the page's edits to the writer: a line corrected, a block
of the article corrected or a correction undone (in the proofreading dialog), a rectangle clipped
into a new article or attached as a facsimile, an article split at a line or another merged in, a
layout block dragged to follow another; and shows a photo of the article where it stood on the page
(asked from the reader)."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QCursor, QKeySequence
from PySide6.QtWidgets import QMenu

from ..core.changes import ARCHIVE, ARTICLES
from ..core.errors import BaokuError
from . import permits
from .pagepanel import PagePanel
from .proofing import LineEditor, ProofDialog
from .codedwords import error_words
from .session import Session


class PageController(QObject):
    edited = Signal(object)  # what the writer returned for an edit made here

    def __init__(self, session: Session, panel: PagePanel, articles, search, parent=None):
        super().__init__(parent)
        self.session, self.panel, self.articles, self.search = session, panel, articles, search
        self.loaded: tuple[int, str] | None = None  # (page id, query) on show
        self.article_id: int | None = None
        self.image = None  # the page's QImage, for the line editor's picture
        self.proof: ProofDialog | None = None
        self.photo: tuple[int, int] | None = None  # (article, photo index) to show once its page is loaded
        self.corrected: int | None = None  # the article whose line was corrected last, from the page
        self.extend_menu = lambda menu, article_id: None  # the window adds its actions to the page's menu
        self.who = getpass.getuser()
        articles.shown.connect(self.follow)
        panel.view.articleClicked.connect(articles.show)
        panel.pageRequested.connect(lambda page_id: self.load(page_id, None))
        panel.editRequested.connect(self.edit_line)
        panel.proofRequested.connect(self.open_proof)
        panel.view.regionDrawn.connect(self._clip_menu)
        panel.view.menuRequested.connect(self._page_menu)
        panel.view.blockMoved.connect(self.move_block)
        session.changed.connect(self._changed)

    # -- showing -------------------------------------------------------------------------------------

    def follow(self, record, query: str) -> None:
        scan = getattr(record, "scan", None) if record is not None else None
        if record is not None and record.id != self.corrected:
            self.corrected = None  # another article chosen: 校对… follows the reader again
        if self.proof is not None and record is not None:
            self._fill_proof(record.id)
        if not scan:
            self.loaded, self.article_id = None, None
            self.panel.show_nothing()
            return
        self.article_id = record.id
        if self.loaded == (scan["page_id"], query):
            self.panel.article_id = record.id
            self.panel.view.set_current(record.id)
            return
        self.load(scan["page_id"], record.id)

    def load(self, page_id: int, article_id: int | None) -> None:
        query = self.search.query
        self.article_id = article_id

        def done(value) -> None:
            layers, image = value
            if self.article_id != article_id:
                return  # another article was chosen meanwhile
            self.loaded, self.image = (page_id, query), image.full
            self.panel.show_layers(layers, image, article_id)
            for key in ("edit", "clip"):  # the page's tools that change it, where this user may
                permits.allow(self.panel.buttons[key], self.session, permits.EDIT)
            if self.photo is not None and self.photo[0] == article_id:
                self.panel.view.show_photo(*self.photo)
            self.photo = None

        def failed(error: BaokuError) -> None:
            self.loaded = None
            self.panel.show_nothing(error_words(error))

        self.session.read(lambda b, job: b.page_layers(page_id, query), done, failed)

    def show_photo(self, article_id: int, index: int) -> None:
        """Show the article's `index`-th photo where it stood on the page (now, or once its page is loaded)."""
        if self.loaded is not None and self.article_id == article_id and self.panel.view.show_photo(article_id, index):
            return
        self.photo = (article_id, index)

    def _changed(self, changes) -> None:
        if ARCHIVE in changes.kinds or ARTICLES not in changes:
            return
        if self.proof is not None and self.proof.article_id is not None:
            self._fill_proof(self.proof.article_id)
        if self.loaded is not None and (not changes.ids or changes.ids & (set(self.panel.view.regions)
                                                                            | {self.article_id})):
            page_id = self.loaded[0]
            self.loaded = None
            self.load(page_id, self.article_id)  # the page's lines and regions as they now are

    # -- writing -------------------------------------------------------------------------------------

    def _write(self, fn, done=lambda value: None, shown=None) -> None:
        """Hand one edit to the writer; a refusal is said where the editor is looking."""
        if not permits.may(self.session, permits.EDIT):
            (shown.show_error if shown is not None else self.panel.say)(
                permits.why_not(self.session, permits.EDIT))
            return

        def failed(error: BaseException) -> None:
            if not isinstance(error, BaokuError):
                self.session.on_error(error)
            elif shown is not None:
                shown.show_error(error_words(error))
            else:
                self.panel.say(error_words(error))

        def finished(value) -> None:
            self.edited.emit(value)
            done(value)

        self.session.write(fn, finished, failed)

    def edit_line(self, line_id: int) -> None:
        """The line editor for one line of the page (F2, or a double click)."""
        line = next((ln for ln in self.panel.view.lines if ln["id"] == line_id), None)
        if line is None:
            return
        if not permits.may(self.session, permits.EDIT):  # said where the editor is looking, not after typing
            self.panel.say(permits.why_not(self.session, permits.EDIT))
            return
        dialog = LineEditor(line, self.image, self.panel)
        dialog.accepted.connect(lambda: self.correct_line(line_id, dialog.text()))
        dialog.open()
        self.line_editor = dialog

    def correct_line(self, line_id: int, text: str) -> None:
        who = self.who

        def done(correction) -> None:
            self.corrected = correction.article_id  # 校对… now opens on this article, not the list's

        self._write(lambda b, job: b.correct_line(line_id, text, who), done)

    def correct_block(self, article_id: int, index: int, text: str) -> None:
        who = self.who
        self._write(lambda b, job: b.correct_block(article_id, index, text, who), shown=self.proof)

    def undo(self, correction_id: int) -> None:
        who = self.who
        self._write(lambda b, job: b.undo_correction(correction_id, who), shown=self.proof)

    def open_proof(self) -> None:
        """The proofreading dialog, on the article whose line was just corrected on the page, else on
        the article being read."""
        if self.corrected is None and self.article_id is None and self.articles.reader.record is None:
            return
        if self.proof is None:
            self.proof = ProofDialog(self.panel.window())
            self.proof.blockSaved.connect(self.correct_block)
            self.proof.undoRequested.connect(self.undo)
            self.proof.finished.connect(self._proof_closed)
            self.proof.set_read_only(permits.why_not(self.session, permits.EDIT))  # (an editor reads it)
        reading = self.articles.reader.record.id if self.articles.reader.record else self.article_id
        self._fill_proof(self.corrected if self.corrected is not None else reading)
        self.proof.show()

    def _proof_closed(self) -> None:
        self.proof.deleteLater()
        self.proof = None

    def _fill_proof(self, article_id: int) -> None:
        proof = self.proof
        try:
            proof.show_article(self.session.db.article(article_id))
        except BaokuError as e:
            proof.show_error(error_words(e))
            return
        self.session.read(lambda b, job: b.corrections(article_id),
                          lambda found: proof.show_history(found) if self.proof is proof else None)

    def clip(self, box: tuple[int, int, int, int]) -> None:
        """A new article from the rectangle; it opens when stored."""
        page_id, who = self.loaded[0], self.who
        self._write(lambda b, job: b.clip(page_id, box, who), lambda new: self.articles.show(new))

    def attach(self, box: tuple[int, int, int, int]) -> None:
        page_id, article_id, who = self.loaded[0], self.article_id, self.who
        self._write(lambda b, job: b.attach_facsimile(article_id, page_id, box, who),
                    lambda _: self.panel.label.setText(self.tr("已设为本文的原版图")))

    def split_at(self, line_id: int) -> None:
        who = self.who
        self._write(lambda b, job: b.split_at_line(line_id, who), lambda new: self.articles.show(new))

    def move_block(self, block_id: int, after_id: int) -> None:
        """A block dragged onto another on the layout overlay: it follows that one, in its article."""
        who = self.who
        self._write(lambda b, job: b.move_block(block_id, after_id, who),
                    lambda _: self.panel.label.setText(self.tr("已移动区块（重新识别本版时会再次应用）")))

    def merge_into_current(self, other_id: int) -> None:
        first, who = self.article_id, self.who
        self._write(lambda b, job: b.merge(first, other_id, who), lambda _: self.articles.show(first))

    # -- menus -----------------------------------------------------------------------------------------

    def add_menu(self, bar, show_page) -> QMenu:
        """The 校对 menu, with its keys; each action brings the 版面 tab to the front first."""
        panel = self.panel
        menu = bar.addMenu(self.tr("校对(&P)"))

        def on_page(fn, *args):
            return lambda *_: (show_page(), fn(*args))

        writing = []  # what changes the records: enabled where this user may
        for text, slot, key in ((self.tr("下一处存疑行"), on_page(panel.next_uncertain, 1), "F4"),
                                (self.tr("上一处存疑行"), on_page(panel.next_uncertain, -1), "Shift+F4"),
                                (self.tr("改正选中的行…"), on_page(panel.edit_chosen), "F2"),
                                (self.tr("校对段落与记录…"), lambda *_: self.open_proof(), "Ctrl+Shift+E")):
            action = menu.addAction(text, slot)
            action.setShortcut(QKeySequence(key))
            writing += [action] * (key in ("F2", "Ctrl+Shift+E"))
        clip = menu.addAction(self.tr("剪报模式"))
        menu.setToolTipsVisible(True)  # a disabled entry says why
        self.session.opened.connect(lambda: [permits.allow(a, self.session, permits.EDIT) for a in (*writing, clip)])
        clip.setShortcut(QKeySequence("Ctrl+Shift+X"))
        clip.setCheckable(True)
        clip.toggled.connect(lambda on: (show_page(), panel.buttons["clip"].setChecked(on)))
        panel.buttons["clip"].toggled.connect(clip.setChecked)
        return menu

    def clip_menu(self, rect: QRectF) -> QMenu:
        box = (round(rect.left()), round(rect.top()), round(rect.right()), round(rect.bottom()))
        menu = QMenu(self.panel)
        permits.allow(menu.addAction(self.tr("新建文章（取框内文字）"), lambda: self.clip(box)), self.session, permits.EDIT)
        attach = menu.addAction(self.tr("作为当前文章的原版图"), lambda: self.attach(box))
        permits.allow(attach, self.session, permits.EDIT, also=self.article_id is not None)
        menu.setToolTipsVisible(True)
        menu.addAction(self.tr("取消"), lambda: None)
        menu.aboutToHide.connect(self.panel.view.drop_band)
        return menu

    def _clip_menu(self, rect: QRectF) -> None:
        self.clip_menu(rect).popup(QCursor.pos())

    def page_menu(self, point) -> QMenu | None:
        view = self.panel.view
        line = view.line_at(point)
        other = view.region_at(point)
        menu = QMenu(self.panel)
        if line is not None:
            view.choose_line(line["id"], centre=False)
            permits.allow(menu.addAction(self.tr("改正此行…"), lambda: self.edit_line(line["id"])),
                          self.session, permits.EDIT)
            permits.allow(menu.addAction(self.tr("从此行起拆成新文章"), lambda: self.split_at(line["id"])),
                          self.session, permits.EDIT)
        if other is not None and self.article_id is not None and other != self.article_id:
            permits.allow(menu.addAction(self.tr("把这篇并入当前文章"), lambda: self.merge_into_current(other)),
                          self.session, permits.EDIT)
        menu.setToolTipsVisible(True)
        self.extend_menu(menu, other if other is not None else (line or {}).get("article_id"))
        return menu if menu.actions() else None

    def _page_menu(self, point, where) -> None:
        menu = self.page_menu(point)
        if menu is not None:
            menu.popup(where)
