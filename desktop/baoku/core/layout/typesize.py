"""Type sizes, read off the ink on the page image where there is one.

The recogniser's boxes say little about how big a line's type is: its character boxes are
placed by the recognition steps (the advance from one character to the next varies 25 to 30 px
on one line of 28 px type), and it pads a short line's box as tall as a headline's. The ink does
not vary: a Han line's glyphs stand about 0.9 em tall whatever the line says, so the height of
the band of rows its ink fills measures its type to a pixel or two. That is what tells a kicker
or a column label set 1.2 times the body's size from the body, and a paragraph's last two
characters from a headline.

Sizes are given in the unit `geometry.glyph` measures (the advance), so that the layout's other
measures keep their scale: the page's ink heights are scaled by the ratio of the two over its
body lines. Without an image (an ALTO page alone), the advance is the size.
"""

from __future__ import annotations

from statistics import median

from ..ocr.engine import OcrLine
from .geometry import glyph, is_han
from .quantile import percentile

INK_ROW = 0.08  # a row is inked when its share of ink is this far from the line's empty rows to its fullest
INK_LEAST = 0.03  # and at least this much more than the empty rows (noise speckles them)
BRIDGE = 0.15  # a blank run of rows this share of the box's height inside a run's ink does not end it


RULE_GAP = 5  # px: a break in a rule that noise left is bridged, at the set's 28 px body (about 300 dpi)
DRAWN_BODY = 28


