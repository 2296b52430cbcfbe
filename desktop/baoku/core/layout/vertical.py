"""Pages set in vertical columns read right to left (older traditional papers): found by their
lines' shape, and laid out by the same stages on the page turned a quarter to the left. Turned,
a vertical line read top to bottom is a line read left to right, the columns to its left are the
lines under it, and a band of stories across the page is a column of them: the XY-cut, the heads
and the articles need nothing of their own. The running head printed across the top stays as it
is, read as the folio."""

from __future__ import annotations

from ..ocr.engine import OcrChar, OcrLine, OcrPage
from .blocks import FOLIO, Block
from .folio import folio_like, read_folio
from .graphics import Box

TALL = 2.0  # a line this many times taller than wide is set vertically
VERTICAL_SHARE = 0.6  # a page whose lines are this much vertical (by characters) is set vertically


def _tall(ln: OcrLine) -> bool:
    w, h = ln.box[2] - ln.box[0], ln.box[3] - ln.box[1]
    return len(ln.chars) >= 3 and h >= TALL * max(w, 1)


def _wide(ln: OcrLine) -> bool:
    w, h = ln.box[2] - ln.box[0], ln.box[3] - ln.box[1]
    return len(ln.chars) >= 2 and w >= TALL * max(h, 1)


def is_vertical(lines: list[OcrLine]) -> bool:
    tall = sum(len(ln.chars) for ln in lines if _tall(ln))
    wide = sum(len(ln.chars) for ln in lines if _wide(ln))
    return tall > 0 and tall >= VERTICAL_SHARE * (tall + wide)


def _box(box: Box, width: int) -> Box:
    """A box of the page turned a quarter to the left (the page `width` wide before)."""
    x0, y0, x1, y1 = box
    return y0, width - x1, y1, width - x0


def _back(box: Box, width: int) -> Box:
    x0, y0, x1, y1 = box
    return width - y1, x0, width - y0, x1


def _turned(ln: OcrLine, width: int) -> OcrLine:
    return OcrLine(ln.text, _box(ln.box, width), ln.confidence,
                   [OcrChar(c.text, _box(c.box, width), c.confidence) for c in ln.chars])


def _returned(ln: OcrLine, width: int) -> OcrLine:
    return OcrLine(ln.text, _back(ln.box, width), ln.confidence,
                   [OcrChar(c.text, _back(c.box, width), c.confidence) for c in ln.chars])


def vertical_analysis(read: OcrPage, gray, analyse):
    """`analyse` (the stages) run on the page turned a quarter to the left; its lines turned back.
    Lines across the page above every column (the running head) are its folio."""
    import numpy as np

    lines = [ln for ln in read.lines if ln.text.strip()]
    top = min((ln.box[1] for ln in lines if _tall(ln)), default=0)
    head = sorted((ln for ln in lines if ln.box[3] <= top + 2 and not _tall(ln)), key=lambda ln: ln.box[0])
    body = [ln for ln in lines if ln not in head]
    turned = OcrPage(read.height, read.width, [_turned(ln, read.width) for ln in body])
    lay = analyse(turned, np.rot90(gray) if gray is not None else None)
    lay.lines = [_returned(ln, read.width) for ln in lay.lines]
    lay.turn = lambda box: _back(box, read.width)
    said = " ".join(ln.text for ln in head)
    if head:  # the running head: lines of the page, in a folio block of their own
        first = len(lay.page.lines)
        lay.lines += head
        lay.page.lines += [_turned(ln, read.width) for ln in head]
        lay.page.sizes += [0.0] * len(head)
        x0, y0, x1, y1 = (min(ln.box[0] for ln in head), min(ln.box[1] for ln in head),
                          max(ln.box[2] for ln in head), max(ln.box[3] for ln in head))
        lay.page.blocks.append(Block(FOLIO, list(range(first, first + len(head))), _box((x0, y0, x1, y1), read.width),
                                     lay.page.body))
        if folio_like(said):
            lay.folio = read_folio(said)
    return lay
