"""A story carried on mid-column on a Latin page.

A story at a column's foot runs on in the next column, not always at its top: under a short item
that ends part-way down it (The Park Record's American Legion Notes, ending column 4 with Roy
Schilling, assistant superin-, goes on in column 5 under CARD OF THANKS: tendent of the Utah
Copper, …). No head opens the run-on, and a rule or white parts it from the item over it, so it
would open a headless article. Its text says where it belongs: it starts mid-sentence (its first
word in lowercase), and the story it carries on stops mid-sentence (its last line ends with no
full stop)."""

from __future__ import annotations

import re

from .blocks import FOLIO, TEXT, Block, Page
from .chunks import ENDS, INDENT
from .pieces import Group

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
    home = [c for c in page.columns if c[0] - page.body <= b.x0 <= c[1]]
    if word is None or not word.group()[0].islower() or not home or first.box[0] - home[0][0] >= INDENT * b.size:
        return None
    left = [c for c in page.columns if c[1] <= b.x0 + page.body]
    if not left or not any(x is not b and x.kind != FOLIO and x.y1 <= b.y0 + page.body and _shares(x, b.x0, b.x1)
                           for x in page.blocks):
        return None  # (a column's top: the column-top rules, `articles._carried`, ask it)
    a, z = max(left, key=lambda c: c[1])
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
