"""Advertisements on a Latin page: a box or a cell of a column set apart by rules, its lines
centred in mixed sizes, shop names in capitals, prices ($1.50, 35c), few full sentences (The Park
Record, 1935: Cuticura OINTMENT … SOAP to keep your scalp clean., HOTEL Temple Square Rates $1.50
to $3.00, NEXT YEAR GO TO Westminster College). The layout reads such a cell's lines of display
type as heads, so an advertisement was two to five articles, each a piece of it. A column is cut
into cells at the rules across it and where type printed white on black begins (a box set solid
black has no rule the rule finder sees: Murine's under a story); a cell whose type is an
advertisement's, or which opens with type printed white on black (Murine; HEWLETT'S banner over
its Dover, Delaware history), becomes one article of what stands in it (`Group.advert`), taken out
of the articles it was in; nothing is dropped."""

from __future__ import annotations

import re

from .blocks import DISPLAY, FIGURE, FOLIO, TEXT, TITLE, Block, Page
from .latinheads import sentence
from .pieces import Group

CUT = 0.8  # a rule this share of a column's width at least cuts the column into cells
PRICE_MARKS = r"\$\s?\d|\b\d+\s?[c¢]\b|\bcents\b"  # a price in dollars or cents (readingnotices' prices too)
PRICE = re.compile(PRICE_MARKS + r"|\bper (?:box|bottle|dozen|pound|year)\b", re.I)
GUTTER = 0.5  # columns closer than this many body sizes are parted by a rule, not a gutter
COLUMN_RULE = 0.3  # a rule this share of the page's height long parts columns
INSIDE = 0.8  # a block with this share of its width in a column stands in it
WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
FULL = 0.85  # a line this share of its column's measure wide at least is set full, as a story's text
PROSE = 0.5  # a cell with this share of its lines worded as sentences at least is a story's
SET_FULL = 0.6  # and one with this share of its lines set full
SMALL = 12  # lines of a small advertisement at most
LARGE = 40  # and of any (the Park Record's biggest, the hotel's box, is 22 lines): more are a column's stories
WORDS = 4  # an advertisement has this many words at least, or a price ($3.00 over small print read as scraps)
CAPITALISED = 0.45  # an advertisement's words: under this share start in lowercase (a story's: 0.6 to 0.9)
PRICED = 0.7  # or under this share, beside a price
PRICED_FULL = 0.45  # and under this share of the lines set full
# the words of selling by post, which readingnotices' asks hold as well
MAIL_ORDER = r"free (?:sample|booklet|trial)|money back|write (?:for|today)|send for|postpaid|mail (?:this|the) coupon"
SELLING = re.compile(r"\b(?:(?:all|good|leading|your) (?:good )?(?:druggists|dealers|grocers|drug stores)|"
                     r"sold (?:by|everywhere)|ask (?:your )?(?:druggist|dealer|grocer)|by buying|patroni[sz]e|"
                     + MAIL_ORDER + r")\b", re.I)
BUY = re.compile(SELLING.pattern + r"|\bbuy(?:ing)?\b", re.I)
REVERSE = 0.65  # a line whose box is this share dark at least is printed white on black (type on white: 0.45 at most)


