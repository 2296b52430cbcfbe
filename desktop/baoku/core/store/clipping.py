"""Clipping a scanned page, as the store does it: a rectangle's lines (or lines read again, by the
clip action in core.app) stored as a new article, or a rectangle as an existing article's
facsimile, printed above its text by the PDF export. Also splitting an article in two at a line
or paragraph, and merging two.

Written once for both archives (the embedded one and a server's): Baoku's own SQL with `?` marks,
run through the archive's `_sql` / `_sql_many`, inside its `transaction()`.

Lines are moved between articles with their text: `locate` finds where each of an article's lines
stands in its blocks (in reading order, so a line that repeats elsewhere is found in its own
place), and the moved lines' text leaves the article it was in. Nothing is dropped: every
character a clip or split takes from one article is in the other."""

from __future__ import annotations

from ..coded import Coded
from ..errors import NotFound, ValidationError
from ..model import HEAD_FIELDS, HEAD_KINDS, HEADLINE, PARAGRAPH, SUBHEADING, Article, Block
from .archive import Archive
from .clock import now as _now

MIN_SIDE = 16  # pixels: a smaller rectangle is a slip of the mouse, not a clipping

Box = tuple[int, int, int, int]


# -- where lines stand in an article's text -------------------------------------------------------

def locate(blocks: list[Block], lines: list[str]) -> list[tuple[int, int, int] | None]:
    """For each line (in reading order), (block index, start, end) of its text in the blocks, or
    None where it is not found. Spaces are ignored in matching (the layout puts some between
    Latin words that a line's own text lacks, and the other way round)."""
    flat: list[tuple[int, int]] = []  # (block, index in block) of each non-space character
    squeezed = []
    for b, block in enumerate(blocks):
        for k, ch in enumerate(block.text):
            if not ch.isspace():
                flat.append((b, k))
                squeezed.append(ch)
    text = "".join(squeezed)
    out: list[tuple[int, int, int] | None] = []
    cursor = 0
    for line in lines:
        key = "".join(line.split())
        at = text.find(key, cursor) if key else -1
        if at < 0 or flat[at][0] != flat[at + len(key) - 1][0]:
            out.append(None)
            continue
        block, start = flat[at]
        out.append((block, start, flat[at + len(key) - 1][1] + 1))
        cursor = at + len(key)
    return out


def _without(blocks: list[Block], cuts: list[tuple[int, int, int]]) -> list[Block]:
    """The blocks with the given spans taken out; blocks left empty go."""
    by_block: dict[int, list[tuple[int, int]]] = {}
    for b, start, end in cuts:
        by_block.setdefault(b, []).append((start, end))
    out = []
    for b, block in enumerate(blocks):
        text = block.text
        for start, end in sorted(by_block.get(b, []), reverse=True):
            text = text[:start] + text[end:]
        if text.strip():
            out.append(Block(block.kind, text.strip()))
    return out


def _rewrite(archive: Archive, article_id: int, blocks: list[Block]) -> None:
    """Store an article's new blocks (heads follow their blocks); an article left with no text goes."""
    rec = archive.article(article_id)
    a = rec.article
    printed = {b.kind for b in a.blocks}
    a.blocks = blocks
    for kind, name in HEAD_FIELDS.items():
        if kind in printed:  # a head kept only as metadata (no block of its own) stays as it is
            setattr(a, name, next((b.text for b in blocks if b.kind == kind), ""))
    if not blocks:
        archive._sql("DELETE FROM article WHERE id = ?", [article_id])
        return
    archive.store_text(article_id, a)


def _new_article(archive: Archive, page_id: int, article: Article) -> int:
    seq = archive._sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM article WHERE page_id = ?", [page_id]).fetchone()[0]
    batch = archive._sql("SELECT batch_id FROM page WHERE id = ?", [page_id]).fetchone()
    return archive._insert_article(page_id, seq, article, batch[0] if batch else None, _now())


def _take_lines(archive: Archive, rows: list[dict], to_article: int, own_too: bool = False) -> None:
    """Move these scan lines to `to_article`, their text leaving the articles they were in (an
    article left with no text goes); with `own_too`, also `to_article`'s own text (the caller sets
    it in again elsewhere)."""
    moving = {r["id"] for r in rows}
    for source in sorted({r["article_id"] for r in rows if r["article_id"] is not None}):
        if source == to_article and not own_too:
            continue
        own = archive.scan_lines(article_id=source)
        blocks = archive.article(source).article.blocks
        spans = locate(blocks, [ln["text"] for ln in own])
        cuts = [s for ln, s in zip(own, spans) if ln["id"] in moving and s is not None]
        _rewrite(archive, source, _without(blocks, cuts))
    archive._sql_many("UPDATE scan_line SET article_id = ? WHERE id = ?", [(to_article, i) for i in sorted(moving)])


