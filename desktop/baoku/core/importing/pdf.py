"""PDF with a text layer: one issue per PDF, one newspaper page per PDF page.

Each PDF page's text goes through the page-text parser, save a page laid out in three columns or
more (a paper's e-paper page), which goes through the layout stage as a scanned page does
(`pdflayout`). The first PDF page is page `--page` (default 1) of the issue. Encrypted PDFs, PDFs
with no pages and damaged ones are refused with a reason; one without a text layer is read by OCR.
"""

from __future__ import annotations

import io
import logging
import regex as re  # \p{Han}: the one Han definition (core.script)

from ..coded import Coded
from ..errors import Cancelled, ImportRejected
from ..script import CJK_CLASS
from ..model import VIEW_DPI, PageInfo, PageScan, ParsedPage, ScanLine
from .metadata import IssueMeta
from .pagetext import parse_page_text
from .pdfglyphs import drawn_once, marked_unread, unmapped_fonts
from .pdflayout import laid_out, read_laid_out, text_layer_lines
from .pdfturn import page_turn, shown_box, upright_box, upright_chars, upright_size
from .scan import assign_lines
from .sources import SourceFile
from ..plural import plural, verb

# pdfminer logs every odd object at WARNING; the import report says what matters.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


_UNKNOWN = re.compile("[\ud800-\udfff\ufffd]")


def opened_pdf(src: SourceFile):
    """The file's pypdf reader; ImportRejected saying what is wrong when it is no PDF, an encrypted
    one or a damaged one (asked first, before any issue metadata: a damaged file is refused as
    such whatever metadata comes with it)."""
    import pypdf

    if not src.data.startswith(b"%PDF"):
        raise ImportRejected(Coded("unreadable", where=src.name, kind="not_pdf"))
    try:
        reader = pypdf.PdfReader(io.BytesIO(src.data))
        # Encrypted with an empty password to open it (an owner's password only, restricting printing
        # or copying: as e-paper PDFs are published), it opens in every viewer without a word, and is
        # read here so too; only a password to open it refuses it.
        if reader.is_encrypted and reader.decrypt("") == pypdf.PasswordType.NOT_DECRYPTED:
            raise ImportRejected(Coded("unreadable", where=src.name, kind="pdf_encrypted"))
        if not len(reader.pages):  # an empty page tree (an export that failed): nothing to read or render
            raise ImportRejected(Coded("unreadable", where=src.name, kind="pdf_no_pages"))
    except ImportRejected:
        raise
    except Exception as e:  # pypdf raises many types for damaged files
        raise ImportRejected(Coded("unreadable", where=src.name, kind="pdf_damaged",
                                   detail=f"{type(e).__name__}: {e}")) from None
    return reader


def pdf_articles(src: SourceFile) -> SourceFile | None:
    """The articles a PDF exported by Baoku carries (see interchange), as a JSONL source; None for
    any other readable PDF. One that is not (opened_pdf) is refused."""
    from ..interchange import ATTACHMENT

    reader = opened_pdf(src)
    try:
        found = reader.attachments.get(ATTACHMENT)
    except Exception:  # noqa: BLE001 - pages readable, attachments not: imported as any other PDF
        return None
    if not found:
        return None
    return SourceFile(f"{src.name}!{ATTACHMENT}", found[0], src.sibling)


