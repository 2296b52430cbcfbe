"""A scanned page's pictures as its articles' photos: each picture (figure block) the layout gave
to an article is cut from the page image as the layout saw it (turned upright), kept small but
legible, with the caption blocks under it as its caption and the credit they end with
(…摄, （…摄）, Photo by …) as its photographer. The caption's lines stay in the article's text
(marked as a caption), so search finds their words as before and nothing read is lost; the
photo's own box on the page is kept with it (`Photo.box`, the photo's own columns in both archives),
and so is the box of the caption paired with it here (`Photo.caption_box`), for the page view."""

from __future__ import annotations

import io
import math
from collections.abc import Callable

import regex

from ..layout.geometry import union
from ..model import CAPTION, Article, Contributor, Photo, photo_filename
from .lines import CREDIT_ROLE

LONGEST = 1200  # px: a photo's long side at most, kept legible and small
JPEG_QUALITY = 82

# A credit at a caption's end: （新华社记者 李四 摄）, 。本报记者韩立摄, (Photo by John Doe), Photo: AP.
_HAN_TAIL = regex.compile(r"(?:^|(?<=[。！？；：.!?;:\s\u3000]))\s*[(（]?\s*([^()（）。！？]{1,24}?)\s*"
                          r"(?:摄影?|攝影?|供图|供圖)\s*[)）]?\s*$")
_LATIN_TAIL = regex.compile(r"(?:^|(?<=[.!?;:\s]))\s*[(\[]?\s*(?:photo(?:graph)?s?|pictures?|picture)\s*"
                            r"(?:by|:|courtesy\s+of)\s*([^()\[\]]{2,60}?)\s*[)\]]?\s*\.?\s*$", regex.IGNORECASE)


def split_credit(caption: str) -> tuple[str, str]:
    """A caption's words and the photographer its credit names: 图为…。本报记者韩立摄 gives
    (图为….、韩立); Mayor Smith opens the bridge. Photo by John Doe gives its sentence and John Doe;
    a caption with no credit gives itself and ""."""
    text = caption.strip()
    m = _HAN_TAIL.search(text) or _LATIN_TAIL.search(text)
    if m is None:
        return text, ""
    name = CREDIT_ROLE.sub("", m.group(1).strip()).strip()
    if len(name.split()) <= 2 and regex.fullmatch(r"[\p{Han}·\s\u3000]+", name):
        name = regex.sub(r"[\s\u3000]+", "", name) if len(name.replace(" ", "")) <= 4 else name
    return text[: m.start()].rstrip(), name


def figure_captions(group, body: float) -> list[tuple[object, list[object]]]:
    """Each picture of a layout group (in reading order) with the caption blocks that stand under
    it (most of their width within its columns, their top at most a few body sizes under its foot),
    each caption with the nearest picture above it."""
    figures = [b for b in group.body if b.kind == "figure"]
    out: list[tuple[object, list[object]]] = [(f, []) for f in figures]
    for c in (b for b in group.body if b.kind == "caption"):
        under = [k for k, f in enumerate(figures)
                 if min(c.x1, f.x1) - max(c.x0, f.x0) > 0.5 * (c.x1 - c.x0) and c.y0 >= f.y1 - 0.25 * body]
        if under:
            out[max(under, key=lambda k: figures[k].y1)][1].append(c)
    return out


def crop(image, lay, box) -> bytes | None:
    """The picture at `box` (the layout's upright coordinates) cut from the page `image` (a PIL
    image, as scanned), turned upright as the layout saw it; None when it holds nothing."""
    from PIL import Image

    x0, y0, x1, y1 = lay.image_box(box)
    w, h = box[2] - box[0], box[3] - box[1]
    if w < 8 or h < 8:
        return None
    if lay.turn is None and abs(lay.angle) >= 1e-4:  # cut wider, turn about the picture's centre, cut again
        m = int(0.5 * max(w, h) * abs(math.sin(lay.angle))) + 2
        piece = cut(image, (x0 - m, y0 - m, x1 + m, y1 + m))
        piece = piece.rotate(math.degrees(lay.angle), resample=Image.BICUBIC, fillcolor=_white(piece))
        piece = piece.crop((m, m, m + (x1 - x0), m + (y1 - y0)))
    else:
        piece = cut(image, (x0, y0, x1, y1))
    return shrunk(piece)


