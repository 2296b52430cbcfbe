"""Articles from blocks in reading order, and each article's text as page text.

- A head (kicker, title, subhead, a column label: display blocks one under another) opens an
  article, which takes the text blocks after it in reading order that stand under the head's
  columns. Text that stands under no open head goes to the nearest article above it in its
  column, or opens an article of its own (a story whose headline is on another page, a brief).
- A picture goes with the head right above it; otherwise it opens a picture story (图片新闻), and
  its caption goes with it.
- Each article's text as page text, head lines and paragraphs: chunks.py.
"""

from __future__ import annotations

import re

from .blocks import DISPLAY, FIGURE, FOLIO, TEXT, TITLE, Block, Page, rule_between
from .chunks import ENDS, INDENT, SHORT_END, continued, edges
from .frames import boxed
from .geometry import is_caps
from .graphics import Box
from .latinheads import dated, german, heads_nothing, small_caps_datelines, title_cased
from .order import LABEL_MOST
from .overlaid import overlaid
from .pieces import Group
from .runon import carried_on
from .tails import beside_heads, tail_of


def _within(b: Block, span: tuple[float, float], slack: float) -> bool:
    return b.x0 >= span[0] - slack and b.x1 <= span[1] + slack or \
        min(b.x1, span[1]) - max(b.x0, span[0]) > 0.6 * (b.x1 - b.x0)


def group_articles(page: Page, order: list[Block], widened: dict[int, Box]) -> list[Group]:
    """The page's articles, each its blocks in reading order."""
    groups: list[Group] = []
    current: Group | None = None
    slack = page.body
    for b in order:
        if b.kind in (TITLE, DISPLAY):
            w = widened.get(id(b), b.box)
            host = current if current is not None and _head_goes_on(page, current, b, w, slack) else \
                _waiting_head(page, [g for g in groups if g is not current], b, w, slack)
            if host is not None:
                host.head.append(b)
                host.span = (min(host.span[0], w[0]), max(host.span[1], w[2]))
                current = host
                continue
            current = Group([b], [], (w[0], w[2]), min(b.y0, w[1]))  # (a head beside its story: its top)
            groups.append(current)
        elif b.kind == FIGURE:
            if current is not None and not current.has_figure and not current.body and _within(b, current.span, slack):
                current.body.append(b)
                current.has_figure = True
            elif current is not None and _inset(page, current, b, slack):
                current.body.append(b)  # a picture inside the story's text: the text goes on under it
            elif page.latin and current is not None and _straddles(page, current, b, slack):
                current.body.append(b)  # its columns reach the picture's right edge now
                current.span = (current.span[0], max(current.span[1], b.x1))
            else:
                current = Group([], [b], (b.x0, b.x1), b.y0, has_figure=True)
                groups.append(current)
        else:  # text, caption
            jumped = _jump_line(page, b) and _nearest_over(groups, b, slack) or tail_of(page, groups, b)
            if jumped:  # (Continued on Second Page.) under a rule at a column's foot: its story's
                jumped.body.append(b)
                continue
            if current is not None and b.y0 >= current.top - slack and _within(b, current.span, slack) and \
                    not _parted(page, current, b):
                current.body.append(b)
                continue
            if page.latin and current is not None and _line_over(page, current, b):
                if not heads_nothing([page.lines[i] for i in current.body[0].lines], False):  # (a credit)
                    current.head = [current.body.pop()]  # a short line centred over its text: its head
                    current.head[0].kind = DISPLAY
                current.body.append(b)
                current.span = (min(current.span[0], b.x0), max(current.span[1], b.x1))
                continue
            home = _home(page, groups, b, slack)
            if home is None and current is not None and _carried(page, current, b):
                current.body.append(b)  # its columns are the article's now
                current.span = (min(current.span[0], b.x0), max(current.span[1], b.x1))
            elif home is not None:
                home.body.append(b)
            elif current is not None and _marks(page, b):
                current.body.append(b)  # a line read as a lone mark (。) opens no article
            elif (host := carried_on(page, groups, b)) is not None:  # a story run on mid-column
                host.body.append(b)
                host.span = (min(host.span[0], b.x0), max(host.span[1], b.x1))
                current = host
            else:
                current = Group([], [b], (b.x0, b.x1), b.y0)
                groups.append(current)
    if page.latin:
        groups = _run_in_heads(page, order, groups, slack)
    groups = boxed(page, order, groups)
    return [g for g in groups if any(x.kind != FIGURE for x in g.blocks)]


