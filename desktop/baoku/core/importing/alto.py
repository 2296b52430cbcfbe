"""ALTO pages and METS issues (the NDNP batch form): text with its coordinates, read into pages
with their lines' boxes, as if the page had been read by Baoku's OCR.

- **ALTO** (v2 to v4): every `TextLine`'s `String@CONTENT/HPOS/VPOS/WIDTH/HEIGHT/WC`, `SP` as a
  space and `HYP` as the hyphen it is. A String of one character gives that character's box; a
  longer one shares its box among its characters. Coordinates in `inch1200` or `mm10` are scaled to
  the page image's pixels when the image is there.
- **Articles**: from a METS logical structMap (ARTICLE divs naming ALTO blocks), or from ALTO's own
  `StructureTag TYPE="article"` on the blocks (what Baoku writes); otherwise the page is laid out
  and split as an OCR'd page is.
- **METS** (an issue): date and title from its MODS, each page's ALTO and image from its file
  section (USE ocr, master or service), its page number from the page's MODS or ORDER.

Parsed with defusedxml, as every XML Baoku reads.
"""

from __future__ import annotations

import math

import posixpath
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from ..errors import ImportRejected
from ..model import PageInfo, PageScan, ParsedPage
from ..ocr.engine import OcrChar, OcrLine, OcrPage, image_header
from .metadata import IssueMeta
from .newsxml import _iter as named
from .newsxml import _local as local
from .sources import SourceFile

XLINK = "{http://www.w3.org/1999/xlink}href"


def children(el: ET.Element, name: str):
    return [c for c in el if local(c.tag) == name]


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

    def note(self, name: str) -> list[str]:
        """A warning line when coordinates had to be mended, else none."""
        if not self.bad_coordinates:
            return []
        return [f"{name}: {self.bad_coordinates} coordinate(s) were not finite numbers within the page "
                f"(NaN, infinite, negative or over {MAX_COORD:,}): read as 0 or clamped; the text is kept, its "
                "boxes there may be wrong"]

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
    for n, tb in enumerate(descendants(page, "TextBlock"), 1):
        lines = [ln for ln in (_line(tl, bad) for tl in children(tb, "TextLine")) if ln.text.strip()]
        if lines:
            tags = [t for t in (tb.get("TAGREFS") or "").split() if t in articles]
            blocks.append(AltoBlock(tb.get("ID") or f"block{n}", lines, tags))
    if not blocks:
        raise ImportRejected(f"{name}: the ALTO page holds no text (no String in any TextLine)")
    width, height = round(_num(page, "WIDTH", bad)), round(_num(page, "HEIGHT", bad))
    return AltoPage(width, height, unit, image, blocks, articles, len(bad))


def _line(tl: ET.Element, bad: list[str]) -> OcrLine:
    text, chars, scores = "", [], []
    for el in tl:
        kind = local(el.tag)
        if kind == "SP":
            text += " "
        elif kind == "HYP":
            text += el.get("CONTENT") or "-"
        elif kind == "String":
            content = el.get("CONTENT") or ""
            box, score = _box(el, bad), _confidence(el)
            text += content
            scores.append(score)
            glyphs = [ch for ch in content if not ch.isspace()]
            step = (box[2] - box[0]) / max(len(glyphs), 1)
            chars += [OcrChar(ch, (round(box[0] + k * step), box[1], round(box[0] + (k + 1) * step), box[3]), score)
                      for k, ch in enumerate(glyphs)]
    box = _box(tl, bad)
    if box[2] <= box[0] and chars:  # a TextLine without its own box: its Strings'
        box = (min(c.box[0] for c in chars), min(c.box[1] for c in chars), max(c.box[2] for c in chars),
               max(c.box[3] for c in chars))
    return OcrLine(text.strip(), box, min(scores) if scores else 1.0, chars)


# -- METS ---------------------------------------------------------------------------------------

