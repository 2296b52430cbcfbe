"""ALTO pages and METS issues (the NDNP batch form): text with its coordinates, read into pages
with their lines' boxes, as if the page had been read by Baoku's OCR.

- **ALTO** (v2 to v4): every `TextLine`'s `String@CONTENT/HPOS/VPOS/WIDTH/HEIGHT/WC`, `SP` as a
  space ("Park City, Utah."), and `HYP` as a hyphenation point: a word hyphenated at a line's end
  is joined whole with the next line ("construc-" "tion" → construction). A String of one character gives that character's box; a
  longer one shares its box among the characters it shows (a variation selector, a zero-width
  space or a combining mark shares its character's cell). Coordinates in `inch1200` or `mm10` are scaled to
  the page image's pixels when the image is there.
- **Articles**: from a METS logical structMap (ARTICLE divs naming ALTO blocks), or from ALTO's own
  `StructureTag TYPE="article"` on the blocks (what Baoku writes); otherwise the page is laid out
  and split as an OCR'd page is. The pictures (`Illustration`, `GraphicalElement`) an article's
  divs or tags name are its photos, with the caption block under them (`altofigures`).
METS issues, which name their pages' ALTO files, are read by `mets`.

Parsed with defusedxml, as every XML Baoku reads.
"""

from __future__ import annotations

import math
from statistics import median

import posixpath
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from ..errors import ImportRejected
from ..model import PageInfo, PageScan, ParsedPage
from ..ocr.engine import OcrChar, OcrLine, OcrPage, image_header
from ..script import IGNORABLE, SOFT_HYPHEN, is_cjk, is_latin_text
from .altodashes import dashes_restored
from .altolines import by_words
from .altofigures import AltoFigure, add_figure_photos, page_picture, picture_stories, picture_story, read_figures
from .altostyles import AltoLine, bold_share, bold_styles, mark_bold_heads, style_of
from .metadata import IssueMeta
from .sources import SourceFile
from .xmltree import children, local, named

XLINK = "{http://www.w3.org/1999/xlink}href"


def descendants(el: ET.Element, name: str):
    return list(named(el, name))


@dataclass
class AltoBlock:
    id: str
    lines: list[OcrLine]
    tags: list[str] = field(default_factory=list)


@dataclass
class AltoPage:
    width: int
    height: int
    unit: str
    image_name: str
    blocks: list[AltoBlock]
    articles: dict[str, str]  # StructureTag id → label, for the tags of TYPE article
    bad_coordinates: int = 0  # not numbers, not finite, negative or absurd: read as 0 or clamped
    figures: list[AltoFigure] = field(default_factory=list)  # its pictures (Illustration, GraphicalElement)
    tesseract: bool = False  # read by Tesseract, as its softwareName says (its Strings boxed unevenly: altolines)
    outside: int = 0  # lines that lie well outside the page's own WIDTH and HEIGHT (count_outside)

    def note(self, name: str) -> list[str]:
        """A warning line when coordinates had to be mended, else none."""
        said = []
        if self.bad_coordinates:
            said.append(f"{name}: {self.bad_coordinates} coordinate(s) were not finite numbers within the page "
                        f"(NaN, infinite, negative or over {MAX_COORD:,}): read as 0 or clamped; the text is kept, "
                        "its boxes there may be wrong")
        if self.outside:
            said.append(f"{name}: {self.outside} line(s) lie outside the page ({self.width}×{self.height} by its "
                        "WIDTH and HEIGHT; its size or units may be wrong): the text is kept, its boxes there "
                        "may be wrong")
        return said

    def count_outside(self) -> None:
        """How many lines lie well outside the page's own WIDTH and HEIGHT (more than 2% of it past
        its edge; less is an OCR box's usual overreach): an ALTO whose page size is in other units
        than its text's had every box past the page image, stored as it was and said nowhere. The
        boxes are kept (brought to the page's edge, they became empty crops of the image)."""
        if not self.width or not self.height:
            return
        self.outside = sum(1 for block in self.blocks for ln in block.lines
                           if ln.box[2] > self.width * 1.02 or ln.box[3] > self.height * 1.02)

    def scaled(self, width: int, height: int) -> None:
        """Coordinates to the image's pixels (ALTO in inch1200 or mm10 over an image of known size)."""
        if not self.width or not self.height or (width, height) == (self.width, self.height):
            return
        sx, sy = width / self.width, height / self.height
        for block in self.blocks:
            for ln in block.lines:
                ln.box = _scale(ln.box, sx, sy)
                for c in ln.chars:
                    c.box = _scale(c.box, sx, sy)
        for f in self.figures:
            f.box = _scale(f.box, sx, sy)
        self.width, self.height = width, height


