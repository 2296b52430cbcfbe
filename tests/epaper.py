"""The layout set's pages as e-paper PDFs: vector text in embedded fonts (a real text layer, as the
papers' own 电子版 PDFs have), rules and boxes as vector strokes, photos as images.

The page is drawn exactly as tests/newspage.py draws it (the same specs, the same random draws),
but with its ImageDraw calls recorded: each text with its font file and size, each line,
rectangle and ellipse, each photo's frame. The recording is replayed on a ReportLab canvas with
the same bundled fonts, embedded, so pdfplumber reads the characters back as Unicode. No wear:
an e-paper PDF is never skewed, blurred or compressed. One pixel of the drawn page is 0.36 pt,
so the PDF rendered at 200 dpi is the drawn page again (body type 28 px is 10 pt).

    .venv/bin/python -m tests.epaper [train|dev|test ...]   # write each page to /tmp/epaper

Pages set in vertical columns (tests/verticalpage.py) are made too, each character drawn at its
place in its column, as a traditional paper's e-paper sets them.
"""

from __future__ import annotations

import io
from contextlib import contextmanager
from dataclasses import dataclass, field

from .newspage import Page

SCALE = 72 / 200  # points per pixel of the drawn page


@dataclass
class Recording:
    ops: list[tuple] = field(default_factory=list)
    clean: object = None  # the finished page before any wear (a PIL image), where photos are cut


class _Recorder:
    """An ImageDraw that draws and also notes what it drew."""

    def __init__(self, draw, ops: list[tuple]):
        self._draw, self._ops = draw, ops

    def text(self, xy, text, fill=None, font=None, **kw):
        self._ops.append(("text", tuple(xy), text, font.path, font.size, getattr(font, "index", 0), fill))
        return self._draw.text(xy, text, fill=fill, font=font, **kw)

    def line(self, xy, fill=None, width=0, **kw):
        self._ops.append(("line", tuple(xy), fill, width))
        return self._draw.line(xy, fill=fill, width=width, **kw)

    def rectangle(self, xy, fill=None, outline=None, width=1, **kw):
        self._ops.append(("rect", tuple(xy), fill, outline, width))
        return self._draw.rectangle(xy, fill=fill, outline=outline, width=width, **kw)

    def ellipse(self, xy, fill=None, outline=None, width=1, **kw):
        self._ops.append(("ellipse", tuple(xy), fill, outline, width))
        return self._draw.ellipse(xy, fill=fill, outline=outline, width=width, **kw)

    def __getattr__(self, name):  # anything else the drawing asks of its ImageDraw
        return getattr(self._draw, name)


@contextmanager
def recording():
    """While open, tests/newspage.py's page draws through a recorder: the first ImageDraw made
    is the page's (a photo's own drawing is not recorded: its pixels are cut from the page)."""
    from PIL import ImageDraw

    from . import adverts, insetpicture, newspage, verticalpage

    rec = Recording()
    made: list = []
    real_draw, real_degrade, real_picture = ImageDraw.Draw, newspage.degrade, newspage.picture
    real_vertical = verticalpage._degrade
    drawers = (newspage, adverts, insetpicture)  # each took tests/pictures.py's picture by name

    def draw(im, mode=None):
        d = real_draw(im, mode)
        if not made:
            made.append(im)
            return _Recorder(d, rec.ops)
        return d

    def picture(img, d, x0, y0, x1, y1, rng):
        rec.ops.append(("image", (x0, y0, x1, y1)))
        return real_picture(img, d, x0, y0, x1, y1, rng)

    def degrade(img, spec):
        rec.clean = img
        return img

    ImageDraw.Draw, newspage.degrade, verticalpage._degrade = draw, degrade, degrade
    for m in drawers:
        m.picture = picture
    try:
        yield rec
    finally:
        ImageDraw.Draw, newspage.degrade, verticalpage._degrade = real_draw, real_degrade, real_vertical
        for m in drawers:
            m.picture = real_picture


_FONTS: dict[tuple[str, int], str] = {}


def _font(path: str, index: int) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    key = (path, index)
    if key not in _FONTS:
        name = f"EP{len(_FONTS)}"
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
        _FONTS[key] = name
    return _FONTS[key]


def _grey(v) -> float:
    return (0 if v is None else v) / 255


