"""A column of advertisements on a Latin page, stored as one article. A daily's classified columns
(The Evening Star, Washington, 1859–1866: a lottery's schemes, a steamer's sailings, a theatre's
bill, a dentist's card, each under a head of its own, five columns of them) and a weekly's column
of legal notices and cards (The Beaver County News, 1916: Notice of Publication five times over)
were told advertisements one cell or one piece at a time, so a page of advertisements was forty
to seventy marked articles beside its seven stories. A reader counts none of them a story; what
they see is a column of advertisements. So advertisements stacked in one column (together no
wider than the page's column of text), nothing else standing between them there, are one
article, marked (`Group.advert`), read top to foot; so is a short piece read between two of them
worded as no sentence (a bill's cast list, a name). An advertisement across two columns or more,
and any article that is not one, stay as they were."""

from __future__ import annotations

from statistics import median

from .blocks import FOLIO, TEXT, Block, Page
from .latinheads import sentence
from .pieces import Group

LANE = 1.3  # advertisements stacked in a span this many times the page's column of text wide at most are one column's
GAP = 8.0  # and this many body sizes apart at most (a bill set open, Canterbury Hall's, has 5 between its pieces)
PIECE = 4  # a piece between two advertisements of this many lines at most, worded as no sentence, is theirs
FULL_BLOCK = 3  # lines of a text block at least for its width to be the page's measure


def advert_columns(page: Page, order: list[Block], groups: list[Group]) -> list[Group]:
    """The page's articles with each column's runs of advertisements made one article each."""
    if not page.latin or not any(g.advert for g in groups):
        return groups
    measure = _measure(page)
    if not measure:
        return groups
    mine = sorted((g for g in groups if g.advert or _piece(page, g)), key=lambda g: _box(g)[1])
    kept = {id(b) for g in mine for b in g.blocks}
    others = [b for b in order if b.kind != FOLIO and id(b) not in kept]
    runs: list[list[Group]] = []
    for g in mine:
        home = [r for r in runs if _next_to(page, r, g, others, measure)]
        if home:
            max(home, key=lambda r: max(_box(h)[3] for h in r)).append(g)
        elif g.advert:
            runs.append([g])
    for run in runs:
        while not run[-1].advert:
            run.pop()  # (a piece is taken only between two advertisements)
        if len(run) >= 2:
            groups = _joined(groups, run)
    return groups


def _measure(page: Page) -> float:
    """The width of the page's column of text: the median width of its text blocks of a few lines."""
    widths = [b.x1 - b.x0 for b in page.blocks if b.kind == TEXT and len(b.lines) >= FULL_BLOCK]
    return float(median(widths)) if widths else 0.0


def _box(g: Group) -> tuple[float, float, float, float]:
    bs = [b for b in g.blocks if b.kind != FOLIO] or g.blocks
    return min(b.x0 for b in bs), min(b.y0 for b in bs), max(b.x1 for b in bs), max(b.y1 for b in bs)


def _piece(page: Page, g: Group) -> bool:
    """A short article worded as no sentence, its lines read together: a cast list's line, a name
    (not a filler: There's many an untied | knot in a cord of wood.)."""
    texts = [page.lines[i].text for b in g.blocks for i in b.lines]
    return 0 < len(texts) <= PIECE and not sentence(" ".join(texts))  # (a filler's sentence over two lines)


def _next_to(page: Page, run: list[Group], lower: Group, others: list[Block], measure: float) -> bool:
    """`lower` stands under the run's last advertisement in its column: the run and it together no
    wider than a column, the narrower of the two's middle within the other's width, the white
    between them a bill's at most, and no other block between them there."""
    boxes = [_box(g) for g in run]
    x0, y0, x1, y1 = _box(lower)
    a0, top, a1, foot = boxes[-1]
    left, right = min([x0] + [b[0] for b in boxes]), max([x1] + [b[2] for b in boxes])
    if right - left > LANE * measure or y0 - foot > GAP * page.body or y0 <= top:
        return False
    (n0, n1), (w0, w1) = sorted(((x0, x1), (a0, a1)), key=lambda s: s[1] - s[0])
    if not w0 <= (n0 + n1) / 2 <= w1:
        return False  # (beside it, in the next column: not under it)
    lo, hi = min(foot, y0), max(foot, y0)
    span0, span1 = min(x0, a0), max(x1, a1)
    return not any(lo < (b.y0 + b.y1) / 2 < hi and span0 <= (b.x0 + b.x1) / 2 <= span1 for b in others)


def _joined(groups: list[Group], run: list[Group]) -> list[Group]:
    """The run's articles as one advertisement, at the first's place, its blocks in their order."""
    blocks = [b for g in run for b in g.blocks]
    first = run[0]
    one = Group(list(first.head), [b for b in blocks if b not in first.head],
                (min(b.x0 for b in blocks), max(b.x1 for b in blocks)), min(b.y0 for b in blocks),
                has_figure=any(g.has_figure for g in run), advert=True)
    at = min(groups.index(g) for g in run)
    dropped = {id(g) for g in run}
    return [g for g in groups[:at] if id(g) not in dropped] + [one] + [g for g in groups[at:] if id(g) not in dropped]
