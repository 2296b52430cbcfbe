"""Text running on under text whose box overlaps it: no rule or white parts them."""

from __future__ import annotations

import re

from .blocks import TEXT
from .pieces import Block, Group, Page


def overlaid(page: Page, g: Group, x: Block, b: Block) -> bool:
    """A text block of article `g` over `b`'s columns fills the band from `x`'s foot down to `b`'s
    top, its box running down past `b`'s top (ALTO boxing Brisbane's column so), and `b` runs on
    mid-sentence (its first word in lowercase: ; J by organized dol-, him.): a rule or white there
    is inside the story's own text (ink in its lines read as a rule), parting nothing. Not a line
    opening a sentence: a story's head OCR glued into the text over it may box that text down so
    (The average family in the United, under Have to Take It)."""
    word = re.search(r"[^\W\d_]{2,}", page.lines[b.lines[0]].text) if b.lines else None
    return word is not None and word.group()[0].islower() and \
        any(o is not x and o.kind == TEXT and o.y0 <= x.y1 and o.y1 > b.y0 and
            min(o.x1, b.x1) - max(o.x0, b.x0) > 0.5 * (b.x1 - b.x0) for o in g.body)
