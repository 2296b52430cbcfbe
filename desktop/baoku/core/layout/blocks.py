"""Blocks: the lines of a page gathered into the pieces a reader sees (a headline, a run of text
down one column, a caption, a picture, the folio), each with its class.

- **Lines to blocks**: a line goes on the block above it when it stands right under that block's
  last line (no more than a line's gap), in the same column, in type of the same size, with no
  rule between.
- **Classes**: `title` (type clearly bigger than the body's), `display` (a kicker, subhead or
  column label: somewhat bigger, a few short lines), `text`, `caption` (text right under a
  picture, over its width), `figure` (a picture: no text), `folio` (the running head above the
  page's top rule, or the foot line).
"""

from __future__ import annotations

import re
from statistics import median

from ..ocr.engine import OcrLine
from .briefheads import label_over, opens_head
from .headpieces import joined_heads
from .geometry import is_caps, is_han, line_glyph, union
from .graphics import Box, mostly_in
from .latinblocks import (centred_heads, dateline_heads, decks, head_pieces, pieced_lines, pieces_beside,
                          run_in_capitals)
from .latinheads import debris, german, heads_nothing, runs_on, signature, text_line
# (the other stages import the kinds, Block and Page from here)
from .pieces import CAPTION, DISPLAY, FIGURE, FOLIO, KINDS, TEXT, TITLE, Block, Page  # noqa: F401
from .sideheads import side_blocks, vertical_line
from .typesize import measurable


HEADLINE_RATIO = 1.3  # type this much bigger than the body's is a headline
DISPLAY_RATIO = 1.1  # and this much, in a few short lines, a kicker, subhead or label
SAME_SIZE = 1.2  # lines whose sizes differ by less than this factor are set in one size
SAME_INKED = 1.08  # the same, measured in ink
# A Latin page's sizes come from its line boxes, which a descender or a capital makes 25-35% taller
# (the 1920 page's body lines are boxed 24 to 34 px high, its decks 37 to 49): its heads must
# stand further out.
LATIN_HEADLINE, LATIN_DISPLAY = 1.45, 1.22


def ratios(inked: bool, latin: bool) -> tuple[float, float]:
    """How much bigger than the body's a headline's and a display line's type are, as the page's
    sizes were measured."""
    return (LATIN_HEADLINE, LATIN_DISPLAY) if latin and not inked else (HEADLINE_RATIO, DISPLAY_RATIO)
LINE_GAP = 1.0  # a line more than this many of its sizes below the one before starts a block
HEAD_GAP = 2.0  # a brief's head stands at most this many of its sizes under the item before it


def rule_between(rules: list[Box], x0: float, x1: float, y0: float, y1: float) -> bool:
    """A horizontal rule between heights y0 and y1 over a good part of x0..x1."""
    return any(y0 - 2 <= (r[1] + r[3]) / 2 <= y1 + 2 and min(r[2], x1) - max(r[0], x0) > 0.5 * (x1 - x0)
               for r in rules)


