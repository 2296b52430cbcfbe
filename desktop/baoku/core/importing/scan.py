"""Scanned pages: page images (PNG, JPEG, TIFF with several pages, WebP) and PDF pages without a
text layer, read by OCR (`core.ocr`), laid out into page text, and split by the page-text rules.
The original file is kept with every page (the store files it once, by its content), with each
line's box and confidence and the article it went to."""

from __future__ import annotations

import mimetypes

from ..errors import ImportRejected
from ..model import HEADLINE, SUBHEADING, Article, Block, PageInfo, PageScan, ParsedPage, ScanLine
from ..script import SOFT_HYPHEN
from .metadata import IssueMeta
from .pagetext import parse_page_text
from .sources import SourceFile

SCAN_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".jp2", ".j2k")
PDF_DPI = 300  # image-only PDF pages are rendered at this resolution for OCR


def read_scan_pages(src: SourceFile, meta: IssueMeta, frames: list[tuple[bytes, int, int]] | None = None,
                    mime: str | None = None) -> list[ParsedPage]:
    """The pages of an image file (or the rendered `frames` of an image-only PDF)."""
    from ..ocr.engine import image_header, page_png, recognise_all

    if frames is None:
        frames = page_png(src.data, src.name)
        mime = (image_header(src.data) or (None,))[0]
    ocr = recognise_all([png for png, _, _ in frames])
    first = int(meta.page or 1)
    pages: list[ParsedPage] = []
    for i, ((_, width, height), read) in enumerate(zip(frames, ocr)):
        info = PageInfo(number=first + i, name=str(meta.page_name or "") if i == 0 else "",
                        section=str(meta.section or ""))
        page = scanned_page(read, info, str(meta.language or "zh"))
        page.scan = PageScan(src.data, mime or mimetypes.guess_type(src.name)[0] or "application/octet-stream",
                             i, width, height, page.scan.lines if page.scan else [])
        if page.articles:
            pages.append(page)
    if not pages:
        raise ImportRejected(f"{src.name}: no text was found on the page image")
    return pages


def scanned_page(read, info: PageInfo, language: str) -> ParsedPage:
    """What the OCR read on one page, as articles, each line marked with its article."""
    from ..ocr.layout import lay_out

    return laid_out_page(lay_out(read), read.width, read.height, info, language)


def laid_out_page(layout, width: int, height: int, info: PageInfo, language: str) -> ParsedPage:
    """A page read in order (an ocr.layout.Layout: its lines, and the page-text lines made of
    them) as articles, each line marked with its article."""
    chunks = layout.chunks
    page = parse_page_text(layout.text(), info, language)
    for article in page.articles:  # a hyphenation point no line joined: the hyphen it is
        for block in article.blocks:
            block.text = block.text.replace(SOFT_HYPHEN, "-")
        for name in ("headline", "kicker", "subhead", "source"):
            setattr(article, name, getattr(article, name).replace(SOFT_HYPHEN, "-"))
    lines = [ScanLine(ln.text.replace(SOFT_HYPHEN, "-"), ln.box, ln.confidence,
                      [(c.text, c.box, c.confidence) for c in ln.chars]) for ln in layout.lines]
    reading = [i for c in chunks for i in c.lines]  # kept in reading order, not the recogniser's
    assign_lines(page, [lines[i] for i in reading])
    reading += [i for i in range(len(lines)) if i not in set(reading)]
    page.scan = PageScan(b"", "", 0, width, height, [lines[i] for i in reading])
    return page


def _squeeze(text: str) -> str:
    """A text's characters for lining lines up with articles: no spaces, and no hyphens (a word
    hyphenated at a line's end is joined whole in its article)."""
    return "".join(text.split()).replace(SOFT_HYPHEN, "").replace("-", "")


def assign_lines(page: ParsedPage, lines: list[ScanLine]) -> None:
    """Mark each line (given in the order its text went into the page text) with the article its
    text went to: the splitter keeps every character in order, so the articles' texts, end to end,
    are the lines' texts, end to end."""
    bounds: list[int] = []
    total = 0
    for a in page.articles:
        total += len(_squeeze("".join(b.text for b in a.blocks)))
        bounds.append(total)
    pos = 0
    for line in lines:
        line.article = next((k for k, end in enumerate(bounds) if pos < end), len(bounds) - 1)
        pos += len(_squeeze(line.text))


def one_article(articles: list[Article]) -> Article:
    """Articles the splitter found in what is known to be one article (a METS article, a region
    an editor clipped), as that one article: the later headlines become subheadings."""
    first = articles[0]
    for other in articles[1:]:
        first.blocks += [Block(SUBHEADING, b.text) if b.kind == HEADLINE else b for b in other.blocks]
        first.contributors += [c for c in other.contributors if c not in first.contributors]
    return first