def adverts(page: Page, order: list[Block], groups: list[Group]) -> list[Group]:
    """The page's articles with each advertisement's pieces made one article, marked `advert`."""
    if not page.latin or not page.columns:
        return groups
    pos = {id(b): k for k, b in enumerate(order)}
    bands = _bands(page)
    taken: set[int] = set()  # an advertisement's across columns: no column's cell takes its blocks again
    for x0, top, x1, foot in _wide_cells(page, bands):
        inside = [b for g in groups if not g.advert for b in g.blocks if b.kind != FOLIO and
                  x0 - page.body <= b.x0 and b.x1 <= x1 + page.body and top <= (b.y0 + b.y1) / 2 <= foot]
        if inside and (advert_like(page, inside, x1 - x0) or _opened_reversed(page, inside) or _sells(page, inside)):
            groups = _made_one(groups, inside, pos)
            taken |= {id(b) for b in inside}
    for c0, c1 in bands:
        wider = [f for f in page.graphics.boxes if f[0] < c0 - page.body or f[2] > c1 + page.body]
        blocks = [b for g in groups for b in g.blocks if b.kind != FOLIO and id(b) not in taken and
                  not any(_boxed(b, f) for f in wider)]  # (a box wider than the column is asked whole: latinboxes)
        cells = [[b for b in blocks if _in_cell(page, b, c0, c1, top, foot)] for top, foot in _cells(page, c0, c1)]
        cells = [c for c in cells if c]
        ads = [advert_like(page, c, c1 - c0) or _opened_reversed(page, c) or _sells(page, c) for c in cells]
        runs = [False] * len(cells)
        for k, c in enumerate(cells):
            runs[k] = bool(k) and ads[k - 1] and not ads[k] and _runs_on(page, c, c1 - c0, BUY)
            ads[k] = ads[k] or runs[k] or _runs_on(page, c, c1 - c0, SELLING)
        for k, inside in enumerate(cells):
            if runs[k] or not ads[k]:
                continue  # (a cell running on the one over it is taken with it)
            if k and not ads[k - 1] and _name_over(page, cells[k - 1]):
                inside = cells[k - 1] + inside  # a line or two over its box: its name (SALT LAKE'S NEWEST HOSTELRY)
            j = k + 1
            while j < len(cells) and runs[j]:
                inside, j = inside + cells[j], j + 1  # its verse or slogan under it (Sally Sez's)
            groups = _made_one(groups, inside, pos)
    return groups


def _bands(page: Page) -> list[tuple[float, float]]:
    """The page's columns, two parted only by a short rule (a box's side, a drawing's frame, which
    the column finder may take for a column rule: the Park Record's ALTO) one: no gutter between
    them, and the rule there runs a small part of the page's height."""
    out: list[tuple[float, float]] = []
    for c0, c1 in sorted(page.columns):
        rules = [r for r in page.graphics.vrules if out and r[0] - 1 <= c0 and r[2] + 1 >= out[-1][1]]
        if out and c0 - out[-1][1] < GUTTER * page.body and rules and \
                all(r[3] - r[1] < COLUMN_RULE * page.height for r in rules):
            out[-1] = (out[-1][0], c1)
        else:
            out.append((c0, c1))
    return out


def _wide_cells(page: Page, bands: list[tuple[float, float]]) -> list[tuple[float, float, float, float]]:
    """Cells closed by rules across two columns or more (x0, top, x1, foot): a rule over most of
    two columns' widths at least, and the next such rule under it, level with it at both ends
    (within a body size): a box over several columns (a store's sale)."""
    def spans(r) -> int:
        return sum(min(r[2], c1) - max(r[0], c0) >= CUT * (c1 - c0) for c0, c1 in bands)

    wide = sorted((r for r in page.graphics.hrules if spans(r) >= 2), key=lambda r: r[1])
    out = []
    for k, a in enumerate(wide):
        for b in wide[k + 1:]:
            if abs(a[0] - b[0]) <= page.body and abs(a[2] - b[2]) <= page.body:
                if b[1] - a[3] < page.height / 2:
                    out.append((a[0], (a[1] + a[3]) / 2, a[2], (b[1] + b[3]) / 2))
                break
    return out


def _made_one(groups: list[Group], inside: list[Block], pos: dict[int, int]) -> list[Group]:
    """The blocks `inside` (an advertisement's) taken out of their articles into one of their own."""
    owners = [g for g in groups if any(b in inside for b in g.blocks)]
    if len(owners) == 1 and all(b in inside for b in owners[0].blocks):
        owners[0].advert = True
        return groups
    ad = _one(sorted(inside, key=lambda b: pos.get(id(b), 0)))
    first = min(pos.get(id(b), 0) for b in inside)
    at = groups.index(min(owners, key=lambda g: min(pos.get(id(b), 0) for b in g.blocks if b in inside)))
    for g in owners:
        g.head = [b for b in g.head if b not in inside]
        g.body = [b for b in g.body if b not in inside]
        g.has_figure = any(b.kind == FIGURE for b in g.body)
        if g.blocks and min(pos.get(id(b), 0) for b in g.blocks) < first:
            at = max(at, groups.index(g) + 1)  # after a story it was read at the end of (Murine's)
    groups.insert(at, ad)
    return [g for g in groups if g.blocks]


