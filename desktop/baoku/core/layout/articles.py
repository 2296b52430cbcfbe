"""Articles from blocks in reading order, and each article's text as page text.

- A head (kicker, title, subhead, a column label: display blocks one under another) opens an
  article, which takes the text blocks after it in reading order that stand under the head's
  columns. Text that stands under no open head goes to the nearest article above it in its
  column, or opens an article of its own (a story whose headline is on another page, a brief).
- A picture goes with the head right above it; otherwise it opens a picture story (图片新闻), and
  its caption goes with it.
- Each article's text as page text, head lines and paragraphs: chunks.py.

Asked here, decided apart: whether a rule or white parts a block from the article over it
(parting.py), and whether text with no head over it runs on from the story before it into the
next column (runon.py).
"""

from __future__ import annotations

import re

from .blocks import DISPLAY, FIGURE, TEXT, TITLE, Block, Page
from .frames import boxed
from .geometry import is_caps
from .graphics import Box
from .latinheads import dated, german, heads_nothing, small_caps_datelines, title_cased
from .order import LABEL_MOST
from .parting import PARTED, above, over, parted, rule_under, within
from .pieces import Group, marks, scrap
from .runon import carried, carried_on
from .tails import beside_heads, tail_of


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
            if current is not None and not current.has_figure and not current.body and within(b, current.span, slack):
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
            if current is not None and b.y0 >= current.top - slack and within(b, current.span, slack) and \
                    not parted(page, current, b):
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
            if home is None and current is not None and carried(page, current, b):
                current.body.append(b)  # its columns are the article's now
                current.span = (min(current.span[0], b.x0), max(current.span[1], b.x1))
            elif home is not None:
                home.body.append(b)
            elif current is not None and marks(page, b):
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
        -page.body < b.y0 - x.y1 < page.body and not parted(page, g, b)


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
        scrap(page, x) or page.latin and within(b, g.span, slack) and beside_heads(x, g.head + [b]) for x in g.body))
    return head_only and bool(g.head) and b.y0 - max(x.y1 for x in g.head) < 2.5 * page.body and \
        (within(b, g.span, slack) or all(within(h, (w[0], w[2]), slack) for h in g.head) or
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


def _home(page: Page, groups: list[Group], b: Block, slack: float) -> Group | None:
    """The article right above a block in its column: the last whose blocks stand over it, unless
    a rule or a wide white band parts them (then the block opens an article of its own)."""
    best, best_y = None, None
    for g in groups:
        if not within(b, g.span, slack):
            continue
        y = above(g, b, slack)
        if y is not None and (best_y is None or y > best_y):
            best, best_y = g, y
    return None if best is None or parted(page, best, b) else best


JUMP = re.compile(r"^\W*continued\s+on\b.{0,25}$", re.I)


def _jump_line(page: Page, b: Block) -> bool:
    """A jump line (Continued on Second Page.): one line saying where its story runs on."""
    return page.latin and len(b.lines) == 1 and bool(JUMP.match(page.lines[b.lines[0]].text.strip()))


def _nearest_over(groups: list[Group], b: Block, slack: float) -> Group | None:
    """The article whose blocks stand nearest over `b` in its column, whatever parts them."""
    best = max(((g, y) for g in groups if (y := above(g, b, slack)) is not None), key=lambda t: t[1], default=None)
    return best[0] if best else None


def _inset(page: Page, g: Group, b: Block, slack: float) -> bool:
    """Picture `b` stands inside headed article `g`'s text: within its columns, right under its
    head or its text there (a line's gap or so, no rule between), as a picture set into a story's
    columns stands, the text going on under it."""
    if not g.head or not within(b, g.span, slack) or b.y0 < g.top - slack:
        return False
    x = over(g, b, slack)
    if x is None or x.kind == FIGURE or b.y0 - x.y1 > PARTED * page.body and not _beside_text(g, b, page.body):
        return False
    return not rule_under(page, x, b)


def _straddles(page: Page, g: Group, b: Block, slack: float) -> bool:
    """Picture `b` is set across the gutter at the right of headed article `g`'s columns, half of it
    or more over them, inside its text as `_inset` asks (Senator Black's photo in the Park Record's
    review, its second and third columns' text set round it): it is the article's."""
    lo, hi = g.span
    if not g.head or b.x1 <= hi + slack or b.x0 < lo - slack or (b.x0 + b.x1) / 2 > hi + slack:
        return False
    return _inset(page, Group(g.head, g.body, (lo, b.x1), g.top, has_figure=g.has_figure), b, slack)


def _beside_text(g: Group, b: Block, body: float) -> bool:
    """Picture `b`'s top stands within the rows of article `g`'s text in the column beside it
    (d11: a drawing beside a listing's one column, under the listing's head and lower than the
    text's first line; the text may be read in pieces, a listing's times apart from its names)."""
    near = [x for x in g.body if x.kind == TEXT and min(abs(b.x0 - x.x1), abs(x.x0 - b.x1)) < 2 * body]
    return bool(near) and min(x.y0 for x in near) <= b.y0 <= max(x.y1 for x in near) - body
