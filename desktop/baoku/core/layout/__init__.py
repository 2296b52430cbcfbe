"""The layout stage, between OCR (or an ALTO file's lines) and articles:

1. the page turned upright (skew from the lines' own slope), its rules and pictures read off the
   image when there is one (`graphics`);
2. lines cut at gutters and column rules, then gathered into classed blocks (`blocks`), the folio
   band marked and read (`folio`), captions found under their pictures;
3. reading order by recursive XY-cut over blocks and rules (`order`);
4. articles: a head opens one and takes the text under it in its columns (`articles`);
5. paragraphs and spaces (`articles`, `spacing`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..ocr.engine import OcrLine, OcrPage
from .articles import Group, group_articles
from .blocks import Block, Page, body_size, build_blocks, mark_captions
from .folio import Folio, mark_folio
from .geometry import deskewed, gutters, line_glyph, piece, skew_angle, split_lines
from .graphics import Graphics, find_graphics, upright
from .order import reading_order, spans


@dataclass
class Analysis:
    """A page laid out: its lines as stored (in the image's own coordinates, cut at the gutters),
    the same lines upright in `page`, its blocks in reading order, its articles and its folio."""

    lines: list[OcrLine]
    page: Page
    order: list[Block]
    groups: list[Group]
    folio: Folio | None = None
    angle: float = 0.0
    notes: list[str] = field(default_factory=list)


def analyse(read: OcrPage, gray=None) -> Analysis:
    """Lay out a page read by OCR (or from ALTO). `gray` is the page image as a numpy array when
    there is one: its rules and pictures then part the stories."""
    original = [ln for ln in read.lines if ln.text.strip()]
    angle = skew_angle(original)
    straight = deskewed(original, angle, read.width, read.height)
    body = body_size(straight)

    def big(ln: OcrLine) -> bool:  # display type: a headline, kicker or subhead spans its columns
        return line_glyph(ln) >= 1.12 * body

    graphics = Graphics()
    if gray is not None:
        graphics = find_graphics(upright(gray, angle), body, [ln.box for ln in straight])
    cols = gutters(straight, body, read.width, big)
    cuts = split_lines(straight, cols, body, big, graphics.vrules)
    lines = [piece(original[n], a, b) for n, a, b, _, _ in cuts]
    page = Page(read.width, read.height, [piece(straight[n], a, b, lo, hi) for n, a, b, lo, hi in cuts], body,
                graphics, columns=cols)
    page.blocks = build_blocks(page)
    folio = mark_folio(page)
    mark_captions(page)
    order = reading_order(page)
    groups = group_articles(page, order, spans(page))
    return Analysis(lines, page, order, groups, folio, angle)