def _run_in_heads(page: Page, order: list[Block], groups: list[Group], slack: float) -> list[Group]:
    """On an English page a story's run-in subhead (Reasons for Inquiry., Villa Explains Tax Levy.:
    one line in mixed case, in bold body type) stands in its text: an article it opened goes back
    into the story right over it in its column, unless a rule or white parts them or a dateline
    (LONDON, March 22.—) opens its text, as it opens a new story's. Where the page sets its
    datelines in small capitals (the Omaha Daily Bee: a story opens with its dateline or under a
    deck), one line of capitals in body type over text (AFTERNOON SESSION., THE SUMMING UP.) is
    such a subhead too; over a deck in title case (JERSEY ELECTS. over United States Senator.) it
    heads a story. A line in mixed case after a story headed only by such lines (Der Nordstern's
    telegraph items: Der Kaiser ist zufrieden. after Bismarck's Pläne.) is that story's sibling, an
    item's head, on a German page: a subhead stands under a bigger head."""
    pos = {id(b): k for k, b in enumerate(order)}
    capitals = small_caps_datelines([ln.text for ln in page.lines])
    items = german([ln.text for ln in page.lines])  # a German page heads its items as English subheads
    kept: list[Group] = []
    for g in groups:
        h = g.head[0] if len(g.head) == 1 else None
        line = page.lines[h.lines[0]] if h is not None and h.lines else None
        caps = line is not None and is_caps(line)
        if h is None or h.kind != DISPLAY or len(h.lines) != 1 or caps and not capitals or \
                not caps and not line.text.rstrip().endswith("."):
            kept.append(g)
            continue
        texts = [b for b in g.body if b.kind == TEXT and b.lines]
        host = _home(page, kept, h, slack)
        said = [page.lines[i].text for b in texts[:2] for i in b.lines][:2]
        if not texts or dated(said) or host is None or g.has_figure or caps and title_cased(said[0]) or \
                items and not caps and _sibling(page, host, h):
            kept.append(g)
            continue
        host.body = sorted(host.body + g.head + g.body, key=lambda b: pos.get(id(b), 0))
    return kept


def _line_over(page: Page, g: Group, b: Block) -> bool:
    """Group `g` is one short line in body type and nothing else (Have to Take It, centred at a
    column's head on an English page), and text block `b` starts right under it, wider, the line
    within its columns: the line is the head of `b`'s story, not an article of its own."""
    if g.head or g.has_figure or len(g.body) != 1:
        return False
    x = g.body[0]
    if x.lines and is_caps(page.lines[x.lines[0]]) and small_caps_datelines([ln.text for ln in page.lines]):
        return False  # (capitals in body type where datelines are in capitals: a run-in subhead, _run_in_heads)
    return x.kind == TEXT and len(x.lines) == 1 and x.x1 - x.x0 < 0.8 * (b.x1 - b.x0) and \
        b.x0 - page.body <= x.x0 and x.x1 <= b.x1 + page.body and \
        -page.body < b.y0 - x.y1 < page.body and not _parted(page, g, b)


def _sibling(page: Page, host: Group, h: Block) -> bool:
    """`host`'s head is one-line display blocks in mixed case, in type no bigger than `h`'s (a
    country label over an item's head), or `host` has none (its head garbled, a speck read before
    it, or on the column before): `h`, after it, heads a story as they do."""
    return not host.head or all(x.kind == DISPLAY and len(x.lines) <= 2 and
                                   not any(is_caps(page.lines[i]) for i in x.lines) and x.size <= 1.25 * h.size
                                   for x in host.head)