def _scale(box, sx, sy):
    return round(box[0] * sx), round(box[1] * sy), round(box[2] * sx), round(box[3] * sy)


MAX_COORD = 1_000_000  # a page 40 inches wide at 1200 units an inch is 48,000: past this is nonsense


def _num(el: ET.Element, name: str, bad: list[str]) -> float:
    """A coordinate: a finite number from 0 to MAX_COORD. Anything else (NaN, inf, -5, 1e309,
    junk) is counted in `bad` and read as 0, or as MAX_COORD when only too big."""
    raw = el.get(name)
    if not raw:
        return 0.0
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        bad.append(name)
        return 0.0
    if value > MAX_COORD:
        bad.append(name)
        return float(MAX_COORD)
    return value


def _box(el: ET.Element, bad: list[str]) -> tuple[int, int, int, int]:
    x, y = _num(el, "HPOS", bad), _num(el, "VPOS", bad)
    return round(x), round(y), round(x + _num(el, "WIDTH", bad)), round(y + _num(el, "HEIGHT", bad))


def _confidence(el: ET.Element) -> float:
    wc = el.get("WC")
    if wc:
        try:
            value = float(wc)
        except ValueError:
            value = math.nan
        return min(max(value, 0.0), 1.0) if math.isfinite(value) else 0.0  # nonsense: marked for checking
    return 1.0


def read_alto(root: ET.Element, name: str) -> AltoPage:
    """The page an ALTO document describes."""
    if local(root.tag) != "alto":
        raise ImportRejected(f"{name}: not an ALTO document (its root is <{local(root.tag)}>)")
    pages = descendants(root, "Page")
    if not pages:
        raise ImportRejected(f"{name}: the ALTO file has no <Page>")
    if len(pages) > 1:
        raise ImportRejected(f"{name}: the ALTO file describes {len(pages)} pages; Baoku reads one page per file")
    page = pages[0]
    unit = next((el.text.strip() for el in descendants(root, "MeasurementUnit") if el.text), "pixel")
    image = next((el.text.strip() for el in descendants(root, "fileName") if el.text), "")
    articles = {t.get("ID", ""): t.get("LABEL", "") for t in descendants(root, "StructureTag")
                if (t.get("TYPE") or "").lower() == "article"}
    blocks = []
    bad: list[str] = []
    bold = bold_styles(root)
    for n, tb in enumerate(descendants(page, "TextBlock"), 1):
        lines = [ln for ln in (_line(tl, bad, bold, style_of(tb, "")) for tl in children(tb, "TextLine"))
                 if ln.text.strip()]
        if lines:
            tags = [t for t in (tb.get("TAGREFS") or "").split() if t in articles]
            blocks.append(AltoBlock(tb.get("ID") or f"block{n}", lines, tags))
    if not blocks:
        raise ImportRejected(f"{name}: the ALTO page holds no text (no String in any TextLine)")
    dashes_restored([ln for b in blocks for ln in b.lines])  # ASCII-only OCR text's ? for an em dash
    if bold:  # heads the ALTO sets in a bold style where its body is not (altostyles)
        mark_bold_heads([b.lines for b in blocks])
    width, height = round(_num(page, "WIDTH", bad)), round(_num(page, "HEIGHT", bad))
    figures = read_figures(page, lambda el: _box(el, bad), articles)
    tesseract = any("tesseract" in (el.text or "").lower() for el in descendants(root, "softwareName"))
    alto = AltoPage(width, height, unit, image, blocks, articles, len(bad), figures, tesseract)
    alto.count_outside()
    return alto


CLOSING_MARKS = set(",.;:!?)]}»”’%")  # a String of these alone after an SP: the OCR's cut, not a space
OPENING_MARKS = set("([{«“‘")