# -- clipping --------------------------------------------------------------------------------------

def checked_box(archive: Archive, page_id: int, box) -> Box:
    """The rectangle as the part of the page it covers, checked before any work: four finite
    numbers, on the page (a rectangle reaching past an edge is cut there; one wholly off the page
    is refused), at least MIN_SIDE pixels each way."""
    import math

    scan = archive.page_scan(page_id)
    if scan is None:
        raise NotFound(f"page {page_id} has no page image to clip from")
    values = list(box)
    if len(values) != 4 or not all(isinstance(v, (int, float)) and math.isfinite(v) for v in values):
        raise ValidationError("the rectangle needs four finite numbers: left, top, right, bottom (page pixels)")
    (x0, x1), (y0, y1) = sorted(values[0::2]), sorted(values[1::2])
    w, h = scan["width"], scan["height"]
    if x1 <= 0 or y1 <= 0 or x0 >= w or y0 >= h:
        raise ValidationError(Coded("clip_outside", box=f"({round(x0)},{round(y0)})–({round(x1)},{round(y1)})",
                                    width=w, height=h))
    x0, y0, x1, y1 = (int(round(v)) for v in (max(0, x0), max(0, y0), min(w, x1), min(h, y1)))
    if x1 - x0 < MIN_SIDE or y1 - y0 < MIN_SIDE:
        raise ValidationError(Coded("clip_too_small", side=MIN_SIDE))
    return x0, y0, x1, y1


def lines_inside(archive: Archive, page_id: int, box: Box) -> list[dict]:
    """The page's lines whose middles lie inside the box, in reading order."""
    x0, y0, x1, y1 = box
    return [ln for ln in archive.scan_lines(page_id=page_id)
            if x0 <= (ln["x0"] + ln["x1"]) / 2 <= x1 and y0 <= (ln["y0"] + ln["y1"]) / 2 <= y1]


def store_clip(archive: Archive, page_id: int, box: Box, article: Article, rows: list[dict], lines, who: str) -> int:
    """Store `article` (made from what is printed inside `box`) as a new article of the page, in one
    transaction: the stored `rows` inside move to it from the articles they were in, or, where there
    were none, the `lines` read again (ScanLine) are stored with the page; the box becomes its
    facsimile. Returns the new article's id."""
    with archive.transaction():
        article_id = _new_article(archive, page_id, article)
        if rows:
            _take_lines(archive, rows, article_id)
        else:  # lines read again: stored with the page, for boxes and search hits on the image
            seq = archive._sql("SELECT COALESCE(MAX(seq), 0) FROM scan_line WHERE page_id = ?", [page_id]).fetchone()[0]
            archive.insert_lines(page_id, lines, lambda ln: article_id, after=seq)
        attach_facsimile(archive, article_id, page_id, box, who)
    return article_id


def page_language(archive: Archive, page_id: int) -> str:
    row = archive._sql("SELECT language FROM article WHERE page_id = ? LIMIT 1", [page_id]).fetchone()
    return row[0] if row else "zh"


def attach_facsimile(archive: Archive, article_id: int, page_id: int, box, who: str) -> dict:
    """Make the rectangle of the page the article's facsimile (replacing any before)."""
    archive.article(article_id)  # NotFound for an unknown article
    x0, y0, x1, y1 = checked_box(archive, page_id, box)
    with archive.transaction():
        archive._sql("INSERT INTO facsimile (article_id, page_id, x0, y0, x1, y1, who, at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET page_id = excluded.page_id, "
                     "x0 = excluded.x0, y0 = excluded.y0, x1 = excluded.x1, y1 = excluded.y1, who = excluded.who, "
                     "at = excluded.at", [article_id, page_id, x0, y0, x1, y1, who, _now()])
    return facsimile(archive, article_id)


