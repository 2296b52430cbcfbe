"""Blocks: the lines of a page gathered into the pieces a reader sees (a headline, a run of text
down one column, a caption, a picture, the folio), each with its class.

- **Lines to blocks**: a line goes on the block above it when it stands right under that block's
  last line (no more than a line's gap), in the same column, in type of the same size, with no
  rule between.
- **Classes**: `title` (type clearly bigger than the body's), `display` (a kicker, subhead or
  column label: somewhat bigger, a few short lines), `text`, `caption` (text right under a
  picture, over its width), `figure` (a picture: no text), `folio` (the running head above the
  page's top rule, or the foot line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from ..ocr.engine import OcrLine
from .geometry import line_glyph, union
from .graphics import Box, Graphics

TITLE, DISPLAY, TEXT, CAPTION, FIGURE, FOLIO = "title", "display", "text", "caption", "figure", "folio"
KINDS = (TITLE, DISPLAY, TEXT, CAPTION, FIGURE, FOLIO)

HEADLINE_RATIO = 1.3  # type this much bigger than the body's is a headline
DISPLAY_RATIO = 1.1  # and this much, in a few short lines, a kicker, subhead or label
LINE_GAP = 1.0  # a line more than this many of its sizes below the one before starts a block


@dataclass
class Block:
    kind: str
    lines: list[int]  # indexes into the layout's lines, top to bottom
    box: Box
    size: float  # the type size (px)
    article: int = -1
    order: int = -1

    @property
    def x0(self) -> int:
        return self.box[0]

    @property
    def x1(self) -> int:
        return self.box[2]

    @property
    def y0(self) -> int:
        return self.box[1]

    @property
    def y1(self) -> int:
        return self.box[3]


@dataclass
class Page:
    """A page's lines (upright, each in one column), its graphics and its blocks."""

    width: int
    height: int
    lines: list[OcrLine]
    body: float  # the body type size
    graphics: Graphics = field(default_factory=Graphics)
    blocks: list[Block] = field(default_factory=list)
    columns: list[tuple[int, int]] = field(default_factory=list)


def body_size(lines: list[OcrLine]) -> float:
    """The body's type size: the size most characters on the page are set in."""
    sizes = sorted((line_glyph(ln), len(ln.text)) for ln in lines if ln.text.strip())
    if not sizes:
        return 20.0
    total, acc = sum(n for _, n in sizes), 0
    for size, n in sizes:
        acc += n
        if acc >= total / 2:
            return size
    return sizes[-1][0]


def rule_between(rules: list[Box], x0: float, x1: float, y0: float, y1: float) -> bool:
    """A horizontal rule between heights y0 and y1 over a good part of x0..x1."""
    return any(y0 - 2 <= (r[1] + r[3]) / 2 <= y1 + 2 and min(r[2], x1) - max(r[0], x0) > 0.5 * (x1 - x0)
               for r in rules)


def build_blocks(page: Page) -> list[Block]:
    """The page's lines gathered into blocks (classes title, display or text; captions and the
    folio are marked later)."""
    lines, body = page.lines, page.body
    size = [line_glyph(ln) for ln in lines]
    order = sorted(range(len(lines)), key=lambda i: (lines[i].box[1], lines[i].box[0]))
    blocks: list[list[int]] = []
    for i in order:
        ln, s = lines[i], size[i]
        best, best_gap = None, None
        for k, blk in enumerate(blocks):
            last = lines[blk[-1]]
            ls = size[blk[-1]]
            gap = ln.box[1] - last.box[3]
            unit = max(s, ls)
            if not -0.5 * unit <= gap <= LINE_GAP * unit:
                continue
            if max(s, ls) > 1.2 * min(s, ls):
                continue
            if not _stacked(ln, last, blk, lines, max(s, ls), s >= HEADLINE_RATIO * body, page.columns):
                continue
            if rule_between(page.graphics.hrules, max(ln.box[0], last.box[0]), min(ln.box[2], last.box[2]),
                            last.box[3] - 0.2 * unit, ln.box[1] + 0.2 * unit):
                continue
            if best_gap is None or gap < best_gap:
                best, best_gap = k, gap
        if best is None:
            blocks.append([i])
        else:
            blocks[best].append(i)
    out = []
    for blk in blocks:
        bsize = float(median(size[i] for i in blk))
        out.append(Block(_kind(blk, lines, bsize, body), blk, union(lines[i].box for i in blk), bsize))
    for fig in page.graphics.figures:
        out.append(Block(FIGURE, [], fig, body))
    return out


def _stacked(ln: OcrLine, last: OcrLine, blk: list[int], lines: list[OcrLine], size: float, big: bool,
             cols: list[tuple[int, int]]) -> bool:
    """`ln` continues the block whose last line is `last`: the same column (left edges within an
    indent, or a centred line of a headline under another)."""
    a0, a1, b0, b1 = last.box[0], last.box[2], ln.box[0], ln.box[2]
    overlap = min(a1, b1) - max(a0, b0)
    if overlap <= 0:
        return False
    if big:  # a headline's second line: centred under, or starting under, the first
        return abs((a0 + a1) / 2 - (b0 + b1) / 2) < 2 * size or abs(a0 - b0) < size
    left = min(lines[i].box[0] for i in blk)
    right = max(lines[i].box[2] for i in blk)
    home = [c for c in cols if c[0] - size <= left <= c[1]]
    if home:  # a line under a short one (a byline) may run on to the column's edge
        right = max(right, home[0][1])
    # A body line starts at the block's left edge or an indent in from it, and does not reach
    # out past its column by more than a character or two (then it stands across a gutter).
    return -2.6 * size < b0 - left < 3.2 * size and b1 - right < 2.5 * size and overlap > 0.3 * min(a1 - a0, b1 - b0)


def _kind(blk: list[int], lines: list[OcrLine], size: float, body: float) -> str:
    if size >= HEADLINE_RATIO * body:
        return TITLE
    if size >= DISPLAY_RATIO * body and len(blk) <= 3 and all(len(lines[i].text) <= 40 for i in blk):
        return DISPLAY
    return TEXT


CAPTION_WORDS = re.compile(r"(^(上图|下图|左图|右图|图为|圖為|图[一二三四1-9])|摄）?$|攝）?$|^Photo|PHOTO|Courtesy)")


def mark_captions(page: Page) -> None:
    """Text right under a picture, no wider than it by much, set smaller than the body or reading
    as a caption (图为…, …摄), and a few lines long, is its caption."""
    figures = [b for b in page.blocks if b.kind == FIGURE]
    for b in page.blocks:
        if b.kind not in (TEXT, DISPLAY) or len(b.lines) > 6:
            continue
        said = " ".join(page.lines[i].text for i in b.lines)
        if b.size > 0.93 * page.body and not CAPTION_WORDS.search(said):
            continue
        for f in figures:
            inside = min(b.x1, f.x1) - max(b.x0, f.x0) > 0.6 * (b.x1 - b.x0)
            if inside and 0 <= b.y0 - f.y1 <= 2.0 * page.body and b.x1 <= f.x1 + page.body:
                b.kind = CAPTION
                break