@dataclass
class MetsPage:
    number: int
    alto: str  # the ALTO file's path, relative to the METS file
    image: str  # the page image's, or ""
    blocks: dict[str, list[str]] = field(default_factory=dict)  # article label/id → its ALTO block ids, in order


def is_mets(root: ET.Element) -> bool:
    return local(root.tag) == "mets"


def mets_meta(root: ET.Element) -> IssueMeta:
    """The issue's date and title, from the METS's MODS."""
    date = next((el.text.strip() for el in descendants(root, "dateIssued") if el.text and el.text.strip()), "")
    title = next((el.text.strip() for el in descendants(root, "title") if el.text and el.text.strip()), "")
    if not title:  # NDNP names the title by its LCCN alone
        title = next((el.text.strip() for el in descendants(root, "identifier")
                      if (el.get("type") or "").lower() == "lccn" and el.text), "")
    data = {}
    if date:
        data["date"] = date[:10]
    if title:
        data["publication"] = title
    return IssueMeta(**data)


def mets_pages(root: ET.Element, name: str) -> list[MetsPage]:
    files: dict[str, tuple[str, str]] = {}  # file ID → (USE, href)
    for grp in descendants(root, "fileGrp"):
        for f in descendants(grp, "file"):
            loc = next(iter(descendants(f, "FLocat")), None)
            href = (loc.get(XLINK) or loc.get("href") or "") if loc is not None else ""
            use = (f.get("USE") or grp.get("USE") or "").lower()
            files[f.get("ID", "")] = (use, href.removeprefix("file://").removeprefix("./"))
    maps = descendants(root, "structMap")
    physical = [m for m in maps if (m.get("TYPE") or "").lower() != "logical"]
    logical = [m for m in maps if (m.get("TYPE") or "").lower() == "logical"]
    page_numbers = _mods_page_numbers(root)
    pages: list[MetsPage] = []
    by_alto: dict[str, MetsPage] = {}
    for smap in physical[:1]:
        divs = [d for d in descendants(smap, "div") if "page" in (d.get("TYPE") or "").lower()]
        for k, div in enumerate(divs, 1):
            alto = image = ""
            alto_id = ""
            for ptr in descendants(div, "fptr"):
                use, href = files.get(ptr.get("FILEID", ""), ("", ""))
                if use in ("ocr", "alto", "text") and href.lower().endswith(".xml"):
                    alto, alto_id = href, ptr.get("FILEID", "")
                elif use in ("master", "service", "image", "access") and not image and _is_image(href):
                    image = href
            if not alto:
                continue
            number = page_numbers.get(div.get("DMDID", ""), 0) or _int(div.get("ORDERLABEL")) or \
                _int(div.get("ORDER")) or k
            page = MetsPage(number, alto, image)
            pages.append(page)
            by_alto[alto_id] = page
    if not pages:
        raise ImportRejected(f"{name}: the METS file names no page with an ALTO file (fileGrp USE=\"ocr\")")
    for smap in logical[:1]:
        for n, div in enumerate(d for d in descendants(smap, "div") if (d.get("TYPE") or "").lower() == "article"):
            key = div.get("ID") or f"article{n + 1}"
            for area in descendants(div, "area"):
                page = by_alto.get(area.get("FILEID", ""))
                if page is not None and area.get("BEGIN"):
                    page.blocks.setdefault(key, []).append(area.get("BEGIN"))
    return pages


def _mods_page_numbers(root: ET.Element) -> dict[str, int]:
    out = {}
    for dmd in descendants(root, "dmdSec"):
        for detail in descendants(dmd, "detail"):
            if "page" in (detail.get("type") or "").lower():
                number = next((_int(n.text) for n in descendants(detail, "number")), 0)
                if number:
                    out[dmd.get("ID", "")] = number
        if dmd.get("ID", "") not in out:
            start = next((_int(s.text) for s in descendants(dmd, "start")), 0)
            if start:
                out[dmd.get("ID", "")] = start
    return out


def _int(text) -> int:
    m = re.search(r"\d+", text or "")
    return int(m.group()) if m else 0


