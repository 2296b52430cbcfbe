"""The body of a story, NITF `body.content` or an XHTML `body`, as blocks in reading order.

Block elements become paragraphs, subheadings, photos or rows; inline elements (em, a, org,
person, span, an agency's own markup) are part of the text around them, so a paragraph keeps
every word of `<p>… <org>Acme Boat Company</org>.</p>`. Text between blocks is a paragraph.
Block elements in the wrong place (an `<h3>` inside a `<p>`) still come out in order.

| NITF | XHTML | becomes |
| --- | --- | --- |
| p, note, fn, credit, li, dt, dd, byline, dateline, tagline | p, li, dt, dd, address, figcaption | a paragraph |
| hl1–hl5 | h1–h6 | a subheading |
| table rows | table rows | a paragraph each, cells apart (　) |
| pre | pre | a paragraph a line |
| media (caption, producer, reference) | figure/img (figcaption, alt) | a photo |
| block, bq, ul, ol, dl | div, section, article, main, blockquote, ul, ol, dl, figure | what they hold |

Not kept, and named in the report: XHTML `head`, `header`, `footer`, `nav`, `aside`, `script`,
`style` (an agency's metadata repeated, or no text at all). An element the table does not name
that stands between blocks keeps its text as a paragraph, with a warning.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable

from ..model import PARAGRAPH, SUBHEADING, Photo
from .xmltree import attr, child, local, text_of

NITF_PARAGRAPHS = {"p", "note", "fn", "credit", "li", "dt", "dd", "byline", "dateline", "tagline",
                   "bibliography", "caption"}
XHTML_PARAGRAPHS = {"p", "li", "dt", "dd", "address", "figcaption", "caption"}
NITF_HEADINGS = {"hl1", "hl2", "hl3", "hl4", "hl5"}
XHTML_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
NITF_CONTAINERS = {"block", "bq", "body.content", "ul", "ol", "dl", "nitf-table", "tbody", "thead", "tfoot",
                   "nitf-col", "nitf-colgroup"}
XHTML_CONTAINERS = {"html", "body", "div", "section", "article", "main", "blockquote", "ul", "ol", "dl",
                    "figure", "tbody", "thead", "tfoot", "center", "form"}
XHTML_DROPPED = {"head", "header", "footer", "nav", "aside", "script", "style", "noscript", "template"}
BREAKS = {"br"}
# Inline elements: part of the text around them wherever they stand.
INLINE = {"a", "em", "strong", "b", "i", "u", "s", "sub", "sup", "small", "big", "q", "abbr", "cite", "code",
          "time", "mark", "span", "font", "org", "person", "location", "money", "num", "chron", "event",
          "function", "object.title", "virtloc", "classifier", "copyrite", "pronounce", "lang", "city",
          "state", "region", "country", "alt-code", "frac", "sub-point", "postaddr", "ins", "del"}

ImageLoader = Callable[[str], Photo]  # a reference (file name) -> a Photo with its image if found


class BodyReader:
    """Reads one body into `blocks` ((PARAGRAPH|SUBHEADING, text)), `photos`, and `notes` (what
    was left out or kept unexpectedly, for the report)."""

    def __init__(self, xhtml: bool, load_image: ImageLoader):
        self.xhtml = xhtml
        self.paragraph_tags = XHTML_PARAGRAPHS if xhtml else NITF_PARAGRAPHS
        self.heading_tags = XHTML_HEADINGS if xhtml else NITF_HEADINGS
        self.containers = XHTML_CONTAINERS if xhtml else NITF_CONTAINERS
        self.load_image = load_image
        self.blocks: list[tuple[str, str]] = []
        self.photos: list[Photo] = []
        self.dropped: Counter = Counter()  # element -> how many were left out by design
        self.odd: Counter = Counter()  # element -> kept as a paragraph, though not in the mapping
        self.headline = ""  # an XHTML page's own <h1> in its header, when it has one

    # -- the walk ---------------------------------------------------------------------------------

    def read(self, body: ET.Element) -> BodyReader:
        self._flow(body, top=True)
        return self

    def _is_block(self, tag: str) -> bool:
        return (tag in self.paragraph_tags or tag in self.heading_tags or tag in self.containers
                or tag in ("table", "tr", "pre", "media", "img") or (self.xhtml and tag in XHTML_DROPPED))

    def _flow(self, el: ET.Element, top: bool = False) -> None:
        """A container's children: blocks handled in turn, loose text between them a paragraph."""
        loose: list = [el.text or ""]
        for c in el:
            tag = local(c.tag)
            if tag and self._is_block(tag):
                self._emit(PARAGRAPH, loose)
                loose = []
                self._block(c, tag)
            elif tag in BREAKS:
                self._emit(PARAGRAPH, loose)
                loose = []
            elif tag in INLINE:
                loose += self._inline(c)
            elif tag:  # an element the mapping does not name, standing between blocks
                self._emit(PARAGRAPH, loose)
                loose = []
                self._block(c, tag)
            loose.append(c.tail or "")
        self._emit(PARAGRAPH, loose)

    def _inline(self, el: ET.Element) -> list:
        """An inline element's text, as pieces: strings, and any block found inside it (an <h3>
        in a <p>) as the element itself, read in its place."""
        parts: list = [el.text or ""]
        for c in el:
            tag = local(c.tag)
            if tag and self._is_block(tag):
                parts.append(c)
            elif tag in BREAKS:
                parts.append("\n")
            elif tag:
                parts += self._inline(c)
            parts.append(c.tail or "")
        return parts

    def _emit(self, kind: str, pieces: list) -> None:
        """The pieces' text as one block of this kind; a block element among them splits it there."""
        text: list[str] = []
        for p in pieces:
            if isinstance(p, str):
                text.append(p)
                continue
            self._text(kind, text)
            text = []
            self._block(p, local(p.tag))
        self._text(kind, text)

    def _text(self, kind: str, pieces: list[str]) -> None:
        folded = " ".join("".join(pieces).split())
        if folded:
            self.blocks.append((kind, folded))

    def _block(self, el: ET.Element, tag: str) -> None:
        if self.xhtml and tag in XHTML_DROPPED:
            h1 = next((h for h in el.iter() if local(h.tag) == "h1"), None)
            if tag == "header" and h1 is not None and not self.headline:
                self.headline = text_of(h1)
            if text_of(el) or tag in ("script", "style"):
                self.dropped[tag] += 1
        elif tag in self.heading_tags:
            self._emit(SUBHEADING, self._inline(el))
        elif tag in self.paragraph_tags:
            self._emit(PARAGRAPH, self._inline(el))
        elif tag == "tr":
            self._row(el)
        elif tag == "table":
            for row in (e for e in el.iter() if local(e.tag) == "tr"):
                self._row(row)
            for cap in (e for e in el if local(e.tag) == "caption"):
                self._text(PARAGRAPH, [text_of(cap)])
        elif tag == "pre":
            for line in "".join(el.itertext()).splitlines():
                self._text(PARAGRAPH, [line])
        elif tag == "media":
            self._media(el)
        elif tag == "img":
            self._img(el, None)
        elif tag == "figure" and self.xhtml and any(local(e.tag) == "img" for e in el.iter()):
            img = next(e for e in el.iter() if local(e.tag) == "img")
            self._img(img, next((e for e in el.iter() if local(e.tag) == "figcaption"), None))
        elif tag in self.containers:
            self._flow(el)
        else:
            self.odd[tag] += 1
            self._emit(PARAGRAPH, self._inline(el))

    def _row(self, row: ET.Element) -> None:
        cells = [text_of(c) for c in row if local(c.tag) in ("td", "th")]
        if any(cells):
            self.blocks.append((PARAGRAPH, "　".join(c for c in cells if c)))

    def _media(self, el: ET.Element) -> None:
        ref = child(el, "media-reference")
        photo = self.load_image(attr(ref, "source"))
        photo.caption = text_of(child(el, "media-caption"))
        photo.credit = text_of(child(el, "media-producer"))
        self._photo(photo, "media")

    def _img(self, img: ET.Element, caption: ET.Element | None) -> None:
        photo = self.load_image(attr(img, "src"))
        photo.caption = text_of(caption) if caption is not None else attr(img, "alt")
        self._photo(photo, "img")

    def _photo(self, photo: Photo, tag: str) -> None:
        if photo.caption or photo.credit or photo.data:
            self.photos.append(photo)
        else:
            self.dropped[f"{tag} (no caption, credit or image)"] += 1

    # -- what the report says ------------------------------------------------------------------------

    def notes(self, where: str) -> list[str]:
        out = []
        if self.odd:
            out.append(f"{where}: kept the text of {listed(self.odd)} as paragraphs")
        if self.dropped:
            out.append(f"{where}: not kept by design: {listed(self.dropped)}")
        return out


def listed(counts: Counter) -> str:
    """Elements by name with how many: <subject> ×3, <slugline>."""
    return ", ".join(f"<{k}>" + (f" ×{n}" if n > 1 else "") for k, n in sorted(counts.items()))