def _head_goes_on(page: Page, g: Group, b: Block, w: Box, slack: float) -> bool:
    """Head `b` (its box for the cut `w`) goes on group `g`'s head, which has nothing under it yet
    (a scrap read between a head's decks, a letter or two, or on a Latin page a piece of a head's
    line read as text beside it, does not end the head). Heads one under
    another are one head: the later within the earlier's columns, or the earlier within the
    later's (a label over a story's first column, its headline centred over the columns to its
    right)."""
    head_only = not g.has_figure and (not g.body or g.head and all(
        _scrap(page, x) or page.latin and _within(b, g.span, slack) and beside_heads(x, g.head + [b]) for x in g.body))
    return head_only and bool(g.head) and b.y0 - max(x.y1 for x in g.head) < 2.5 * page.body and \
        (_within(b, g.span, slack) or all(_within(h, (w[0], w[2]), slack) for h in g.head) or
         _label_left(page, g, b, w, slack)) and not _ruled_off(page, g.head[-1], b) and not _bigger(g.head, b)


def _label_left(page: Page, g: Group, b: Block, w: Box, slack: float) -> bool:
    """On a Chinese page `g`'s head is a column label (one short line in display type) over the
    column just left of those head `b` is widened over, its top no lower than `b`'s: the label of
    `b`'s story, whose text starts under the label (y01 热线追踪 level with a kicker of its size,
    t17 快报快评 beside a headline read in two pieces)."""
    label = g.head[0]
    return not page.latin and len(g.head) == 1 and label.kind == DISPLAY and len(label.lines) == 1 and \
        len(page.lines[label.lines[0]].text.strip()) <= LABEL_MOST and label.y0 <= b.y0 and \
        label.x1 <= w[0] + slack and -slack <= w[0] - g.span[1] <= 2 * slack


def _waiting_head(page: Page, groups: list[Group], b: Block, w: Box, slack: float) -> Group | None:
    """An earlier head read just before, with nothing under it yet, that head `b` goes on: a head
    of another story level with it (a label beside a kicker, t18's 数据 beside 成交量连续三日放大
    绩优股领涨) was read between the two."""
    for g in reversed(groups):
        if g.body or g.has_figure or not g.head:
            return None
        if _head_goes_on(page, g, b, w, slack):
            return g
    return None


def _bigger(head: list[Block], b: Block) -> bool:
    """A head set clearly bigger than the last part of a head that has its headline already: the
    next story's (a head's decks come down in size, and only a kicker or label stands over a
    bigger line)."""
    return any(h.kind == TITLE for h in head) and b.size > 1.25 * head[-1].size


def _ruled_off(page: Page, upper: Block, lower: Block) -> bool:
    """A rule across the narrower of two heads stands between them: a box's edge or a story's
    foot rule, not the short dash between a headline's decks."""
    x0, x1 = max(upper.x0, lower.x0), min(upper.x1, lower.x1)
    narrow = min(upper.x1 - upper.x0, lower.x1 - lower.x0)
    return any(upper.y1 - 2 <= (r[1] + r[3]) / 2 <= lower.y0 + 2 and min(r[2], x1) - max(r[0], x0) >= 0.8 * narrow
               for r in page.graphics.hrules)


def _carried(page: Page, g: Group, b: Block) -> bool:
    """Text at the head of the next column over runs on from the article read just before it: no
    head over it, its top level with that article's text in the column to its left, whose last
    line is full and stops mid-sentence, and its own first line set flush (a brief's text carried
    over, not the next brief: that one's line before ended a sentence). Or the article fills its
    column to the foot and the text is the first type at the next column's head (`_flows`)."""
    texts = [x for x in g.body if x.kind == TEXT and x.lines and not _marks(page, x)]
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
    home = [c for c in page.columns if c[0] - page.body <= b.x0 <= c[1]]
    left = home[0][0] if home else b.x0
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
    head = min((x.y0 for x in page.blocks if under(x, b) and not _marks(page, x)), default=b.y0)
    return prev.y1 >= foot - page.body and b.y0 <= head + page.body