def _line(tl: ET.Element, bad: list[str], bold: set[str] = frozenset(), style: str = "") -> AltoLine:
    """A TextLine's text, characters and confidence. Strings are words: SP is the space between
    them, and so is nothing at all between two word Strings (writers that leave SP out); a space
    the OCR put before a closing mark or after an opening one (Neb. , March) is not printed. With
    the share of its letters in the `bold` styles (a String's own, else its line's or block's)."""
    text, chars, scores, letters, spans = "", [], [], [], []
    style = style_of(tl, style)
    prev, space = "", False
    for el in tl:
        kind = local(el.tag)
        if kind == "SP":
            space = True
        elif kind == "HYP":  # a word hyphenated at the line's end: closed up when the lines are joined
            text += SOFT_HYPHEN
        elif kind == "String":
            content = el.get("CONTENT") or ""
            box, score = _box(el, bad), _confidence(el)
            if prev and content:
                marks = set(content) <= CLOSING_MARKS or set(prev) <= OPENING_MARKS
                words = len(prev) > 1 and len(content) > 1 and not (is_cjk(prev[-1]) or is_cjk(content[0]))
                if (space and not marks) or (not space and words):
                    text += " "
            prev, space = content or prev, False
            text += content
            scores.append(score)
            letters.append((sum(ch.isalpha() for ch in content), style_of(el, style) in bold))
            glyphs = [ch for ch in content if not ch.isspace()]
            cells = _cells(glyphs)
            step = (box[2] - box[0]) / max(cells[-1] + 1 if cells else 1, 1)
            spans.append((len(chars), len(chars) + len(glyphs)))
            chars += [OcrChar(ch, (round(box[0] + k * step), box[1], round(box[0] + (k + 1) * step), box[3]), score)
                      for k, ch in zip(cells, glyphs)]
    box = _box(tl, bad)
    if box[2] <= box[0] and chars:  # a TextLine without its own box: its Strings'
        box = (min(c.box[0] for c in chars), min(c.box[1] for c in chars), max(c.box[2] for c in chars),
               max(c.box[3] for c in chars))
    return AltoLine(text.strip(), box, min(scores) if scores else 1.0, chars, bold=bold_share(letters), words=spans)


# -- into pages -----------------------------------------------------------------------------------

def _cells(glyphs: list[str]) -> list[int]:
    """Each character's cell of its String's box: a character shown takes the next one, and one
    that draws nothing of its own (a variation selector, a zero-width space: script.IGNORABLE) or
    a combining mark drawn over its letter shares the cell of the character before it."""
    cells, cell = [], -1
    for ch in glyphs:
        if cell < 0 or not (IGNORABLE.match(ch) or unicodedata.category(ch) in ("Mn", "Me")):
            cell += 1
        cells.append(cell)
    return cells


def alto_sample(alto: AltoPage) -> str:
    """Enough of a page's text to tell its script."""
    return " ".join(ln.text for b in alto.blocks[:40] for ln in b.lines[:10])


def pdf_page_header(data: bytes) -> tuple[str, tuple[int, int]] | None:
    """A page image kept as a PDF (NDNP's derivative): its type and size in pixels as it is shown."""
    from .pdf import pdf_view_size

    size = pdf_view_size(data)
    return ("application/pdf", size) if size else None


def alto_page(alto: AltoPage, info: PageInfo, language: str, image: bytes | None, groups=None) -> ParsedPage:
    """A parsed page from an ALTO page: its articles as METS or ALTO's tags say, or as the layout
    reads them; its lines kept with their boxes, in the image's pixels when the image is there."""
    from .scan import scanned_page

    width, height = alto.width, alto.height
    header = (image_header(image) or pdf_page_header(image)) if image else None
    if header:  # an unreadable image: the page keeps ALTO's units
        alto.scaled(*header[1])
        width, height = header[1]
    if groups is None and any(b.tags for b in alto.blocks):
        groups = {}
        for b in [*alto.blocks, *alto.figures]:
            for t in b.tags[:1]:
                groups.setdefault(t, []).append(b.id)
    if not groups:  # the layout, as for a scan: the page image beside it shows its rules and pictures
        # (Latin pages too: it reads their display-type heads and narrow gutters now; the 1920
        # Evening Star's ALTO gives 36 articles for 25 stories, 16 of 24 headlines opening one,
        # where reading it block by block through the page-text scorer gave 41 and 6.)
        gray = _gray(image) if header else None
        lines = [ln for b in alto.blocks for ln in b.lines]
        restore = by_words(lines, alto.tesseract) if is_latin_text(alto_sample(alto)) else None  # (altolines)
        _as_recognised(alto)
        page = scanned_page(OcrPage(width, height, lines), info, language, gray)
        if restore is not None and page.scan is not None:
            restore(page.scan.lines)
    else:
        page = _grouped(alto, groups, info, language, width, height, page_picture(image if header else None))
    assert page.scan is not None
    page.scan = PageScan(image or b"", (header[0] or "") if header else "", 0, width, height, page.scan.lines,
                         blocks=page.scan.blocks)
    return page


TIGHT = 1.15  # line boxes no taller than this many times the lines' pitch are boxed to their glyphs
RECOGNISED = 1.3  # how much taller than its glyphs a recogniser boxes a line (the layout's measures)


