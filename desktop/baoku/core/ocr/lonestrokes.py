"""A character of one thin stroke left out of its line's box: the detector draws a line's box
round the ink it sees as type, and a lone 一 at the head or foot of a column of characters set
vertically (a vertical headline 一部小说与一座城, its box starting at 部) can fall outside it, so
the recogniser never sees it. Set vertically, a thin level stroke as wide as the column's glyphs,
alone in the cell a character's advance before the first (or after the last) character, with
white round it, can only be 一: a dash runs down a vertical line, and a rule or a frame runs past
the column's glyphs. Lines set across are left alone (a dash there looks just like 一).

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


def _vertical(ln: OcrLine) -> bool:
    chars = ln.chars
    if len(chars) < 3 or not _han(ln.text.replace(" ", "")):
        return False
    w, h = ln.box[2] - ln.box[0], ln.box[3] - ln.box[1]
    return h >= 2.5 * w and all(b.box[1] >= a.box[1] for a, b in zip(chars, chars[1:]))


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
    if text == ln.text:
        return ln
    mended = OcrLine(text, box, ln.confidence, chars)
    for name, value in vars(ln).items():  # what a source marked on the line (display type) stays
        if name not in ("text", "box", "confidence", "chars"):
            setattr(mended, name, value)
    return mended


def with_lone_strokes(lines: list[OcrLine], gray) -> list[OcrLine]:
    """`lines` with a lone 一 their boxes left out put back, on lines set vertically (`gray`: the
    page image as a numpy array, as the lines' boxes measure it)."""
    if gray is None or not any(_vertical(ln) for ln in lines):
        return lines
    ink = gray < DARK
    return [_mended(ln, ink) for ln in lines]
