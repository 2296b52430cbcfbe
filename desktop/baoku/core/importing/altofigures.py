"""ALTO's pictures (`Illustration`, and `GraphicalElement` big enough not to be a rule) as the
photos of the articles a METS structMap's ARTICLE divisions (or ALTO's own article tags) put them
in, as a scanned page's pictures are (importing.scanphotos): the picture cut from the page image,
its box on it, and the text block standing right under it as its caption (its box kept with the
photo), the credit it ends with as the photographer. The caption's lines stay in the article's text."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from statistics import median

from ..layout.geometry import union
from ..model import CAPTION, Article, Block
from ..script import join_wrapped
from .scanphotos import cut, give_photos, shrunk
from .xmltree import local

PICTURES = ("Illustration", "GraphicalElement")
SMALLEST = 24  # px (or the ALTO's units): a picture's shorter side at least; thinner is a rule
CAPTION_LINES = 4  # a caption block holds at most this many lines
CAPTION_GAP = 2.5  # its top at most this many of its line heights under the picture's foot


@dataclass
class AltoFigure:
    id: str
    box: tuple[int, int, int, int]
    tags: list[str] = field(default_factory=list)


def read_figures(page: ET.Element, box_of: Callable[[ET.Element], tuple[int, int, int, int]],
                 articles: dict[str, str]) -> list[AltoFigure]:
    """The page's pictures in document order (a rule drawn as a GraphicalElement left out)."""
    out = []
    for n, el in enumerate((e for e in page.iter() if local(e.tag) in PICTURES), 1):
        box = box_of(el)
        w, h = box[2] - box[0], box[3] - box[1]
        if min(w, h) < SMALLEST:
            continue
        tags = [t for t in (el.get("TAGREFS") or "").split() if t in articles]
        out.append(AltoFigure(el.get("ID") or f"figure{n}", box, tags))
    return out


def _bounds(block) -> tuple[int, int, int, int]:
    return union(ln.box for ln in block.lines)


def caption_block(figure: AltoFigure, blocks: list):
    """The text block standing right under the picture (most of its width within the picture's,
    its top near the picture's foot, a few lines at most), or None."""
    fx0, _, fx1, fy1 = figure.box
    best = None
    for b in blocks:
        if not b.lines or len(b.lines) > CAPTION_LINES:
            continue
        x0, y0, x1, _ = _bounds(b)
        line = median(ln.box[3] - ln.box[1] for ln in b.lines)
        if min(x1, fx1) - max(x0, fx0) > 0.5 * (x1 - x0) and -0.5 * line <= y0 - fy1 <= CAPTION_GAP * line:
            if best is None or y0 < best[0]:
                best = (y0, b)
    return best[1] if best else None


def caption_of(figure: AltoFigure, blocks: list) -> tuple[list[str], tuple[int, int, int, int] | None]:
    """The lines of the caption block under the picture (`caption_block`) and the box they fill,
    or none and None."""
    block = caption_block(figure, blocks)
    if block is None:
        return [], None
    return [ln.text for ln in block.lines if ln.text.strip()], _bounds(block)


def picture_stories(parts: list[tuple[list, list[AltoFigure]]], rest: list) -> set[int]:
    """A division naming pictures and no text is a picture story (图片新闻), as a scan's captioned
    picture with no story over it is: each picture's caption, the text block under it that no
    division names (taken from `rest`), is its text. One whose pictures have no such caption stays
    without text, and makes no article. The ids of the parts' block lists made so."""
    made = set()
    for blocks, figures in parts:
        if blocks:
            continue
        for f in figures:
            found = caption_block(f, rest)
            if found is not None:
                blocks.append(found)
                rest.remove(found)
                made.add(id(blocks))
    return made


def picture_story(read: Article, blocks: list) -> Article:
    """A picture story's article: its captions' lines as caption lines, nothing else (the layout
    may have read a caption's words as a head and pieces of text: `read`, whose language it keeps)."""
    return Article([Block(CAPTION, join_wrapped([ln.text for ln in b.lines])) for b in blocks], language=read.language)


def add_figure_photos(article: Article, figures: list[AltoFigure], blocks: list,
                      image: Callable[[], object | None]) -> None:
    """Give `article` a photo for each of its pictures, in the order its areas name them."""
    if not figures:
        return
    page = image()
    found = []
    for f in figures:
        data = shrunk(cut(page, f.box)) if page is not None else None
        found.append((f.box, data, *caption_of(f, blocks)))
    give_photos(article, found)


def page_picture(data: bytes | None):
    """A loader of the page image as Pillow reads it (None when it is not there or cannot be read)."""
    held: list = []

    def load():
        if not held:
            try:
                from PIL import Image

                img = Image.open(io.BytesIO(data)) if data else None
                if img is not None:
                    img.load()
            except Exception:  # noqa: BLE001 - an image Pillow cannot read (a PDF page): photos without pixels
                img = None
            held.append(img)
        return held[0]

    return load
