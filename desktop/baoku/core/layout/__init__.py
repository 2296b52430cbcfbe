"""The layout stage, between OCR (or an ALTO file's lines) and articles:

1. the page turned upright (skew from the lines' own slope), its rules and pictures read off the
   image when there is one (`graphics`);
2. lines cut at gutters and column rules, a line's pieces within a column joined (`linepieces`),
   then gathered into classed blocks (`blocks`), the folio band marked and read (`folio`),
   captions found under their pictures;
3. reading order by recursive XY-cut over blocks and rules (`order`);
4. articles: a head opens one and takes the text under it in its columns (`articles`; on a
   Latin page an article of heads only opens the article whose head is right under it,
   `loneheads`), read
   down each column past a picture inside its text (`insets`); on a Chinese page an
   advertisement (a ruled box whose words sell) is one article, marked, and a notice's title
   (遗失声明, 公告 …) opens its notice (`adverts`); an article that is mostly a table's cells
   is read row by row (`tables`); on a Latin page an advertisement's pieces are one
   article (`latinadverts`), each cell of a classified section (under AMUSEMENTS.,
   STEAMBOAT LINES. …) is one (`classifieds`), and so is a box of an advertisement's type (`latinboxes`), and an
   advertisement set as reading matter (signed Adv., its
   words an advertiser's) is one too (`readingnotices`); a serial's instalment, from its
   synopsis or chapter head to (To be continued.), is one story (`serials`);
5. paragraphs and spaces (`articles`, `spacing`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from ..ocr.engine import OcrLine, OcrPage
from .adcolumns import advert_columns
from .adverts import advertisements, centred_in, notice_titles, ruled_boxes, selling_boxes
from .articles import group_articles
from .backprint import without_back_print
from .blocks import Block, Page, build_blocks, mark_captions, ratios
from .folio import Folio, mark_folio
from .frames import enclosed, find_frames
from .geometry import (RULE_REACH, deskewed, edge_columns, glyph, gutters, halved_words, is_latin, piece, ruled_columns,
                       skew_angle, split_lines, turned)
from .graphics import Box, Graphics, find_graphics, strokes_off, upright
from .insets import read_round
from .classifieds import classifieds
from .deckplace import placed_decks
from .latinadverts import adverts, reverse_lines
from .latinboxes import LEAST as BOX_LEAST
from .latinboxes import boxed_adverts
from .linepieces import joined_pieces, read_across
from .loneheads import joined_heads
from .order import reading_order, spans
from .paper import even_paper
from .pieces import Group
from .readingnotices import reading_notices
from .serials import instalments
from .showthrough import without_show_through
from .specks import gutter_specks, without
from .sideheads import advance, heads_first, mended, vertical_line
from .tables import read_tables, ruled_cells
from .typesize import body_size, ink_mask, type_sizes


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
    turn: Callable[[Box], Box] | None = None  # a vertical page: from `page`'s coordinates (turned) back

    def image_box(self, box: Box) -> Box:
        """A box of `page` (upright, and turned when the page is set vertically) in the image's pixels."""
        cos, sin = math.cos(-self.angle), math.sin(-self.angle)
        out = turned(box, cos, sin, self.page.width / 2, self.page.height / 2)
        return self.turn(out) if self.turn is not None else out


def analyse(read: OcrPage, gray=None) -> Analysis:
    """Lay out a page read by OCR (or from ALTO). `gray` is the page image as a numpy array when
    there is one: its rules and pictures then part the stories. A page set in vertical columns
    (vertical.py) is laid out turned a quarter, its columns read right to left."""
    from ..ocr.lonestrokes import with_lone_strokes
    from .vertical import is_vertical, vertical_analysis

    # A scan's dark edges and uneven light are no ink of the page, nor the other side's print read
    # through the paper. Chinese pages only, as yet: on the Latin train pages evening the paper
    # moved heads apart from their stories as often as it joined them (the Latin rules were tuned
    # on the scans as they are).
    if gray is not None and sum(is_latin(ln) for ln in read.lines) <= 0.5 * len(read.lines):
        gray = even_paper(gray)
        kept = without_show_through(read.lines, gray)
        if kept is not read.lines:  # the back's print is there: lifted off the image, and measured again
            gray = without_back_print(gray, rings=True)
            kept = without_show_through(read.lines, gray, backed=True)
            read = OcrPage(read.width, read.height, kept)
    if gray is not None:  # a lone 一 the detector's box left out of a vertical line
        mended = with_lone_strokes(read.lines, gray)
        if mended is not read.lines:
            read = OcrPage(read.width, read.height, mended)
    if is_vertical(read.lines):
        return vertical_analysis(read, gray, lambda page, image: _analyse(page, image, sides=False))
    return _analyse(read, gray)


