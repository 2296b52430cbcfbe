"""Text that runs on from the story before it into the next column, with no head over it.

At the next column's head (`carried`): its top level with the story's text in the column to its
left, whose last line is full and stops mid-sentence, its own first line set flush; or the story
fills its column to the foot and the text is the first type at the next column's head.

Mid-column on a Latin page (`carried_on`): a story at a column's foot runs on in the next
column, not always at its top: under a short item that ends part-way down it (The Park Record's
American Legion Notes, ending column 4 with Roy Schilling, assistant superin-, goes on in column 5
under CARD OF THANKS: tendent of the Utah Copper, …). No head opens the run-on, and a rule or white parts it from the item over it, so it
would open a headless article. Its text says where it belongs: it starts mid-sentence (its first
word in lowercase), and the story it carries on stops mid-sentence (its last line ends with no
full stop)."""

from __future__ import annotations

import re

from .blocks import FOLIO, TEXT, Block, Page
from .chunks import ENDS, INDENT, SHORT_END, continued, edges
from .pieces import Group, marks

WORD = re.compile(r"[^\W\d_]{2,}")


def carried_on(page: Page, groups: list[Group], b: Block) -> Group | None:
    """The article text block `b` runs on from, when `b` (no head over it, opening an article
    otherwise) stands mid-column, type of the page over it in its column, and starts mid-sentence,
    set flush at its column's left (no paragraph's indent, no scrap read off to the right): the one whose text ends the column before `b`'s at its foot stopping mid-sentence. (Not the
    text right over it, which a rule or white parts from it: a rule across a column ends a story
    whatever its last line says.)"""
    if not page.latin or b.kind != TEXT or not b.lines:
        return None
    first = page.lines[b.lines[0]]
    word = WORD.search(first.text)
    left = column_left(page, b)
    if word is None or not word.group()[0].islower() or left is None or first.box[0] - left >= INDENT * b.size:
        return None
    before = [c for c in page.columns if c[1] <= b.x0 + page.body]
    if not before or not any(x is not b and x.kind != FOLIO and x.y1 <= b.y0 + page.body and _shares(x, b.x0, b.x1)
                             for x in page.blocks):
        return None  # (a column's top: the column-top rules, `carried`, ask it)
    a, z = max(before, key=lambda c: c[1])
    foot = max((x for x in page.blocks if x.kind != FOLIO and _shares(x, a, z)), key=lambda x: x.y1, default=None)
    if foot is None or not _stops_mid(page, foot):
        return None
    return next((g for g in groups if any(x is foot for x in g.blocks)), None)


def _shares(x: Block, a: float, z: float) -> bool:
    """Block `x` stands over x range a..z: half of the narrower of the two at least."""
    return min(x.x1, z) - max(x.x0, a) > 0.5 * min(x.x1 - x.x0, z - a)


def _stops_mid(page: Page, x: Block) -> bool:
    """Text block `x`'s last line (its lowest) ends with no stop."""
    if x.kind != TEXT or not x.lines:
        return False
    last = min((page.lines[i] for i in x.lines), key=lambda ln: (-ln.box[3], ln.box[0]))
    said = last.text.rstrip()
    return bool(WORD.search(said)) and not said.endswith(ENDS)


def column_left(page: Page, b: Block) -> float | None:
    """The left edge of the page column block `b` starts in (its left within the column, or up to
    a body size left of it), or None when it starts in none."""
    return next((c[0] for c in page.columns if c[0] - page.body <= b.x0 <= c[1]), None)


def carried(page: Page, g: Group, b: Block) -> bool:
    """Text at the head of the next column over runs on from the article read just before it: no
    head over it, its top level with that article's text in the column to its left, whose last
    line is full and stops mid-sentence, and its own first line set flush (a brief's text carried
    over, not the next brief: that one's line before ended a sentence). Or the article fills its
    column to the foot and the text is the first type at the next column's head (`_flows`)."""
    texts = [x for x in g.body if x.kind == TEXT and x.lines and not marks(page, x)]
    if not texts or b.kind != TEXT:
        return False
    prev = max(texts, key=lambda x: (x.x0, x.y1))
    if page.latin:  # the lowest in its rightmost column, among blocks 3/4 as wide as its widest at
        # least: not a scrap OCR read in the gutter or a word cut off a line (the Omaha Bee's "o",
        # "had"); by their middles, as a centred line is no column
        wide = max(x.x1 - x.x0 for x in texts)
        texts = [x for x in texts if x.x1 - x.x0 >= 0.75 * wide]
        right = max(x.x0 + x.x1 for x in texts) / 2
        prev = max((x for x in texts if (x.x0 + x.x1) / 2 >= right - 2 * page.body), key=lambda x: x.y1)
    # The article's text in that column may be several blocks (a paragraph begun part-way down,
    # indented: s14's continuation over six columns): its top is the highest of them.
    column = [x for x in texts if min(x.x1, prev.x1) - max(x.x0, prev.x0) > 0.5 * (prev.x1 - prev.x0)]
    top = min(x.y0 for x in column)
    level = top - page.body <= b.y0 <= prev.y1
    # (on a Latin page a line's box may reach into the gutter past the next column's edge: the
    # Omaha Bee's 'Mr. Robbins said a special law to brimg all' ends 7 px right of where the next
    # column's text starts)
    if not (-page.body if page.latin else 0) < b.x0 - prev.x1 < 2.5 * page.body:
        return False
    if not level:  # whether the article fills its column is asked of its lowest text there (the
        # block standing furthest right may be a paragraph begun indented part-way down: s15)
        return _flows(page, max(column, key=lambda x: x.y1), b)
    end, start = page.lines[prev.lines[-1]], page.lines[b.lines[0]]
    said = end.text.rstrip()
    left = column_left(page, b)
    left = b.x0 if left is None else left
    full = edges(page, prev)[1] - end.box[2] < SHORT_END * prev.size
    # (a story its jump line opens runs on after a sentence's end too: d14's 上接第一版 over two
    # columns; headless briefs side by side stand just so, s08)
    return full and (not said.endswith(ENDS) or continued(page, g)) and start.box[0] - left < INDENT * b.size


def _flows(page: Page, prev: Block, b: Block) -> bool:
    """The article's text fills its column to the foot, and `b` is the first type at the head of
    the next column, with no head over it: a long story set in one flow runs on there, at a
    paragraph's start too (a band of a page set vertically filled, the story goes on at the start
    of the next band: s15, s20)."""
    def under(x: Block, c: Block) -> bool:
        return x.kind != FOLIO and min(x.x1, c.x1) - max(x.x0, c.x0) > 0.5 * (c.x1 - c.x0)

    foot = max(x.y1 for x in page.blocks if under(x, prev))
    head = min((x.y0 for x in page.blocks if under(x, b) and not marks(page, x)), default=b.y0)
    return prev.y1 >= foot - page.body and b.y0 <= head + page.body
