"""Correcting a scanned page's layout (the page view's 版面结构 overlay): a block (a headline, a run
of text down a column, a caption) dragged onto the block it should follow, in another article or
in its own. Its lines go with their text, by clipping's rules: the text leaves the article it was
in and is set in the other after the text of the block it now follows; nothing is lost or doubled.

Each move is kept by where the page stands in its issue (section and number) and where the two
blocks stand on it, not by ids: an import with --replace deletes the page and stores it read
anew, with new blocks, and each stored move is made again on the blocks found at those places.
Written once for both archives: Baoku's own SQL with `?` marks, run through `_sql` / `_sql_many`."""

from __future__ import annotations

from collections import Counter

from ..errors import NotFound, ValidationError
from ..model import CAPTION, PARAGRAPH, SUBHEADING, Block, Photo
from .archive import Archive
from .clipping import _rewrite, _take_lines, locate
from .clock import now as _now

HEADS = ("title", "display")  # block classes whose text goes in as a subheading
SAME_PLACE = 0.5  # a block read anew is the one moved when their boxes overlap this much (of their union)

Box = tuple[int, int, int, int]


def page_blocks(archive: Archive, page_id: int) -> list[dict]:
    """The page's layout blocks in reading order: id, seq, kind, box, the article most of its
    lines are in (None: none, as the folio's), and how many lines it holds."""
    votes: dict[int, Counter] = {}
    for block, article, n in archive._sql("SELECT block_id, article_id, COUNT(*) FROM scan_line WHERE page_id = ? "
                                        "AND block_id IS NOT NULL GROUP BY block_id, article_id", [page_id]).fetchall():
        votes.setdefault(block, Counter())[article] = n
    out = []
    for bid, seq, kind, x0, y0, x1, y1 in archive._sql(
            "SELECT id, seq, kind, x0, y0, x1, y1 FROM layout_block WHERE page_id = ? ORDER BY seq", [page_id]).fetchall():
        v = votes.get(bid, Counter())
        out.append({"id": bid, "seq": seq, "kind": kind, "box": (x0, y0, x1, y1),
                    "article_id": v.most_common(1)[0][0] if v else None, "lines": sum(v.values())})
    return out


