"""Classified advertisements on a Latin page: the columns a nineteenth-century daily filled with
small advertisements under section labels (The Evening Star, Washington, 1859–1866: AMUSEMENTS.,
STEAMBOAT LINES., SPECIAL NOTICES., DENTISTRY., WOOD AND COAL., BOOTS, SHOES, &c.). Each
advertisement there is worded as prose under a head of its own (a steamer's sailings, a theatre's
bill, a dentist's notice), so `latinadverts`' tests, made for display advertisements, passed most
of them as stories, and a theatre's bill set in display lines was ten articles. Under such a
label, down its column, each cell between rules is one advertisement, marked (`Group.advert`),
the label going with the first (a cell longer than any advertisement, LARGE lines, holds several
not parted by rules, as the Star set them: each article in it is marked); the section runs on to the next column's top when it reaches its
column's foot, and ends at a cell that is a story's (a dateline opening it: NEW YORK, Oct. 1.—;
or more lines than any advertisement holds, worded as sentences, with no price)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .blocks import FIGURE, FOLIO, Block, Page
from .latinadverts import LARGE, PRICE, PROSE, SELLING, _bands, _cells, _in_cell, _made_one
from .latinheads import sentence
from .pieces import Group

# the section labels of a newspaper's classified columns (letters only, as `_letters` gives them)
LABELS = ("amusements", "steamboatlines", "steamboats", "steamers", "railroads", "railroadlines",
          "travelersdirectory", "travellersdirectory", "specialnotices", "dentistry", "dentistryc",
          "woodandcoal", "coalandwood", "clothing", "clothingc", "bootsandshoes", "bootsshoesc",
          "trunksbootsshoesc", "drygoods", "groceries", "insurancecompanies", "pawnbrokers", "forrent",
          "forsale", "forrentandsale", "forsaleandrent", "wants", "wanted", "boarding", "educational",
          "lotteries", "auctionsales", "hotels", "pianos", "cabinetwarec", "furniture", "carriages",
          "hatsandcaps", "watchesandjewelry", "lostandfound", "miscellaneous")
LIKE = 0.85  # a line's letters this like a label's at least (OCR's slips: DENTISTRT, AMUSEMENTS.)
EXACT = 9  # a label shorter than this many letters is matched exactly (HOTEL is an advertisement's head, not HOTELS)
SHARE = 0.7  # and the label this share of the line's letters at least (a head beginning WANTED is no label)
DATELINE = re.compile(r"^\W{0,3}[A-Z][A-Za-z.,' ]{2,40}?,\s*(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)"
                      r"[a-z]*\.?\s*\d{1,2}\.?\s*[-—–?]")
# a news column's label: it opens stories, and ends a section of advertisements run on into its column
NEWS = re.compile(r"^\W{0,3}(?:(?:TELEGRAPHIC|LOCAL|CITY|LATEST|FOREIGN|DOMESTIC|GENERAL|WAR|POLITICAL) NEWS|"
                  r"BY TELEGRAPH|NEWS OF THE DAY)\b", re.I)


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalpha())


def label(text: str) -> bool:
    """The line is a classified section's label (AMUSEMENTS., BOOTS, SHOES, &c.): its letters, or
    those before a | where ALTO ran it into the next column's line, are one label's, but for a slip."""
    got = _letters(text.split("|")[0])
    if not got or sentence(text.replace("&c", "")):
        return False
    for lab in LABELS:
        if got == lab or len(lab) >= EXACT and abs(len(got) - len(lab)) <= 1 and \
                SequenceMatcher(None, got, lab).ratio() >= LIKE:
            return True
        if got.startswith(lab) and len(lab) >= SHARE * len(got):
            return True
    return False


def classifieds(page: Page, order: list[Block], groups: list[Group]) -> list[Group]:
    """The page's articles with each cell of a classified section made one article, marked."""
    if not page.latin or not page.columns:
        return groups
    pos = {id(b): k for k, b in enumerate(order)}
    running = False  # the last column's foot was in a section
    for c0, c1 in _bands(page):
        blocks = [b for g in groups for b in g.blocks if b.kind != FOLIO]
        cells = [[b for b in blocks if _in_cell(page, b, c0, c1, top, foot)] for top, foot in _cells(page, c0, c1)]
        cells = [sorted(c, key=lambda b: (b.y0, b.x0)) for c in cells if c]
        carried: list[Block] = []
        section = running
        for cell in cells:
            lines = [i for b in cell if b.kind != FIGURE for i in b.lines]
            if not lines:
                continue
            first = sorted(lines, key=lambda i: page.lines[i].box[1])[:2]
            if any(label(page.lines[i].text) for i in first):
                section = True
            elif section and _story(page, lines, c1 - c0):
                section, carried = False, []
            if not section:
                continue
            told = {id(b) for g in groups if g.advert for b in g.blocks}
            inside = carried + [b for b in cell if id(b) not in told]
            if len(lines) <= 2 and all(label(page.lines[i].text) for i in lines):
                carried = inside  # a label alone between rules: it goes with the cell under it
                continue
            carried = []
            if inside and len(lines) <= LARGE:
                groups = _made_one(groups, inside, pos)
            elif inside:  # several advertisements not parted by rules: each article of them marked,
                mine = {id(b) for b in inside}  # down to a story's (the section's end)
                owned = [g for g in groups if any(id(b) in mine for b in g.blocks) and
                         sum(id(b) in mine for b in g.blocks) * 2 >= len(g.blocks)]
                for g in sorted(owned, key=lambda g: min(pos.get(id(b), 0) for b in g.blocks)):
                    if _news(page, g):
                        section = False
                        break
                    g.advert = True
        running = section
    return groups


def _news(page: Page, g: Group) -> bool:
    """An article that is a story's, not an advertisement's: a dateline in its first lines (RALEIGH,
    N. C., Sept. 29.—), or opened by a news column's label (TELEGRAPHIC NEWS., BY TELEGRAPH.)."""
    ids = sorted((i for b in g.blocks if b.kind != FIGURE for i in b.lines), key=lambda i: page.lines[i].box[1])
    texts = [page.lines[i].text for i in ids[:4]]
    return any(DATELINE.match(t) for t in texts) or any(NEWS.match(t) for t in texts[:2])


def _story(page: Page, lines: list[int], measure: float) -> bool:
    """A cell that is a story's: a dateline or a news column's label in its first lines (NEW YORK,
    Oct. 1.—; TELEGRAPHIC NEWS.), or more lines
    than an advertisement holds, mostly worded as sentences, with no price and no selling words."""
    ids = sorted(lines, key=lambda i: page.lines[i].box[1])
    if any(DATELINE.match(page.lines[i].text) for i in ids[:4]) or any(NEWS.match(page.lines[i].text) for i in ids[:2]):
        return True
    if len(ids) <= LARGE:
        return False
    texts = [page.lines[i].text for i in ids]
    joined = " ".join(texts)
    return sum(sentence(t) for t in texts) >= PROSE * len(texts) and not PRICE.search(joined) and \
        not SELLING.search(joined)
