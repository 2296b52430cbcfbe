"""Pieces of a line read apart from it, on a Latin page:

- a line cut at a gutter or a wide space (a byline set across two narrow columns' gutter, (By
  EDGAR | GUEST)) leaves its end a block of its own, which closes a bracket the piece to its left
  opened: the tail goes with that piece's article, not into one of its own or the article over it
  in its own column;
- a head's line read partly as scraps of text (ALTO's garbled INTERESTINGLY beside DISCUSSED BY)
  leaves text level with the head: it parts no deck from the head."""

from __future__ import annotations

from .blocks import TEXT, Block, Page
from .latinheads import unopened
from .pieces import Group



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


def beside_heads(x: Block, heads: list[Block]) -> bool:
    """Text block `x` (three lines at most) stands level with a head's lines, beside them, not under
    them: a piece of a head's line OCR read apart as text (ALTO's ',,tltllul, and 11 msnutT for the
    Park Record's INTERESTINGLY), which parts no deck from the head."""
    if x.kind != TEXT or len(x.lines) > 3:
        return False
    return any(min(x.y1, h.y1) - max(x.y0, h.y0) >= 0.5 * (x.y1 - x.y0) for h in heads)
