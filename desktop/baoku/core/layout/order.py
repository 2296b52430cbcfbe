"""Reading order: a recursive XY-cut over the page's blocks, with its rules.

A region of blocks is cut where nothing crosses: first at a horizontal rule across (nearly) the
whole region (a story ends there), then at every vertical gutter or column rule clear through
it (columns, stories side by side), then at every horizontal white band; the parts are read
top to bottom, left to right (right to left on a page set in vertical columns), each cut again
until nothing can be. A headline is first widened over the columns beside it that have nothing
level with it, so that a short headline over a wide story still stands over all of its
columns, and the cut under it comes before the cuts between them.
"""

from __future__ import annotations

from .blocks import FIGURE, FOLIO, TITLE, DISPLAY, Block, Page
from .graphics import Box

MIN_GUTTER = 0.4  # a vertical white strip this many body sizes wide parts columns
MIN_BAND = 0.2  # a horizontal white band this many body sizes tall parts blocks
RULED = 0.7  # a rule over this share of the region's width (or height) cuts it


def spans(page: Page) -> dict[int, Box]:
    """Each block's box for the cut: a headline (or kicker, label) widened over the columns beside
    it that have nothing level with it and no column rule between, to those columns' edges."""
    out = {id(b): b.box for b in page.blocks}
    cols = page.columns
    if not cols:
        return out
    heads = [b for b in page.blocks if b.kind in (TITLE, DISPLAY)]

    def away(h: Block, k: int) -> float:
        a, c = cols[k]
        return max(a - h.x1, h.x0 - c, 0)

    for b in heads:
        over = [k for k, (a, c) in enumerate(cols) if min(b.x1, c) - max(b.x0, a) > 0.3 * min(c - a, b.x1 - b.x0)]
        if not over:
            continue
        lo, hi = min(over), max(over)

        def free(k: int, side: float) -> bool:
            a, c = cols[k]
            for o in page.blocks:
                if o is b or o.kind == FOLIO or min(o.y1, b.y1) - max(o.y0, b.y0) <= 0.2 * (b.y1 - b.y0):
                    continue
                if min(o.x1, c) - max(o.x0, a) > 0.2 * (c - a):
                    return False  # something level with the head stands in that column
                if o in heads and away(o, k) < away(b, k):
                    return False  # a head level with this one is nearer: the column is its
            return not any(r[1] < b.y1 and r[3] > b.y0 and (side - (r[0] + r[2]) / 2) * (side - b.x0) >= 0
                           and min(abs((r[0] + r[2]) / 2 - side), 1e9) < abs(side - (b.x0 + b.x1) / 2)
                           for r in page.graphics.vrules)

        while lo > 0 and free(lo - 1, cols[lo - 1][1]):
            lo -= 1
        while hi < len(cols) - 1 and free(hi + 1, cols[hi + 1][0]):
            hi += 1
        out[id(b)] = (min(cols[lo][0], b.x0), b.y0, max(cols[hi][1], b.x1), b.y1)
    return out


def reading_order(page: Page, right_to_left: bool = False) -> list[Block]:
    """The page's blocks (the folio left out) in reading order; each block's `order` is set."""
    box = spans(page)
    blocks = [b for b in page.blocks if b.kind != FOLIO]
    out: list[Block] = []
    _cut(blocks, box, page, right_to_left, out, depth=0)
    for k, b in enumerate(out):
        b.order = k
    return out


def _gaps(intervals: list[tuple[float, float]], lo: float, hi: float, least: float) -> list[tuple[float, float]]:
    """White intervals of at least `least` between lo and hi that no interval covers."""
    gaps, reach = [], lo
    for a, b in sorted(intervals):
        if a - reach >= least and reach > lo:
            gaps.append((reach, a))
        reach = max(reach, b)
    return gaps


def _cut(blocks: list[Block], box: dict[int, Box], page: Page, rtl: bool, out: list[Block], depth: int) -> None:
    if len(blocks) <= 1 or depth > 60:
        out += sorted(blocks, key=lambda b: (b.y0, b.x0))
        return
    body = page.body
    shrink = 0.15 * body  # boxes that touch by a hair (skew, a padded glyph) do not close a gap
    bx = [box[id(b)] for b in blocks]
    # A scrap (a character or two left over where a line was cut at a gutter) neither closes a
    # gap nor is read on its own: it goes with the side its centre is on.
    solid = [r for b, r in zip(blocks, bx) if not _scrap(b, page)] or bx
    x0, y0 = min(b[0] for b in bx), min(b[1] for b in bx)
    x1, y1 = max(b[2] for b in bx), max(b[3] for b in bx)
    hgaps = _gaps([(b[1] + shrink, b[3] - shrink) for b in solid], y0, y1, MIN_BAND * body)
    vgaps = _gaps([(b[0] + shrink, b[2] - shrink) for b in solid], x0, x1, MIN_GUTTER * body)

    def hruled(g):
        return any(g[0] - body <= (r[1] + r[3]) / 2 <= g[1] + body and
                   min(r[2], x1) - max(r[0], x0) >= RULED * (x1 - x0) for r in page.graphics.hrules)

    ruled = [g for g in hgaps if hruled(g)]
    if ruled:
        parts = _split(blocks, bx, [(a + b) / 2 for a, b in ruled], axis=1)
    elif vgaps:
        parts = _split(blocks, bx, [(a + b) / 2 for a, b in vgaps], axis=0)
        if rtl:
            parts.reverse()
    elif hgaps:
        parts = _split(blocks, bx, [(a + b) / 2 for a, b in hgaps], axis=1)
    else:
        out += _leaf(blocks, rtl)
        return
    for part in parts:
        _cut(part, box, page, rtl, out, depth + 1)


def _scrap(b: Block, page: Page) -> bool:
    return len(b.lines) == 1 and len(page.lines[b.lines[0]].text.strip()) <= 2 and b.x1 - b.x0 < 2.5 * page.body


def _split(blocks: list[Block], bx: list[Box], cuts: list[float], axis: int) -> list[list[Block]]:
    parts: list[list[Block]] = [[] for _ in range(len(cuts) + 1)]
    for b, r in zip(blocks, bx):
        mid = (r[axis] + r[axis + 2]) / 2
        parts[sum(1 for c in cuts if mid > c)].append(b)
    return [p for p in parts if p]


def _leaf(blocks: list[Block], rtl: bool) -> list[Block]:
    """Blocks no cut parts (they overlap): top to bottom, a picture before what is beside it."""
    return sorted(blocks, key=lambda b: (b.y0, 0 if b.kind == FIGURE else 1, -b.x0 if rtl else b.x0))
