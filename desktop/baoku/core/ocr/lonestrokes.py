"""A character of one thin stroke left out of its line's box: the detector draws a line's box
round the ink it sees as type, and a lone 一 at the head or foot of a column of characters set
vertically (a vertical headline 一部小说与一座城, its box starting at 部) can fall outside it, so
the recogniser never sees it. Set vertically, a thin level stroke as wide as the column's glyphs,
alone in the cell a character's advance before the first (or after the last) character, with
white round it, can only be 一: a dash runs down a vertical line, and a rule or a frame runs past
the column's glyphs.

Set across, the same befalls a 一 at a line's end (本报讯　十六日，一 / 列满载…: the box stops at
the comma), on a blurred, noisy page most. There a level stroke could be a dash too, so more is
asked: the stroke stands in the cell right after the last character (or after a comma the box
left out too), at the glyphs' middle height, as wide as a glyph (a Chinese dash —— is two wide,
a hyphen a fraction of one), ends inside the cell (a rule runs on), and nothing else is inked
there once the page's noise is taken off (runs of ink shorter than a stroke's width). A line's
start is left alone: a subhead's dash opens a line (——记者探访…), and the detector was not seen
to leave a 一 out there.

This mends a reading with the page image, after the reading: no page has to be read again."""

from __future__ import annotations

from statistics import median

from .page import OcrChar, OcrLine

DARK = 128  # a pixel darker than this is ink
THIN = 0.2  # a stroke at most this share of a character's advance thick
WIDE = (0.6, 1.15)  # its width against the width of the column's glyphs
STRAY = 4  # pixels of ink allowed in the cell off the stroke (a speck of noise)


def _han(text: str) -> bool:
    return bool(text) and all("\u3400" <= ch <= "\u9fff" or ch in "，。、：；！？「」“”《》（）" for ch in text)


def _set(ln: OcrLine, across: bool) -> bool:
    """A Han line of three characters or more set down a column (or `across`): 2.5 times as long
    as it is thick, its characters in order along it."""
    chars = ln.chars
    if len(chars) < 3 or not _han(ln.text.replace(" ", "")):
        return False
    w, h = ln.box[2] - ln.box[0], ln.box[3] - ln.box[1]
    axis = 0 if across else 1
    return (w >= 2.5 * h if across else h >= 2.5 * w) and \
        all(b.box[axis] >= a.box[axis] for a, b in zip(chars, chars[1:]))


def _vertical(ln: OcrLine) -> bool:
    return _set(ln, False)


def _stroke(ink, x0: int, x1: int, y0: int, y1: int, advance: float, glyph_width: int) -> tuple | None:
    """The stroke's box when the cell (x0..x1, y0..y1) holds one thin level stroke as wide as the
    column's glyphs and nothing else, the cell taken half an advance wider each side."""
    pad = int(advance / 2)
    h, w = ink.shape
    top, bottom, left, right = max(y0, 0), min(y1, h), max(x0 - pad, 0), min(x1 + pad, w)
    if bottom - top < 0.8 * advance or right - left <= 0:
        return None
    cell = ink[top:bottom, left:right]
    rows = cell.sum(axis=1)
    inked = [k for k, n in enumerate(rows) if n >= 3]
    if not inked:
        return None
    a, b = inked[0], inked[-1]
    if b - a + 1 > THIN * advance or rows.sum() - rows[a:b + 1].sum() > STRAY:
        return None
    if not (0.2 * advance <= (a + b) / 2 <= bottom - top - 0.2 * advance):
        return None  # not where a character's middle stands
    cols = [k for k, n in enumerate(cell[a:b + 1].sum(axis=0)) if n]
    c0, c1 = cols[0] + left, cols[-1] + left
    if c0 < x0 - 2 or c1 > x1 + 2 or len(cols) < 0.9 * (cols[-1] - cols[0] + 1):
        return None  # runs past the column (a rule, a frame), or is no solid stroke
    if not WIDE[0] * glyph_width <= c1 - c0 + 1 <= WIDE[1] * glyph_width:
        return None
    return c0, top + a, c1 + 1, top + b + 1