def replay(rec: Recording, width: int, height: int, traits=None) -> bytes:
    """The recorded drawing as a one-page PDF of width × height pixels (at SCALE); with `traits`
    (tests/epapertraits.py), drawn with a real e-paper's habits."""
    from PIL import ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from .epapertraits import mangle_fonts, text_ops

    ops = text_ops(rec.ops, traits, height, width) if traits else rec.ops

    s = SCALE
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width * s, height * s), pageCompression=1)
    c.setTitle("e-paper")

    def Y(y: float) -> float:
        return (height - y) * s

    ascents: dict[tuple, int] = {}
    for op in ops:
        kind = op[0]
        if kind in ("text", "down"):
            _, (x, y), text, path, size, index, fill, *mode = op
            key = (path, size, index)
            if key not in ascents:
                ascents[key] = ImageFont.truetype(path, size, index=index).getmetrics()[0]
            c.setFillGray(_grey(fill))
            if kind == "down":  # one character under another, down the margin
                for k, ch in enumerate(text):
                    c.setFont(_font(path, index), size * s)
                    c.drawString(x * s, Y(y + ascents[key] + k * size * 1.1), ch)
                continue
            c.setFont(_font(path, index), size * s)
            if not mode or not mode[0]:
                c.drawString(x * s, Y(y + ascents[key]), text)
                continue
            c.setStrokeGray(_grey(fill))
            t = c.beginText(x * s, Y(y + ascents[key]))  # stroked (1) or invisible (3) text
            t.setFont(_font(path, index), size * s)
            t.setTextRenderMode(mode[0])
            t.textOut(text)
            t.setTextRenderMode(0)  # (the mode is the graphics state's: it would outlast the text object)
            c.drawText(t)
        elif kind == "line":
            _, xy, fill, w = op
            c.setStrokeGray(_grey(fill))
            c.setLineWidth(max(w, 1) * s)
            pts = [(xy[i], xy[i + 1]) for i in range(0, len(xy), 2)]
            for (a, b), (p, q) in zip(pts, pts[1:]):
                c.line(a * s, Y(b), p * s, Y(q))
        elif kind in ("rect", "ellipse"):
            _, (x0, y0, x1, y1), fill, outline, w = op
            inset = w / 2 if outline is not None else 0  # PIL strokes inside the box
            args = ((x0 + inset) * s, Y(y1 - inset), (x1 - x0 - 2 * inset) * s, (y1 - y0 - 2 * inset) * s)
            if fill is not None:
                c.setFillGray(_grey(fill))
            if outline is not None:
                c.setStrokeGray(_grey(outline))
                c.setLineWidth(w * s)
            if kind == "rect":
                c.rect(*args, stroke=int(outline is not None), fill=int(fill is not None))
            else:
                x, y, w_, h_ = args
                c.ellipse(x, y, x + w_, y + h_, stroke=int(outline is not None), fill=int(fill is not None))
        elif kind == "image":
            _, (x0, y0, x1, y1) = op
            photo = rec.clean.crop((x0, y0, x1, y1))
            c.drawImage(ImageReader(photo), x0 * s, Y(y1), (x1 - x0) * s, (y1 - y0) * s)
    c.showPage()
    c.save()
    return mangle_fonts(buf.getvalue(), traits) if traits else buf.getvalue()


@dataclass
class EPaper:
    pdf: bytes
    page: Page  # the drawn page (its png unworn), its true articles and folio


def build_epaper(spec, traits=None) -> EPaper:
    """A layout-set spec's page as an e-paper PDF (one set in vertical columns too); with
    `traits` (tests/epapertraits.py), drawn with a real e-paper's habits, its margin folio part
    of its folio."""
    from dataclasses import replace

    from .layoutset import build

    with recording() as rec:
        page = build(spec)
    if traits and traits.margin:
        page = replace(page, folio=f"{page.folio} {traits.margin_folio()}".strip())
    return EPaper(replay(rec, rec.clean.width, rec.clean.height, traits), page)


def epaper_of(articles, layout: dict) -> EPaper:
    """Articles drawn by tests/newspage.py's render_page as `layout` says, as an e-paper PDF."""
    from .newspage import render_page

    with recording() as rec:
        page = render_page(articles, layout)
    return EPaper(replay(rec, rec.clean.width, rec.clean.height), page)


def vertical_epaper_of(articles, spec: dict) -> EPaper:
    """Articles drawn by tests/verticalpage.py in vertical columns as `spec` says, as an e-paper PDF."""
    from .verticalpage import render_vertical_page

    with recording() as rec:
        page = render_vertical_page(articles, spec)
    return EPaper(replay(rec, rec.clean.width, rec.clean.height), page)


if __name__ == "__main__":
    import sys
    from pathlib import Path

    from .layoutset import specs

    out = Path("/tmp/epaper")
    out.mkdir(exist_ok=True)
    for s in specs(*sys.argv[1:]):
        made = build_epaper(s)
        (out / f"{s.name}.pdf").write_bytes(made.pdf)
        print(s.name, s.split, len(made.page.articles), "articles", len(made.pdf) // 1024, "KB")