def _name_over(page: Page, cell: list[Block]) -> bool:
    """A cell of a line or two, none worded as a sentence: over an advertisement, its name."""
    lines = [page.lines[i].text for b in cell for i in b.lines]
    return 0 < len(lines) <= 2 and not any(sentence(t) for t in lines)


def _cells(page: Page, c0: float, c1: float) -> list[tuple[float, float]]:
    """Column c0..c1 cut at the rules across it (a box's edges too) and over each run of lines
    printed white on black, top to foot. A rule inside such a run or along its foot is the edge of
    its black ground (HEWLETT'S banner), not one parting the column there."""
    runs: list[list[float]] = []
    for i in sorted((i for i in page.reverse if c0 <= _middle(page.lines[i].box) <= c1),
                    key=lambda i: page.lines[i].box[1]):
        top, bottom = page.lines[i].box[1], page.lines[i].box[3]
        if runs and top <= runs[-1][1] + page.body:
            runs[-1][1] = max(runs[-1][1], bottom)
        else:
            runs.append([top, bottom])
    rules = [r for r in page.graphics.hrules if min(r[2], c1) - max(r[0], c0) >= CUT * (c1 - c0) and
             not any(top < r[1] <= bottom + page.body / 3 for top, bottom in runs)]
    cuts = [(r[1] + r[3]) / 2 for r in rules] + [top - page.body / 4 for top, _ in runs]
    bounds = [0.0, *sorted(cuts), float(page.height)]
    return list(zip(bounds, bounds[1:]))


