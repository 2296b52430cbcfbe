"""Reading order: a recursive XY-cut over the page's blocks, with its rules.

A region of blocks is cut where nothing crosses: first at a horizontal rule across (nearly) the
whole region (a story ends there), then at every vertical gutter or column rule clear through
it (columns, stories side by side), then at every horizontal white band; the parts are read
top to bottom, left to right (right to left on a page set in vertical columns), each cut again
until nothing can be. A headline is first widened over the columns beside it that have nothing
level with it, so that a short headline over a wide story still stands over all of its
columns, and the cut under it comes before the cuts between them.
"""

from __future__ import annotations

from .blocks import DISPLAY, FIGURE, FOLIO, TEXT, TITLE, Block, Page
from .graphics import Box

MIN_GUTTER = 0.4  # a vertical white strip this many body sizes wide parts columns
MIN_BAND = 0.2  # a horizontal white band this many body sizes tall parts blocks, under a rule
BAND = 0.5  # and one this much taller than the leading between lines, anywhere
RULED = 0.7  # a rule over this share of the region's width (or height) cuts it
LEAF_MOST = 600  # blocks no cut parts, ordered pair by pair up to this many


def spans(page: Page) -> dict[int, Box]:
    """Each block's box for the cut: a headline (or kicker, label) widened over the columns beside
    it that have nothing level with it and no column rule between, to those columns' edges."""
    out = {id(b): b.box for b in page.blocks}
    cols = page.columns
    if not cols:
        return out
    heads = [b for b in page.blocks if b.kind in (TITLE, DISPLAY)]

    def ruled_off(h: Block, k: int) -> bool:
        """A column rule stands between head `h` and column `k`, at the head's height."""
        a, c = cols[k]
        mid = (h.x0 + h.x1) / 2
        lo, hi = (mid, a + page.body / 2) if a >= mid else (c - page.body / 2, mid)
        return any(r[1] < h.y1 and r[3] > h.y0 and lo < (r[0] + r[2]) / 2 < hi for r in page.graphics.vrules)

    def away(h: Block, k: int) -> float:
        a, c = cols[k]
        return 1e9 if ruled_off(h, k) else max(a - h.x1, h.x0 - c, 0)

    def home(h: Block) -> tuple[int, int]:
        over = [k for k, (a, c) in enumerate(cols) if min(h.x1, c) - max(h.x0, a) > 0.3 * min(c - a, h.x1 - h.x0)]
        return (min(over), max(over)) if over else (-1, -1)

    def centred(h: Block, lo: int, hi: int) -> bool:
        """The head's middle within a body size (or a tenth of its width) of its columns'."""
        if lo < 0:
            return False
        mid = (cols[lo][0] + cols[hi][1]) / 2
        return abs((h.x0 + h.x1) / 2 - mid) <= max(page.body, 0.1 * (h.x1 - h.x0))

    took: dict[int, tuple[int, int]] = {}
    for b in heads:
        lo, hi = home(b)
        if lo < 0:
            continue

        def free(k: int, contest: bool = True) -> bool:
            a, c = cols[k]
            if any(_under(b, o, a, c, page.body, heads) for o in heads):
                return False  # the column stands under another story's head
            for o in page.blocks:
                if o is b or o.kind == FOLIO or min(o.y1, b.y1) - max(o.y0, b.y0) <= 0.2 * (b.y1 - b.y0) or \
                        o.kind in (TITLE, DISPLAY) and _decks(o, b) or _label_of(o, b, a, page):
                    continue  # (a deck of its own head, over or under it, is not beside it)
                inside = min(o.x1, c) - max(o.x0, a)
                if inside > 0.2 * (c - a) or inside > 0.5 * (o.x1 - o.x0) and _worded(o, page):
                    return False  # something level with the head stands in that column (or most of
                    # a short thing with a word or figure does: a table's cell)
                if o.kind in (TITLE, DISPLAY) and away(o, k) < away(b, k) and (contest or not centred(o, *home(o))):
                    return False  # a head level with this one is nearer (no rule between): the column is its
            return not ruled_off(b, k)

        # A head set flush with its first column's left edge and not centred there (a column
        # label, a head set left) opens its story at that column: it takes no column to its left.
        left_set = abs(b.x0 - cols[lo][0]) < 0.5 * page.body and not centred(b, lo, hi)
        while lo > 0 and not left_set and free(lo - 1):
            lo -= 1
        while hi < len(cols) - 1 and free(hi + 1):
            hi += 1
        if not centred(b, lo, hi):  # a headline stands centred over its columns: a column a nearer
            lo, hi = _recentred(b, lo, hi, lambda k: free(k, contest=False) and not (left_set and k < lo), centred,
                                len(cols))  # head does not need
        took[id(b)] = (lo, hi)
    _unshared(heads, took, centred)
    for b in heads:
        if id(b) in took:
            lo, hi = took[id(b)]
            out[id(b)] = (min(cols[lo][0], b.x0), b.y0, max(cols[hi][1], b.x1), b.y1)
    return out


