"""Keeps the page view on the article being read: loads its page (on a reading worker, since a
broadsheet scan takes a moment to decode), outlines the article, boxes the search's hits, and opens
an article clicked on the page."""

from __future__ import annotations

from PySide6.QtCore import QObject

from .pageview import PagePanel
from .session import Session


class PageController(QObject):
    def __init__(self, session: Session, panel: PagePanel, articles, search, parent=None):
        super().__init__(parent)
        self.session, self.panel, self.articles, self.search = session, panel, articles, search
        self.loaded: tuple[int, str] | None = None  # (page id, query) on show
        self.article_id: int | None = None
        articles.shown.connect(self.follow)
        panel.view.articleClicked.connect(articles.show)
        panel.pageRequested.connect(lambda page_id: self.load(page_id, None))

    def follow(self, record, query: str) -> None:
        scan = getattr(record, "scan", None) if record is not None else None
        if not scan:
            self.loaded, self.article_id = None, None
            self.panel.show_nothing()
            return
        self.article_id = record.id
        if self.loaded == (scan["page_id"], query):
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
            self.loaded = (page_id, query)
            self.panel.show_layers(layers, image, article_id)

        def failed(error: BaseException) -> None:
            self.loaded = None
            self.panel.show_nothing()
            self.panel.label.setText(str(error))

        self.session.read(lambda b, job: b.page_layers(page_id, query), done, failed)