def _as_recognised(alto: AltoPage) -> None:
    """Lines boxed to their glyphs (iArchives' ALTO of the 1887 Omaha Daily Bee: 16 px at a 16 px
    pitch, where the page's OCR boxes them 21 px high and ABBYY's ALTO 19-22 px at 14-16) are
    boxed as a recogniser boxes them, a sixth of their height more above and below, line and
    characters: the layout measures type by its lines' boxes, and on the tight boxes a head's
    decks stood 2.7 body sizes under it (1.3 on the scan) and parted from it, word spaces measured
    as column gaps. Boxes already taller than the pitch are left as they are."""
    pitches, heights = [], []
    for b in alto.blocks:
        for a, c in zip(b.lines, b.lines[1:]):
            if 0 < c.box[3] - a.box[3] and min(a.box[2], c.box[2]) - max(a.box[0], c.box[0]) > 0.5 * (a.box[2] - a.box[0]):
                pitches.append(c.box[3] - a.box[3])
                heights.append(a.box[3] - a.box[1])
    if len(pitches) < 20 or median(heights) > TIGHT * median(pitches):
        return
    grow = (RECOGNISED - 1) / 2
    for b in alto.blocks:
        for ln in b.lines:
            pad = round(grow * (ln.box[3] - ln.box[1]))
            ln.box = (ln.box[0], max(ln.box[1] - pad, 0), ln.box[2], ln.box[3] + pad)
            for c in ln.chars:
                c.box = (c.box[0], max(c.box[1] - pad, 0), c.box[2], c.box[3] + pad)


def _gray(image: bytes):
    from .scan import _gray as grey

    try:
        return grey(image)
    except Exception:  # noqa: BLE001 - an image Pillow cannot read: the layout goes without it
        return None


def _grouped(alto: AltoPage, groups: dict[str, list[str]], info: PageInfo, language: str, width: int,
             height: int, image=lambda: None) -> ParsedPage:
    """One article per group of blocks, with the pictures the group names as its photos; blocks
    no group names are laid out as OCR'd text."""
    from .scan import one_article, scanned_page

    by_id = {b.id: b for b in alto.blocks}
    pictures = {f.id: f for f in alto.figures}
    named = {i for ids in groups.values() for i in ids}
    parts = [([by_id[i] for i in ids if i in by_id], [pictures[i] for i in ids if i in pictures])
             for ids in groups.values()]
    rest = [b for b in alto.blocks if b.id not in named]
    stories = picture_stories(parts, rest)
    articles, lines = [], []
    for blocks, figures in [p for p in parts if p[0]] + ([(rest, [])] if rest else []):
        one = scanned_page(OcrPage(width, height, [ln for b in blocks for ln in b.lines]), info, language)
        found = one.articles if blocks is rest else [one_article(one.articles)] if one.articles else []
        if found and id(blocks) in stories:
            found = [picture_story(found[0], blocks)]
        if found and figures:
            add_figure_photos(found[0], figures, blocks, image)
        base = len(articles)
        for ln in one.scan.lines:
            ln.article = base + ln.article if blocks is rest else (base if found else -1)
        articles += found
        lines += one.scan.lines
    page = ParsedPage(info, articles)
    page.scan = PageScan(b"", "", 0, width, height, lines)
    return page


def read_alto_source(src: SourceFile, root: ET.Element, meta: IssueMeta, warnings: list[str]) -> list[ParsedPage]:
    """One ALTO file given on its own: one page (its image beside it, when named and there)."""
    alto = read_alto(root, src.name)
    warnings += alto.note(src.name)
    image = _sibling_image(src, alto.image_name)
    if alto.image_name and image is None:
        warnings.append(f"{src.name}: its page image {alto.image_name} is not beside it; the text and boxes are kept")
    language = str(meta.language or "") or ("und" if is_latin_text(alto_sample(alto)) else "zh")
    page = alto_page(alto, meta.page_info(src.name), language, image)
    if not page.articles:
        raise ImportRejected(f"{src.name}: no articles found in the ALTO text")
    return [page]


def _sibling_image(src: SourceFile, named: str) -> bytes | None:
    candidates = [named.replace("\\", "/")] if named else []
    stem = posixpath.splitext(posixpath.basename(src.name.split("!")[-1]))[0]
    candidates += [stem + ext for ext in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".jp2", ".webp")]
    for name in candidates:
        for rel in (name, posixpath.basename(name)):
            data = src.sibling(rel)
            if data:
                return data
    return None
