"""A line the detector read in pieces, put back together: a line justified wide in its column (a
dateline of few characters, 新华社北京5月19日电（记者 邵景林 任雅琴）, its characters spread over
the column's width) is boxed as two or three lines, each a pixel or two higher or lower than the
last. Read as lines of their own, a piece on the left standing a pixel lower than the rest was
gathered after them, into a block of its own, and read after its paragraph.

Pieces of one line are joined whatever the white between them: recogniser lines level with each
other, in type of one size, both within one column of the page, with no column rule and no other
line between them, and a line right over or under them running across their white (where a
gutter the page's columns missed parts two columns, their other lines stop at it too), or the detector's
own boxes of them meeting (it saw one line and boxed it in two). Lines of two columns (a gutter between them), a vertical line (a head set
beside its story) and a Latin page's lines (latinblocks mends those) are left as they are.
"""

from __future__ import annotations

from statistics import median

from ..ocr.engine import OcrLine
from .geometry import GUTTER_GAP, union
from .rulemarks import gutter_mark
from .graphics import Box

LEVEL = 0.7  # two pieces share this much of the lower one's height
SAME = 1.3  # and their heights differ by less than this factor
OVERLAP = 0.3  # the next piece's first character may start this share of a line's height left of
# the last one's last character's end
NEAR = 1.0  # the line bridging their white stands at most this many line heights over or under them
WIDE = 1.2  # a piece this much wider than tall is a (horizontal) line's


def joined_pieces(lines: list[OcrLine], pieces: list[OcrLine], source: list[int], cols: list[tuple[int, int]],
                  vrules: list[Box], body: float) -> tuple[list[OcrLine], list[OcrLine], list[int]]:
    """`lines` (as stored), `pieces` (the same upright) and `source` (each one's recogniser line)
    with the pieces of one line joined, left to right, into one."""
    column = [_column(p, cols, body) for p in pieces]
    within: dict[int, list[int]] = {}
    for i, c in enumerate(column):
        if c is not None:
            within.setdefault(c, []).append(i)
    right_of: dict[int, int] = {}
    for i, a in enumerate(pieces):
        if column[i] is None:
            continue
        mine = within[column[i]]
        near = [j for j in mine if j != i and source[j] != source[i] and _after(a, pieces[j])]
        if near:
            j = min(near, key=lambda j: pieces[j].box[0])
            if not _between(pieces, mine, i, j) and not _ruled(a, pieces[j], vrules) and \
                    (_bridged(pieces, mine, i, j) or _meeting(lines[i], lines[j])):
                right_of[i] = j
    left_of: dict[int, int] = {}
    for i, j in right_of.items():  # (a piece has one left neighbour: the nearest)
        if j not in left_of or pieces[i].box[2] > pieces[left_of[j]].box[2]:
            left_of[j] = i
    right_of = {i: j for j, i in left_of.items()}
    if not right_of:
        return lines, pieces, source
    out_lines, out_pieces, out_source = [], [], []
    for i in range(len(pieces)):
        if i in left_of:
            continue  # (joined to the piece on its left)
        run = [i]
        while run[-1] in right_of and len(run) <= len(pieces):
            run.append(right_of[run[-1]])
        out_lines.append(_joined([lines[k] for k in run]))
        out_pieces.append(_joined([pieces[k] for k in run]))
        out_source.append(source[i])
    return out_lines, out_pieces, out_source


def _column(p: OcrLine, cols: list[tuple[int, int]], body: float) -> int | None:
    """The column a horizontal piece stands within (give or take half a character), or None."""
    x0, y0, x1, y1 = p.box
    if not p.chars or x1 - x0 < WIDE * (y1 - y0) and len(p.chars) > 1:
        return None
    return next((k for k, (a, b) in enumerate(cols) if a - body / 2 <= x0 and x1 <= b + body / 2), None)


def _after(a: OcrLine, b: OcrLine) -> bool:
    """`b` stands level with `a`, right of it, in type of the same size."""
    ha, hb = a.box[3] - a.box[1], b.box[3] - b.box[1]
    if min(ha, hb) <= 0 or max(ha, hb) > SAME * min(ha, hb):
        return False
    if min(a.box[3], b.box[3]) - max(a.box[1], b.box[1]) < LEVEL * min(ha, hb):
        return False
    end = a.chars[-1].box[2] if a.chars else a.box[2]  # (by the characters: the recogniser's
    start = b.chars[0].box[0] if b.chars else b.box[0]  # box of 8 日电 reached over （记者's bracket, t13)
    return start >= end - OVERLAP * min(ha, hb) and b.box[2] > a.box[2]


