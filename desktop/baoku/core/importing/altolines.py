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
pages, opened fewer stories: ABBYY's words vary too much.)

Where the Strings are boxed to their own letters, a word's band is first reckoned from its letters:
a word with no descending letter was boxed down to its baseline only, one with no ascending letter
(nor capital, figure or i's dot) from its x-height only, so its box is grown by a descender's or an
ascender's share of the type. Else a head of two lines measured as two sizes when one had a
descender (Minersville Will | Have Correspondent on the Beaver County News, Increase in | Freight
Tonnage) and was parted. Not where every String is as tall as its line (Der Nordstern's ALTO).

Where every String of a line is boxed well past the line (Tesseract's ALTO now and then boxes a
head's line's words half as tall again as their TextLine, TO GERMAN NOTE under PRESIDENT'S REPLY),
its words are read within the line's box: else the head's second line measured bigger and was parted.

Tesseract boxes its Strings to their ink unevenly (a comma's foot, a speck beside a word: 'meet
Monday, the: 36th fostent, in', Strings 10 to 32 px high on a TextLine of 16), and its tallest word
over its words' scattered middles measured 44 of the Beaver County News p1's body lines as display
type where the scan measures them as body. On a page its ALTO names Tesseract as its reader a line
measures as the height three in four of its words' bands reach (of one or two words, the taller),
every band set on one middle for the line, stepped by the page's slant (`page_slant`): 17 such
lines. (ABBYY's ALTO of the page had 38, 9 so measured; but its Park Record p1 then gave 36
articles for 30: ABBYY's pages keep the tallest word.)"""

from __future__ import annotations

from collections.abc import Callable
from statistics import median

from ..ocr.engine import OcrLine

SPREAD = 1.6  # a word this much taller than its line's median is no letter (a rule, a speck)


ASCENDING = set("bdfhiklt0123456789\"'")  # with capitals: reaching over the x-height (i's dot too)
DESCENDING = set("gjpqy")  # reaching under the baseline
ASCENT, DESCENT = 0.27, 0.23  # an ascender's and a descender's share of the type, over and under the x-height


def _type_band(text: str, top: int, bottom: int) -> tuple[float, float]:
    """The band of type a word stands in (its ascenders' top to its descenders' foot), from its own
    box and its letters: a word with no descending letter is boxed down to its baseline only, one with
    no ascending letter or capital from its x-height only."""
    up = any(ch in ASCENDING or ch.isupper() for ch in text)
    down = any(ch in DESCENDING for ch in text)
    share = 1.0 - (0 if up else ASCENT) - (0 if down else DESCENT)
    full = (bottom - top) / share
    return top - (0 if up else ASCENT * full), bottom + (0 if down else DESCENT * full)


PAST = 0.1  # a String reaching this share of its line's height past the line is boxed past it


def _past(word: tuple, line: tuple) -> bool:
    return max(line[1] - word[1], 0) + max(word[3] - line[3], 0) > PAST * max(line[3] - line[1], 1)


def _within(word: tuple, line: tuple) -> tuple[int, int]:
    """A word's top and foot within its own line's box, where every String of the line is boxed well
    past it (Tesseract's TO GERMAN NOTE: three Strings 75 px high on a TextLine of 50, the head's
    first line's height). A word wholly outside its line keeps its box."""
    y0, y1 = max(word[1], line[1]), min(word[3], line[3])
    return (y0, y1) if y1 > y0 else (word[1], word[3])


def _boxed_to_letters(lines: list[OcrLine]) -> bool:
    """Whether the page's Strings are boxed to their own letters (ABBYY's English pages: words of
    one line boxed at several heights), not each as tall as its line (Der Nordstern's ALTO: every
    String of a line its line's height): most lines of three words or more hold words of two heights."""
    many = [ln for ln in lines if len(getattr(ln, "words", [])) >= 3]
    varied = sum(len({(ln.chars[a].box[1], ln.chars[a].box[3]) for a, b in ln.words if b > a}) > 1 for ln in many)
    return bool(many) and varied > 0.5 * len(many)


def by_words(lines: list[OcrLine], uneven: bool = False) -> Callable[[list], None]:
    """Box each line (and its characters) to its words' type height, in place; the function given
    back puts the ALTO's own boxes back on the layout's stored lines (`ScanLine`s). `uneven`: the
    Strings are boxed to their ink unevenly (Tesseract's ALTO): each line then measures as most of
    its words, on one middle."""
    kept = [(ln, ln.box, [c.box for c in ln.chars]) for ln in lines]  # as the ALTO gives them
    lettered_boxes = _boxed_to_letters(lines)
    slant = page_slant(lines) if uneven else 0.0
    for ln in lines:
        spans = [(a, b) for a, b in getattr(ln, "words", []) if b > a]
        past = bool(spans) and all(_past(ln.chars[a].box, ln.box) for a, _ in spans)
        bands = []
        for a, b in spans:
            word = "".join(c.text for c in ln.chars[a:b])
            y0, y1 = _within(ln.chars[a].box, ln.box) if past else (ln.chars[a].box[1], ln.chars[a].box[3])
            lettered = sum(ch.isalnum() for ch in word) >= 2
            band = _type_band(word, y0, y1) if lettered and lettered_boxes else (y0, y1)
            bands.append((*band, lettered, ln.chars[a:b]))
        measured = [b for b in bands if b[1] > b[0] and b[2]] or [b for b in bands if b[1] > b[0]]
        if not measured:
            continue
        most = median(b[1] - b[0] for b in measured)
        heights = [b[1] - b[0] for b in measured if b[1] - b[0] <= SPREAD * most]
        height = _upper(heights) if uneven else max(heights)
        middle = median((b[0] + b[1]) / 2 - slant * _x(b[3]) for b in measured)
        for y0, y1, _, cs in bands:
            mid = middle + slant * _x(cs) if uneven else (y0 + y1) / 2
            for c in cs:
                c.box = (c.box[0], round(mid - height / 2), c.box[2], round(mid + height / 2))
        ln.box = (ln.box[0], min(c.box[1] for c in ln.chars), ln.box[2], max(c.box[3] for c in ln.chars))
    return lambda stored: _restored(stored, kept)


UPPER = 0.75  # a line's type: this share of its words' bands are no taller


def _upper(heights: list[float]) -> float:
    """The height this share of a line's words' bands reach (of one or two words: the taller)."""
    ranked = sorted(heights)
    return ranked[-1] if len(ranked) <= 2 else ranked[int(UPPER * (len(ranked) - 1))]


def _x(cs: list) -> float:
    """A word's middle across the page."""
    return (cs[0].box[0] + cs[-1].box[2]) / 2


def page_slant(lines: list[OcrLine]) -> float:
    """How far the page's lines fall for each pixel across (the scan set aslant): of every line of
    four words or more, the median fall of its words' feet from one word to any later one; the
    median over the lines. One slant for the page: a line's own words are too few to say it."""
    falls = []
    for ln in lines:
        spans = [(a, b) for a, b in getattr(ln, "words", []) if b > a]
        if len(spans) < 4:
            continue
        feet = [(_x(ln.chars[a:b]), ln.chars[a].box[3]) for a, b in spans]
        steps = [(q[1] - p[1]) / (q[0] - p[0]) for i, p in enumerate(feet) for q in feet[i + 1:] if q[0] > p[0]]
        if steps:
            falls.append(median(steps))
    return median(falls) if falls else 0.0


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
