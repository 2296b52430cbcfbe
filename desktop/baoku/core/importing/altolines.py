"""An ALTO page's lines as the layout measures them: by their words, as a recogniser boxes a line
(issue 30). The layout reads a Latin line's type size off its box's height. A recogniser boxes
every line of one type alike; ABBYY's ALTO does not: it boxes some TextLines well over their
words (the Park Record's 'the great news to break,' 200 units over words spanning 128), and each
String to its own letters (on 76 units, flying 120 on one line), stepped along a page set aslant.
So body lines measured as display type and opened articles in a story's midst. For the layout
each line takes one band a word, round the word's own middle (the page's slant is kept word by
word), as tall as the line's tallest word of letters (no taller than 1.6 times its words' median:
a rule read as a letter is no type): a line of x-height words measures as its type, and the
TextLine's own box, which ABBYY pads, is not read. The lines the layout stores get the ALTO's own
boxes back. (Each word kept at its own height up to its line's tallest, measured on the train
pages, opened fewer stories: ABBYY's words vary too much.)"""

from __future__ import annotations

from collections.abc import Callable
from statistics import median

from ..ocr.engine import OcrLine

SPREAD = 1.6  # a word this much taller than its line's median is no letter (a rule, a speck)


def by_words(lines: list[OcrLine]) -> Callable[[list], None]:
    """Box each line (and its characters) to its words' type height, in place; the function given
    back puts the ALTO's own boxes back on the layout's stored lines (`ScanLine`s)."""
    kept = [(ln, ln.box, [c.box for c in ln.chars]) for ln in lines]  # as the ALTO gives them
    for ln in lines:
        spans = [(a, b) for a, b in getattr(ln, "words", []) if b > a]
        bands = [(ln.chars[a].box[1], ln.chars[a].box[3], ln.chars[a:b]) for a, b in spans]
        tall = [y1 - y0 for y0, y1, cs in bands if y1 > y0 and sum(ch.isalnum() for c in cs for ch in c.text) >= 2]
        tall = tall or [y1 - y0 for y0, y1, _ in bands if y1 > y0]
        if not tall:
            continue
        most = median(tall)
        height = max(h for h in tall if h <= SPREAD * most)
        for y0, y1, cs in bands:
            mid = (y0 + y1) / 2
            for c in cs:
                c.box = (c.box[0], round(mid - height / 2), c.box[2], round(mid + height / 2))
        ln.box = (ln.box[0], min(c.box[1] for c in ln.chars), ln.box[2], max(c.box[3] for c in ln.chars))
    return lambda stored: _restored(stored, kept)


def _restored(stored: list, kept: list[tuple[OcrLine, tuple, list[tuple]]]) -> None:
    """The ALTO's boxes again (the layout may have padded them since, `alto._as_recognised`): a
    whole line's own box, a piece's the union of its characters'."""
    chars = {(c.text, c.box): b for ln, _, boxes in kept for c, b in zip(ln.chars, boxes)}
    whole = {ln.box: own for ln, own, _ in kept}
    for ln in stored:
        if not ln.chars:
            continue
        ln.chars = [(t, chars.get((t, b), b), p) for t, b, p in ln.chars]
        own = whole.get(ln.box)
        if own is None:
            own = (ln.box[0], min(b[1] for _, b, _ in ln.chars), ln.box[2], max(b[3] for _, b, _ in ln.chars))
        ln.box = own
