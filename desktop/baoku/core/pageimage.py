"""A scanned page as an editor wants to see it: the article's region outlined and a search's hits
boxed on the image, from the characters' stored boxes (as Open ONI does with ALTO coordinates).

`hit_boxes` finds the query's words in the page's OCR lines, read in order and joined across line
ends within one article (a word the layout broke over two lines is one hit, boxed on both), and
gives each hit the boxes of its own characters. `draw_page` paints them on the page image.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from .coded import Coded
from .errors import NotFound
from .store import Archive


@dataclass
class Hit:
    text: str
    article_id: int | None
    boxes: list[tuple[int, int, int, int]]  # one per line the hit lies on, in image pixels


def hit_boxes(lines: list[dict], query: str) -> list[Hit]:
    """Every hit of `query` in the lines (as Archive.scan_lines gives them, in reading order)."""
    from .search.highlight import text_spans

    text, where = "", []  # where[k]: (line index, char index) of text[k], or None for a joint
    for n, ln in enumerate(lines):
        if n and ln["article_id"] != lines[n - 1]["article_id"]:
            text += "\n"
            where.append(None)
        chars = ln["chars"]
        squeezed = ln["text"].replace(" ", "")
        # The glyph each of the line's characters (spaces left out) belongs to: a glyph may hold
        # more than one (a ligature's fi, a character and its variation selector).
        glyph = [k for k, c in enumerate(chars) for _ in c[0]] \
            if chars and "".join(c[0] for c in chars) == squeezed else None
        k = 0
        for ch in ln["text"]:
            text += ch
            if ch == " ":
                where.append(None)
                continue
            where.append((n, glyph[k] if glyph else None))
            k += 1
    hits = []
    for start, end in text_spans(query, [text])[0]:
        per_line: dict[int, list[tuple[int, int, int, int]]] = {}
        for pos in range(start, end):
            at = where[pos]
            if at is None:
                continue
            n, k = at
            box = lines[n]["chars"][k][1] if k is not None else lines[n]["box"]
            per_line.setdefault(n, []).append(tuple(box))
        boxes = [_union(bs) for _, bs in sorted(per_line.items())]
        first = min(per_line) if per_line else None
        hits.append(Hit(text[start:end], lines[first]["article_id"] if first is not None else None, boxes))
    return hits


def _union(boxes):
    return min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)


def page_file(archive: Archive, page_id: int) -> tuple[Path, dict]:
    """The stored file that holds the page's image (an image, or the PDF), and its page_scan row."""
    from .store import images

    scan = archive.page_scan(page_id)
    if scan is None or not scan["sha256"]:
        raise NotFound(Coded("page_image", state="none", page=page_id))
    path = images.path_of(archive.image_folder, scan["sha256"], scan["mime"])
    if not path.is_file():
        raise NotFound(Coded("page_image", state="missing", page=page_id, path=str(path)))
    return path, scan


def page_image(archive: Archive, page_id: int):
    """The page's image as a Pillow image (the frame of a multi-page TIFF, the page of a PDF)."""
    from PIL import Image

    from .orientation import upright

    path, scan = page_file(archive, page_id)
    data = path.read_bytes()
    try:
        if scan["mime"] == "application/pdf":
            import pypdfium2

            pdf = pypdfium2.PdfDocument(data)
            page = pdf[scan["frame"]]
            image = page.render(scale=scan["width"] / page.get_size()[0]).to_pil()
            pdf.close()
        else:
            image = Image.open(io.BytesIO(data))
            if scan["frame"]:
                image.seek(scan["frame"])
            image = upright(image)  # the page as the OCR read it (a photo taken on its side turned)
        image = image.convert("RGB")
    except Exception as e:  # noqa: BLE001 - whatever a decoder raises over a damaged file (Pillow's, pdfium's)
        why = "not an image" if isinstance(e, Image.UnidentifiedImageError) else f"{type(e).__name__}: {e}"
        raise NotFound(Coded("page_image", state="damaged", page=page_id, path=str(path), why=why)) from None
    if image.size != (scan["width"], scan["height"]):
        image = image.resize((scan["width"], scan["height"]))
    return image


def draw_page(archive: Archive, article_id: int, out: Path, query: str = "") -> list[Hit]:
    """Write the article's page as PNG: the article's region outlined in red, each hit of `query`
    on the page filled in yellow (the article's own hits outlined darker)."""
    from PIL import Image, ImageDraw

    from .files import write_atomically

    region = archive.article_scan(article_id)
    if region is None:
        raise NotFound(f"article {article_id} was not read from a scanned page: it has no page image")
    image = page_image(archive, region["page_id"])
    lines = archive.scan_lines(page_id=region["page_id"])
    hits = hit_boxes(lines, query) if query.strip() else []
    overlay = image.copy()
    draw = ImageDraw.Draw(overlay)
    for hit in hits:
        for box in hit.boxes:
            draw.rectangle(box, fill=(255, 214, 0))
    image = Image.blend(image, overlay, 0.45)
    draw = ImageDraw.Draw(image)
    width = max(3, image.width // 500)
    for hit in hits:
        if hit.article_id == article_id:
            for box in hit.boxes:
                draw.rectangle(box, outline=(200, 120, 0), width=max(1, width // 2))
    x0, y0, x1, y1 = region["region"]
    pad = width * 2
    draw.rectangle((x0 - pad, y0 - pad, x1 + pad, y1 + pad), outline=(220, 0, 0), width=width)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    write_atomically(out, buf.getvalue())
    return hits


@dataclass
class PageLayers:
    """What a page viewer draws: the image, each article's region on it, the query's hits."""

    page_id: int
    image: object  # a Pillow RGB image; None when the page is a PDF's and was not rendered here
    regions: dict[int, tuple[int, int, int, int]]
    hits: list[Hit]
    pages: list[int]  # the scanned pages of the same issue, in print order (for next and previous)
    lines: list[dict]  # the page's lines in reading order (Archive.scan_lines)
    file: Path  # the stored file the image comes from
    scan: dict  # its page_scan row: mime, frame (the PDF page), width and height (pixels)
    blocks: list[dict] = field(default_factory=list)  # the layout's blocks (store.layoutedits.page_blocks)
    photos: list[dict] = field(default_factory=list)  # the photos cut from it (store.photoboxes.page_photos)


def page_layers(archive: Archive, page_id: int, query: str = "", render: bool = True) -> PageLayers:
    """What the page viewer draws. With `render` false the image is left to the caller to decode
    or render from `file` (the window does it with Qt's own readers and QtPdf)."""
    path, scan = page_file(archive, page_id)
    image = page_image(archive, page_id) if render else None
    lines = archive.scan_lines(page_id=page_id)
    regions = archive.article_regions(page_id)
    pages = archive.scanned_pages(archive.issue_of_page(page_id)["id"])
    hits = hit_boxes(lines, query) if query.strip() else []
    from .store.layoutedits import page_blocks
    from .store.photoboxes import page_photos

    return PageLayers(page_id, image, regions, hits, pages, lines, path, scan, page_blocks(archive, page_id),
                      page_photos(archive, page_id))
