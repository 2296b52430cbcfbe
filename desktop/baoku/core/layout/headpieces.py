"""A head's line read in pieces, made one again: a headline the recogniser read in two halves
(parted by a wide space or a dash it did not read), and a kicker's or subhead's line whose space
fell in a gutter (blocks.py gathers the lines; this joins the pieces of one head line)."""

from __future__ import annotations

from .geometry import union
from .pieces import DISPLAY, TITLE, Block, Page


SOLID = 0.3  # two level title pieces this share of an em apart at most are set solid, one line
SOLID_SAME = 1.15  # and then one headline in sizes this far apart
WIDE_SPACE = 1.6  # two level title pieces this many of their sizes apart are one headline: an em's
# space (　) and its glyphs' side bearings (s23: 1.16), or a dash the recogniser did not read (s24: 1.52)
GUTTER_SPACE = 1.2  # two level display pieces whose white takes in a gutter, the first's ink past its column, are one
# line this many of their sizes apart at most: the gutter's cut (v05: 0.3), or an em's space fallen in
# it (f07's 夜场开放延长至晚9点　青少年观众占四成: 1.06; h02's 机电产品出口占六成　民营企业贡献最大: 1.15)


def _in_gutter(columns: list[tuple[int, int]], x1: float, x0: float, into: float) -> bool:
    """The white x1..x0 stands in a gutter between two columns, ink running `into` it or more."""
    return any(a[1] - into <= x1 and x0 <= b[0] + into and (x1 > a[1] + into or x0 < b[0] - into)
               for a, b in zip(columns, columns[1:]))


def _past_gutter(columns: list[tuple[int, int]], x1: float, x0: float, into: float) -> bool:
    """The white x1..x0 takes in a gutter's edge, and the first piece's ink runs past its column's end
    into the gutter (more than `into`): a line spanning the columns, its space fallen in the gutter."""
    return any(a[1] + into < x1 <= b[0] and x0 >= a[1] for a, b in zip(columns, columns[1:]))


def _head_over(blocks: list[Block], a: Block, gone: set[int]) -> Block | None:
    """The block right over `a` (the nearest whose bottom stands at most an em and a half above
    `a`'s top, across `a`), when it is a head's (title or display type); else None."""
    over = [b for b in blocks if b is not a and id(b) not in gone and min(a.x1, b.x1) > max(a.x0, b.x0) and
            b.y0 < a.y0 and a.y0 - 1.5 * a.size <= b.y1 <= a.y0 + 0.5 * a.size]
    best = max(over, key=lambda b: b.y1, default=None)
    return best if best is not None and best.kind in (TITLE, DISPLAY) else None


def _one_heads(blocks: list[Block], a: Block, b: Block, gone: set[int]) -> bool:
    """`a` and `b` stand under one head: the same head block right over both, across both."""
    over = _head_over(blocks, a, gone)
    return over is not None and over is _head_over(blocks, b, gone)


def _takes_in_gutter(columns: list[tuple[int, int]], x1: float, x0: float) -> bool:
    """The white x1..x0 takes in some of a gutter between two columns."""
    return any(max(x1, a[1]) < min(x0, b[0]) for a, b in zip(columns, columns[1:]))


def joined_heads(page: Page, blocks: list[Block]) -> list[Block]:
    """A headline line the recogniser read in two pieces (its two halves parted by a wide space,
    存款利率进入“1时代” 居民储蓄去哪儿了？, 三大指数震荡收涨　两市成交额重回万亿元; or by a dash it
    did not read, “千年窑火——澄溪窑陶瓷特展”…) as one: one-line titles level with each other, in one
    size, an em's space apart at most (or the second piece's box reaching back a character into the
    first's), with no column rule between. So is a kicker's or subhead's line that the recogniser
    read whole and the gutters cut, its space falling in one (v05: ——今年已完工三十一条　居民全程参与
    方案设计 read as two heads, the second opening a story): level pieces in display type, in one
    size, half an em apart at most, the white between them in a gutter and the ink running into it
    (a story's text stops short of its gutter); or an em's space apart or so, the white taking in
    some of a gutter, when one head stands right over both, across both (h02's 机电产品出口占六成　
    民营企业贡献最大 over four columns, its first piece ending at its column's edge: two stories'
    subheads side by side each stand under their own head)."""
    heads = sorted((b for b in blocks if b.kind in (TITLE, DISPLAY) and len(b.lines) == 1), key=lambda b: b.x0)
    gone: set[int] = set()

    def joins(a: Block, b: Block) -> bool:
        level = min(a.y1, b.y1) - max(a.y0, b.y0) >= 0.8 * min(a.y1 - a.y0, b.y1 - b.y0)
        if a.kind != TITLE or b.kind != TITLE:  # (a display piece: only the gutter's cut mended)
            return level and not page.latin and max(a.size, b.size) <= 1.08 * min(a.size, b.size) and (
                _in_gutter(page.columns, a.x1, b.x0, 0.25 * a.size) and a.x1 <= b.x0 < a.x1 + 0.5 * min(a.size, b.size) or
                _past_gutter(page.columns, a.x1, b.x0, 0.1 * a.size) and a.x1 <= b.x0 < a.x1 + GUTTER_SPACE * min(a.size, b.size) or
                _takes_in_gutter(page.columns, a.x1, b.x0) and a.x1 <= b.x0 < a.x1 + GUTTER_SPACE * min(a.size, b.size) and
                _one_heads(blocks, a, b, gone))
        # (pieces set solid, no space between them, may differ more: a piece of a glyph or two
        # measures by its own glyphs' ink, t17's 好故事不怕 | “土” 0.91 of the rest)
        solid = not page.latin and b.x0 - a.x1 <= SOLID * a.size  # (Chinese pages only)
        same = max(a.size, b.size) <= (SOLID_SAME if solid else 1.08) * min(a.size, b.size)
        ruled = any(a.x1 <= (r[0] + r[2]) / 2 <= b.x0 and r[1] < a.y1 and r[3] > a.y0 for r in page.graphics.vrules)
        # (the second piece's box may reach back into the first's by a character at most: y02)
        return level and same and a.x0 < b.x0 and a.x1 < b.x1 and -1.5 * a.size <= b.x0 - a.x1 < \
            WIDE_SPACE * a.size and not ruled

    for a in heads:
        if id(a) in gone:
            continue
        right = [b for b in heads if b is not a and id(b) not in gone and joins(a, b)]
        if right:
            b = min(right, key=lambda b: b.x0)
            b.lines = a.lines + b.lines
            b.box = union([a.box, b.box])
            b.kind = TITLE if TITLE in (a.kind, b.kind) else DISPLAY
            gone.add(id(a))
    return [b for b in blocks if id(b) not in gone]