def facsimile(archive: Archive, article_id: int) -> dict | None:
    """The piece of a page image printed above the article: the one attached to it, else its own
    region on its scanned page; None for an article with no page image."""
    row = archive._sql("SELECT page_id, x0, y0, x1, y1, who, at FROM facsimile WHERE article_id = ?",
                       [article_id]).fetchone()
    if row is not None:
        return {"page_id": row[0], "box": tuple(row[1:5]), "who": row[5], "at": row[6], "attached": True}
    region = archive.article_scan(article_id)
    scan = archive.page_scan(region["page_id"]) if region else None
    if not region or not scan or not scan["sha256"]:
        return None
    return {"page_id": region["page_id"], "box": region["region"], "who": "", "at": "", "attached": False}


# -- splitting and merging ---------------------------------------------------------------------------

def split_article(archive: Archive, article_id: int, block: int, offset: int = 0) -> int:
    """Cut an article in two before character `offset` of block `block` (0-based, as `baoku show
    --json` lists the blocks): the rest becomes a new article on the same page, its first block a
    headline when it is a head or subheading. The lines that hold the rest go with it. Returns
    the new article's id."""
    with archive.transaction():
        rec = archive.article(article_id)
        blocks = rec.article.blocks
        if not 0 <= block < len(blocks):
            raise ValidationError(f"article {article_id} has blocks 0–{len(blocks) - 1}, not {block}")
        if not 0 <= offset < len(blocks[block].text):
            raise ValidationError(f"block {block} has {len(blocks[block].text)} characters; cut before one of them")
        head, tail = blocks[block].text[:offset].strip(), blocks[block].text[offset:].strip()
        first = blocks[:block] + ([Block(blocks[block].kind, head)] if head else [])
        rest = [Block(blocks[block].kind, tail)] + blocks[block + 1:]
        if not any(b.kind not in HEAD_KINDS for b in first):  # the article keeps its id only with text
            raise ValidationError(Coded("split_at_start", article=article_id))
        if rest[0].kind in (SUBHEADING, *HEAD_FIELDS):
            rest[0] = Block(HEADLINE, rest[0].text)
        elif not any(b.kind == PARAGRAPH for b in rest):
            raise ValidationError(Coded("split_no_body"))
        lines = archive.scan_lines(article_id=article_id)
        spans = locate(blocks, [ln["text"] for ln in lines])
        moving = [ln for ln, s in zip(lines, spans) if s is not None and (s[0], s[2]) > (block, offset)]  # ends past the cut
        a = rec.article
        new = Article(blocks=rest, headline=rest[0].text if rest[0].kind == HEADLINE else "",
                      column=a.column, genre=a.genre, source="", language=a.language)
        new_id = _new_article(archive, rec.page_id, new)
        _rewrite(archive, article_id, first)
        archive.record_fix(rec.page_id)
        archive._sql_many("UPDATE scan_line SET article_id = ? WHERE id = ?", [(new_id, ln["id"]) for ln in moving])
        archive._sql("DELETE FROM facsimile WHERE article_id = ?", [article_id])  # it showed both parts
    return new_id


def split_at_line(archive: Archive, line_id: int, article_id: int | None = None) -> int:
    """Cut the line's article in two where the line begins; when `article_id` is given, the line
    must be one of that article's."""
    row = archive._sql("SELECT article_id FROM scan_line WHERE id = ?", [line_id]).fetchone()
    if row is None or row[0] is None:
        raise NotFound(f"no OCR line with id {line_id} in an article")
    if article_id is not None and row[0] != article_id:
        archive.article(article_id)  # NotFound for an unknown article
        raise ValidationError(f"line {line_id} is not article {article_id}'s: it belongs to article {row[0]}")
    lines = archive.scan_lines(article_id=row[0])
    spans = locate(archive.article(row[0]).article.blocks, [ln["text"] for ln in lines])
    at = next((s for ln, s in zip(lines, spans) if ln["id"] == line_id), None)
    if at is None:
        raise ValidationError(Coded("split_line_unmatched", line=line_id, article=row[0]))
    return split_article(archive, row[0], at[0], at[1])


def merge_articles(archive: Archive, first_id: int, second_id: int) -> None:
    """Put the second article's text after the first's (its heads as subheadings), with its
    contributors, photos, lines and corrections; the second goes."""
    if first_id == second_id:
        raise ValidationError(Coded("merge_itself"))
    with archive.transaction():
        first_rec = archive.article(first_id)
        first, second = first_rec.article, archive.article(second_id).article
        archive.record_fix(first_rec.page_id)
        first.blocks += [Block(SUBHEADING, b.text) if b.kind in HEAD_FIELDS else b for b in second.blocks]
        archive._absorb(first_id, second_id, first, second)
        archive._sql("DELETE FROM facsimile WHERE article_id = ?", [first_id])  # it showed the first part only