def _mended(ln: OcrLine, ink) -> OcrLine:
    if not _vertical(ln):
        return ln
    chars = ln.chars
    advance = median(c.box[3] - c.box[1] for c in chars)
    x0, x1 = min(c.box[0] for c in chars), max(c.box[2] for c in chars)
    first, last = chars[0], chars[-1]
    body = ink[max(first.box[1], 0):max(last.box[3], 0), max(x0, 0):max(x1, 0)]
    cols = [k for k, n in enumerate(body.sum(axis=0)) if n] if body.size else []
    if not cols or advance <= 0:
        return ln
    glyph_width = cols[-1] - cols[0] + 1
    text, box, chars = ln.text, ln.box, list(chars)
    top = min(first.box[1], ln.box[1])
    if _stroke(ink, x0, x1, int(top - advance), top, advance, glyph_width):
        cell = (x0, int(top - advance), x1, top)
        chars.insert(0, OcrChar("一", cell, 0.5))
        text, box = "一" + text, (min(box[0], x0), cell[1], max(box[2], x1), box[3])
    foot = max(last.box[3], ln.box[3])
    if _stroke(ink, x0, x1, foot, int(foot + advance), advance, glyph_width):
        cell = (x0, foot, x1, int(foot + advance))
        chars.append(OcrChar("一", cell, 0.5))
        text, box = text + "一", (min(box[0], x0), box[1], max(box[2], x1), cell[3])
    return _with_yi(ln, text, box, chars)


def _across(ln: OcrLine) -> bool:
    return _set(ln, True)


CELL = 2.2  # glyphs' widths searched beside a line set across (a comma's cell and the 一's)
NEAR = 0.8  # the stroke starts (ends) within this many glyphs' widths of the line's end (start)
SOLID = 5  # a run of ink this long across, at least, is a stroke's (shorter runs: noise)
FAINT = 200  # a blurred thin stroke is this grey at most (a caption's 一 blurred to one row of grey 110-160)


def _level_stroke(gray, x0: int, x1: int, y0: int, y1: int, glyph: float, near: int) -> tuple | None:
    """The stroke's box when the cell (x0..x1, y0..y1; the glyphs' height) holds one thin level
    stroke as wide as a glyph (`glyph`), at the glyphs' middle, starting or ending within NEAR of
    `near` (the line's end or start), and no other ink but specks."""
    import cv2
    import numpy as np

    h, w = gray.shape[:2]
    x0, x1, y0, y1 = max(x0, 0), min(x1, w), max(y0, 0), min(y1, h)
    if x1 - x0 < glyph or y1 - y0 < 0.6 * glyph or gray.ndim != 2:
        return None
    ink = (gray[y0:y1, x0:x1] < FAINT).astype(np.uint8)  # (noise's lone specks: no run SOLID long)
    cell = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, SOLID), np.uint8))
    rows = cell.sum(axis=1)
    inked = [k for k, n in enumerate(rows) if n]
    if not inked:
        return None
    a, b = inked[0], inked[-1]
    if b - a + 1 > max(THIN * glyph, 3) or not 0.3 * (y1 - y0) <= (a + b) / 2 <= 0.7 * (y1 - y0):
        return None
    cols = [k for k, n in enumerate(cell.sum(axis=0)) if n]
    c0, c1 = cols[0] + x0, cols[-1] + x0
    if cols[-1] >= x1 - x0 - 2 or len(cols) < 0.9 * (cols[-1] - cols[0] + 1):
        return None  # runs on out of the cell (a rule), or is no solid stroke
    if not WIDE[0] * glyph <= c1 - c0 + 1 <= WIDE[1] * glyph or min(abs(c0 - near), abs(c1 - near)) > NEAR * glyph:
        return None
    return c0, y0 + a, c1 + 1, y0 + b + 1