def ink_mask(gray, body: float, latin: bool = False):
    """The page's type (a boolean array): pixels darker than the threshold Otsu's method finds
    between paper and print (after a 3-pixel median, which clears speckles), less the rules and frames (runs of ink longer than any stroke of a
    glyph: `body` is the type's size in pixels). The break bridged in a rule shrinks with the
    type below the 28 px body (on a Han page; `latin`: a Latin page keeps 5 px): at 150 dpi, 5 px is more than the space
    between two glyphs of a label in heavy type, whose strokes were joined into a "rule" and cut
    out of its ink (v05's 民生热线 measured 6.6 px against a 15.5 px body)."""
    import cv2
    import numpy as np

    gray = cv2.medianBlur(gray, 3)  # speckles of noise are no ink
    t, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    ink = (gray < max(t, 60)).astype(np.uint8)
    length = max(int(2.5 * body), 10)
    gap = max(2, min(RULE_GAP, round(RULE_GAP * body / DRAWN_BODY))) if not latin else RULE_GAP
    for kernel, bridge in (((length, 1), (gap, 1)), ((1, length), (1, gap))):
        closed = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, bridge))
        runs = cv2.morphologyEx(closed, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        ink &= 1 - cv2.dilate(runs, np.ones((3, 3), np.uint8))  # noise breaks a rule: bridged first
    return ink.astype(bool)


def ink_height(ink, box, keep: list[tuple[int, int]] | None = None, few: bool = False,
               shut: tuple[bool, bool] = (False, False)) -> float | None:
    """The height of the band of rows a line's ink fills inside its box (padded a little: a box may
    be tighter than its glyphs), or None when the box holds no clear ink. `keep`: the x ranges of
    its letters, when known (a quotation mark stands higher than a Han glyph); `few`: the box holds
    a character or two, whose strokes leave blank rows between them. `shut`: the box's top or
    bottom edge is where another line's rows begin (`_clear_rows`): the band grows past it only
    while its ink runs on, never over blank rows (a head's ink is not bridged into the subhead
    set a few pixels under it, c01)."""
    import numpy as np

    h, w = ink.shape
    x0, y0, x1, y1 = box
    bh = max(y1 - y0, 1)
    pad = max(2, int(0.15 * bh))
    crop = ink[max(0, y0 - pad):min(h, y1 + pad), max(0, x0):min(w, x1)]
    if keep:
        cols = np.zeros(crop.shape[1], bool)
        for a, b in keep:
            cols[max(0, a - max(0, x0)):max(0, b - max(0, x0))] = True
        if cols.sum() >= 2:
            crop = crop[:, cols]
    if crop.shape[0] < 3 or crop.shape[1] < 2:
        return None
    rows = crop.mean(axis=1)
    first, end = min(pad, len(rows)), min(pad + bh, len(rows))  # the box's own rows
    if end <= first:
        return None
    floor, peak = percentile(rows, 10), float(rows[first:end].max())
    if peak - floor < 0.05:
        return None
    on = rows > floor + max(INK_LEAST, INK_ROW * (peak - floor))
    if few:  # a character or two: the ink from the first inked row of the box to its last
        inside = np.nonzero(on[first:end])[0]
        top, bottom = first + int(inside[0]), first + int(inside[-1])
    else:  # a run of characters inks every row of its band: grown from its fullest row over blank
        top = bottom = first + int(rows[first:end].argmax())  # rows no wider than a stroke's space
    bridge = max(1, int(BRIDGE * bh)) if not few else 1
    n = len(rows)
    lo, hi = (first if shut[0] else -1), (end if shut[1] else n)  # a neighbour's rows start past these
    while True:  # out of the box only as far as the ink runs on: the lines above and below may reach
        up = next((k for k in range(top - 1, max(top - 1 - bridge, -1), -1) if on[k]), None)  # into it
        down = next((k for k in range(bottom + 1, min(bottom + 1 + bridge, n)) if on[k]), None)
        if up is not None and up < top - 1 and up < lo:
            up = None  # over blank rows into the line above's
        if down is not None and down > bottom + 1 and down >= hi:
            down = None  # over blank rows into the line under's
        if up is None and down is None:
            break
        top = up if up is not None else top
        bottom = down if down is not None else bottom
    return float(bottom - top + 1)


HAN_LINES = 0.25  # a page is measured in ink when this share of its lines are long Han lines
CHUNK = 5  # characters measured together
STRADDLE = 1.08  # a line whose ink stands this much taller than its runs' (the median) holds two


def line_ink(ink, ln: OcrLine, rows: tuple[float, float] | None = None) -> float | None:
    """A line's ink height. Measured whole, unless runs of a few characters measured apart are
    clearly shorter (most of them): the recogniser now and then reads two columns' lines as one, at heights a
    line apart, and the whole would hold both; then the runs' upper quartile (a run of flat
    glyphs, 三四万, stands shorter than the type). `rows`: the heights its box may take, clear
    of the lines over and under it (`_clear_rows`)."""
    def clip(box):
        if rows is None:
            return box
        return (box[0], max(box[1], int(rows[0])), box[2], max(min(box[3], int(rows[1])), max(box[1], int(rows[0])) + 1))

    shut = (False, False) if rows is None else (rows[0] > ln.box[1], rows[1] < ln.box[3])
    whole = ink_height(ink, clip(ln.box), _letters(ln.chars), few=sum(is_han(ch) for ch in ln.text) < 4, shut=shut)
    cs = [c for c in ln.chars if c.text.strip()]
    if len(cs) < 2 * CHUNK or whole is None:
        return whole
    found = []
    for k in range(0, len(cs) - CHUNK // 2, CHUNK):
        run = cs[k:k + CHUNK]
        if not any(is_han(c.text) or c.text.isalpha() for c in run):
            continue
        found.append(ink_height(ink, clip((run[0].box[0], min(c.box[1] for c in run), run[-1].box[2],
                                           max(c.box[3] for c in run))), _letters(run), shut=shut))
    found = sorted(h for h in found if h)
    if not found or whole <= STRADDLE * found[len(found) // 2]:
        return whole
    return float(found[(3 * len(found)) // 4 - (1 if len(found) % 4 == 0 else 0)])


def _letters(chars) -> list[tuple[int, int]]:
    """The x ranges of a line's letters (Han characters, Latin words), each narrowed a little: the
    recogniser's boxes reach into the marks beside them."""
    out = []
    for c in chars:
        if any(is_han(ch) or ch.isalnum() for ch in c.text):
            trim = (c.box[2] - c.box[0]) // 6
            out.append((c.box[0] + trim, c.box[2] - trim))
    return out


def measurable(ln: OcrLine) -> bool:
    """A line whose ink height says its size: one with Han characters (a glyph as tall as its em;
    a lone mark or a run of flat ones, 一二三, is not). Latin lines are left to their boxes: their
    ink is an x-height with ascenders and descenders, and an old paper's solid leading runs one
    line's descenders into the next one's capitals."""
    return any(is_han(ch) for ch in ln.text if ch not in "一二三")


def type_sizes(lines: list[OcrLine], ink=None, scale: float | None = None,
               memo: dict | None = None) -> tuple[list[float], float | None]:
    """Each line's type size: its ink height in the advance's unit where the ink says it, else the
    advance (`geometry.glyph`); and the scale from one to the other (found over these lines' body
    when not given). Lines whose characters carry their type size (a PDF's text layer:
    `given_sizes`) are not measured: the size stands where the ink height would. `memo`: ink
    heights already measured on this `ink`, kept by what a line's measure reads (a page's lines
    are measured again once cut at its gutters, most of them whole)."""
    pitch = [glyph(ln) for ln in lines]
    given = given_sizes(lines)
    if given is not None:  # a PDF's text layer: its type sizes are known, not measured
        heights = [g if measurable(ln) else None for g, ln in zip(given, lines)]
    elif ink is None or not lines:
        return pitch, scale
    else:
        clear = _clear_rows(lines)

        def height(ln: OcrLine, rows) -> float | None:
            if memo is None:
                return line_ink(ink, ln, rows)
            key = (tuple(ln.box), ln.text, tuple((c.text, tuple(c.box)) for c in ln.chars), rows)
            if key not in memo:
                memo[key] = line_ink(ink, ln, rows)
            return memo[key]

        heights = [height(ln, rows) if measurable(ln) else None for ln, rows in zip(lines, clear)]
    if scale is None:
        ratios = sorted((p / hgt, len(ln.chars)) for p, hgt, ln in zip(pitch, heights, lines)
                        if hgt and len(ln.chars) >= 8)
        if len(ratios) < HAN_LINES * len(lines):
            return pitch, None  # not a Han page (a Latin page's misreads may be Han)
        total, acc = sum(n for _, n in ratios), 0
        for r, n in ratios:  # the weighted median: the body's lines decide
            acc += n
            if acc >= total / 2:
                scale = r
                break
    return [hgt * scale if hgt else p for p, hgt in zip(pitch, heights)], scale


def given_sizes(lines: list[OcrLine]) -> list[float] | None:
    """Each line's type size where every character of every line carries its own (`size`, in
    pixels: a PDF's text layer says it, `importing.pdflayout`): the median of its characters';
    None where any does not (a scan: its sizes are measured on the ink)."""
    out = []
    for ln in lines:
        sizes = sorted(getattr(c, "size", 0.0) for c in ln.chars)
        if not sizes or not sizes[0]:
            return None
        out.append(float(sizes[len(sizes) // 2]))
    return out or None


def _clear_rows(lines: list[OcrLine]) -> list[tuple[float, float]]:
    """For each line, the heights of its box not shared with the box of a line over or under it
    (in the same column): where two boxes overlap (a short line's box padded as tall as a
    headline's, boxes swollen by noise), each keeps its half. A line of a few characters is
    measured from the first inked row of its box to the last, which must not be the next line's."""
    order = sorted(range(len(lines)), key=lambda i: lines[i].box[1])
    out = [(float(ln.box[1]), float(ln.box[3])) for ln in lines]
    for n, i in enumerate(order):
        a = lines[i].box
        for j in order[n + 1:]:
            b = lines[j].box
            if b[1] >= a[3]:
                break
            if min(a[2], b[2]) - max(a[0], b[0]) <= 0 or (b[1] + b[3]) <= (a[1] + a[3]):
                continue  # beside it, or not under it (boxes one inside the other: no order)
            mid = (b[1] + a[3]) / 2  # j stands under i: the shared rows are split
            out[i] = (out[i][0], min(out[i][1], mid))
            out[j] = (max(out[j][0], mid), out[j][1])
    return out


def body_size(sizes: list[float], lines: list[OcrLine]) -> float:
    """The body's type size: the size most characters on the page are set in."""
    pairs = sorted((s, len(ln.text)) for s, ln in zip(sizes, lines) if ln.text.strip())
    if not pairs:
        return 20.0
    total, acc = sum(n for _, n in pairs), 0
    for size, n in pairs:
        acc += n
        if acc >= total / 2:
            return size
    return float(median(s for s, _ in pairs))
