"""Advertisements in boxes on a Latin page: a country weekly's cards and its shops' notices, each
in a box its rules or border close all round (The Beaver County News, 1916, page 8: Shirley S.
Atkin / ATTORNEY-AT-LAW / Offices: Milford State Bank Building / Phone 19; Dr. O. E. Adkins /
DENTIST; the paper's own Say, You! and Turn Over a New Leaf). Two such columns of boxes stood
where the column finder found no column (their lines centred, no gutter between them), so the
cell tests of `latinadverts` never asked them, and a card's name and trade, set in display type,
were heads: a card was one to four articles, none an advertisement. A box (`frames.enclosed`)
whose type is an advertisement's is one article of what stands in it, marked (`Group.advert`): its
lines are a card's (a dozen at most, mostly capitalised words, none worded as a sentence), or
`advert_like` says so. A box that holds a story's head over text going on outside it (a serial's boxed title, a
feature's boxed head beside its text) is no advertisement, and neither is a cell between rules
holding a story's text (worded as sentences)."""

from __future__ import annotations

from .blocks import FIGURE, FOLIO, Block, Page
from .latinadverts import CAPITALISED, LARGE, SMALL, WORD, _made_one, advert_like
from .latinheads import sentence
from .pieces import Group

LEAST = 2.5  # a box's inside is this many body sizes wide and tall at least (a one-line card's)
CARD_WORDS = 3  # a card has this many words at least
OUTSIDE = 1.0  # an article whose lines outside the box outnumber its lines inside it this much is a story's


def boxed_adverts(page: Page, order: list[Block], groups: list[Group]) -> list[Group]:
    """The page's articles with what stands in each box of an advertisement's type made one
    article, marked. Boxes inside a box are asked first (a card's inner box is the card's)."""
    if not page.latin or not page.graphics.boxes:
        return groups
    pos = {id(b): k for k, b in enumerate(order)}
    for box in sorted(page.graphics.boxes, key=lambda f: (f[2] - f[0]) * (f[3] - f[1])):
        inside = [b for g in groups if not g.advert for b in g.blocks if b.kind != FOLIO and _centred(b, box)]
        if not inside or any(g.advert for g in groups if any(_centred(b, box) for b in g.blocks)):
            continue  # (a box round a box already told: the smaller was the advertisement)
        if _story_over(page, groups, inside) or not _advert_type(page, inside, box[2] - box[0]):
            continue
        groups = _made_one(groups, inside, pos)
    return groups


def _centred(b: Block, box) -> bool:
    cx, cy = (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _story_over(page: Page, groups: list[Group], inside: list[Block]) -> bool:
    """An article with lines in the box has more of its text outside it: the box is its head's
    (or a picture's inside its columns), the story going on outside."""
    mine = {id(b) for b in inside}
    for g in groups:
        if not any(id(b) in mine for b in g.blocks):
            continue
        lines_in = sum(len(b.lines) for b in g.blocks if id(b) in mine)
        lines_out = sum(len(b.lines) for b in g.blocks if id(b) not in mine and b.kind != FIGURE)
        if lines_out > OUTSIDE * lines_in:
            return True
    return False


def _advert_type(page: Page, inside: list[Block], measure: float) -> bool:
    """The box's type is an advertisement's: a card (a dozen lines at most, three words at least,
    mostly capitalised, none worded as a sentence: names, trades, addresses), or as
    `latinadverts.advert_like` tells a cell's. (A filler alone in a cell, The absent are always in
    the wrong., is worded in lowercase.)"""
    ids = [i for b in inside if b.kind != FIGURE for i in b.lines]
    if not ids or len(ids) > LARGE:
        return False
    texts = [page.lines[i].text for i in ids]
    words = [w for t in texts for w in WORD.findall(t)]
    lower = sum(w[0].islower() for w in words) / max(len(words), 1)
    if len(ids) <= SMALL and len(words) >= CARD_WORDS and lower < CAPITALISED and not any(sentence(t) for t in texts):
        return True
    return advert_like(page, inside, measure)