def build_blocks(page: Page) -> list[Block]:
    """The page's lines gathered into blocks (classes title, display or text; captions and the
    folio are marked later)."""
    lines, body = page.lines, page.body
    headline, display = ratios(page.inked, page.latin)
    size = page.sizes or [line_glyph(ln) for ln in lines]
    top = _tops(page)
    side = [i for i, ln in enumerate(lines) if vertical_line(ln)] if page.sides and not page.latin else []
    order = sorted((i for i in range(len(lines)) if i not in side), key=lambda i: (top[i], lines[i].box[0]))
    blocks: list[list[int]] = []
    opened: set[int] = set()  # lines that a brief's head opens a block with
    for i in order:
        ln, s = lines[i], size[i]
        best, best_gap = None, None
        for k, blk in enumerate(blocks):
            last = lines[blk[-1]]
            ls = size[blk[-1]]
            gap = ln.box[1] - last.box[3]
            unit = max(s, ls)
            if s < headline * body and max(s, ls) <= SAME_SIZE * min(s, ls) and _level_after(ln, last, unit):
                # (the line over them is sought only then: sought for every pair, it made a page of
                # 1,500 lines take minutes)
                above = lines[blk[-2]] if len(blk) > 1 else _over(lines, [j for b in blocks for j in b], last, ln, unit)
                if above is not None and _beside(page, ln, last, above, unit):
                    best, best_gap = k, -1e9  # the rest of the block's last line, read as a piece of its own
                    break
            if not -0.5 * unit <= gap <= HEAD_GAP * unit:
                continue
            if page.inked and not page.latin and opens_head(lines, size, blk, i, body, SAME_INKED):
                opened.add(i)
                continue  # a brief's head under the item before it (briefheads.py), right under it or
                # a little further down (then its block is display type too, however its short
                # second line measures: f05's 全市献血者突破十万 / 人次)
            if gap > LINE_GAP * unit:
                continue
            if max(s, ls) > _tolerance(page, ln, last) * min(s, ls):
                continue
            if page.inked and not page.latin and len(blk) == 1 and label_over(last, ln, display * body, (ls, s)):
                continue  # a briefs column's label over its first item's head (briefheads.py)
            if page.latin and is_caps(ln) != is_caps(last):  # a headline in capitals over its deck
                continue
            if not _stacked(ln, _printed(page, blk, lines), blk, lines, max(s, ls), s >= headline * body, page.columns):
                continue
            if not page.latin and s < display * body <= min(size[j] for j in blk) and \
                    not _stacked(ln, last, blk, lines, max(s, ls), True, page.columns):
                continue  # a line in body type is a head's line only centred under it or flush (b04's 廓。 under a
                # subhead across two columns: its paragraph's last line at the next column's top)
            if rule_between(page.graphics.hrules, max(ln.box[0], last.box[0]), min(ln.box[2], last.box[2]),
                            last.box[3] - 0.2 * unit, ln.box[1] + 0.2 * unit):
                continue
            if best_gap is None or gap < best_gap:
                best, best_gap = k, gap
        if best is None:
            blocks.append([i])
        else:
            blocks[best].append(i)
    out = []
    english = page.latin and not german([ln.text for ln in lines])  # (not Der Nordstern's items)
    for blk in blocks:
        # On a Han page a line of figures and marks alone (a table's 11~17) has its boxes' guess
        # for a size (the ink measures Han glyphs): a block with measured lines is their size (d09's
        # column of cells, 阴 over 11~17, read as display type and heading the table's cells).
        measured = [size[i] for i in blk if measurable(lines[i])] if page.inked and not page.latin else []
        bsize = float(median(measured or [size[i] for i in blk]))
        kind = _kind(blk, lines, bsize / body, headline, display)
        if kind == TEXT and blk[0] in opened and len(blk) <= 3:
            kind = DISPLAY  # (its short second line, 十五, measured loosely: the head is its first line's size)
        if kind == TEXT and page.latin and len(blk) <= 3 and all(is_caps(lines[i]) for i in blk) and \
                not (len(blk) == 1 and signature(lines[blk[0]], page.columns, body)) and \
                not (english and heads_nothing([lines[i] for i in blk], True)):
            kind = DISPLAY  # capitals on a Latin page head something, whatever their boxes say
        if kind != TEXT and english and heads_nothing([lines[i] for i in blk], False):
            kind = TEXT  # a byline or a signature (latinheads.py), however big it measures
        if kind != TEXT and page.latin and (runs_on(lines[blk[0]]) or debris([lines[i] for i in blk])):
            kind = TEXT  # a lowercase word or a dateline first, or a letter or two: body text or a scrap,
            # however big it measures
        if kind != TEXT and page.inked and not any(is_han(ch) for i in blk for ch in lines[i].text):
            kind = TEXT  # figures and marks alone (a table's 7~13℃) on a Han page: their size is their
            # boxes' guess (the ink measures Han glyphs only), and a Chinese head has words
        out.append(Block(kind, blk, union(lines[i].box for i in blk), bsize))
    if page.latin:
        out = centred_heads(page, dateline_heads(page, decks(page, out, size), size), size)
    out = joined_heads(page, out)
    heads = side_blocks(page, side, headline) if side else []  # vertical heads beside their stories
    out += [b for head in heads for b in head]  # (sideheads.py), unless a picture's, as below
    # Words drawn in a picture (a numeral on a sign, a chart's label: lines standing on its tone)
    # are the picture's: no text of the page, least of all a headline.
    out = [b for b in out if not _drawn(page, b)]
    for b in out:  # the lettering of a drawing (a cartoon's labels, on white within its box) heads
        if b.kind in (TITLE, DISPLAY) and any(box_inside(b.box, f, int(page.body)) for f in page.graphics.figures):
            b.kind = TEXT  # nothing: it is the picture's (articles.py keeps it with the picture)
    kept = {id(b) for b in out}
    page.side_heads = [h for h in heads if all(id(b) in kept and b.kind in (TITLE, DISPLAY) for b in h)]
    if page.latin:
        out = head_pieces(page, run_in_capitals(page, out))
        while _body_lines(page, out):  # (one line found the paragraph's may show another to be: a
            pass  # signature stack's lines, AND FAMILY, read apart between the others)
        out = pieced_lines(page, pieces_beside(page, _pieces_within(page, out)))
    for fig in page.graphics.figures:
        out.append(Block(FIGURE, [], fig, body))
    return out