def _home(page: Page, groups: list[Group], b: Block, slack: float) -> Group | None:
    """The article right above a block in its column: the last whose blocks stand over it, unless
    a rule or a wide white band parts them (then the block opens an article of its own)."""
    best, best_y = None, None
    for g in groups:
        if not _within(b, g.span, slack):
            continue
        y = _above(g, b, slack)
        if y is not None and (best_y is None or y > best_y):
            best, best_y = g, y
    return None if best is None or _parted(page, best, b) else best


def _scrap(page: Page, b: Block) -> bool:
    """A text block of a letter or two: OCR's reading of a speck or a rule's end."""
    return b.kind == TEXT and sum(ch.isalnum() for i in b.lines for ch in page.lines[i].text) < 3


def _marks(page: Page, b: Block) -> bool:
    """A text block of marks alone, no letter or figure: a line the recogniser read as its 。 only
    (s25: 理」。工務部門回應稱… read 。, its box a column's length). It heads nothing and is no
    column's first type."""
    return b.kind == TEXT and not any(ch.isalnum() for i in b.lines for ch in page.lines[i].text)


JUMP = re.compile(r"^\W*continued\s+on\b.{0,25}$", re.I)


def _jump_line(page: Page, b: Block) -> bool:
    """A jump line (Continued on Second Page.): one line saying where its story runs on."""
    return page.latin and len(b.lines) == 1 and bool(JUMP.match(page.lines[b.lines[0]].text.strip()))


def _nearest_over(groups: list[Group], b: Block, slack: float) -> Group | None:
    """The article whose blocks stand nearest over `b` in its column, whatever parts them."""
    best = max(((g, y) for g in groups if (y := _above(g, b, slack)) is not None), key=lambda t: t[1], default=None)
    return best[0] if best else None


def _over(g: Group, b: Block, slack: float) -> Block | None:
    """The lowest of an article's blocks over `b` (its head over the article's whole span)."""
    over = [x for x in g.blocks if x.y1 <= b.y0 + slack and
            (min(x.x1, b.x1) - max(x.x0, b.x0) > 0 or x in g.head and _within(b, g.span, slack))]
    return max(over, key=lambda x: x.y1) if over else None


def _above(g: Group, b: Block, slack: float) -> float | None:
    x = _over(g, b, slack)
    return None if x is None else x.y1


PARTED = 2.5  # white this many body sizes tall under an article's last block in a column ends it
PARTED_TEXT = 1.6  # under its text (not its head or a caption) on a Chinese page: a row's gap is 1.8,
# a paragraph's under 0.6


def _inset(page: Page, g: Group, b: Block, slack: float) -> bool:
    """Picture `b` stands inside headed article `g`'s text: within its columns, right under its
    head or its text there (a line's gap or so, no rule between), as a picture set into a story's
    columns stands, the text going on under it."""
    if not g.head or not _within(b, g.span, slack) or b.y0 < g.top - slack:
        return False
    x = _over(g, b, slack)
    if x is None or x.kind == FIGURE or b.y0 - x.y1 > PARTED * page.body and not _beside_text(g, b, page.body):
        return False
    return not _rule_under(page, x, b)


def _straddles(page: Page, g: Group, b: Block, slack: float) -> bool:
    """Picture `b` is set across the gutter at the right of headed article `g`'s columns, half of it
    or more over them, inside its text as `_inset` asks (Senator Black's photo in the Park Record's
    review, its second and third columns' text set round it): it is the article's."""
    lo, hi = g.span
    if not g.head or b.x1 <= hi + slack or b.x0 < lo - slack or (b.x0 + b.x1) / 2 > hi + slack:
        return False
    return _inset(page, Group(g.head, g.body, (lo, b.x1), g.top, has_figure=g.has_figure), b, slack)


