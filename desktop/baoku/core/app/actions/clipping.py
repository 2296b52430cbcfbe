"""Clipping a scanned page, splitting an article and merging two: a rectangle becomes a new article
(its stored lines move to it; where the OCR stored none, the crop is read again), or an article's
facsimile; every change is indexed at once and said in the Outcome."""

from __future__ import annotations

import io

from ...changes import ARTICLES, Changes, Outcome
from ...errors import ValidationError
from ...importing.scan import one_article, scanned_page
from ...model import HEADLINE, PARAGRAPH, Article, Block, PageInfo
from ...ocr.engine import OcrChar, OcrLine, OcrPage, recognise
from ...pageimage import page_image
from ...store import clipping
from ..library import Library
from .editing import heading, step


def clip(lib: Library, page_id: int, box, who: str, record: bool = False) -> Outcome:
    """A new article from what is printed inside `box` (page pixels). Returns its id; the articles
    its lines came from change too. With `record`, one step of the undo history."""
    archive = lib.archive
    box = clipping.checked_box(archive, page_id, box)
    rows = clipping.lines_inside(archive, page_id, box)
    scan = archive.page_scan(page_id)
    if rows:
        read = OcrPage(scan["width"], scan["height"], [
            OcrLine(r["text"], r["box"], r["confidence"], [OcrChar(c, tuple(b), p) for c, b, p in r["chars"]])
            for r in rows])
    elif scan["text_layer"] or not scan["sha256"]:
        raise ValidationError("no text lies inside the rectangle; draw it over the lines to clip")
    else:
        read = _read_again(lib, page_id, box)
    parsed = scanned_page(read, PageInfo(number=1), clipping.page_language(archive, page_id))
    if not parsed.articles:
        raise ValidationError("no text was found inside the rectangle")
    before = {r["article_id"] for r in rows} - {None}
    article = _headed(one_article(parsed.articles))
    new = step(lib, "clip", "", who, lambda: clipping.store_clip(archive, page_id, box, article, rows,
                                                                 parsed.scan.lines, who), record).value
    return _touched(new, [new, *before])


def _read_again(lib: Library, page_id: int, box) -> OcrPage:
    """OCR the rectangle's crop of the page image: the lines, in page pixels."""
    x0, y0, x1, y1 = box
    crop = page_image(lib.archive, page_id).crop(box)
    buf = io.BytesIO()
    crop.convert("L").save(buf, format="PNG")
    read = recognise(buf.getvalue())

    def moved(b):
        return (b[0] + x0, b[1] + y0, b[2] + x0, b[3] + y0)

    return OcrPage(x1 - x0, y1 - y0, [OcrLine(ln.text, moved(ln.box), ln.confidence,
                                             [OcrChar(c.text, moved(c.box), c.confidence) for c in ln.chars])
                                      for ln in read.lines])


def _headed(article: Article) -> Article:
    """A clipping is one article: a short first paragraph with no sentence in it is its headline
    (the page-text rules want more context than a clipping has to tell one)."""
    first = article.blocks[0] if article.blocks else None
    if not article.headline and first is not None and first.kind == PARAGRAPH and len(first.text) <= 40 \
            and not any(p in first.text for p in "。！？!?") and len(article.blocks) > 1:
        article.blocks[0] = Block(HEADLINE, first.text)
        article.headline = first.text
    return article


def attach_facsimile(lib: Library, article_id: int, page_id: int, box, who: str, record: bool = False) -> Outcome:
    done = step(lib, "facsimile", heading(lib, article_id), who,
                lambda: clipping.attach_facsimile(lib.archive, article_id, page_id, box, who), record)
    return _touched(done.value, [article_id])


def split_at_line(lib: Library, line_id: int, article_id: int | None = None, who: str = "",
                  record: bool = False) -> Outcome:
    """Cut the line's article in two where the line begins (the line must be `article_id`'s when
    given). Returns the new article's id."""
    was = lib.archive.line_article(line_id)
    label = heading(lib, was) if was else ""
    new = step(lib, "split", label, who, lambda: clipping.split_at_line(lib.archive, line_id, article_id), record).value
    return _touched(new, [new, was])


def split_article(lib: Library, article_id: int, block: int, at: int = 0, who: str = "",
                  record: bool = False) -> Outcome:
    new = step(lib, "split", heading(lib, article_id), who,
               lambda: clipping.split_article(lib.archive, article_id, block, at), record).value
    return _touched(new, [new, article_id])


def merge(lib: Library, first_id: int, second_id: int, who: str = "", record: bool = False) -> Outcome:
    step(lib, "merge", heading(lib, second_id), who, lambda: clipping.merge_articles(lib.archive, first_id, second_id),
         record)
    return _touched(first_id, [first_id, second_id])


def _touched(value, ids: list) -> Outcome:
    return Outcome(value, Changes.of(ARTICLES, ids=[i for i in ids if i is not None]))
