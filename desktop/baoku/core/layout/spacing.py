"""Spaces in a line as the page shows them.

The recogniser gives Han text without the spaces the page has (本报记者 林晓东), and Latin text
with its word spaces but its boxes by word. Spaces the recogniser printed are kept; between Han
characters a space comes back where two stand apart by clearly more than the line's usual gap.
Punctuation, whose glyph fills half its box, never makes a space."""

from __future__ import annotations

from statistics import median

from ..ocr.engine import OcrLine
from .geometry import PUNCT, is_han

SPACE = 0.3  # a gap this much wider than the usual one (in characters) between two Han is a space


def spaced(line: OcrLine, size: float) -> str:
    items = line.chars
    if not items:
        return line.text
    # Which items the recogniser already printed a space before, found by walking its text.
    text, pos, before = line.text, 0, []
    for it in items:
        skipped = 0
        while pos < len(text) and text[pos].isspace():
            pos += 1
            skipped += 1
        if text[pos:pos + len(it.text)] != it.text:
            return text  # the items do not spell the text: keep the text as it is
        before.append(skipped > 0)
        pos += len(it.text)
    if text[pos:].strip():
        return text
    # The usual gap is taken between Han characters only: digits and Latin letters set close
    # together (10月11日) would make it too small, and every wider Han gap a false space.
    gaps = [b.box[0] - a.box[2] for a, b in zip(items, items[1:]) if is_han(a.text) and is_han(b.text)] or \
        [b.box[0] - a.box[2] for a, b in zip(items, items[1:]) if a.text not in PUNCT and b.text not in PUNCT]
    usual = median(gaps) if gaps else 0
    out = items[0].text
    for k, (a, b) in enumerate(zip(items, items[1:]), 1):
        wide = a.text[-1:] not in PUNCT and b.text[:1] not in PUNCT and b.box[0] - a.box[2] - usual > SPACE * size
        if before[k] or (wide and (is_han(a.text[-1:]) or is_han(b.text[:1]))):
            out += " "
        elif wide and len(a.text) == 1 and len(b.text) == 1:
            out += " "
        out += b.text
    return out
