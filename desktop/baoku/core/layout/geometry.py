"""The geometry a layout is read from: type sizes, the page's skew, and lines cut where they cross
a gutter. Everything works on OCR lines (`ocr.engine.OcrLine`), in the image's pixels."""

from __future__ import annotations

import math
from statistics import median

from ..ocr.engine import OcrChar, OcrLine

from ..script import SOFT_HYPHEN, is_han
from .rulemarks import gutter_mark

PUNCT = set("，。、；：？！“”‘’（）《》「」『』【】—…·,.;:?!()'\"-")  # whose glyph fills half its box


def glyph(ln: OcrLine) -> float:
    """How big a line's type is: the median advance from one Han character to the next (CJK type
    is set on a square body), else the line's height. The recogniser's character boxes are too
    loose to measure one glyph (19 to 28 px on one line of 28 px type), and box heights mislead
    on a short line, which the recogniser pads as tall as a headline."""
    cs = ln.chars
    pitches = [(b.box[0] + b.box[2] - a.box[0] - a.box[2]) / 2 for a, b in zip(cs, cs[1:])
               if len(a.text) == 1 and len(b.text) == 1 and is_han(a.text) and is_han(b.text)]
    if pitches:
        return float(median(pitches))
    widths = [c.box[2] - c.box[0] for c in cs if len(c.text) == 1 and is_han(c.text)]
    if widths:  # one Han character: its box, no taller than the line
        return float(min(max(widths), (ln.box[3] - ln.box[1]) / 1.15))
    return float(max(_latin_height(ln), 1)) / 1.2


RULE_READ = set("jJ|!li[]")  # what OCR reads a column rule beside a line as, a letter alone (at
RULE_READ_AFTER = RULE_READ | {"I"}  # a line's end, an I too: a line may start with the word I)


def _latin_height(ln: OcrLine) -> float:
    """A Latin line's height: its box's, but for a letter alone at either end that is a column
    rule read as type (ALTO's 'Eliseo Arredondo, head of the Car- j', '! TO BLOCKADE ORDER'): the
    rule's piece is boxed taller than the line, and made a line of body text a headline. Then the
    height of its other words' boxes."""
    words = ln.text.split()
    cs = ln.chars
    if len(words) < 3 or len(cs) not in (len(words), sum(len(w) for w in words)):
        return ln.box[3] - ln.box[1]
    each = (lambda w: 1) if len(cs) == len(words) else len  # noqa: E731 - a box a word, or a box a letter
    lo = each(words[0]) if words[0] in RULE_READ else 0
    hi = len(cs) - (each(words[-1]) if words[-1] in RULE_READ_AFTER else 0)
    if lo == 0 and hi == len(cs):
        return ln.box[3] - ln.box[1]
    kept = cs[lo:hi]
    return max(c.box[3] for c in kept) - min(c.box[1] for c in kept)


def is_latin(ln: OcrLine) -> bool:
    """A line set mostly in Latin letters (English, Pinyin)."""
    letters = [ch for ch in ln.text if ch.isalpha()]
    return bool(letters) and sum(ch.isascii() for ch in letters) > 0.6 * len(letters)


def is_caps(ln: OcrLine) -> bool:
    """A Latin line set in capitals (an English paper's headlines and their decks' banks)."""
    letters = [ch for ch in ln.text if ch.isalpha() and ch.isascii()]
    return len(letters) >= 5 and sum(ch.isupper() for ch in letters) >= 0.85 * len(letters)


def line_glyph(ln: OcrLine) -> float:
    """The type size of a line, comparable between Han and Latin lines."""
    return glyph(ln)


# -- skew --------------------------------------------------------------------------------------

def skew_angle(lines: list[OcrLine]) -> float:
    """The page's skew in radians (positive: lines fall to the right), from the slope of each long
    line's character centres; 0 when too few lines say."""
    slopes: list[float] = []
    weights: list[float] = []
    for ln in lines:
        cs = ln.chars
        if len(cs) < 6:
            continue
        xs = [(c.box[0] + c.box[2]) / 2 for c in cs]
        ys = [(c.box[1] + c.box[3]) / 2 for c in cs]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        sxx = sum((x - mx) ** 2 for x in xs)
        if sxx <= 0:
            continue
        slopes.append(sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx)
        weights.append(len(cs))
    if len(slopes) < 3:
        return 0.0
    order = sorted(range(len(slopes)), key=lambda k: slopes[k])
    half, acc = sum(weights) / 2, 0.0
    for k in order:  # the weighted median: a few crooked lines change nothing
        acc += weights[k]
        if acc >= half:
            return math.atan(slopes[k])
    return 0.0


