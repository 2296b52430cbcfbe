"""Decks told by their place, on a Chinese page measured in ink. A kicker (引题) or subhead (副题)
set in 楷 at 1.2 times the body measures only 1.04 to 1.08 times it in ink: Kaiti's glyphs stand
small in their square, and its thin brush ends fade under blur and noise (issue-51g's face set
(b): GB Song body, Noto Serif Bold heads, Kai decks). Under `blocks.DISPLAY_RATIO` such a line was
body text: cut at the gutters it crosses, read into a column's text (b01's 新开通三条东南亚航线
冷链货物增长最快 in the second column's first paragraph), and the head lost its subhead.

Its ink cannot tell it from the body (a Song body line measures 0.96 to 1.04), but its advance
can: CJK type is set on a square body, and a deck's characters stand 1.11 to 1.24 body sizes
apart where a justified body line's stand 0.93 to 1.05. And its place tells it: a short line of
words, no sentence's end, right under a headline's last line, centred on it. Such a line
measures display type.
"""

from __future__ import annotations

import re
from statistics import median

from ..ocr.engine import OcrLine
from .geometry import is_han

ADVANCE = 1.08  # body sizes a deck's characters stand apart at least (the body's: 0.93 to 1.05)
CLOSE = 0.75  # body sizes of white at most between the deck and its head
CENTRE = 2.0  # body sizes a deck's middle may stand off its head's (a dash before it goes unread)
LONGEST = 36  # letters of a deck's line at most
LEAST = 4  # Han characters of a deck's line at least, measured in runs
FLOW_OVER, FLOW_GAP = 0.3, 0.8  # body sizes a paragraph's next line's box may overlap the line's or stand under it
FLOW_EDGE, FLOW_INDENT = 0.5, 2.5  # body sizes its end and its start may stand off the line's
WORDS = 2  # runs of words a deck's line parts into by white at most (a weather box's line: five)
ENDS = "。！？；：，…"  # a sentence's end: a paragraph's last line, not a deck
MARGIN = 1.01  # the display size a deck is given, as a share of the display size


def placed_decks(lines: list[OcrLine], sizes: list[float], body: float, headline: float,
                 display: float) -> list[float]:
    """The lines' sizes, a deck that measured as body type (by its ink) given the display size when
    it stands so under a headline (`headline`, `display`: the sizes, as shares of `body`, at which
    a line is a headline or display type)."""
    heads = [ln.box for ln, s in zip(lines, sizes) if s >= headline * body]
    if not heads:
        return sizes
    out = list(sizes)
    for i, (ln, s) in enumerate(zip(lines, sizes)):
        if s < display * body and _deck_like(ln, body) and any(_by(ln.box, h, body) for h in heads) and \
                not _in_flow(ln.box, lines, body):
            out[i] = MARGIN * display * body
    return out


def _deck_like(ln: OcrLine, body: float) -> bool:
    """A short line of words set wider than the body (its characters' advance), no sentence's end."""
    text = ln.text.strip()
    return 2 <= sum(is_han(ch) for ch in text) and len(text) <= LONGEST and text[-1] not in ENDS and \
        len(text.split()) <= WORDS and \
        _advance(ln) >= ADVANCE * body


def _advance(ln: OcrLine) -> float:
    """How far apart the line's Han characters stand: the median step from one to the next within
    runs of them unbroken by white or by other letters (a weather box's 今天白天　多云转阴 stands
    apart by its white; the figures of 60% are set narrower); 0 when fewer than `LEAST` Han
    characters stand so. (Measured over the runs' whole length instead, a justified body line
    holding figures measured as wide as a deck: s23 in the bundled faces.)"""
    if "".join(re.split(r"\s+", ln.text)) != "".join(c.text for c in ln.chars):
        return 0.0  # (its characters not as its text reads: not measured)
    breaks, at = set(), 0  # where a word ends, counted in characters of the text without its white
    for w in ln.text.split():
        at += len(w)
        breaks.add(at)
    runs, run, at = [], [], 0
    for c in ln.chars:
        if len(c.text) == 1 and is_han(c.text):
            run.append(c)
        else:
            runs.append(run)
            run = []
        at += len(c.text)
        if at in breaks:
            runs.append(run)
            run = []
    runs.append(run)
    runs = [r for r in runs if len(r) >= 2]
    if sum(len(r) for r in runs) < LEAST:
        return 0.0
    return float(median((b.box[0] + b.box[2] - a.box[0] - a.box[2]) / 2 for r in runs for a, b in zip(r, r[1:])))


def _in_flow(box, lines: list[OcrLine], body: float) -> bool:
    """A line right under `box` ends where it ends and starts near where it starts, or starts where
    it starts (a paragraph's next line, or its short last one): `box` is a line of a column's text
    (justified wide: a line holding figures has its Han characters set apart by more than their
    size; s19's 学籍是不是要重新注册？（读 over 者 许先生)）."""
    return any(box[3] - FLOW_OVER * body <= ln.box[1] <= box[3] + FLOW_GAP * body and
               (abs(ln.box[2] - box[2]) <= FLOW_EDGE * body and abs(ln.box[0] - box[0]) <= FLOW_INDENT * body or
                abs(ln.box[0] - box[0]) <= FLOW_EDGE * body)
               for ln in lines if ln.box != box)


def _by(box, head, body: float) -> bool:
    """`box` stands right under `head`, centred on it. (Not over it: a story's last line over the
    next story's head in one column stands centred on it too; a kicker read as text is joined to
    its head later, `loneheads`.)"""
    under = (head[1] + head[3]) / 2 < box[1] <= head[3] + CLOSE * body and box[3] > head[3]
    return under and abs((box[0] + box[2]) - (head[0] + head[2])) / 2 <= CENTRE * body