LABEL_MOST = 6  # a column label over a story's first column has this many characters at most


def _label_of(o: Block, b: Block, a: float, page: Page) -> bool:
    """Head `o` is a column label of headline `b`'s story, over the column starting at `a` left of
    the headline: one short line in smaller type, set flush with that column's left edge, its top
    at or over the headline's, level with it (y01 晚报小议 beside “推”字当休, y02 产经评论 beside 宏观调控是一次
    “体检”: taken for a head beside it, it kept the headline from the story's first column, read
    apart as the label's article)."""
    return o.kind == DISPLAY and len(o.lines) == 1 and o.size < b.size and o.x1 <= b.x0 and \
        abs(o.x0 - a) < 2 * page.body and o.y0 <= b.y0 and o.y1 < b.y1 and \
        len(page.lines[o.lines[0]].text.strip()) <= LABEL_MOST


def _decks(o: Block, b: Block) -> bool:
    """Heads `o` and `b` stand one over the other (most of the narrower within the wider's width),
    however their boxes overlap in height: decks of one head, neither beside the other (s28: on a
    page leaning 1.5°, the subhead ——读《城南旧街巷》 reached up into its headline's box, and the
    headline, level with it and nearer the story's first column, kept it from widening over the
    story; its first column was read before it)."""
    return min(o.x1, b.x1) - max(o.x0, b.x0) > 0.5 * min(o.x1 - o.x0, b.x1 - b.x0)


def _under(b: Block, o: Block, a: float, c: float, body: float, heads: list[Block]) -> bool:
    """Head `o` stands right over head `b` (within a few lines), in column a..c and clear of `b`'s
    own width, level with a deck of `b`'s own head over it: the column is the story's beside
    (a subhead beside a neighbouring story's headline, s12), not `b`'s. A label alone over a
    column at the left of a headline is the headline's own."""
    def over(h: Block) -> bool:
        return h is not b and h.y1 <= b.y0 + 0.2 * (b.y1 - b.y0) and b.y0 - h.y1 < 2.5 * body

    inside = min(o.x1, c) - max(o.x0, a)
    clear = min(o.x1, b.x1) <= max(o.x0, b.x0)
    if not (over(o) and (inside > 0.2 * (c - a) or inside > 0.5 * (o.x1 - o.x0)) and clear):
        return False
    return any(over(h) and h is not o and min(h.x1, b.x1) > max(h.x0, b.x0) and
               min(o.y1, h.y1) - max(o.y0, h.y0) > 0.5 * min(o.y1 - o.y0, h.y1 - h.y0) for h in heads)


def _unshared(heads: list[Block], took: dict, centred) -> None:
    """Two heads level with each other that both took a column (one widened to centre itself
    over its story, the other because it is nearer): the column is the one's that stands centred
    with it, and the other, centred without it, gives it up."""
    for a in heads:
        for b in heads:
            if a is b or id(a) not in took or id(b) not in took:
                continue
            (la, ha), (lb, hb) = took[id(a)], took[id(b)]
            if min(a.y1, b.y1) - max(a.y0, b.y0) <= 0.5 * min(a.y1 - a.y0, b.y1 - b.y0) or max(la, lb) > min(ha, hb):
                continue
            trimmed = (hb + 1, ha) if lb < la else (la, lb - 1)  # a gives up the columns it shares with b
            if trimmed[0] <= trimmed[1] and centred(b, lb, hb) and not centred(a, la, ha) and centred(a, *trimmed):
                took[id(a)] = trimmed


