"""Pieces of a line read apart from it, on a Latin page: a line cut at a gutter or a wide space
(a byline set across two narrow columns' gutter, (By EDGAR | GUEST)) leaves its end a block of its
own, which closes a bracket the piece to its left opened. The tail goes with that piece's article,
not into one of its own or the article over it in its own column."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .blocks import TEXT, Block, Page
from .latinheads import unopened

if TYPE_CHECKING:
    from .articles import Group


def tail_of(page: Page, groups: list[Group], b: Block) -> Group | None:
    """The article holding the piece of `b`'s line that opens the bracket `b` closes: a line level
    with `b` (their heights overlap by half at least), ending within a few body sizes left of it."""
    if not page.latin or b.kind != TEXT or len(b.lines) != 1:
        return None
    said = page.lines[b.lines[0]].text.strip()
    if not unopened(said):
        return None
    box = page.lines[b.lines[0]].box
    for g in reversed(groups):
        for x in g.blocks:
            for i in x.lines:
                ln = page.lines[i].box
                level = min(ln[3], box[3]) - max(ln[1], box[1]) > 0.5 * min(ln[3] - ln[1], box[3] - box[1])
                if level and 0 <= box[0] - ln[2] < 4 * page.body and _opens(page.lines[i].text):
                    return g
    return None


def _opens(text: str) -> bool:
    return any(text.count(opening) > text.count(close) for opening, close in ("()", "[]"))