def move_block(archive: Archive, block_id: int, after_id: int, who: str) -> list[int]:
    """Move a block to follow another (in the other's article, after its text), and keep the move
    for when the page is read again. Returns the articles whose text changed (an article left
    with no text is gone)."""
    with archive.transaction():
        changed = _move(archive, block_id, after_id)
        page_id = page_of(archive, block_id)
        issue, section, number = archive._sql("SELECT issue_id, section, number FROM page WHERE id = ?",
                                              [page_id]).fetchone()
        moved, after = _box(archive, block_id), _box(archive, after_id)
        archive._sql("INSERT INTO layout_edit (issue_id, section, number, x0, y0, x1, y1, after_x0, after_y0, "
                     "after_x1, after_y1, who, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [issue, section, number, *moved, *after, who, _now()])
    return changed


def edits(archive: Archive, page_id: int) -> list[dict]:
    """The moves kept for this page's place in its issue, oldest first."""
    row = archive._sql("SELECT issue_id, section, number FROM page WHERE id = ?", [page_id]).fetchone()
    if row is None:
        raise NotFound(f"no page with id {page_id}")
    rows = archive._sql("SELECT id, x0, y0, x1, y1, after_x0, after_y0, after_x1, after_y1, who, at "
                              "FROM layout_edit WHERE issue_id = ? AND section = ? AND number = ? ORDER BY id",
                              list(row)).fetchall()
    return [{"id": r[0], "box": tuple(r[1:5]), "after": tuple(r[5:9]), "who": r[9], "at": r[10]} for r in rows]


def reapply(archive: Archive, page_id: int) -> tuple[int, int]:
    """Make the page's kept moves again on its blocks as now read (inside the caller's
    transaction): each move's two blocks are found by their boxes. Returns (made, not found)."""
    kept = edits(archive, page_id)
    if not kept:
        return 0, 0
    made = missed = 0
    for edit in kept:
        blocks = page_blocks(archive, page_id)
        moved, after = _found(blocks, edit["box"]), _found(blocks, edit["after"])
        if moved is None or after is None or moved["id"] == after["id"]:
            missed += 1
            continue
        _move(archive, moved["id"], after["id"])
        made += 1
    return made, missed


def _found(blocks: list[dict], box: Box) -> dict | None:
    best = max(blocks, key=lambda b: _overlap(b["box"], box), default=None)
    return best if best is not None and _overlap(best["box"], box) >= SAME_PLACE else None


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    both = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - w * h
    return w * h / both


def page_of(archive: Archive, block_id: int) -> int:
    row = archive._sql("SELECT page_id FROM layout_block WHERE id = ?", [block_id]).fetchone()
    if row is None:
        raise NotFound(f"no layout block with id {block_id}")
    return row[0]


def _box(archive: Archive, block_id: int) -> Box:
    return tuple(archive._sql("SELECT x0, y0, x1, y1 FROM layout_block WHERE id = ?", [block_id]).fetchone())


def _lines(archive: Archive, block_id: int) -> list[dict]:
    return [ln for ln in archive.scan_lines(page_id=page_of(archive, block_id)) if ln["block_id"] == block_id]


def _move(archive: Archive, block_id: int, after_id: int) -> list[int]:
    if block_id == after_id:
        raise ValidationError("a block cannot be moved after itself")
    page_id = page_of(archive, block_id)
    if page_of(archive, after_id) != page_id:
        raise ValidationError(f"blocks {block_id} and {after_id} are on different pages")
    moving, anchor = _lines(archive, block_id), _lines(archive, after_id)
    target = Counter(ln["article_id"] for ln in anchor if ln["article_id"] is not None).most_common(1)
    if not moving:
        raise ValidationError(f"block {block_id} holds no text (a picture, or lines read again) to move")
    if not target:
        raise ValidationError(f"block {after_id} is in no article: a block can follow only another article's")
    to = target[0][0]
    ids = {ln["id"] for ln in moving}
    sources = sorted({ln["article_id"] for ln in moving if ln["article_id"] is not None})
    _take_photos(archive, sources, to, _joined([ln["text"] for ln in moving]))  # before: an article left bare goes
    _take_lines(archive, moving, to, own_too=True)  # the text leaves where it was, its own article too
    # Set in after the text of the block it now follows.
    rec = archive.article(to).article
    own = [ln for ln in archive.scan_lines(article_id=to) if ln["id"] not in ids]
    spans = locate(rec.blocks, [ln["text"] for ln in own])
    after = [s for ln, s in zip(own, spans) if ln["block_id"] == after_id and s is not None]
    at = max(s[0] for s in after) + 1 if after else len(rec.blocks)
    kind = SUBHEADING if _kind(archive, block_id) in HEADS else CAPTION if _kind(archive, block_id) == "caption" \
        else PARAGRAPH
    rec.blocks[at:at] = [Block(kind, _joined([ln["text"] for ln in moving]))]
    _rewrite(archive, to, rec.blocks)
    _reorder(archive, page_id, block_id, after_id)
    return sorted({to, *sources})


def _take_photos(archive: Archive, sources: list[int], to: int, text: str) -> None:
    """A caption moved takes its picture with it: the photos cut from the page (those with a box)
    whose caption the moved text prints go to article `to`, after its own, and
    so does the photographer their credit names."""
    squeezed = "".join(text.split())
    for source in (s for s in sources if s != to):
        rows = archive._sql("SELECT id, caption, credit, filename, x0, y0, x1, y1 FROM photo WHERE article_id = ? "
                            "ORDER BY seq", [source]).fetchall()
        for pid, caption, credit, filename, *box in rows:
            if not (caption and Photo(filename=filename, box=tuple(box)).box and "".join(caption.split()) in squeezed):
                continue
            archive._sql("UPDATE photo SET article_id = ?, seq = (SELECT COALESCE(MAX(seq), 0) + 1 FROM photo "
                         "WHERE article_id = ?) WHERE id = ?", [to, to, pid])
            if credit:
                archive._sql("UPDATE contributor SET article_id = ?, seq = (SELECT COALESCE(MAX(seq), 0) + 1 "
                             "FROM contributor WHERE article_id = ?) WHERE article_id = ? AND role = '摄' AND name = ?",
                             [to, to, source, credit])


def _kind(archive: Archive, block_id: int) -> str:
    return archive._sql("SELECT kind FROM layout_block WHERE id = ?", [block_id]).fetchone()[0]


def _joined(texts: list[str]) -> str:
    """A block's lines as one paragraph: Latin words keep a space between lines."""
    out = ""
    for t in (t.strip() for t in texts):
        latin = out[-1:].isascii() and out[-1:].isalnum() and t[:1].isascii() and t[:1].isalnum()
        out += (" " if latin else "") + t
    return out


def _reorder(archive: Archive, page_id: int, block_id: int, after_id: int) -> None:
    """The block's place in the page's reading order: right after the one it follows."""
    order = [r[0] for r in archive._sql("SELECT id FROM layout_block WHERE page_id = ? ORDER BY seq",
                                         [page_id]).fetchall()]
    order.remove(block_id)
    order.insert(order.index(after_id) + 1, block_id)
    archive._sql_many("UPDATE layout_block SET seq = ? WHERE id = ?",
                      [(k, bid) for k, bid in enumerate(order, 1)])