def _recentred(b: Block, lo: int, hi: int, free, centred, n: int) -> tuple[int, int]:
    """A head's columns widened by up to two more on either side, through columns that only a
    nearer head (itself centred over its own columns without them) claimed, when that puts the
    head centred over them; else as they were."""
    for add_lo in range(0, 3):
        if lo - add_lo < 0 or any(not free(k) for k in range(lo - add_lo, lo)):
            break
        for add_hi in range(0, 3):
            if hi + add_hi >= n or any(not free(k) for k in range(hi + 1, hi + add_hi + 1)):
                break
            if (add_lo or add_hi) and centred(b, lo - add_lo, hi + add_hi):
                return lo - add_lo, hi + add_hi
    return lo, hi


def reading_order(page: Page, right_to_left: bool = False) -> list[Block]:
    """The page's blocks (the folio left out) in reading order; each block's `order` is set."""
    box = spans(page)
    blocks = [b for b in page.blocks if b.kind != FOLIO]
    out: list[Block] = []
    _cut(blocks, box, page, right_to_left, out, depth=0, band=_interline(page) + BAND * page.body)
    for k, b in enumerate(out):
        b.order = k
    return out


def _gaps(intervals: list[tuple[float, float]], lo: float, hi: float, least: float) -> list[tuple[float, float]]:
    """White intervals of at least `least` between lo and hi that no interval covers."""
    gaps, reach = [], lo
    for a, b in sorted(intervals):
        if a - reach >= least and reach > lo:
            gaps.append((reach, a))
        reach = max(reach, b)
    return gaps


def _interline(page: Page) -> float:
    """The white between one line and the next of a paragraph, as the page sets it (most of it:
    the 90th percentile): a white band no taller parts no stories, however far across it runs."""
    whites = sorted(page.lines[j].box[1] - page.lines[i].box[3] for b in page.blocks if b.kind == TEXT
                    for i, j in zip(b.lines, b.lines[1:]))
    return max(0.0, whites[int(0.9 * (len(whites) - 1))]) if whites else 0.5 * page.body


def _cut(blocks: list[Block], box: dict[int, Box], page: Page, rtl: bool, out: list[Block], depth: int,
         band: float) -> None:
    if len(blocks) <= 1 or depth > 60:
        out += sorted(blocks, key=lambda b: (b.y0, b.x0))
        return
    body = page.body
    shrink = 0.15 * body  # boxes that touch by a hair (skew, a padded glyph) do not close a gap
    bx = [box[id(b)] for b in blocks]
    # A scrap (a character or two left over where a line was cut at a gutter) neither closes a
    # gap nor is read on its own: it goes with the side its centre is on.
    solid = [r for b, r in zip(blocks, bx) if not _scrap(b, page)] or bx
    x0, y0 = min(b[0] for b in bx), min(b[1] for b in bx)
    x1, y1 = max(b[2] for b in bx), max(b[3] for b in bx)
    rows = solid + [r for b, r in zip(blocks, bx) if _scrap(b, page) and _in_run(r, solid, page, band)]
    hgaps = _gaps([(b[1] + shrink, b[3] - shrink) for b in rows], y0, y1, MIN_BAND * body)
    vgaps = _gaps([(b[0] + shrink, b[2] - shrink) for b in solid], x0, x1, MIN_GUTTER * body)

    def hruled(g):
        return any(g[0] - body <= (r[1] + r[3]) / 2 <= g[1] + body and
                   min(r[2], x1) - max(r[0], x0) >= RULED * (x1 - x0) for r in page.graphics.hrules)

    ruled = [g for g in hgaps if hruled(g)]
    if ruled:
        parts = _split(blocks, bx, [(a + b) / 2 for a, b in ruled], axis=1)
    elif vgaps:
        parts = _split(blocks, bx, [(a + b) / 2 for a, b in vgaps], axis=0)
        if rtl:
            parts.reverse()
    elif [g for g in hgaps if g[1] - g[0] - 2 * shrink >= band]:  # white bands clearly wider than leading
        parts = _split(blocks, bx, [(a + b) / 2 for a, b in hgaps if b - a - 2 * shrink >= band], axis=1)
    else:
        out += _leaf(blocks, bx, body, rtl, page.columns)
        return
    for part in parts:
        _cut(part, box, page, rtl, out, depth + 1, band)


