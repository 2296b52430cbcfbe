"""The reader pane: an article as a reader meets it, search hits highlighted, hit to hit; a photo
cut from a scanned page links to its place on the page (the 版面 tab shows it there)."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import model
from ..core.script import is_latin_text
from ..core.export.photos import credited, photo_places
from ..core.search.highlight import text_spans
from ..core.search.query import QueryError
from ..core.model import ArticleRecord
from .fonts import reading_font

HIT_COLOUR = "#ffd54f"
PHOTO_WIDTH = 480  # px: a photo is shown at most this wide (its own width when narrower)
STYLE = {
    model.COLUMN: "color:#9b1c1c; font-size:10pt;",
    model.KICKER: "font-size:12pt; text-align:center;",
    model.HEADLINE: "font-size:20pt; font-weight:bold; text-align:center;",
    model.SUBHEAD: "font-size:13pt; text-align:center;",
    model.HEAD_BYLINE: "color:#555; text-align:center;",
    model.SOURCE_LINE: "color:#777; font-size:10pt; text-align:center;",
    model.PARAGRAPH: "text-indent:32px;",  # two characters: Qt's rich text takes pixels, not em
    model.DATELINE: "text-indent:32px;",
    model.SUBHEADING: "font-weight:bold; font-size:13pt; margin-top:10px;",
    model.LABEL: "font-weight:bold;",
    model.GUEST: "",
    model.BYLINE: "font-weight:bold;",
    model.CAPTION: "color:#555; font-size:10pt;",
    model.EDITORS_NOTE: "color:#8a5a00; font-size:10pt; background-color:#fff6e0;",
    model.ABSTRACT: "color:#333; font-style:italic;",
    model.TAGLINE: "color:#555; font-style:italic;",
}
LATIN_INDENT = "text-indent:16px;"  # a Latin-script paragraph: one em, not two characters
TAG = {model.HEADLINE: "h1"}


class ReaderPane(QWidget):
    placeRequested = Signal(int)  # a photo's link followed: its index among the article's photos

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._clicked)
        self.view.document().setDefaultFont(reading_font(12))
        self.hit_label = QLabel()
        self.prev_button = QToolButton(text="▲")
        self.next_button = QToolButton(text="▼")
        self.prev_button.setToolTip(self.tr("上一处 (Shift+F3)"))
        self.next_button.setToolTip(self.tr("下一处 (F3)"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.hit_label)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.record: ArticleRecord | None = None
        self.query = ""
        self.spans: list[tuple[int, int, int]] = []  # (piece index, start, end) in reading order
        self.current = -1
        self.show_record(None, "")

    def show_record(self, record: ArticleRecord | None, query: str = "") -> None:
        self.record, self.query = record, query
        self.spans, self.current = [], -1
        if record is None:
            prompt = html.escape(self.tr("选择一篇文章阅读"))
            self.view.setHtml(f"<p style='color:#888'>{prompt}</p>")
            self._update_bar()
            return
        pieces = record.reading_order()
        try:
            spans = text_spans(query, [t for _, t in pieces])
        except QueryError:
            spans = [[] for _ in pieces]
        parts = []
        hit = 0
        latin = is_latin_text(record.article.text())
        before, loose = photo_places(record.article.photos, pieces)
        images = self._images(record.article.photos)
        labels = {model.EDITORS_NOTE: self.tr("编辑提示："), model.ABSTRACT: self.tr("提要：")}
        for n, ((kind, text), marks) in enumerate(zip(pieces, spans)):
            out, pos = [], 0
            for s, e in marks:
                out += [html.escape(text[pos:s]),
                        f"<a name='hit{hit}'></a><span style='background-color:{HIT_COLOUR}'>"
                        f"{html.escape(text[s:e])}</span>"]
                self.spans.append((n, s, e))
                hit += 1
                pos = e
            out.append(html.escape(text[pos:]))
            tag = TAG.get(kind, "p")
            style = STYLE.get(kind, "")
            if latin and kind in (model.PARAGRAPH, model.DATELINE):
                style = LATIN_INDENT
            style += "" if kind == model.HEADLINE else " line-height:150%; margin-top:3px; margin-bottom:3px;"
            label = f"<b>{html.escape(labels[kind])}</b>" if kind in labels else ""
            if n in before:
                parts.append(self._photo(before[n], images))
            parts.append(f"<{tag} style='{style}'>{label}{''.join(out)}</{tag}>")
            if kind == model.SOURCE_LINE:
                for photo in loose:  # photos whose caption the text does not print: the caption under it
                    said = credited(photo, is_latin_text(photo.caption + photo.credit))
                    parts.append(self._photo(photo, images) + (
                        f"<p style='{STYLE[model.CAPTION]} text-align:center;'>{html.escape(said)}</p>" if said else ""))
        self.view.setHtml("<html><body>" + "".join(parts) + "</body></html>")
        if self.spans:
            self.step(1)
        self._update_bar()

    def _images(self, photos: list[model.Photo]) -> dict[int, tuple[str, int]]:
        """Each photo with a picture Qt can read, added to the document: id(photo) -> (its url, width)."""
        out = {}
        doc = self.view.document()
        for k, p in enumerate(photos):
            image = QImage.fromData(p.data) if p.data else QImage()
            if image.isNull():
                continue
            url = f"photo:{k}"
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
            out[id(p)] = (url, min(image.width(), PHOTO_WIDTH))
        return out

    def _photo(self, photo: model.Photo, images: dict[int, tuple[str, int]]) -> str:
        """The photo's picture; one cut from the article's scanned page links to its place there."""
        if id(photo) not in images:
            return ""
        url, width = images[id(photo)]
        picture = f"<img src='{url}' width='{width}'>"
        if photo.box is None or self.record is None or not self.record.scan:
            return f"<p style='text-align:center; margin-top:8px;'>{picture}</p>"
        place = f"place:{next(k for k, p in enumerate(self.record.article.photos) if p is photo)}"
        where = html.escape(self.tr("版面上的位置"))
        return (f"<p style='text-align:center; margin-top:8px; margin-bottom:0px;'><a href='{place}'>{picture}</a></p>"
                f"<p style='text-align:center; font-size:9pt; margin-top:0px;'><a href='{place}'>{where}</a></p>")

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "place" and url.path().isdigit():
            self.placeRequested.emit(int(url.path()))

    def step(self, delta: int) -> None:
        if not self.spans:
            return
        self.current = (self.current + delta) % len(self.spans)
        self.view.scrollToAnchor(f"hit{self.current}")
        self._update_bar()

    def highlighted(self) -> list[str]:
        """The text of every highlighted run, as the document shows it (for tests and a11y)."""
        out: list[str] = []
        doc = self.view.document()
        block = doc.begin()
        want = QColor(HIT_COLOUR)
        end = -1  # where the last highlighted fragment ended: an anchor splits one run in two
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                if frag.isValid() and frag.charFormat().background().color() == want:
                    if frag.position() == end:
                        out[-1] += frag.text()
                    else:
                        out.append(frag.text())
                    end = frag.position() + frag.length()
                it += 1
            block = block.next()
        return out

    def _update_bar(self) -> None:
        total = len(self.spans)
        self.hit_label.setText(self.tr("第 %1/%2 处").replace("%1", str(self.current + 1))
                               .replace("%2", str(total)) if total else "")
        self.prev_button.setEnabled(total > 1)
        self.next_button.setEnabled(total > 1)