def turned(box: tuple[int, int, int, int], cos: float, sin: float, cx: float, cy: float) -> tuple[int, int, int, int]:
    """A box turned about (cx, cy): its centre moves, its size stays (the box of an upright glyph)."""
    x, y = (box[0] + box[2]) / 2 - cx, (box[1] + box[3]) / 2 - cy
    nx, ny = cx + x * cos + y * sin, cy - x * sin + y * cos
    w, h = (box[2] - box[0]) / 2, (box[3] - box[1]) / 2
    return round(nx - w), round(ny - h), round(nx + w), round(ny + h)


def deskewed(lines: list[OcrLine], angle: float, width: int, height: int) -> list[OcrLine]:
    """The lines as they stand on the page turned upright by `angle`: each character's box turned
    about the page's centre, and each line's box the union of its characters' (the recogniser's
    axis-aligned box of a slanting line is taller than the line)."""
    if abs(angle) < 1e-4:
        return lines
    cos, sin, cx, cy = math.cos(angle), math.sin(angle), width / 2, height / 2
    out = []
    for ln in lines:
        chars = [OcrChar(c.text, turned(c.box, cos, sin, cx, cy), c.confidence) for c in ln.chars]
        if chars:
            box = union([c.box for c in chars])
            h = ln.box[3] - ln.box[1] - abs((ln.box[2] - ln.box[0]) * math.tan(angle))
            if h > box[3] - box[1]:  # keep the line's own height where its characters are flat
                mid = (box[1] + box[3]) / 2
                box = (box[0], round(mid - h / 2), box[2], round(mid + h / 2))
        else:
            box = turned(ln.box, cos, sin, cx, cy)
        out.append(OcrLine(ln.text, box, ln.confidence, chars))
    return out


def union(boxes) -> tuple[int, int, int, int]:
    boxes = list(boxes)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


# -- gutters -----------------------------------------------------------------------------------

GUTTER = 0.5  # a strip no character covers, this many body sizes wide, is a gutter
CROSSING = 0.15  # x where fewer lines than this share of a column's run are a gutter
WIDE_GAP = 1.6  # characters of a body line this far apart (in body sizes) stand in two columns
GUTTER_GAP = 0.45  # and a line is cut at a gutter only where its characters stand this far apart
RULE_REACH = 4.0  # a column rule parts body lines this many body sizes past its ends
JUSTIFIED = 1.8  # a Latin line's word space this many times its median one is no word space


def wide_gap(ln: OcrLine, body: float, big: bool) -> float:
    """How far apart two characters of a line stand in two columns, where no gutter is known: a
    column gap, WIDE_GAP body sizes. A justified Latin line spreads its word spaces evenly, and
    ALTO's tight line boxes measure the body small (the 1887 Omaha Bee's: 13 px on its ALTO, 17.5 px
    on the scan, its word spaces 21 to 28 px): there a gap parts two columns only when it is also
    well wider than the line's own word spaces, or the line fell into pieces at its word spaces
    (the county boaid | In | counties | luv-) that opened articles at a column's head."""
    base = WIDE_GAP * (glyph(ln) if big else body)
    if big or not is_latin(ln):
        return base
    spaces = [b.box[0] - a.box[2] for a, b in zip(ln.chars, ln.chars[1:]) if b.box[0] - a.box[2] >= 0.25 * body]
    return max(base, JUSTIFIED * float(median(spaces))) if len(spaces) >= 4 else base


def gutters(lines: list[OcrLine], body: float, width: int, big) -> list[tuple[int, int]]:
    """The columns' x ranges: where the body's characters are, split at the gutters (nearly) none
    crosses. Counted over characters, and by how many lines cover each x: the recogniser now and
    then reads two columns' lines as one line across a narrow gutter, and that line must not close
    the gutter."""
    width = max(width, 1)
    cover = _cover(lines, width, big)
    ranked = sorted(c for c in cover if c)
    if not ranked:
        return [(0, width)]
    low = max(0, int(CROSSING * ranked[int(len(ranked) * 0.9)]))
    runs: list[tuple[int, int]] = []
    start = None
    for x, c in enumerate(cover + [0]):
        if c > low and start is None:
            start = x
        elif c <= low and start is not None:
            runs.append((start, x))
            start = None
    cols: list[tuple[int, int]] = []
    for a, b in runs:  # a narrow gap is between two characters or words, not columns
        if cols and a - cols[-1][1] < GUTTER * body:
            cols[-1] = (cols[-1][0], b)
        else:
            cols.append((a, b))
    return _halved(cols, cover, body) or [(0, width)]


