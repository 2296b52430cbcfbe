"""Scanned pages: page images (PNG, JPEG, TIFF with several pages, WebP) and PDF pages without a
text layer, read by OCR (`core.ocr`), laid out into page text, and split by the page-text rules.
The original file is kept with every page (the store files it once, by its content), with each
line's box and confidence and the article it went to."""

from __future__ import annotations

import mimetypes

from ..errors import ImportRejected
from ..model import HEADLINE, SUBHEADING, Article, Block, PageInfo, PageScan, ParsedPage, ScanLine
from .metadata import IssueMeta
from .pagetext import parse_page_text
from .sources import SourceFile

SCAN_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp")
PDF_DPI = 300  # image-only PDF pages are rendered at this resolution for OCR


def read_scan_pages(src: SourceFile, meta: IssueMeta, frames: list[tuple[bytes | None, int, int]] | None = None,
                    mime: str | None = None, warnings: list[str] | None = None) -> list[ParsedPage]:
    """The pages of an image file (or the rendered `frames` of an image-only PDF). A page with
    no ink (a None frame) is skipped unread, and said so; a file of blank pages only is refused
    before any page is read."""
    from ..ocr.engine import image_header, page_png, recognise_all

    if frames is None:
        frames = page_png(src.data, src.name)
        mime = (image_header(src.data) or (None,))[0]
    inked = [i for i, (png, _, _) in enumerate(frames) if png is not None]
    if not inked:
        raise ImportRejected(f"{src.name}: {'its page is' if len(frames) == 1 else f'all {len(frames)} pages are'} "
                             "blank (no ink on the image): nothing to read")
    if len(inked) < len(frames) and warnings is not None:
        skipped = [str(int(meta.page or 1) + i) for i in range(len(frames)) if i not in inked]
        warnings.append(f"{src.name}: {len(skipped)} blank page(s) with no ink skipped unread "
                        f"(page {', '.join(skipped[:10])}{' …' if len(skipped) > 10 else ''})")
    read_pages = dict(zip(inked, recognise_all([frames[i][0] for i in inked])))
    first = int(meta.page or 1)
    pages: list[ParsedPage] = []
    for i, (width, height) in ((i, frames[i][1:]) for i in inked):
        read = read_pages[i]
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

    layout = lay_out(read)
    chunks = layout.chunks
    page = parse_page_text(layout.text(), info, language)
    lines = [ScanLine(ln.text, ln.box, ln.confidence, [(c.text, c.box, c.confidence) for c in ln.chars])
             for ln in layout.lines]
    reading = [i for c in chunks for i in c.lines]  # kept in reading order, not the recogniser's
    assign_lines(page, [lines[i] for i in reading])
    reading += [i for i in range(len(lines)) if i not in set(reading)]
    page.scan = PageScan(b"", "", 0, read.width, read.height, [lines[i] for i in reading])
    return page


def _squeeze(text: str) -> str:
    return "".join(text.split())


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
