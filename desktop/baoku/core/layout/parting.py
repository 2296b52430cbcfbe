"""Whether a text block goes on from the article over it in its column, or something parts them:
a rule across it between them (a story's foot rule, a box's top edge, the short rule an old
English page centres between two stories), or white taller than a few lines' leading. And the
geometry the grouping of blocks into articles (articles.py) asks with it: a block within an
article's columns, the article's lowest block over it."""

from __future__ import annotations

from .blocks import DISPLAY, FIGURE, TEXT, TITLE, Block, Page, rule_between
from .overlaid import overlaid
from .pieces import Group, scrap
from .tables import row_rule


def within(b: Block, span: tuple[float, float], slack: float) -> bool:
    """Block `b` stands within the columns `span` (x0, x1) of an article, `slack` either side, or
    mostly over them."""
    return b.x0 >= span[0] - slack and b.x1 <= span[1] + slack or \
        min(b.x1, span[1]) - max(b.x0, span[0]) > 0.6 * (b.x1 - b.x0)


def over(g: Group, b: Block, slack: float) -> Block | None:
    """The lowest of an article's blocks over `b` (its head over the article's whole span)."""
    found = [x for x in g.blocks if x.y1 <= b.y0 + slack and
             (min(x.x1, b.x1) - max(x.x0, b.x0) > 0 or x in g.head and within(b, g.span, slack))]
    return max(found, key=lambda x: x.y1) if found else None


def above(g: Group, b: Block, slack: float) -> float | None:
    x = over(g, b, slack)
    return None if x is None else x.y1


PARTED = 2.5  # white this many body sizes tall under an article's last block in a column ends it
PARTED_TEXT = 1.6  # under its text (not its head or a caption) on a Chinese page: a row's gap is 1.8,
# a paragraph's under 0.6


def rule_under(page: Page, x: Block, b: Block) -> bool:
    """A rule across `b`'s width stands between block `x` and block `b` under it (on a Chinese
    page, not a table's row rule: a story's table parts none of its rows from the story, g03)."""
    return rule_between(_parting_rules(page), b.x0, b.x1, x.y1 - 0.2 * page.body, b.y0 + 0.2 * page.body)


def _parting_rules(page: Page) -> list:
    return page.graphics.hrules if page.latin else [r for r in page.graphics.hrules if not row_rule(page, r)]



def parted(page: Page, g: Group, b: Block) -> bool:
    """Text `b` does not run on from article `g` over it: a rule stands across it between them
    (a story's foot rule, a box's top edge), or white taller than a few lines' leading under all
    of it (not under a picture: its caption may stand in one column and leave the next white)."""
    x = over(g, b, page.body)
    if x is None or page.latin and overlaid(page, g, x, b):
        return False
    if rule_under(page, x, b) and \
            not _own_rule(page, g, x, b):
        return True
    if x.kind == TEXT and _cut_off(page, b, x.y1, b.y0):
        return True
    # The white is measured under the article's last line anywhere over its columns: none when
    # some of it stands level with `b` (a scrap cut off a line at a gutter, its text beside it).
    if any(min(o.y1, b.y1) - max(o.y0, b.y0) > 0 for o in g.blocks):
        return False
    last = max((o for o in g.blocks if o.y1 <= b.y0 + page.body), key=lambda o: o.y1)
    white = PARTED_TEXT if last.kind == TEXT and not page.latin else PARTED  # (not measured on Latin pages)
    return last.kind != FIGURE and b.y0 - last.y1 > white * page.body and _white(page, b.x0, b.x1, last.y1, b.y0)


OWN_RULE = 1.5  # a head's own rule: this many body sizes under it at most, and its text as close under it


def _own_rule(page: Page, g: Group, x: Block, b: Block) -> bool:
    """On a Latin page, the rule between `x` and text `b` under it is the head's own: `x` is the head
    of article `g`, which has no text yet (a scrap at most), the rule stands right under it, no
    wider than its column, and `b` right under the rule, nothing between (Der Nordstern's Staat
    Minnesota., a heavy rule over it and a thin one under it, then its notes). A head ends no
    story: its rule parts it from nothing. A page-wide rule under a folio row's piece, or a
    section label's rule with an item's head under it, is no such rule."""
    if not (page.latin and x.kind in (TITLE, DISPLAY) and x in g.head and all(scrap(page, o) for o in g.body)):
        return False
    near = OWN_RULE * page.body
    rules = [r for r in page.graphics.hrules if x.y1 - 0.2 * page.body <= (r[1] + r[3]) / 2 <= b.y0 + 0.2 * page.body
             and min(r[2], b.x1) - max(r[0], b.x0) > 0]
    if not rules or any(r[2] - r[0] > 1.5 * (b.x1 - b.x0) or (r[1] + r[3]) / 2 - x.y1 > near or
                        b.y0 - (r[1] + r[3]) / 2 > near for r in rules):
        return False
    return not any(o is not x and o is not b and not scrap(page, o) and o.y0 >= x.y1 - 0.2 * page.body and
                   o.y1 <= b.y0 + 0.2 * page.body and min(o.x1, b.x1) - max(o.x0, b.x0) > 0 for o in page.blocks)


CUT_OFF = 0.4  # a rule centred in a column, this share of its width: the cut-off between two stories


def _cut_off(page: Page, b: Block, y0: float, y1: float) -> bool:
    """A short rule centred over text `b`, between heights y0 and y1 (the text over it ends a
    story): an old English page parts the stories down a column so (the Evening Star's rule half
    a column wide over German War Loan a Big Success.). Not the shorter dash between a head's
    decks: that stands under a head, not under text."""
    mid, width = (b.x0 + b.x1) / 2, b.x1 - b.x0
    return any(y0 - 0.2 * page.body <= (r[1] + r[3]) / 2 <= y1 + 0.2 * page.body and r[2] - r[0] >= CUT_OFF * width
               and abs((r[0] + r[2]) / 2 - mid) <= 0.15 * width for r in _parting_rules(page))


def _white(page: Page, x0: float, x1: float, y0: float, y1: float) -> bool:
    """No type between heights y0 and y1 over x0..x1 on the page image: lines the recogniser did
    not read (a worn old page, a headline ALTO has no text for) leave ink there, not white.
    Without an image, nothing says so."""
    if page.ink is None:
        return False
    band = page.ink[max(0, int(y0)):max(0, int(y1)), max(0, int(x0)):max(0, int(x1))]
    return band.size == 0 or float((band.mean(axis=1) > 0.02).mean()) < 0.1
