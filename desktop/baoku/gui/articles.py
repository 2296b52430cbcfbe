"""The article under the cursor: the reader (hits of the query highlighted) and its metadata."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStatusBar, QTableView

from ..core.changes import ARCHIVE, ARTICLES
from ..core.errors import BaokuError
from ..core.store import collections
from . import permits
from .metadata import MetadataPanel
from .models import ArticleTableModel, IdRole
from .reader import ReaderPane
from .searching import SearchController
from .codedwords import error_words
from .session import Session


class ArticleController(QObject):
    saved = Signal(object)  # the ArticleRecord as stored after an edit
    shown = Signal(object, str)  # the record now read (or None), and the query it is read for

    def __init__(self, session: Session, table: QTableView, model: ArticleTableModel, reader: ReaderPane,
                 metadata: MetadataPanel, search: SearchController, status: QStatusBar, parent=None):
        super().__init__(parent)
        self.session, self.table, self.model = session, table, model
        self.reader, self.metadata, self.search, self.status = reader, metadata, search, status
        self.who = getpass.getuser()
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        metadata.saveRequested.connect(self.save)
        search.listed.connect(self._current_changed)
        session.changed.connect(self._changed)
        session.opened.connect(lambda: metadata.set_rights(permits.why_not(session, permits.EDIT),
                                                           permits.why_not(session, permits.COLLECT)))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def _current_changed(self, *_) -> None:
        self.show(self.current_id())

    def show(self, article_id: int | None) -> None:
        record = None
        if article_id is not None and self.session.db is not None:
            try:
                record = self.session.db.article(article_id)
            except BaokuError:
                record = None
        # (Compared whole, not by updated_at: an undo puts an older row back, edit time and all.)
        if record is not None and record == self.reader.record and self.reader.query == self.search.query:
            if not self.metadata.changes():  # the text is unchanged; its note or collections may not be
                self._show_metadata(record)  # (edits kept)
            return  # the same article, unchanged, for the same query: keep the reader's place
        self.reader.show_record(record, self.search.query)
        if record is not None:
            self._show_metadata(record)
        else:
            self.metadata.show_record(None)
        self.shown.emit(record, self.search.query)

    def _show_metadata(self, record) -> None:
        db = self.session.db
        self.metadata.show_record(record, collections.note(db, record.id), collections.of_article(db, record.id))

    def save(self, article_id: int, changes: dict) -> None:
        def failed(error: BaseException) -> None:
            if isinstance(error, BaokuError):
                self.metadata.show_error(error_words(error))
            else:
                self.session.on_error(error)

        def done(record) -> None:
            self.status.showMessage(self.tr("已保存（Ctrl+Z 撤销）"), 6000)
            if self.metadata.record is not None and self.metadata.record.id == article_id and \
                    self.metadata.changes() == changes:  # what was saved is the panel's new baseline (a
                self._show_metadata(self.metadata.record)  # saved note looked unsaved, and an undo left it)
            self.saved.emit(record)

        who = self.who
        self.session.write(lambda b, job: b.update_article(article_id, changes, who), done, failed)

    def _changed(self, changes) -> None:
        if ARCHIVE in changes.kinds:
            self.show(self.current_id())
            return
        if ARTICLES in changes:
            for article_id in changes.ids:
                self.model.refresh(article_id)
            if self.reader.record is not None and (not changes.ids or self.reader.record.id in changes.ids):
                self.show(self.reader.record.id)
