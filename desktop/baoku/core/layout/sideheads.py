"""Vertical heads on a horizontal page (竖题): a story's headline set one character under another
in a narrow column at the right (or left) of its body, often with a kicker (引题) or subhead (副题)
column beside it, the body's lines standing horizontally next to them. Mainland dailies set
many of their stories so.

Each such column is a line of the recogniser taller than wide. Its type size is its characters'
advance down the column (its ink runs the column's whole height). A vertical head's columns side
by side are one head: read right to left, the kicker, the headline (one column or more, one
title), the subhead. In reading order the head comes before the body beside it, and it heads the
columns of that body: those whose text starts level with the head's top, on the side where
such text stands, as far as they run on without a rule, a head or a picture between."""

from __future__ import annotations

from statistics import median

from ..ocr.engine import OcrChar, OcrLine
from .geometry import is_han, union
from .graphics import Box
from .pieces import DISPLAY, FIGURE, TEXT, TITLE, Block, Page

TALL = 2.0  # a line this many times taller than wide, of three characters or more, stands vertically
NEAR = 1.0  # columns of a head stand this many body sizes apart at most
LEVEL = 2.2  # the body beside a head starts within this many body sizes of the head's top (a
# column's first line may be a short indented one, read as a block of its own)
REACH = 3.0  # and its first column stands this many body sizes from the head at most


def vertical_line(ln: OcrLine) -> bool:
    """A line set vertically: three characters or more, in a box this much taller than wide."""
    w, h = ln.box[2] - ln.box[0], ln.box[3] - ln.box[1]
    return sum(is_han(ch) for ch in ln.text) >= 3 and h >= TALL * max(w, 1)


def advance(ln: OcrLine) -> float:
    """A vertical line's type size: its characters' advance down the column (the median from one
    centre to the next), else its width."""
    cs = [c for c in ln.chars if len(c.text) == 1 and is_han(c.text)]
    steps = [(b.box[1] + b.box[3] - a.box[1] - a.box[3]) / 2 for a, b in zip(cs, cs[1:])]
    steps = [s for s in steps if s > 0]
    return float(median(steps)) if steps else float(ln.box[2] - ln.box[0])


def mended(lines: list[OcrLine]) -> list[OcrLine]:
    """The page's lines with each vertical head read down its columns. The detector may box a
    head set in two close columns in part as rows across them (two characters side by side, one
    of each column) and in part as pieces of each column, a character read twice where two boxes
    overlap. The lines of head-sized Han characters (as wide as the columns' advance, or near)
    within and next to such columns are taken apart into their characters, which are set in the
    columns their centres stand in, each read once (of two a step apart at most half the advance,
    the surer), top to bottom; a head with nothing beside its columns is left as read."""
    seeds = [k for k, ln in enumerate(lines) if vertical_line(ln)]
    taken: set[int] = set()
    out: dict[int, list[OcrLine]] = {}
    for k in seeds:
        if k in taken:
            continue
        group, box = [k], lines[k].box
        pitch = advance(lines[k])
        grew = True
        while grew:
            grew = False
            for j, ln in enumerate(lines):
                if j in group or j in taken or not _beside(ln, box, pitch, j in seeds):
                    continue
                group.append(j)
                box = union([box, ln.box])
                grew = True
        if all(j in seeds for j in group):
            continue
        taken.update(group)
        out[min(group)] = _columns([c for j in group for c in lines[j].chars if is_han(c.text)], pitch)
    return [m for k, ln in enumerate(lines) if k not in taken or k in out for m in out.get(k, [ln])]


def _beside(ln: OcrLine, box, pitch: float, seed: bool) -> bool:
    """A line in or next to a vertical head's columns (`box`, its characters `pitch` apart): a
    column of the head (the next one a little white apart), or a row of three head-sized Han
    characters at most across them."""
    b = ln.box
    if not (b[0] >= box[0] - 1.3 * pitch and b[2] <= box[2] + 1.3 * pitch and
            b[1] <= box[3] + pitch and b[3] >= box[1] - pitch and min(b[2], box[2]) - max(b[0], box[0]) > -pitch):
        return False
    if seed:
        return True
    return 0 < len(ln.chars) <= 3 and len(ln.chars) == len(ln.text) and \
        all(is_han(c.text) and 0.75 * pitch <= c.box[2] - c.box[0] <= 1.6 * pitch for c in ln.chars)