def _body_lines(page: Page, out: list[Block]) -> bool:
    """Heads on a Latin page that are text lines, made text; whether any was."""
    lines, body, changed = page.lines, page.body, False
    for b in out:  # a line set in a paragraph's midst, its text running above and below it over its
        # width, is the paragraph's (a line OCR boxed tall), not a head; the line under it may be the
        # paragraph's short last one (Talmage; assistant secretary, William W. over Beach.)
        if b.kind in (TITLE, DISPLAY) and len(b.lines) == 1 and any(
                t.kind == TEXT and len(t.lines) >= 3 and t.y0 < b.y0 - body and t.y1 > b.y1 + 0.5 * body
                and min(t.x1, b.x1) - max(t.x0, b.x0) > 0.9 * (b.x1 - b.x0) for t in out):
            b.kind, changed = TEXT, True
    for b in out:  # lines boxed tall with a line of text between them (The chair signed house
        if b.kind in (TITLE, DISPLAY) and _interleaved(page, b):  # rolls 121 and ss. | port. |
            b.kind, changed = TEXT, True  # Mr. Watson ot Otoe moved that it be not): a paragraph's, gathered apart
    for b in out:  # a body line boxed taller than the text over it, which it runs on from
        if b.kind in (TITLE, DISPLAY) and len(b.lines) == 1 and any(
                t.kind == TEXT and text_line(lines[b.lines[0]], t.box, body) for t in out):
            b.kind, changed = TEXT, True
    return changed


def _printed(page: Page, blk: list[int], lines: list[OcrLine]) -> OcrLine:
    """A block's last line as printed: on a Latin page, with the pieces of it OCR read apart
    before it (attorney-general | respectively,), so that the paragraph's next line (no such
    officers., under the first piece) is found under it."""
    last = lines[blk[-1]]
    if not page.latin:
        return last
    level = [lines[i] for i in blk[-4:] if min(lines[i].box[3], last.box[3]) - max(lines[i].box[1], last.box[1]) >=
             0.5 * min(lines[i].box[3] - lines[i].box[1], last.box[3] - last.box[1])]
    return last if len(level) < 2 else OcrLine(last.text, union(ln.box for ln in level), last.confidence, last.chars)


def _interleaved(page: Page, b: Block) -> bool:
    """A line of three letters or more stands between two of the block's lines, over their width
    (a head's lines follow one another; a scrap of a letter or two may stand between its decks)."""
    lines = page.lines
    for i, k in zip(b.lines, b.lines[1:]):
        hi, lo = lines[i].box, lines[k].box
        if any(hi[3] <= (ln.box[1] + ln.box[3]) / 2 <= lo[1] and min(ln.box[2], b.x1) - max(ln.box[0], b.x0) > 0
               and sum(ch.isalnum() for ch in ln.text) >= 3 for n, ln in enumerate(lines) if n not in b.lines):
            return True
    return False


def _tops(page: Page) -> list[int]:
    """Where each line stands for reading top to bottom: the top of the recogniser's line it was
    cut from, so that a line's pieces are read left to right (on a skewed page, the piece after a
    white where marks went unread stood a pixel higher than the first, s20, and was read first)."""
    if len(page.source) != len(page.lines):
        return [ln.box[1] for ln in page.lines]
    top: dict[int, int] = {}
    for n, ln in zip(page.source, page.lines):
        top[n] = min(top.get(n, ln.box[1]), ln.box[1])
    return [top[n] for n in page.source]