def _mark_only(gray, x0: int, x1: int, y0: int, y1: int) -> bool:
    """The strip (x0..x1, y0..y1) holds ink in its lower half only: a mark (，。、) set there."""
    import cv2
    import numpy as np

    h, w = gray.shape[:2]
    x0, x1, y0, y1 = max(x0, 0), min(x1, w), max(y0, 0), min(y1, h)
    if x1 - x0 < 3 or y1 - y0 < 6 or gray.ndim != 2:
        return False
    ink = cv2.morphologyEx((gray[y0:y1, x0:x1] < FAINT).astype(np.uint8), cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    rows = [k for k, n in enumerate(ink.sum(axis=1)) if n]
    return bool(rows) and rows[0] >= 0.55 * (y1 - y0)


OPENING = set("“‘「『《〈（")  # marks that open: set before what they open, never at a line's end


def _mark_end(gray, x0: int, x1: int, y0: int, y1: int) -> int:
    """Where an opening mark's ink ends in the box x0..x1 (its glyphs' height y0..y1): the last
    column inked in the box's upper half (a quote's strokes stand high; a stroke the recogniser
    read into the mark's box stands at the middle), or x1 when none is."""
    import cv2
    import numpy as np

    h, w = gray.shape[:2]
    x0, x1, y0, y1 = max(x0, 0), min(x1, w), max(y0, 0), min(y1, h)
    if x1 - x0 < 3 or y1 - y0 < 6 or gray.ndim != 2:
        return x1
    upper = (gray[y0:y0 + int(0.42 * (y1 - y0)), x0:x1] < FAINT).astype(np.uint8)
    upper = cv2.morphologyEx(upper, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))  # (noise's specks)
    cols = [k for k, n in enumerate(upper.sum(axis=0)) if n]
    return x0 + cols[-1] + 1 if cols else x1


def _mended_across(ln: OcrLine, gray) -> OcrLine:
    if not _across(ln):
        return ln
    chars = [c for c in ln.chars if c.text.strip()]
    han = [c for c in chars if "\u3400" <= c.text <= "\u9fff"]
    if len(han) < 2:
        return ln
    glyph = median(c.box[2] - c.box[0] for c in han)
    top, foot = int(median(c.box[1] for c in han)), int(median(c.box[3] for c in han))
    last = chars[-1]
    text, box, out = ln.text, ln.box, list(ln.chars)
    end = max(last.box[2], ln.box[2])
    if last.text in OPENING:  # an opening mark never ends a line: what follows it was dropped (没有“一)
        end = _mark_end(gray, last.box[0], end, top, foot)
    elif _mark_only(gray, end, int(end + 0.6 * glyph), top, foot):  # a comma the box left out too (站，一)
        end = int(end + 0.6 * glyph)
    if (s := _level_stroke(gray, end, int(end + CELL * glyph), top, foot, glyph, end)) is not None:
        out.append(OcrChar("一", (s[0], top, s[2], foot), 0.5))
        text, box = text + "一", (box[0], box[1], max(box[2], s[2]), box[3])
    return _with_yi(ln, text, box, out)


def _with_yi(ln: OcrLine, text: str, box, chars) -> OcrLine:
    """`ln` with the 一 put back (itself where none was), keeping what a source marked on the line
    (display type)."""
    if text == ln.text:
        return ln
    mended = OcrLine(text, box, ln.confidence, chars)
    for name, value in vars(ln).items():
        if name not in ("text", "box", "confidence", "chars"):
            setattr(mended, name, value)
    return mended


def with_lone_strokes(lines: list[OcrLine], gray) -> list[OcrLine]:
    """`lines` with a lone 一 their boxes left out put back (`gray`: the page image as a numpy
    array, as the lines' boxes measure it)."""
    if gray is None or not any(_vertical(ln) or _across(ln) for ln in lines):
        return lines
    ink = gray < DARK
    return [_mended(ln, ink) if _vertical(ln) else _mended_across(ln, gray) for ln in lines]