def shrunk(piece) -> bytes:
    """A picture cut from a page as a photo keeps it: grey or colour, at most LONGEST px on its
    long side, PNG or JPEG, whichever is smaller."""
    from PIL import Image

    if piece.mode not in ("L", "RGB"):
        piece = piece.convert("RGB")
    if max(piece.size) > LONGEST:
        scale = LONGEST / max(piece.size)
        piece = piece.resize((max(1, round(piece.width * scale)), max(1, round(piece.height * scale))),
                             Image.LANCZOS)
    return smallest(piece)


def _white(image):
    return 255 if image.mode == "L" else (255,) * len(image.getbands())


def cut(image, box):
    """The image's pixels in `box`, paper white where the box reaches past its edges (Pillow's
    own crop fills black there)."""
    from PIL import Image

    if box[0] >= 0 and box[1] >= 0 and box[2] <= image.width and box[3] <= image.height:
        return image.crop(box)
    out = Image.new(image.mode, (box[2] - box[0], box[3] - box[1]), _white(image))
    inside = (max(box[0], 0), max(box[1], 0), min(box[2], image.width), min(box[3], image.height))
    if inside[2] > inside[0] and inside[3] > inside[1]:
        out.paste(image.crop(inside), (inside[0] - box[0], inside[1] - box[1]))
    return out


def smallest(piece) -> bytes:
    """The picture as PNG or JPEG, whichever is smaller (a drawing is smaller as PNG, a photo as JPEG)."""
    png, jpeg = io.BytesIO(), io.BytesIO()
    piece.save(png, format="PNG", optimize=True)
    piece.save(jpeg, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return min(png.getvalue(), jpeg.getvalue(), key=len)


def add_photos(article: Article, lay, group, chunk_text: Callable[[object], list[str]],
               image: Callable[[], object] | None) -> None:
    """Give `article` a photo for each picture of its layout group, in reading order: the
    picture's pixels (when the page image is there), its box, and its caption and credit from
    the caption blocks under it. Those blocks' lines stay the article's text, marked as captions;
    what the page-text rules made of them as photos and photographers gives way."""
    pairs = figure_captions(group, lay.page.body)
    if not pairs:
        return
    page = None
    found = []
    for figure, caps in pairs:
        data = None
        if image is not None:
            page = page if page is not None else image()
            data = crop(page, lay, figure.box) if page is not None else None
        found.append((tuple(int(v) for v in lay.image_box(figure.box)), data,
                      [t for c in caps for t in chunk_text(c) if t.strip()],
                      union(lay.image_box(c.box) for c in caps) if caps else None))
    give_photos(article, found)


Box = tuple[int, int, int, int]


def give_photos(article: Article, found: list[tuple[Box, bytes | None, list[str], Box | None]]) -> None:
    """Give `article` a photo for each picture found on its page, in order: (its box on the page
    image, its pixels or None, its caption's lines as printed, their box or None). Its caption and
    credit are read from those lines, which stay the article's text, marked as captions; what the
    page-text rules made of them as photos and photographers gives way. Scanned pages and ALTO's
    pictures alike."""
    ours: list[Photo] = []
    lines: list[str] = []  # the captions' lines as printed
    for n, (box, data, texts, caption_box) in enumerate(found, 1):
        words, who = split_credit(" ".join(texts)) if texts else ("", "")
        mime = "" if data is None else ("image/png" if data[:4] == b"\x89PNG" else "image/jpeg")
        ours.append(Photo(caption=words, credit=who, filename=photo_filename(n, mime), mime=mime, data=data,
                          box=box, caption_box=caption_box if texts else None))
        _mark_captions(article, texts)
        lines += texts
        if who:
            said = " ".join(texts)
            article.contributors = [c for c in article.contributors if not (c.role == "摄" and c.name in said)]
            article.contributors.append(Contributor(who, "摄"))
    said = " ".join(lines)
    article.photos = ours + [p for p in article.photos if not _told(p, said)]


def _told(p: Photo, said: str) -> bool:
    """A photo the page-text rules made from a caption line a picture's caption now holds."""
    return (not p.caption or p.caption in said) and (not p.credit or p.credit in said) and p.data is None


def _mark_captions(article: Article, texts: list[str]) -> None:
    """The article's blocks holding exactly a picture's caption lines are captions (the page-text
    rules may have read a plain one as body text, Mayor Smith opens the bridge., and one right
    under the head as a second headline); the head the layout gave the article stays its head."""
    want = {"".join(t.split()) for t in texts}
    head = {"".join(t.split()) for t in (article.headline, article.kicker, article.subhead, article.column) if t}
    for b in article.blocks:
        said = "".join(b.text.split())
        if b.kind != CAPTION and said in want and said not in head:
            b.kind = CAPTION