def _rule_under(page: Page, x: Block, b: Block) -> bool:
    """A rule across `b`'s width stands between block `x` and block `b` under it."""
    return rule_between(page.graphics.hrules, b.x0, b.x1, x.y1 - 0.2 * page.body, b.y0 + 0.2 * page.body)


def _beside_text(g: Group, b: Block, body: float) -> bool:
    """Picture `b`'s top stands within the rows of article `g`'s text in the column beside it
    (d11: a drawing beside a listing's one column, under the listing's head and lower than the
    text's first line; the text may be read in pieces, a listing's times apart from its names)."""
    near = [x for x in g.body if x.kind == TEXT and min(abs(b.x0 - x.x1), abs(x.x0 - b.x1)) < 2 * body]
    return bool(near) and min(x.y0 for x in near) <= b.y0 <= max(x.y1 for x in near) - body


def _parted(page: Page, g: Group, b: Block) -> bool:
    """Text `b` does not run on from article `g` over it: a rule stands across it between them
    (a story's foot rule, a box's top edge), or white taller than a few lines' leading under all
    of it (not under a picture: its caption may stand in one column and leave the next white)."""
    x = _over(g, b, page.body)
    if x is None or page.latin and overlaid(page, g, x, b):
        return False
    if _rule_under(page, x, b) and \
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
    if not (page.latin and x.kind in (TITLE, DISPLAY) and x in g.head and all(_scrap(page, o) for o in g.body)):
        return False
    near = OWN_RULE * page.body
    rules = [r for r in page.graphics.hrules if x.y1 - 0.2 * page.body <= (r[1] + r[3]) / 2 <= b.y0 + 0.2 * page.body
             and min(r[2], b.x1) - max(r[0], b.x0) > 0]
    if not rules or any(r[2] - r[0] > 1.5 * (b.x1 - b.x0) or (r[1] + r[3]) / 2 - x.y1 > near or
                        b.y0 - (r[1] + r[3]) / 2 > near for r in rules):
        return False
    return not any(o is not x and o is not b and not _scrap(page, o) and o.y0 >= x.y1 - 0.2 * page.body and
                   o.y1 <= b.y0 + 0.2 * page.body and min(o.x1, b.x1) - max(o.x0, b.x0) > 0 for o in page.blocks)


CUT_OFF = 0.4  # a rule centred in a column, this share of its width: the cut-off between two stories


def _cut_off(page: Page, b: Block, y0: float, y1: float) -> bool:
    """A short rule centred over text `b`, between heights y0 and y1 (the text over it ends a
    story): an old English page parts the stories down a column so (the Evening Star's rule half
    a column wide over German War Loan a Big Success.). Not the shorter dash between a head's
    decks: that stands under a head, not under text."""
    mid, width = (b.x0 + b.x1) / 2, b.x1 - b.x0
    return any(y0 - 0.2 * page.body <= (r[1] + r[3]) / 2 <= y1 + 0.2 * page.body and r[2] - r[0] >= CUT_OFF * width
               and abs((r[0] + r[2]) / 2 - mid) <= 0.15 * width for r in page.graphics.hrules)


def _white(page: Page, x0: float, x1: float, y0: float, y1: float) -> bool:
    """No type between heights y0 and y1 over x0..x1 on the page image: lines the recogniser did
    not read (a worn old page, a headline ALTO has no text for) leave ink there, not white.
    Without an image, nothing says so."""
    if page.ink is None:
        return False
    band = page.ink[max(0, int(y0)):max(0, int(y1)), max(0, int(x0)):max(0, int(x1))]
    return band.size == 0 or float((band.mean(axis=1) > 0.02).mean()) < 0.1