def _columns(chars: list[OcrChar], pitch: float) -> list[OcrLine]:
    """Characters of a vertical head as its columns, left to right: gathered by their centres
    across, each column read top to bottom, of two read at one place the surer."""
    def mid(c: OcrChar, k: int) -> float:
        return (c.box[k] + c.box[k + 2]) / 2

    cols: list[list[OcrChar]] = []
    for c in sorted(chars, key=lambda c: mid(c, 0)):
        if cols and mid(c, 0) - mid(cols[-1][-1], 0) <= 0.6 * pitch:
            cols[-1].append(c)
        else:
            cols.append([c])
    out = []
    for col in cols:
        kept: list[OcrChar] = []
        for c in sorted(col, key=lambda c: mid(c, 1)):
            if kept and mid(c, 1) - mid(kept[-1], 1) <= 0.5 * pitch:
                if c.confidence > kept[-1].confidence:
                    kept[-1] = c
                continue
            kept.append(c)
        text = "".join(c.text for c in kept)
        out.append(OcrLine(text, union(c.box for c in kept), min(c.confidence for c in kept), kept))
    return out


def side_blocks(page: Page, columns: list[int], headline: float) -> list[list[Block]]:
    """The vertical lines `columns` (indexes into page.lines) as heads: the columns standing side
    by side, level, gathered into one head each; its blocks right to left, headline columns of
    one size one title block (their lines right to left), the others display blocks."""
    lines, body = page.lines, page.body
    heads: list[list[int]] = []
    for i in columns:  # (one head: columns a little white apart side by side, level at least in part)
        a = lines[i].box
        near = [h for h in heads if any(max(a[0], lines[j].box[0]) - min(a[2], lines[j].box[2]) < NEAR * body and
                                        min(a[3], lines[j].box[3]) - max(a[1], lines[j].box[1]) > 0 for j in h)]
        heads = [h for h in heads if h not in near] + [[i] + [j for h in near for j in h]]
    out = []
    for head in heads:
        head.sort(key=lambda i: lines[i].box[0] + lines[i].box[2])
        blocks: list[Block] = []
        for i in reversed(head):  # right to left
            size = page.sizes[i]
            kind = TITLE if size >= headline * body else DISPLAY
            prev = blocks[-1] if blocks else None
            if prev is not None and kind == TITLE == prev.kind and max(size, prev.size) <= 1.15 * min(size, prev.size):
                prev.lines.append(i)
                prev.box = union([prev.box, lines[i].box])
                continue
            blocks.append(Block(kind, [i], lines[i].box, size))
        out.append(blocks)
    return out


def heads_first(page: Page, order: list[Block], widened: dict[int, Box]) -> list[Block]:
    """The reading order with each vertical head moved before the body beside it, and its blocks
    widened over that body's columns (so that the head takes them as its story's)."""
    for head in page.side_heads:
        x0, y0, x1, y1 = union([b.box for b in head])
        texts = [b for b in order if b.kind == TEXT and b.lines and not any(b is h for h in head)]
        side = _body_beside(page, texts, (x0, y0, x1, y1), head)
        if not side:
            continue
        span = (min(x0, min(_column(page, b)[0] for b in side)), min(y0, min(b.y0 for b in side)),
                max(x1, max(_column(page, b)[1] for b in side)), y1)
        for b in head:
            widened[id(b)] = span
        story = _down(page, texts, side)
        moved = {id(b) for b in head + story}
        first = min(k for k, b in enumerate(order) if id(b) in moved and b not in head)
        order = [b for b in order[:first] if id(b) not in moved] + head + story + \
            [b for b in order[first:] if id(b) not in moved]
    for k, b in enumerate(order):
        b.order = k
    return order


