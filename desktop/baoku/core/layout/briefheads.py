"""A column of briefs' heads (a 简讯 or 快讯 column: items stacked down one column under the
column's label, each under a head set a size or so bigger than the body, a line's white or less
between an item's last line and the next item's head).

The label (简讯, on a tint at the column's left) is set in the size of the items' heads, right
over the first one: by size and gap it reads as the head's first line, and the two as one
headline (简讯首批跨境电商包裹发往中亚). What tells it: a line of a few characters, flush left
over a line more than twice its width (a headline broken in two fills its first line, or halves).

An item's head stands as close under the paragraph before as that paragraph's lines stand to one
another, and a short last line (星。, 折优惠。) measures loosely, so by its gap and by its size
against that one line it reads as the paragraph's next line. What tells it: it is set in display
type against the page's body (or nearly: a size above it, measured under noise), clearly bigger than
the block's own measured lines, flush at the
block's left edge (a paragraph's first line is indented), and the line over it ends a sentence or
stops short of the column's edge (a paragraph's last line)."""

from __future__ import annotations

from statistics import median

from ..ocr.engine import OcrLine
from .typesize import measurable

ENDS = ("。", "！", "？", "”", "」", "）", ")")  # a paragraph's last line ends so
INDENT = 0.6  # a line starting further in than this many of its sizes from the block's edge is indented


LABEL_MOST = 6  # a column label has this many characters at most (as order.py's)


def label_over(label: OcrLine, ln: OcrLine, least: float, sizes: tuple[float, float]) -> bool:
    """One-line block `label`, a column label over line `ln`, the first item's head: both in
    display type (`least`), the label a few characters flush left over a line more than twice as
    wide."""
    if min(sizes) < least or len("".join(label.text.split())) > LABEL_MOST:
        return False
    width = label.box[2] - label.box[0]
    return ln.box[2] - ln.box[0] > 2 * width and abs(label.box[0] - ln.box[0]) < INDENT * max(sizes)


HEAD_LEAST = 1.05  # a brief's head measures at least this many times the page's body (set a size or so
# above it, 1.12-1.15 times drawn, it measures 1.07-1.14 under blur and noise: f03's 两家企业入选国家级“小巨
# 1.09, under the display size)


def opens_head(lines: list[OcrLine], sizes: list[float], blk: list[int], i: int, body: float,
               same: float) -> bool:
    """Line `i` is a head under text block `blk`, not its next line: the block's last line ends a
    paragraph, `i` starts flush at the block's left edge (not in brackets: a signature), it measures
    more than `same` times the block's measured lines and `HEAD_LEAST` times the page's body."""
    s, ln = sizes[i], lines[i]
    least = HEAD_LEAST * body
    if s < least or not measurable(ln) or not ended(lines, blk, ln, s) or ln.text.rstrip().endswith("。") or \
            ln.text.lstrip().startswith(("（", "(")):
        return False  # (a head has words: a line of figures, a table's 7~22, is sized by its box, loosely)
    measured = [sizes[j] for j in blk if measurable(lines[j])]
    if not measured or s <= same * median(measured) or median(measured) >= least:
        return False
    return abs(ln.box[0] - min(lines[j].box[0] for j in blk)) < INDENT * s


SHORT = 2.0  # a line ending this many of its sizes short of its column's right edge ends its paragraph


def ended(lines: list[OcrLine], blk: list[int], ln: OcrLine, size: float) -> bool:
    """Block `blk`'s last line ends a paragraph: it ends a sentence, or it stops well short of the
    column's right edge (the block's lines, or line `ln` under it), as only a paragraph's last line
    does (a full stop the OCR lost on a short line: f03's 8. / 5%)."""
    last = lines[blk[-1]]
    if last.text.rstrip().endswith(ENDS):
        return True
    right = max([lines[j].box[2] for j in blk] + [ln.box[2]])
    return right - last.box[2] > SHORT * size
