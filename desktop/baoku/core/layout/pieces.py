"""A page as the layout stages share it: its lines, graphics and type sizes (`Page`), the
blocks its lines are gathered into (`Block`), each of one kind, and the articles the blocks are
grouped into (`Group`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..ocr.engine import OcrLine
from .graphics import Box, Graphics

TITLE, DISPLAY, TEXT, CAPTION, FIGURE, FOLIO = "title", "display", "text", "caption", "figure", "folio"
KINDS = (TITLE, DISPLAY, TEXT, CAPTION, FIGURE, FOLIO)


@dataclass(eq=False)
class Block:  # compared by identity: a page's blocks are looked up in lists
    kind: str
    lines: list[int]  # indexes into the layout's lines, top to bottom
    box: Box
    size: float  # the type size (px)
    article: int = -1
    order: int = -1

    @property
    def x0(self) -> int:
        return self.box[0]

    @property
    def x1(self) -> int:
        return self.box[2]

    @property
    def y0(self) -> int:
        return self.box[1]

    @property
    def y1(self) -> int:
        return self.box[3]


@dataclass
class Page:
    """A page's lines (upright, each in one column), its graphics and its blocks."""

    width: int
    height: int
    lines: list[OcrLine]
    body: float  # the body type size
    graphics: Graphics = field(default_factory=Graphics)
    blocks: list[Block] = field(default_factory=list)
    columns: list[tuple[int, int]] = field(default_factory=list)
    sizes: list[float] = field(default_factory=list)  # each line's type size (`typesize`)
    inked: bool = False  # the sizes were read off the image's ink (to a pixel or two), not the boxes
    latin: bool = False  # most lines are Latin (an English page)
    ink: object = None  # the upright page's type, a boolean numpy array (`typesize.ink_mask`), if an image
    source: list[int] = field(default_factory=list)  # the recogniser's line each line was cut from
    sides: bool = False  # vertical lines are heads set beside their stories (a horizontal page's 竖题)
    side_heads: list[list[Block]] = field(default_factory=list)  # those heads, each its blocks (`sideheads`)
    reverse: set[int] = field(default_factory=set)  # lines printed white on black (`latinadverts.reverse_lines`)


@dataclass
class Group:
    """One article's blocks in reading order: its head first."""

    head: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    span: tuple[float, float] = (0, 0)
    top: float = 0
    has_figure: bool = False
    advert: bool = False  # an advertisement (adverts.py, latinadverts.py): stored as one article, marked so

    @property
    def blocks(self) -> list[Block]:
        return self.head + self.body


def scrap(page: Page, b: Block) -> bool:
    """A text block of a letter or two: OCR's reading of a speck or a rule's end."""
    return b.kind == TEXT and sum(ch.isalnum() for i in b.lines for ch in page.lines[i].text) < 3


def marks(page: Page, b: Block) -> bool:
    """A text block of marks alone, no letter or figure: a line the recogniser read as its 。 only
    (s25: 理」。工務部門回應稱… read 。, its box a column's length). It heads nothing and is no
    column's first type."""
    return b.kind == TEXT and not any(ch.isalnum() for i in b.lines for ch in page.lines[i].text)