def _body_beside(page: Page, texts: list[Block], box: Box, head: list[Block]) -> list[Block]:
    """The text blocks (of `texts`, the page's text blocks in reading order) of the story under a
    vertical head: level with its top, column after column away from it on one side (the left
    unless only the right has such text, or a rule parts the left), while nothing but text stands
    there."""
    body = page.body
    x0, y0, x1, y1 = box

    def level(b: Block) -> bool:
        return abs(b.y0 - y0) <= LEVEL * body

    def ruled(a: float, c: float) -> bool:
        return any(a - 2 <= (r[0] + r[2]) / 2 <= c + 2 and r[1] < y1 and r[3] > y0 for r in page.graphics.vrules)

    def walk(step: int) -> list[Block]:
        took: list[Block] = []
        edge = _white_to(page, texts, box, step)
        side = x0 if step < 0 else x1
        while True:
            near = [b for b in texts if level(b) and b not in took and
                    (0 <= edge - b.x1 < REACH * body if step < 0 else 0 <= b.x0 - edge < REACH * body)]
            if not near:
                return took
            nxt = max(near, key=lambda b: b.x1) if step < 0 else min(near, key=lambda b: b.x0)
            gap = (nxt.x1, side) if step < 0 else (side, nxt.x0)
            if ruled(*gap) or _blocked(page, gap, y0, y1, head):
                return took
            a, c = _column(page, nxt)
            column = [b for b in texts if level(b) and b not in took and min(b.x1, c) - max(b.x0, a) > 0]
            took += column  # (the column's level text: its first line may be an indented piece)
            edge = min(a, min(b.x0 for b in column)) if step < 0 else max(c, max(b.x1 for b in column))
            side = edge

    return walk(-1) or walk(1)


def _white_to(page: Page, texts: list[Block], box: Box, step: int) -> float:
    """Where the story beside a head is looked for from: the head's side (`step` -1 its left, 1
    its right), or the edge of the page's column it stands in when the head stands alone in that
    column, nothing beside it there (a story's text ran out before the column the head stands in)."""
    x0, y0, x1, y1 = box
    side = x0 if step < 0 else x1
    home = [c for c in page.columns if c[0] <= side <= c[1] and c[0] - page.body <= x0 and x1 <= c[1] + page.body]
    if not home:
        return side
    a, c = home[0]
    edge = a if step < 0 else c
    lo, hi = (edge, side) if step < 0 else (side, edge)
    if any(b.x1 > lo and b.x0 < hi and b.y0 < y1 and b.y1 > y0 for b in texts):
        return side
    return min(side, edge) if step < 0 else max(side, edge)


def _down(page: Page, texts: list[Block], side: list[Block]) -> list[Block]:
    """The story's text under a vertical head, column by column: each column's text from its
    level top down, block after block with no more than a line's white between (the XY-cut may
    have read another story between two of its columns: a story under the first ones only)."""
    body = page.body
    took = list(side)
    for start in side:
        cur = start
        while True:
            a, c = _column(page, cur)
            below = [x for x in texts if x not in took and cur.y1 - 0.5 * body <= x.y0 < cur.y1 + LEVEL * body and
                     min(x.x1, c) - max(x.x0, a) > 0.5 * (x.x1 - x.x0)]
            nxt = min(below, key=lambda x: x.y0, default=None)
            if nxt is None or any(r[1] >= cur.y1 - 2 and r[3] <= nxt.y0 + 2 and min(r[2], c) - max(r[0], a) > 0.5 * (c - a)
                                  for r in page.graphics.hrules):
                break
            took.append(nxt)
            cur = nxt
    cols = page.columns or [(0, page.width)]
    return sorted(took, key=lambda b: (cols.index(_home(cols, b)), b.y0))


def _home(cols: list, b: Block):
    """Of the columns `cols`, the one the block overlaps most (None when there are none)."""
    return max(cols, key=lambda c: min(b.x1, c[1]) - max(b.x0, c[0]), default=None)


def _column(page: Page, b: Block) -> tuple[float, float]:
    """The page's column a block stands in, as wide as the block at least (a short line, an
    indented one, stands within it)."""
    home = _home(page.columns, b)
    if home is None or min(b.x1, home[1]) - max(b.x0, home[0]) <= 0:
        return b.x0, b.x1
    return min(b.x0, home[0]), max(b.x1, home[1])


def _blocked(page: Page, gap: tuple[float, float], y0: float, y1: float, head: list[Block]) -> bool:
    """A head or picture stands in the white between two columns, level with the head."""
    a, c = gap
    return any(b.kind in (TITLE, DISPLAY, FIGURE) and not any(b is h for h in head) and b.x0 < c and b.x1 > a and
               b.y0 < y1 and b.y1 > y0 for b in page.blocks)