def _is_image(href: str) -> bool:
    return posixpath.splitext(href.lower())[1] in (".jp2", ".tif", ".tiff", ".png", ".jpg", ".jpeg", ".webp")


# -- into pages -----------------------------------------------------------------------------------

def alto_page(alto: AltoPage, info: PageInfo, language: str, image: bytes | None, groups=None) -> ParsedPage:
    """A parsed page from an ALTO page: its articles as METS or ALTO's tags say, or as the layout
    reads them; its lines kept with their boxes, in the image's pixels when the image is there."""
    from .scan import scanned_page

    width, height = alto.width, alto.height
    header = image_header(image) if image else None
    if header:  # an unreadable image: the page keeps ALTO's units
        alto.scaled(*header[1])
        width, height = header[1]
    if groups is None and any(b.tags for b in alto.blocks):
        groups = {}
        for b in alto.blocks:
            for t in b.tags[:1]:
                groups.setdefault(t, []).append(b.id)
    if not groups:  # the page image beside it shows the layout its rules and pictures
        gray = _gray(image) if header else None
        page = scanned_page(OcrPage(width, height, [ln for b in alto.blocks for ln in b.lines]), info, language, gray)
    else:
        page = _grouped(alto, groups, info, language, width, height)
    assert page.scan is not None
    page.scan = PageScan(image or b"", (header[0] or "") if header else "", 0, width, height, page.scan.lines,
                         blocks=page.scan.blocks)
    return page


def _gray(image: bytes):
    from .scan import _gray as grey

    try:
        return grey(image)
    except Exception:  # noqa: BLE001 - an image Pillow cannot read: the layout goes without it
        return None


def _grouped(alto: AltoPage, groups: dict[str, list[str]], info: PageInfo, language: str, width: int,
             height: int) -> ParsedPage:
    """One article per group of blocks; blocks no group names are laid out as OCR'd text."""
    from .scan import one_article, scanned_page

    by_id = {b.id: b for b in alto.blocks}
    named = {i for ids in groups.values() for i in ids}
    parts = [[by_id[i] for i in ids if i in by_id] for ids in groups.values()]
    rest = [b for b in alto.blocks if b.id not in named]
    articles, lines = [], []
    for blocks in [p for p in parts if p] + ([rest] if rest else []):
        one = scanned_page(OcrPage(width, height, [ln for b in blocks for ln in b.lines]), info, language)
        found = one.articles if blocks is rest else [one_article(one.articles)] if one.articles else []
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
    page = alto_page(alto, meta.page_info(src.name), str(meta.language or "zh"), image)
    if not page.articles:
        raise ImportRejected(f"{src.name}: no articles found in the ALTO text")
    return [page]


def read_mets_source(src: SourceFile, root: ET.Element, meta: IssueMeta, warnings: list[str]) -> list[ParsedPage]:
    """An issue's METS: each page from its ALTO file, with the page image when it is there."""
    from .newsxml import parse_xml

    pages = []
    for mp in sorted(mets_pages(root, src.name), key=lambda p: p.number):
        data = src.sibling(mp.alto)
        if data is None:
            raise ImportRejected(f"{src.name}: page {mp.number}'s ALTO file {mp.alto} is missing")
        alto_src = SourceFile(posixpath.join(posixpath.dirname(src.name), mp.alto), data, src.sibling)
        alto = read_alto(parse_xml(alto_src), alto_src.name)
        warnings += alto.note(alto_src.name)
        image = src.sibling(mp.image) if mp.image else None
        if mp.image and image is None:
            warnings.append(f"{src.name}: page {mp.number}'s image {mp.image} is missing; its text and boxes are kept")
        info = PageInfo(number=mp.number, section=str(meta.section or ""))
        page = alto_page(alto, info, str(meta.language or "zh"), image, mp.blocks or None)
        if page.articles:
            pages.append(page)
    if not pages:
        raise ImportRejected(f"{src.name}: no articles found in the issue's ALTO pages")
    return pages


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