def _between(pieces: list[OcrLine], mine: list[int], i: int, j: int) -> bool:
    """Another line of their column stands in the white between pieces i and j, across their height."""
    a, b = pieces[i].box, pieces[j].box
    return any(k not in (i, j) and (p := pieces[k].box)[0] < b[0] and p[2] > a[2] and p[1] < min(a[3], b[3])
               and p[3] > max(a[1], b[1]) for k in mine)


def _bridged(pieces: list[OcrLine], mine: list[int], i: int, j: int) -> bool:
    """A line of the same type right over or under pieces i and j runs across the white between
    them: the white is the line's own, no gutter (where the column's other lines stop too: a
    gutter the page's columns missed, on a page of few lines)."""
    a, b = pieces[i].box, pieces[j].box
    h = min(a[3] - a[1], b[3] - b[1])
    for k in mine:
        p = pieces[k].box
        if k in (i, j) or not (p[0] < a[2] - h / 2 and p[2] > b[0] + h / 2):  # (half a character
            # under each piece: a caption's credit ending at the next column's edge bridges nothing)
            continue
        ph = p[3] - p[1]
        if max(ph, h) > SAME * min(ph, h):
            continue
        if 0 <= a[1] - p[3] <= NEAR * h or 0 <= p[1] - a[3] <= NEAR * h:
            return True
    return False


def _meeting(a: OcrLine, b: OcrLine) -> bool:
    """The detector's own boxes of the two pieces (as stored, not cut to their characters) meet or
    overlap: it saw one line and boxed it in two. Across a gutter its boxes stand apart; this needs
    no line over or under them to bridge their white (an index box's entries wrap, the lines
    round a piece short: t22's ▲第五版 | 江州队, round 11)."""
    return b.box[0] <= a.box[2]


def _ruled(a: OcrLine, b: OcrLine, vrules: list[Box]) -> bool:
    return any(a.box[2] - 2 <= (r[0] + r[2]) / 2 <= b.box[0] + 2 and r[1] < b.box[3] and r[3] > b.box[1]
               for r in vrules)


def _joined(run: list[OcrLine]) -> OcrLine:
    if len(run) == 1:
        return run[0]
    return OcrLine("".join(p.text for p in run), union(p.box for p in run), min(p.confidence for p in run),
                   [c for p in run for c in p.chars])

ACROSS = 1.25  # a body line this many times as long as the page's columns are wide (the median) is two


def read_across(ln: OcrLine, cols: list[tuple[int, int]], body: float, least: float, rules=()) -> bool:
    """A Latin line measured as display type (`least`, the display size, at least) that is two
    columns' body lines read as one: longer than the page's columns are wide (`ACROSS`), its words
    stand on both sides of a gutter, a gutter's gap apart there (`GUTTER_GAP`), and those on each
    side are boxed as body type. On a page set a little aslant the box of a line read across two
    columns runs down a few pixels over its length and measures taller than its type (The Park
    Record's ized five squadrons of the "Sons of the | eggs. The increase of 2.8 per, American
    Legion Notes' line and Retail Prices'). Such a line is cut at its gutters as a body line is,
    not kept whole as a head over the columns. (A line no longer than a column, where the gutters
    part a column in two beside a picture, is no such line.)"""
    widths = sorted(b - a for a, b in cols)
    if not widths or ln.box[2] - ln.box[0] <= ACROSS * widths[len(widths) // 2]:
        return False
    cs = [c for c in ln.chars if c.text.strip()]
    middles = [(a[1] + b[0]) / 2 for a, b in zip(cols, cols[1:])]
    parts, start = [], 0
    for k, (a, b) in enumerate(zip(cs, cs[1:]), 1):
        if k <= start:  # (a rule's mark, dropped)
            continue
        ca, cb = (a.box[0] + a.box[2]) / 2, (b.box[0] + b.box[2]) / 2
        if k > start and gutter_mark(cs, k, cols, body, rules):  # (the rule read as a mark)
            parts.append(cs[start:k])
            start = k + 1
        elif b.box[0] - a.box[2] >= GUTTER_GAP * body and any(ca < m <= cb for m in middles):
            parts.append(cs[start:k])
            start = k
    parts.append(cs[start:])
    # (each part's type by its words' boxes, as `geometry.glyph` measures a Latin line's: the
    # median, as the words step down along the slant)
    return len(parts) > 1 and all(sum(ch.isalnum() for c in p for ch in c.text) >= 3 and
                                  median(c.box[3] - c.box[1] for c in p) / 1.2 < least for p in parts)
