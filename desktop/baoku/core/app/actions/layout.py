"""Correcting a scanned page's layout (the page view's 版面结构 overlay, and the command line's
equivalent): a layout block moved to follow another, its lines' text going with it into the other
block's article (store.layoutedits). The move is kept for the page's place in its issue, so it is
made again when the page is read again; with `record`, it is one step of the undo history."""

from __future__ import annotations

from ...changes import ARTICLES, Changes, Outcome
from ...errors import NotFound
from ...store import layoutedits
from ..library import Library
from .editing import heading, step


def move_block(lib: Library, block_id: int, after_id: int, who: str, record: bool = False) -> Outcome:
    """Move block `block_id` to follow block `after_id` (on the same page), in the article that one
    is in. The value is the articles whose text changed (one left with no text is gone)."""
    archive = lib.archive
    target = next((b["article_id"] for b in layoutedits.page_blocks(archive, layoutedits.page_of(archive, after_id))
                   if b["id"] == after_id), None)
    label = heading(lib, target) if target is not None else ""
    changed = step(lib, "move_block", label, who,
                   lambda: layoutedits.move_block(archive, block_id, after_id, who), record).value
    return Outcome(changed, Changes.of(ARTICLES, ids=changed))


def blocks(lib: Library, page_id: int) -> list[dict]:
    """The page's layout blocks in reading order (id, seq, kind, box, article, lines); a page
    that is not in the archive is refused (NotFound), one with no blocks gives none."""
    if lib.archive._sql("SELECT 1 FROM page WHERE id = ?", [page_id]).fetchone() is None:
        raise NotFound(f"no page with id {page_id}")
    return layoutedits.page_blocks(lib.archive, page_id)