def _pieces_within(page: Page, blocks: list[Block]) -> list[Block]:
    """On a Latin page OCR may box a few words of a paragraph's lines apart, over the paragraph's
    own lines (the Omaha Bee's "first-class", "the n", a subhead AFTERNOON SESSION. read in
    the paragraph's midst, four lines of a column's top read apart: $4,000; bo0k keeper, …) a text
    block of four lines at most wholly within another text block of three lines or more is part of
    that text, its lines put in among the paragraph's by height. Read as blocks of their own, they
    opened articles, and the story's text after them in the column could not run on from the
    column before."""
    big = [b for b in blocks if b.kind == TEXT and len(b.lines) >= 3]
    out: list[Block] = []
    gone: set[int] = set()  # (a block gone into another hosts nothing: its lines are there now)
    for b in blocks:
        host = next((t for t in big if t is not b and id(t) not in gone and box_inside(b.box, t.box, page.body / 2)),
                    None) if b.kind == TEXT and len(b.lines) <= 4 else None
        if host is None:
            out.append(b)
            continue
        gone.add(id(b))
        for i in b.lines:
            at = next((k for k, j in enumerate(host.lines) if page.lines[j].box[1] > page.lines[i].box[1]),
                      len(host.lines))
            host.lines.insert(at, i)
    return out


def _over(lines: list[OcrLine], placed: list[int], last: OcrLine, ln: OcrLine, size: float) -> OcrLine | None:
    """The nearest line placed so far standing over `last` (in another block: `last` opened its
    own, its type measured a little bigger than the paragraph's over it; s31), when it runs a
    character or more past both sides of the white between `last` and `ln` (a caption over two
    columns reaching a pixel past a gutter does not: s07)."""
    over = [lines[j] for j in placed if lines[j].box[3] <= last.box[1] + 2 and
            min(lines[j].box[2], last.box[2]) - max(lines[j].box[0], last.box[0]) > 0]
    near = max(over, key=lambda o: o.box[3], default=None)
    if near is None or not (near.box[0] <= last.box[2] - size and near.box[2] >= ln.box[0] + size):
        return None
    return near


def _level_after(ln: OcrLine, last: OcrLine, size: float) -> bool:
    """`ln` stands level with `last`, right after it, a few characters of white between them."""
    h = min(ln.box[3] - ln.box[1], last.box[3] - last.box[1])
    level = min(ln.box[3], last.box[3]) - max(ln.box[1], last.box[1]) >= 0.6 * h
    return level and 0 <= ln.box[0] - last.box[2] <= 4 * size


def _beside(page: Page, ln: OcrLine, last: OcrLine, above: OcrLine, size: float) -> bool:
    """`ln` is the rest of the line `last` (a paragraph ended mid-line and the next began after
    white, read as two pieces; s09): level with it, right after it, the white between them a few
    characters at most and no gutter (the line over them runs across it), in one column, with no
    column rule between."""
    if not _level_after(ln, last, size):
        return False
    if not (above.box[0] < last.box[2] and above.box[2] > ln.box[0] and above.box[3] <= ln.box[1] + 0.5 * size):
        return False
    column = any(c[0] - size <= last.box[0] and ln.box[2] <= c[1] + size for c in page.columns)
    ruled = any(last.box[2] - 2 <= (r[0] + r[2]) / 2 <= ln.box[0] + 2 and r[1] < ln.box[3] and r[3] > ln.box[1]
                for r in page.graphics.vrules)
    return column and not ruled


def _drawn(page: Page, b: Block) -> bool:
    """Block `b` is words or strokes drawn in a picture: within it (or, read from a drawing's
    rounds, mostly within it: d11's O。 reached past its frame's foot), its lines all the picture's."""
    g = page.graphics
    return any(box_inside(b.box, f, 0.3 * page.body) or mostly_in(b.box, f, 0.7) for f in g.figures) and \
        all(any(box_inside(page.lines[i].box, d, 2) for d in g.drawn) for i in b.lines)


def box_inside(box: Box, outer: Box, slack: float = 0) -> bool:
    """`box` wholly within `outer`, give or take `slack` pixels."""
    return outer[0] - slack <= box[0] and box[2] <= outer[2] + slack and outer[1] - slack <= box[1] and \
        box[3] <= outer[3] + slack