def read_pdf_pages(src: SourceFile, meta: IssueMeta, warnings: list[str] | None = None) -> list[ParsedPage]:
    warnings = [] if warnings is None else warnings
    import pdfplumber

    count = len(opened_pdf(src).pages)
    first = int(meta.page or 1)
    pages: list[ParsedPage] = []
    try:
        with pdfplumber.open(io.BytesIO(src.data)) as pdf:
            shown = [(float(page.width), float(page.height)) for page in pdf.pages]
            turns = [page_turn(page.chars) for page in pdf.pages]  # a page whose text stands turned: read upright
            # each character once: a head's shadow and outline, an invisible layer, are copies; one
            # with no Unicode value (a font with no ToUnicode map, a PUA code) U+FFFD, its glyph noted
            chars = [upright_chars(marked_unread(drawn_once(page.chars), unmapped_fonts(page)), t, *wh)
                     for page, t, wh in zip(pdf.pages, turns, shown)]
            photos = [[upright_box((i["x0"], i["top"], i["x1"], i["bottom"]), t, *wh) for i in page.images]
                      for page, t, wh in zip(pdf.pages, turns, shown)]
        sizes = [upright_size(t, *wh) for t, wh in zip(turns, shown)]
        read = [page_lines(c, *wh) for c, wh in zip(chars, sizes)]
        plain = [_text_map(c).as_string.splitlines() if c else [] for c in chars]
        furniture = running_lines([[ln["text"].strip() for ln in edge] for edge, _, _ in read])
        for i, (edge, lines, geometry) in enumerate(read):
            kept = [ln for ln in edge if not _is_furniture(ln["text"].strip(), furniture)]
            if kept:  # something at the top or foot that is not a running head: part of the page
                lines = [ln["text"].strip() for ln in kept] + lines
            text = "\n".join(lines)
            bad = len(_UNKNOWN.findall(text))  # a broken ToUnicode map: keep the page, mark the loss
            text = _UNKNOWN.sub("\ufffd", text)
            if not text.strip():
                continue
            kind = non_article_page(plain[i])
            if kind:
                warnings.append(f"{src.name}: page {i + 1} left out: it is {kind}, not articles")
                continue
            info = PageInfo(number=first + i, name=str(meta.page_name or "") if i == 0 else "",
                            section=str(meta.section or ""))
            scale = view_scale(sizes[i])
            found = text_layer_lines(chars[i], scale)
            if laid_out(found, round(sizes[i][0] * scale)):  # an e-paper page: by the layout stage
                boxes = [tuple(round(v * scale) for v in box) for box in photos[i]]
                said: list[str] = []
                pages.append(read_laid_out(found, src.data, i, scale, info, str(meta.language or "zh"), turns[i],
                                           boxes, said))
                warnings += [f"{src.name}: page {i + 1}: {w}" for w in said]
                continue
            if bad:
                warnings.append(f"{src.name}: page {i + 1}: {plural(bad, 'character')} with no Unicode value in "
                                "the PDF's font map, shown as \ufffd")
            page = parse_page_text(text, info, str(meta.language or "zh"))
            page.scan = text_layer_scan(src.data, i, shown[i], kept + geometry, turns[i])
            assign_lines(page, page.scan.lines)
            pages.append(page)
    except Cancelled:  # (while a page's untexted type was read by OCR: the batch stops, no fault of the file)
        raise
    except Exception as e:
        raise ImportRejected(f"{src.name}: cannot read the PDF's text ({type(e).__name__}: {e})") from None
    if not pages:  # a scanned PDF: every page an image, read by OCR
        from .scan import read_scan_pages

        warnings.append(f"{src.name}: none of its {plural(count, 'page')} {verb(count, 'has')} a text layer: "
                        "read by OCR")
        return read_scan_pages(src, meta, render_pages(src), mime="application/pdf", warnings=warnings)
    return pages




def view_scale(size: tuple[float, float]) -> float:
    """Pixels per PDF point of a page shown at VIEW_DPI (smaller for a page past MAX_SIDE)."""
    from ..ocr.engine import MAX_SIDE

    return min(VIEW_DPI / 72, MAX_SIDE / max(max(size), 1))


def pdf_view_size(data: bytes) -> tuple[int, int] | None:
    """The first page's size in pixels at VIEW_DPI; None for what is not a readable PDF."""
    import pypdf

    if not data.startswith(b"%PDF"):
        return None
    try:
        box = pypdf.PdfReader(io.BytesIO(data)).pages[0].mediabox
        size = (float(box.width), float(box.height))
    except Exception:  # noqa: BLE001 - pypdf raises many types for damaged files
        return None
    scale = view_scale(size)
    return round(size[0] * scale), round(size[1] * scale)


def text_layer_scan(data: bytes, index: int, size: tuple[float, float], lines: list[dict], turn: int = 0) -> PageScan:
    """The PDF page as a page image for the page viewer: the PDF itself is kept (rendered when
    shown), with each text line's box and its characters' boxes, in pixels at VIEW_DPI, on the
    page as it shows (`size`; lines read on it turned upright by `turn` turned back)."""
    scale = view_scale(size)

    def box(o: dict) -> tuple[int, int, int, int]:
        x0, top, x1, bottom = shown_box((o["x0"], o["top"], o["x1"], o["bottom"]), turn, *size)
        return (round(x0 * scale), round(top * scale), round(x1 * scale), round(bottom * scale))

    scan_lines = [ScanLine(ln["text"].strip(), box(ln), 1.0,
                           [(c["text"], box(c), 1.0) for c in ln.get("chars", []) if c["text"].strip()])
                  for ln in lines]
    return PageScan(data, "application/pdf", index, round(size[0] * scale), round(size[1] * scale), scan_lines,
                    text_layer=True)