def _worded(b: Block, page: Page) -> bool:
    return any(ch.isalnum() for i in b.lines for ch in page.lines[i].text)


def _scrap(b: Block, page: Page) -> bool:
    return len(b.lines) == 1 and len(page.lines[b.lines[0]].text.strip()) <= 2 and b.x1 - b.x0 < 2.5 * page.body


def _in_run(r: Box, solid: list[Box], page: Page, band: float) -> bool:
    """A scrap that is a line of its own in a run of lines: the word or two a row wrapped onto
    the next line (a results box's 青州矿 | 工), text of its column within a band over it and
    under it. It keeps the white band of its line from being read as one between stories, as if
    the rows level with it across the page stood apart."""
    mid = (r[0] + r[2]) / 2
    col = next(((a, c) for a, c in page.columns if a - page.body / 2 <= mid <= c + page.body / 2), (r[0], r[2]))

    def near(s: Box, below: bool) -> bool:
        gap = s[1] - r[3] if below else r[1] - s[3]
        return min(s[2], col[1]) > max(s[0], col[0]) and -page.body / 2 < gap < band

    return any(near(s, False) for s in solid) and any(near(s, True) for s in solid)


def _split(blocks: list[Block], bx: list[Box], cuts: list[float], axis: int) -> list[list[Block]]:
    parts: list[list[Block]] = [[] for _ in range(len(cuts) + 1)]
    for b, r in zip(blocks, bx):
        mid = (r[axis] + r[axis + 2]) / 2
        parts[sum(1 for c in cuts if mid > c)].append(b)
    return [p for p in parts if p]


