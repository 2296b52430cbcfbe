"""Decks told by their place, on a Chinese page measured in ink. A kicker (引题) or subhead (副题)
set in 楷 at 1.2 times the body measures only 1.04 to 1.08 times it in ink: Kaiti's glyphs stand
small in their square, and its thin brush ends fade under blur and noise (issue-51g's face set
(b): GB Song body, Noto Serif Bold heads, Kai decks). Under `blocks.DISPLAY_RATIO` such a line was
body text: cut at the gutters it crosses, read into a column's text (b01's 新开通三条东南亚航线
冷链货物增长最快 in the second column's first paragraph), and the head lost its subhead.

Its ink cannot tell it from the body (a Song body line measures 0.96 to 1.04), but its advance
can: CJK type is set on a square body, and a deck's characters stand 1.11 to 1.24 body sizes
apart where a justified body line's stand 0.93 to 1.05. And its place tells it: a short line of
words, no sentence's end, right under a headline's last line or right over its first, centred
on it. Such a line measures display type.
"""

from __future__ import annotations

from statistics import median

from ..ocr.engine import OcrLine
from .geometry import is_han

ADVANCE = 1.08  # body sizes a deck's characters stand apart at least (the body's: 0.93 to 1.05)
CLOSE = 0.75  # body sizes of white at most between the deck and its head
CENTRE = 2.0  # body sizes a deck's middle may stand off its head's (a dash before it goes unread)
LONGEST = 36  # letters of a deck's line at most
ENDS = "。！？；：，…"  # a sentence's end: a paragraph's last line, not a deck
MARGIN = 1.01  # the display size a deck is given, as a share of the display size


def placed_decks(lines: list[OcrLine], sizes: list[float], body: float, headline: float,
                 display: float) -> list[float]:
    """The lines' sizes, a deck that measured as body type (by its ink) given the display size when
    it stands so by a headline (`headline`, `display`: the sizes, as shares of `body`, at which
    a line is a headline or display type)."""
    heads = [ln.box for ln, s in zip(lines, sizes) if s >= headline * body]
    if not heads:
        return sizes
    out = list(sizes)
    for i, (ln, s) in enumerate(zip(lines, sizes)):
        if s < display * body and _deck_like(ln, body) and any(_by(ln.box, h, body) for h in heads):
            out[i] = MARGIN * display * body
    return out


def _deck_like(ln: OcrLine, body: float) -> bool:
    """A short line of words set wider than the body (its characters' advance), no sentence's end."""
    text = ln.text.strip()
    return 2 <= sum(is_han(ch) for ch in text) and len(text) <= LONGEST and text[-1] not in ENDS and \
        _advance(ln) >= ADVANCE * body


def _advance(ln: OcrLine) -> float:
    """The median advance from one Han character to the next within the line's words (not over
    the white between them: a weather box's 今天白天　多云转阴 stands as wide as a deck's type)."""
    import re

    runs = [w for w in re.split(r"\s+", ln.text) if w]
    if "".join(runs) != "".join(c.text for c in ln.chars):
        return 0.0  # (its characters not as its text reads: not measured)
    breaks, at = set(), 0  # where a word ends, counted in characters of the text without its white
    for w in runs:
        at += len(w)
        breaks.add(at)
    steps, at = [], 0
    for a, b in zip(ln.chars, ln.chars[1:]):
        at += len(a.text)
        if at not in breaks and len(a.text) == 1 and len(b.text) == 1 and is_han(a.text) and is_han(b.text):
            steps.append((b.box[0] + b.box[2] - a.box[0] - a.box[2]) / 2)
    return float(median(steps)) if steps else 0.0


def _by(box, head, body: float) -> bool:
    """`box` stands right under `head` or right over it, centred on it."""
    mid = (head[1] + head[3]) / 2
    under = mid < box[1] <= head[3] + CLOSE * body and box[3] > head[3]
    over = head[1] - CLOSE * body <= box[3] < mid and box[1] < head[1]
    centred = abs((box[0] + box[2]) - (head[0] + head[2])) / 2 <= CENTRE * body
    return (under or over) and centred