def _stacked(ln: OcrLine, last: OcrLine, blk: list[int], lines: list[OcrLine], size: float, big: bool,
             cols: list[tuple[int, int]]) -> bool:
    """`ln` continues the block whose last line is `last`: the same column (left edges within an
    indent, or a centred line of a headline under another)."""
    a0, a1, b0, b1 = last.box[0], last.box[2], ln.box[0], ln.box[2]
    overlap = min(a1, b1) - max(a0, b0)
    if overlap <= 0:
        return False
    if big:  # a headline's second line: centred under, or starting under, the first
        return abs((a0 + a1) / 2 - (b0 + b1) / 2) < 2 * size or abs(a0 - b0) < size
    left = min(lines[i].box[0] for i in blk)
    right = max(lines[i].box[2] for i in blk)
    home = [c for c in cols if c[0] - size <= left <= c[1]]
    edges = [left]
    if home:  # a line under a short one (a byline) may run on to the column's edge
        right = max(right, home[0][1])
        edges.append(home[0][0])
    # A body line starts at the block's left edge or an indent in from it, and does not reach
    # out past its column by more than a character or two (then it stands across a gutter). The
    # short last line of a paragraph that opened indented may stand almost wholly left of it.
    flush = any(abs(b0 - e) < 0.6 * size for e in edges)
    return -2.6 * size < b0 - left < 3.2 * size and b1 - right < 2.5 * size and \
        (flush or min(b1, right) - max(b0, left) > 0.3 * min(right - left, b1 - b0))


def _tolerance(page: Page, a: OcrLine, b: OcrLine) -> float:
    """How far two lines' sizes may differ and still be one size: a line of a character or two
    (a paragraph's last, a lone mark) is measured loosely."""
    if page.inked and min(sum(is_han(ch) for ch in ln.text) for ln in (a, b)) >= 2:
        return SAME_INKED  # two Han characters' ink tell their size (a two-character label's: 1.2 times)
    if min(sum(ch.isalnum() for ch in ln.text) for ln in (a, b)) < 3:
        return 1.25
    return SAME_INKED if page.inked else SAME_SIZE


def _kind(blk: list[int], lines: list[OcrLine], ratio: float, headline: float, display: float) -> str:
    if not any(ch.isalnum() for i in blk for ch in lines[i].text):
        return TEXT  # marks alone (a stray 。 in a padded box) head nothing
    said = "".join(lines[i].text for i in blk).strip()
    if said.endswith("。") and sum(is_han(ch) for ch in said) <= 3:
        return TEXT  # a paragraph's last character or two (元。), however its few strokes measure: a
        # Chinese head never ends in a full stop
    if ratio >= headline:
        return TITLE
    if ratio >= display and len(blk) <= 3 and all(len(lines[i].text) <= 40 for i in blk):
        return DISPLAY
    return TEXT


CAPTION_SIZE = 0.9  # a caption without a caption's words is set at most this share of the body's size (a
# caption is set a size or two smaller; a body line under a picture on a page leaning 1°, y01, measured 0.92)
LATIN_CAPTION = 0.93  # (a Latin page's boxes measure its type loosely: kept as it was)
CAPTION_WORDS = re.compile(r"(^(上图|下图|左图|右图|图为|圖為|图[一二三四1-9])|摄）?$|攝）?$|^Photo|PHOTO|Courtesy)")


def mark_captions(page: Page) -> None:
    """Text right under a picture, no wider than it by much, set smaller than the body or reading
    as a caption (图为…, …摄), and a few lines long, is its caption."""
    figures = [b for b in page.blocks if b.kind == FIGURE]
    for b in page.blocks:
        if b.kind not in (TEXT, DISPLAY) or len(b.lines) > 6:
            continue
        said = " ".join(page.lines[i].text for i in b.lines)
        if b.size > (LATIN_CAPTION if page.latin else CAPTION_SIZE) * page.body and not CAPTION_WORDS.search(said):
            continue
        for f in figures:
            inside = min(b.x1, f.x1) - max(b.x0, f.x0) > 0.6 * (b.x1 - b.x0)
            # (its box may reach a few pixels into the picture's foot as found: a skewed page turned)
            if inside and -0.25 * page.body <= b.y0 - f.y1 <= 2.0 * page.body and b.x1 <= f.x1 + page.body:
                b.kind = CAPTION
                break