def _cover(lines: list[OcrLine], width: int, big, words: bool = False) -> list[int]:
    """How many body lines' characters cover each x of the page. `words`: a Latin word's box
    counts narrowed by a sixth of its width at each end (`WORD_TRIM`; ALTO's letters as they are)."""
    delta = [0] * (width + 2)
    for ln in lines:
        if big(ln):
            continue
        for c in (ln.chars or [ln]):
            x0, _, x1, _ = c.box
            if words and c is not ln and len(c.text.strip()) > 1:
                x0, x1 = x0 + (x1 - x0) // WORD_TRIM, x1 - (x1 - x0) // WORD_TRIM
            x0, x1 = min(max(x0, 0), width), min(max(x1, 0), width)
            if x1 > x0:
                delta[x0] += 1
                delta[x1] -= 1
    cover, depth = [], 0
    for d in delta[:width]:
        depth += d
        cover.append(depth)
    return cover


WORD_TRIM = 6  # a Latin word's box reaches past its letters by about this share of its width


def halved_words(cols: list[tuple[int, int]], lines: list[OcrLine], body: float, width: int,
                 big) -> list[tuple[int, int]]:
    """A Latin page's columns, each found (at its gutters or its rules) twice as wide as the
    page's columns halved where the lines covering it dip (`_halved`), counting each word's box
    without its ends: the recogniser's word boxes reach past their letters into the gutter, and on
    a page set close (The Park Record's first page, its second and third columns, a gutter with no
    rule) enough of them do to close it, and to fill its dip."""
    return _halved(cols, _cover(lines, max(width, 1), big, words=True), body)


DIP = 0.3  # lines crossing a double column's middle, against its usual cover, that part it in two
PITCHED_DIP = 0.5  # or this many, where the dip stands just where the page's pitch puts a gutter (g01:
# a 简讯 column set two columns wide under a story's two columns, its lines crossing 37% as many)