def _analyse(read: OcrPage, gray=None, sides: bool = True) -> Analysis:
    """The stages on a page read in horizontal lines (or a vertical page turned); `sides`: its
    vertical lines are heads set beside their stories (sideheads.py)."""
    original = [ln for ln in read.lines if ln.text.strip()]
    if sides:  # a vertical head the detector read in part across its columns, read down them
        original = mended(original)
    angle = skew_angle(original)
    straight = deskewed(original, angle, read.width, read.height)
    if sides and sum(is_latin(ln) for ln in straight) <= 0.5 * len(straight):  # a speck in a gutter read as a mark
        drops = gutter_specks(straight)
        kept = [(a, b) for a, b in ((without(o, d), without(t, d)) for o, t, d in zip(original, straight, drops)) if a and b]
        original, straight = [a for a, _ in kept], [b for _, b in kept]
    gray = upright(gray, angle) if gray is not None else None
    latin = sum(is_latin(ln) for ln in straight) > 0.5 * len(straight)
    ink = ink_mask(gray, body_size([glyph(ln) for ln in straight], straight), latin=latin) \
        if gray is not None else None
    measured: dict = {}  # ink heights, by what each line's measure reads
    sizes, scale = type_sizes(straight, ink, memo=measured)
    body = max(body_size(sizes, straight), 1.0)  # characters stacked one under another advance by nothing
    headline, display = ratios(scale is not None, latin)
    marked = [bool(getattr(ln, "display", False)) for ln in original]  # a source's display type (ALTO's bold heads)
    sizes = _as_display(sizes, marked, display * body)
    if scale is not None and not latin:  # a deck in 楷, its ink as small as the body's (`deckplace`)
        sizes = placed_decks(straight, sizes, body, headline, display)
    size_of = {id(ln): s for ln, s in zip(straight, sizes)}

    def big(ln: OcrLine) -> bool:  # display type: a headline, kicker or subhead spans its columns
        return size_of[id(ln)] >= display * body

    graphics = Graphics()
    if gray is not None:
        graphics = find_graphics(gray, body, [ln.box for ln in straight])
        if latin:  # (a head's letter stem is no column rule)
            graphics.vrules = strokes_off(graphics.vrules, [ln.box for ln in straight if big(ln)])
        graphics.frames = find_frames(gray, body, graphics.hrules + graphics.vrules)
        if not latin:
            graphics.boxes = ruled_boxes(graphics, body, read.width, read.height)
        else:  # every box ink closes round, asked for advertisements (`latinboxes`)
            graphics.boxes = enclosed(gray, body, BOX_LEAST)
    # An advertisement's lines (adverts.py) speak for no column of the page and are cut at none.
    sold = selling_boxes(graphics.boxes, straight) if not latin else []

    def wide(ln: OcrLine) -> bool:  # a line that may span the page's columns
        return big(ln) or any(centred_in(ln.box, box) for box in sold)

    cols = gutters(straight, body, read.width, wide)
    if not latin:  # a sparse last column (a Latin page's columns are left as they were found)
        cols = edge_columns(cols, straight, body, wide)
    cols = ruled_columns(cols, graphics.vrules, body)
    if latin:  # a double column whose gutter the words' boxes filled
        cols = halved_words(cols, straight, body, read.width, wide)
    def spans_columns(ln: OcrLine) -> bool:  # (not a Latin page's two body lines read as one: `read_across`)
        return wide(ln) and not (latin and read_across(ln, cols, body, display * body, graphics.vrules))

    cuts = split_lines(straight, cols, body, spans_columns, graphics.vrules, RULE_REACH if latin else 0.0)
    lines = [piece(original[n], a, b) for n, a, b, _, _ in cuts]
    pieces = [piece(straight[n], a, b, lo, hi) for n, a, b, lo, hi in cuts]
    source = [n for n, *_ in cuts]
    if not latin:  # a line justified wide, boxed by the detector in pieces, is one line again
        lines, pieces, source = joined_pieces(lines, pieces, source, cols, graphics.vrules, body)
    page = Page(read.width, read.height, pieces, body, graphics, columns=cols,
                sizes=_as_display(type_sizes(pieces, ink, scale, measured)[0], [marked[n] for n in source], display * body),
                inked=scale is not None, latin=latin, ink=ink, source=source, sides=sides)
    if page.inked and not latin:
        page.sizes = placed_decks(pieces, page.sizes, body, headline, display)
    if latin and gray is not None:
        page.reverse = reverse_lines(gray, pieces, graphics.figures, body)
    if sides:  # a vertical line's ink runs its whole height: its type is its characters' advance
        page.sizes = [advance(ln) if vertical_line(ln) else s for ln, s in zip(pieces, page.sizes)]
    page.blocks = build_blocks(page)
    notice_titles(page, page.blocks)
    folio = mark_folio(page)
    mark_captions(page)
    ruled_cells(page)
    order = reading_order(page)
    widened = spans(page)
    if page.side_heads:
        order = heads_first(page, order, widened)
    groups = joined_heads(page, group_articles(page, order, widened))
    read_round(page, groups)
    groups = advertisements(page, order, groups)
    read_tables(page, groups)
    groups = adverts(page, order, groups)
    groups = classifieds(page, order, groups)
    groups = boxed_adverts(page, order, groups)
    groups = reading_notices(page, order, groups)
    groups = instalments(page, groups)
    groups = advert_columns(page, order, groups)
    return Analysis(lines, page, order, groups, folio, angle)


DISPLAY_MARGIN = 1.05  # a line its source marks as display type measures this much over the display size


def _as_display(sizes: list[float], marked: list[bool], least: float) -> list[float]:
    """Sizes, where a line its source marks as display type (an ALTO head in a bold style where the
    body is not: `importing.altostyles`) measures as display type at least, however its box measures
    (ABBYY boxes Der Nordstern's bold heads smaller than its body)."""
    return [max(s, DISPLAY_MARGIN * least) if m else s for s, m in zip(sizes, marked)]