def render_pages(src: SourceFile, dpi: int = 0) -> list[tuple[bytes | None, int, int]]:
    """Every page of a PDF as a grey PNG (pypdfium2), for OCR; a page with no ink (looked at
    first at screen resolution, which takes milliseconds) is None, with the size it would have."""
    import pypdfium2

    from ..ocr.engine import MAX_SIDE
    from ..ocr.ink import blank
    from .scan import PDF_DPI

    out: list[tuple[bytes | None, int, int]] = []
    try:
        pdf = pypdfium2.PdfDocument(src.data)
        for page in pdf:  # a poster-sized page is rendered smaller, never as a bomb
            scale = min((dpi or PDF_DPI) / 72, MAX_SIDE / max(max(page.get_size()), 1))
            if blank(page.render(scale=min(scale, 1.0), grayscale=True).to_pil()):
                w, h = page.get_size()
                out.append((None, round(w * scale), round(h * scale)))
                continue
            image = page.render(scale=scale, grayscale=True).to_pil()
            buf = io.BytesIO()
            image.save(buf, format="PNG")
            out.append((buf.getvalue(), image.width, image.height))
        pdf.close()
    except pypdfium2.PdfiumError as e:
        raise ImportRejected(f"{src.name}: cannot render the PDF's pages ({e})") from None
    return out


# -- reading a laid-out page ---------------------------------------------------------------------------

EDGE = 0.07  # the top and the foot of a page, as a share of its height: where running heads stand
# A space pdfplumber infers between a Chinese character (or mark) and a Latin letter or digit: the
# 1/4 em that typesetters (Baoku, InDesign, typst) put there by the clreq rules, not a space in the
# text, so 「截至 2023年底」 is read as 「截至2023年底」.
_CJK = f"[{CJK_CLASS}]"
_HAN_LATIN_GAP = re.compile(rf"(?<={_CJK}) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9%‰]) (?={_CJK})")


def page_lines(chars: list[dict], width: float, height: float) -> tuple[list[dict], list[str], list[dict]]:
    """(the lines at the page's top and foot, the page's text in reading order, the lines that
    text was read from, in the same order). The text is one paragraph a line: column by column
    (left to right), each top to bottom, with the lines a paragraph was set on joined again (see
    _reflow). Columns are found from the page itself: a gutter is an upright strip that (nearly)
    no line crosses. Lines are pdfplumber's, with their characters and boxes (points), of the
    page's characters (`chars`, on a page `width` × `height` points)."""
    inked = [c for c in chars if c.get("text", "").strip()]
    if not inked:
        return [], [], []
    top, foot = height * EDGE, height * (1 - EDGE)

    def at_edge(c: dict) -> bool:
        return c["bottom"] <= top or c["top"] >= foot

    body = [c for c in chars if not at_edge(c)]
    edge_lines = _text_lines([c for c in chars if at_edge(c)])
    inner = [c for c in inked if not at_edge(c)]
    cuts = _gutters(inner, width) if inner else []
    out: list[str] = []
    read: list[dict] = []
    for k in range(len(cuts) + 1):
        lo = cuts[k - 1] if k else -1.0
        hi = cuts[k] if k < len(cuts) else width + 1
        column = [c for c in body if lo <= (c["x0"] + c["x1"]) / 2 < hi] if cuts else body
        lines = _text_lines(column)
        out += _reflow(lines)
        read += lines
    return edge_lines, out, read


def _text_map(chars: list[dict]):
    from pdfplumber.utils import chars_to_textmap

    return chars_to_textmap(chars)


def _text_lines(chars: list[dict]) -> list[dict]:
    """pdfplumber's text lines of these characters (each with its characters), blank ones left out."""
    if not chars:
        return []
    return [ln for ln in _text_map(chars).extract_text_lines(strip=True, return_chars=True) if ln["text"].strip()]