def _halved(cols: list[tuple[int, int]], cover: list[int], body: float) -> list[tuple[int, int]]:
    """A run of text twice as wide as the page's columns, whose middle few lines cross (a story
    set across two columns' width, a wide head: too many to leave the gutter white under the
    page's share, too few for a column), is two columns; so is one two columns and a gutter wide
    where half its lines or fewer cross the middle, where the gutter would stand. The cover is averaged over half a
    character's width first: the white between one character and the next is no dip."""
    import numpy as np

    if len(cols) < 3:
        return cols
    widths = sorted(b - a for a, b in cols)
    typical = widths[len(widths) // 2]
    w = max(int(GUTTER * body), 3)
    smooth = np.convolve(np.asarray(cover, dtype=float), np.ones(w) / w, mode="same")
    gaps = sorted(c[0] - p[1] for p, c in zip(cols, cols[1:]))
    gap = gaps[len(gaps) // 2]
    out = []
    for a, b in cols:
        lo, hi = a + int(0.3 * (b - a)), b - int(0.3 * (b - a))
        if b - a < 1.8 * typical or hi <= lo:
            out.append((a, b))
            continue
        x = lo + int(np.argmin(smooth[lo:hi]))
        pitched = abs(x - (a + b) / 2) <= body and abs(b - a - (2 * typical + gap)) <= 2 * body  # (ragged ends)
        if smooth[x] > (PITCHED_DIP if pitched else DIP) * float(np.median(smooth[a:b])):
            out.append((a, b))
            continue
        out += [(a, x - w // 2), (x + w // 2, b)]
    return out


RULED_COLUMN = 12.0  # a vertical rule this many body sizes long parts columns


def ruled_columns(cols: list[tuple[int, int]], vrules, body: float) -> list[tuple[int, int]]:
    """The columns found from the text, each parted again where a long vertical rule runs through
    it: on an old page whose lines the recogniser ran together across narrow gutters, no gutter
    shows in the text, but the column rules do."""
    out = list(cols)
    for x in sorted({round((r[0] + r[2]) / 2) for r in vrules if r[3] - r[1] >= RULED_COLUMN * body}):
        for k, (a, b) in enumerate(out):
            if a + 3 * body < x < b - 3 * body:  # a rule at a column's edge is its gutter's
                out[k:k + 1] = [(a, x - 2), (x + 2, b)]
                break
    return out


PITCH = 0.06  # columns set at one pitch: their widths and steps differ by at most this share


def edge_columns(cols: list[tuple[int, int]], lines: list[OcrLine], body: float, big) -> list[tuple[int, int]]:
    """The page's columns, with a column at its right edge too sparse to be found (a short story's
    last column of two lines, an advertisement under it: t19), where the columns found stand at
    one pitch and body characters stand a whole column past the last of them: a column at that
    pitch is added there, so that a line the recogniser read across the gutter into it is cut."""
    if len(cols) < 3:
        return cols
    widths = [b - a for a, b in cols]
    steps = [c[0] - p[0] for p, c in zip(cols, cols[1:])]
    w, step = max(widths), max(steps)
    if min(widths) < (1 - PITCH) * w or min(steps) < (1 - PITCH) * step or w < 4 * body:
        return cols
    out = list(cols)
    xs = [c.box[0] for ln in lines if not big(ln) for c in ln.chars]
    while True:
        a = out[-1][0] + step
        if not any(a + 0.5 * w <= x <= a + w for x in xs):
            return out
        out.append((a, a + w))


def piece(ln: OcrLine, a: int, b: int, lo: float = -1e9, hi: float = 1e9) -> OcrLine:
    """Characters a..b of a line, as a line, its box kept between x = lo and hi (where it was cut:
    the recogniser's box of a character often reaches into the gutter)."""
    if a == 0 and b == len(ln.chars) and lo <= ln.box[0] and ln.box[2] <= hi:
        return ln
    cs = ln.chars[a:b]
    x0, y0, x1, y1 = union(c.box for c in cs)
    x0, x1 = max(x0, int(lo)), min(x1, int(hi))
    return OcrLine(_text_of(ln, a, b), (x0, y0, max(x1, x0 + 1), y1), min([c.confidence for c in cs]), cs)


def _text_of(ln: OcrLine, a: int, b: int) -> str:
    """The text of characters a..b of a line as the recogniser printed it: with the spaces between
    its words (a Latin line's items are words)."""
    spans, pos = [], 0
    for c in ln.chars:
        at = ln.text.find(c.text, pos)
        if at < 0 or ln.text[pos:at].strip():
            return ("" if not is_latin(ln) else " ").join(c.text for c in ln.chars[a:b])
        spans.append((at, at + len(c.text)))
        pos = at + len(c.text)
    end = spans[b - 1][1]
    if b == len(ln.chars) and ln.text[end:].strip() == SOFT_HYPHEN:  # ALTO's HYP after the last word
        end = len(ln.text)  # (kept with the line's last piece, as with the whole line)
    return ln.text[spans[a][0]:end]


def split_lines(lines: list[OcrLine], cols: list[tuple[int, int]], body: float, big,
                rules=(), reach: float = 0.0) -> list[tuple[int, int, int, float, float]]:
    """Where each body line is cut because it crosses a gutter or a column rule, or because two of
    its characters stand a column gap apart, so that every piece sits in one column: (line, first
    character, end, and the x it may not reach left of and right of) for each piece. `big` lines (headlines over their story's columns) are cut
    only at a rule. A body line `reach` body sizes past a rule's end is cut at it too (Latin pages:
    `RULE_REACH`)."""
    middles = [(a[1] + b[0]) / 2 for a, b in zip(cols, cols[1:])]
    out: list[tuple[int, int, int, float, float]] = []
    for n, ln in enumerate(lines):
        if not ln.chars:
            out.append((n, 0, 0, -1e9, 1e9))
            continue
        mid = (ln.box[1] + ln.box[3]) / 2
        # (a body line a few lines past a rule's end too: the image shows a column rule broken or
        # faded near the columns' top, where OCR glued lines across the gutter; Der Nordstern's)
        large, latin = big(ln), is_latin(ln)  # (asked once a line: each reads the whole line)
        past = 0 if large else reach * body  # (past its end, a rule between two columns only: not a box's side)
        ruled = [(x0 + x1) / 2 for x0, y0, x1, y1 in rules if y0 < mid < y1 or y0 - past < mid < y1 + past and
                 any(abs((x0 + x1) / 2 - m) <= body for m in middles)]
        cuts = ruled + (middles if not large else [])
        # A piece's box stops at the gutters beside its characters: the recogniser's box of a
        # line now and then reaches a character or two into the next column.
        first = (ln.chars[0].box[0] + ln.chars[0].box[2]) / 2
        wide = wide_gap(ln, body, large)
        start, left = 0, max([m + 1 for m in cuts if m < first], default=-1e9)
        for k, (a, b) in enumerate(zip(ln.chars, ln.chars[1:]), 1):
            if k <= start:  # (a rule's mark, dropped)
                continue
            ca, cb = (a.box[0] + a.box[2]) / 2, (b.box[0] + b.box[2]) / 2
            if not large and k > start and latin and gutter_mark(ln.chars, k, cols, body, rules):
                m = min(middles, key=lambda m: abs(m - cb))
                out.append((n, start, k, left, m - 1))
                start, left = k + 1, m + 1
                continue
            # At a gutter the text parts (a caption set across a picture two columns wide runs on
            # over it); at a column rule it always does.
            spaced = b.box[0] - a.box[2] >= GUTTER_GAP * body
            at = [m for m in cuts if ca < m <= cb and (spaced or m in ruled)]
            if at or b.box[0] - a.box[2] > wide:
                m = at[0] if at else (a.box[2] + b.box[0]) / 2
                out.append((n, start, k, left, m - 1))
                start, left = k, m + 1
        last = (ln.chars[-1].box[0] + ln.chars[-1].box[2]) / 2
        out.append((n, start, len(ln.chars), left, min([m - 1 for m in cuts if m > last], default=1e9)))
    return out