def _leaf(blocks: list[Block], bx: list[Box], body: float, rtl: bool,
          columns: list[tuple[int, int]] = ()) -> list[Block]:
    """Blocks no cut parts (they overlap, or stand too close for a white band to show): in the
    order their places say (Breuel's rules), ties broken top to bottom. `a` comes before `b` when
    it stands over it (their spans overlap, or both stand within one of the page's columns), or
    when it stands wholly left of it (right of it on a vertical page) with nothing between them
    that spans both: then `a`'s column is read first."""
    import numpy as np

    n = len(blocks)
    if n > LEAF_MOST:  # too many to weigh pair by pair: top to bottom
        return sorted(blocks, key=lambda b: (b.y0, 0 if b.kind == FIGURE else 1, -b.x0 if rtl else b.x0))
    a = np.array(bx, dtype=float).reshape(n, 4)
    x0, y0, x1, y1 = a[:, 0], a[:, 1], a[:, 2], a[:, 3]
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    w = x1 - x0
    # Boxes that overlap by a hair (a character reaching into the gutter) stand side by side; a
    # box standing within another's width (an OCR scrap of a letter or two inside a paragraph's
    # box, narrower than that hair) stands over or under it, never beside it.
    tol = np.minimum(np.maximum(0.5 * body, 0.1 * np.minimum(w[:, None], w[None, :])),
                     0.5 * np.minimum(w[:, None], w[None, :]))
    over = np.minimum(x1[:, None], x1[None, :]) - np.maximum(x0[:, None], x0[None, :]) > tol
    # A scrap (narrower than a quarter of its column: OCR's word or two of a worn line) and a
    # block within the same column are read down it: side by side, scraps made the order a cycle
    # with the text around them (the 1915 Evening Star's seventh column read from its foot).
    # Wider blocks side by side in one column are its sub-columns, under a picture over both.
    home = np.full(n, -1)
    narrow = np.zeros(n, dtype=bool)
    for k, (c0, c1) in enumerate(columns):
        mine = (x0 >= c0 - body) & (x1 <= c1 + body) & (cx >= c0) & (cx <= c1)
        home[mine] = k
        narrow[mine] = w[mine] < 0.25 * (c1 - c0)
    over |= (home[:, None] == home[None, :]) & (home[:, None] >= 0) & (narrow[:, None] | narrow[None, :])
    # Sub-columns stand level with each other; one block right under another in a column (a line's
    # white apart or less) is read after it, however little they overlap across: a paragraph's
    # indented first line over its short last line (f05's 本报记者卢小 | 满文/图). (Cells of a table
    # on rows one under the other, not overlapping across at all, are left as they were: d09.)
    apart = np.maximum(y0[None, :] - y1[:, None], y0[:, None] - y1[None, :])
    across = np.minimum(x1[:, None], x1[None, :]) - np.maximum(x0[:, None], x0[None, :]) > 0
    near = (apart > -0.25 * body) & (apart < 0.6 * body)
    over |= (home[:, None] == home[None, :]) & (home[:, None] >= 0) & across & near
    # So is a scrap right under a line that starts in its column and runs on over the gutter (a
    # brief's last line 个。 under its indented first line, in a briefs column set two columns wide: g01).
    start = np.full(n, -1)
    for k, (c0, c1) in enumerate(columns):
        start[(x0 >= c0 - body) & (x0 <= c1)] = k
    scrap = narrow[:, None] & (home[:, None] >= 0) & (start[None, :] == home[:, None]) & near
    over |= scrap | scrap.T
    # And a paragraph's last line, flush left, right under its indented first line that fills the
    # column to its right edge (a question's 记者：为什么总是 | 写故乡？ in an interview: g05), not
    # under it across when the indent is wider than the last line.
    if len(columns):
        c0 = np.array([columns[k][0] if k >= 0 else np.nan for k in home])
        c1 = np.array([columns[k][1] if k >= 0 else np.nan for k in home])
        indented = (x0 - c0 > 0.5 * body) & (x0 - c0 < 5 * body) & (c1 - x1 < 1.5 * body) & (y1 - y0 < 1.6 * body)
        flush = np.abs(x0 - c0) < 0.5 * body
        tail = (home[:, None] == home[None, :]) & (home[:, None] >= 0) & near & indented[:, None] & flush[None, :] & \
            (cy[:, None] < cy[None, :])
        over |= tail | tail.T
    np.fill_diagonal(over, False)
    figure = np.array([b.kind == FIGURE for b in blocks])
    first = over & ((cy[:, None] < cy[None, :]) | (cy[:, None] == cy[None, :]) & figure[:, None])
    side = ~over & ((cx[:, None] > cx[None, :]) if rtl else (cx[:, None] < cx[None, :]))
    np.fill_diagonal(side, False)
    top, bottom = np.minimum(y0[:, None], y0[None, :]), np.maximum(y1[:, None], y1[None, :])
    low = np.minimum(cy[:, None], cy[None, :])
    for i in range(n):
        js = np.nonzero(side[i])[0]
        if not len(js):
            continue
        # k (rows) between i and each j (columns): spanning both, within their height, below the upper
        k = over[:, i][:, None] & over[:, js] & (y0[:, None] > top[i, js][None, :]) & \
            (y1[:, None] < bottom[i, js][None, :]) & (cy[:, None] > low[i, js][None, :])
        first[i, js] = ~k.any(axis=0)
    after = [list(np.nonzero(first[i])[0]) for i in range(n)]
    waiting = [0] * n
    for i in range(n):
        for j in after[i]:
            waiting[j] += 1
    key = lambda i: (-bx[i][2] if rtl else bx[i][0], bx[i][1], 0 if blocks[i].kind == FIGURE else 1)  # noqa: E731
    out: list[int] = []
    ready = sorted((i for i in range(n) if not waiting[i]), key=key)
    done = set()
    while len(out) < n:
        if not ready:  # a cycle (boxes that overlap every way): the first column left read from its top
            rest = [i for i in range(n) if i not in done]
            left = min(rest, key=key)
            ready = [min((i for i in rest if i == left or over[left, i]), key=lambda i: (bx[i][1], bx[i][0]))]
        i = ready.pop(0)
        if i in done:
            continue
        out.append(i)
        done.add(i)
        for j in after[i]:
            waiting[j] -= 1
            if waiting[j] == 0 and j not in done:
                ready.append(j)
        ready.sort(key=key)
    return [blocks[i] for i in out]