def _reflow(lines: list[dict]) -> list[str]:
    """Join the lines of one column into paragraphs: a line goes on the paragraph before it when
    that one ran to the column's right edge, and this one is neither indented nor set apart."""
    if not lines:
        return []
    left = min(ln["x0"] for ln in lines)
    right = max(ln["x1"] for ln in lines)
    heights = sorted(_type_size(ln) for ln in lines)
    size = heights[len(heights) // 2] or 10.0
    paras: list[str] = []
    prev = None
    for ln in lines:
        text = _HAN_LATIN_GAP.sub("", ln["text"].strip())
        if not text:
            continue
        # The type size, not the line's box: a line with Latin or digits in another face has a
        # taller or shorter box than its neighbours, set in the same size.
        height = _type_size(ln)
        joins = (prev is not None and prev["x1"] >= right - 1.5 * size and ln["x0"] <= left + 0.8 * size
                 and ln["top"] - prev["bottom"] < 0.9 * size and abs(height - _type_size(prev)) < 0.3 * size)
        if joins:
            glue = " " if paras[-1][-1:].isascii() and paras[-1][-1:].isalnum() and text[:1].isascii() \
                and text[:1].isalnum() else ""
            paras[-1] += glue + text
        else:
            paras.append(text)
        prev = ln
    return paras


def _type_size(line: dict) -> float:
    """The commonest character size on a pdfplumber text line (its box height when it has none)."""
    sizes = [round(c.get("size", 0.0), 1) for c in line.get("chars", ()) if c.get("text", "").strip()]
    if not sizes:
        return line["bottom"] - line["top"]
    return max(set(sizes), key=sizes.count)


def _gutters(chars: list[dict], width: float) -> list[float]:
    """x positions between columns: the middle of each strip, at least a character wide, that at
    most 3% of the lines cross, inside the text block."""
    lines: dict[int, list[tuple[float, float]]] = {}
    for c in chars:
        lines.setdefault(round(c["top"] / 2), []).append((c["x0"], c["x1"]))
    size = sorted(c["x1"] - c["x0"] for c in chars)[len(chars) // 2] or 5.0
    # (the page's own width at the most: a character set past its edge, a slug in the bleed, is
    # no column, and no reason to refuse the file)
    left = max(0.0, min(c["x0"] for c in chars))
    right = min(width, max(c["x1"] for c in chars))
    steps = int(width) + 2
    cover = [0] * steps
    for spans in lines.values():
        spans.sort()
        start, end = spans[0]
        for a, b in spans[1:] + [(1e9, 1e9)]:  # a line covers what lies between its characters too
            if a - end > 1.2 * size:
                for x in range(max(0, int(start)), min(steps, int(end) + 1)):
                    cover[x] += 1
                start = a
            end = max(end, b)
    if len(lines) < 6:
        return []  # too little text to tell columns from a line's own spaces
    limit = int(0.03 * len(lines))
    cuts: list[float] = []
    x = int(left) + 1
    while x < int(right):
        if cover[x] <= limit:
            y = x
            while y < int(right) and cover[y] <= limit:
                y += 1
            if y - x >= size:
                cuts.append((x + y) / 2)
            x = y
        x += 1
    # A column holds a fair share of the page's text; a strip beside a short line or two is not a gutter.
    bounds = [left, *cuts, right + 1]
    counts = [sum(1 for c in chars if a <= (c["x0"] + c["x1"]) / 2 < b) for a, b in zip(bounds, bounds[1:])]
    if any(n < 0.1 * len(chars) for n in counts):
        return []
    return cuts


def running_lines(edges: list[list[str]]) -> set[str]:
    """Lines printed at the top or foot of most pages (running heads and feet, numbers aside):
    they belong to the printing, not to any article."""
    if len(edges) < 3:
        return set()
    seen: dict[str, int] = {}
    for lines in edges:
        for key in {_DIGITS.sub("#", ln) for ln in lines}:
            seen[key] = seen.get(key, 0) + 1
    return {k for k, n in seen.items() if n >= max(2, len(edges) // 2)}


_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^[\s\-—–·第页]*\d{1,4}[\s\-—–·页]*$")


def _is_furniture(line: str, furniture: set[str]) -> bool:
    return _DIGITS.sub("#", line) in furniture or bool(_PAGE_NUMBER.match(line))


_LEADER = re.compile(r"(?:\.{2,}|…+|\s)\s*\d{1,4}\s*$")


def non_article_page(lines: list[str]) -> str:
    """'a contents page' (目录, lines ending in page numbers), 'a cover' (a few lines and not one
    sentence), or '' for a page of articles."""
    text = "".join(lines)
    head = "".join(lines[:3]).replace(" ", "").replace("\u3000", "")
    numbered = sum(1 for ln in lines if _LEADER.search(ln))
    if ("目录" in head or "contents" in head.lower()) and numbered >= max(2, len(lines) // 4):
        return "a contents page"
    if len(lines) <= 12 and not any(c in text for c in "。！？!?"):
        return "a cover"
    return ""