def _boxed(b: Block, box) -> bool:
    """Block `b`'s middle is inside the box."""
    cx, cy = (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _middle(box) -> float:
    return (box[0] + box[2]) / 2


def _opened_reversed(page: Page, cell: list[Block]) -> bool:
    """The cell's top line is printed white on black, and it holds more than a line or two: an
    advertisement's box or banner (a story's head is printed black on white)."""
    ids = [i for b in cell for i in b.lines]
    if len(ids) < 3 or len(ids) > LARGE:
        return False
    top = min(ids, key=lambda i: page.lines[i].box[1])
    return top in page.reverse


def _runs_on(page: Page, cell: list[Block], measure: float, words: re.Pattern) -> bool:
    """A cell of a few lines, opened by no head of its own and not mostly set full as a story's
    text, whose `words` sell: an advertisement's verse or slogan (LET'S PATRONIZE HOME INDUSTRY).
    Under an advertisement's cell, a line that asks to buy is enough (All careful people like to
    buy, / The products of the West)."""
    ids = [i for b in cell if b.kind != FIGURE for i in b.lines]
    if not ids or len(ids) > SMALL or min(cell, key=lambda b: b.y0).kind in (TITLE, DISPLAY):
        return False
    if sum(page.lines[i].box[2] - page.lines[i].box[0] >= FULL * measure for i in ids) >= SET_FULL * len(ids):
        return False
    return bool(words.search(re.sub(r"-\s+", "", " ".join(page.lines[i].text for i in sorted(ids)))))


def _sells(page: Page, cell: list[Block]) -> bool:
    """A cell worded as a story whose words sell (all good druggists, sold by, by buying, write
    for) beside a price (35c and 60c): an advertisement set as a story (Milnesia Wafers). One
    head at most, at its top: a cell of several stories is no one advertisement."""
    ids = [i for b in cell if b.kind != FIGURE for i in b.lines]
    if not 3 <= len(ids) <= LARGE:
        return False
    kinds = [b.kind for b in sorted(cell, key=lambda b: b.y0) if b.kind != FIGURE]
    if any(k in (TITLE, DISPLAY) for k in kinds[kinds.index(TEXT):]) if TEXT in kinds else True:
        return False
    text = re.sub(r"-\s+", "", " ".join(page.lines[i].text for i in sorted(ids)))
    return bool(SELLING.search(text) and PRICE.search(text))


def reverse_lines(gray, lines, figures, body: float) -> set[int]:
    """The lines printed white on black (a box set solid, a banner): their boxes are mostly dark
    (below the page's Otsu threshold between paper and ink), where black type on white fills less
    than half its box. Lines in a picture are the picture's, and so are scraps: a line of fewer than
    four letters, of more signs than letters, or lower than most of a body line (read on a rule)."""
    import cv2
    import numpy as np

    from .graphics import mostly_in

    t, _ = cv2.threshold(cv2.medianBlur(gray, 3), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    out = set()
    for i, ln in enumerate(lines):
        x0, y0, x1, y1 = (max(0, int(v)) for v in ln.box)
        part = gray[y0:y1, x0:x1]
        letters = sum(ch.isalpha() for ch in ln.text)
        if part.size and letters >= 4 and letters >= 0.75 * len(ln.text.replace(" ", "")) and \
                y1 - y0 >= 0.8 * body and not any(mostly_in(ln.box, f) for f in figures) and \
                float(np.mean(part <= t)) >= REVERSE:  # (not a scrap read in a picture or on a rule)
            out.add(i)
    return out


def _in_cell(page: Page, b: Block, c0: float, c1: float, top: float, foot: float) -> bool:
    """Block `b` stands in the cell: most of its width within the column (a line of display type may
    reach into the gutters), its middle between the cell's rules."""
    inside = min(b.x1, c1) - max(b.x0, c0) >= INSIDE * (b.x1 - b.x0)
    return inside and top <= (b.y0 + b.y1) / 2 <= foot


def _one(blocks: list[Block]) -> Group:
    """What stands in a cell as one article, its first line of display type its head."""
    head = blocks[:1] if blocks[0].kind in (TITLE, DISPLAY) else []
    body = blocks[len(head):]
    return Group(head, body, (min(b.x0 for b in blocks), max(b.x1 for b in blocks)), min(b.y0 for b in blocks),
                 has_figure=any(b.kind == FIGURE for b in body), advert=True)


def advert_like(page: Page, blocks: list[Block], measure: float) -> bool:
    """The type of a cell is an advertisement's: three lines at least, under half of them worded
    as sentences and few lines of text type set full, no more than a column's cell of stories holds, and a price with
    few lowercase words and fewer lines set full; or words mostly
    capitalised (names and wares: NEXT YEAR GO TO Westminster College SALT LAKE CITY, UTAH); or
    text in short centred lines, none set full, under type twice the text's size, in a small cell
    (Cuticura OINTMENT will aid in removing that itching dandruff)."""
    ids = [i for b in blocks if b.kind != FIGURE for i in b.lines]
    if not 3 <= len(ids) <= LARGE:
        return False
    lines = [page.lines[i] for i in ids]
    texts = [ln.text for ln in lines]
    words = [w for t in texts for w in WORD.findall(t)]
    text = [i for b in blocks if b.kind == TEXT for i in b.lines]
    full = sum(page.lines[i].box[2] - page.lines[i].box[0] >= FULL * measure for i in text)  # (display type
    # as wide as its column, ROYAL / BAKING / POWDER, is no story's text set full)
    priced = any(PRICE.search(t) for t in texts)
    if len(words) < WORDS and not priced or sum(sentence(t) for t in texts) >= PROSE * len(lines) or \
            full >= SET_FULL * len(lines):
        return False  # (a head alone in a box, a story's text, scraps read in a drawing)
    lower = sum(w[0].islower() for w in words) / max(len(words), 1)
    if lower < CAPITALISED or lower < PRICED and priced and full < PRICED_FULL * len(lines):
        return True
    sizes = page.sizes or [page.body] * len(page.lines)
    return bool(text) and not full and len(ids) <= SMALL and \
        max(sizes[i] for i in ids) >= 2 * min(sizes[i] for i in text)
