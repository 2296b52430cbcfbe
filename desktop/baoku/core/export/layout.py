"""Page geometry and furniture: trim, bleed and crop marks, frames, running header and footer."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.units import mm
from reportlab.platypus import Frame, PageTemplate

from .fonts import FontSet
from .options import ExportOptions, paper_size

MARK_ROOM = 8 * mm  # slug outside the bleed that holds the crop marks
MARK_GAP = 1 * mm  # crop marks start this far outside the bleed
REGISTRATION = CMYKColor(1, 1, 1, 1)  # crop marks print on every separation
FURNITURE = Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class Geometry:
    trim_width: float
    trim_height: float
    bleed: float
    slug: float
    margin: float
    columns: int
    gutter: float

    @classmethod
    def from_options(cls, opts: ExportOptions) -> Geometry:
        w, h = paper_size(opts.paper)
        return cls(w, h, opts.bleed_mm * mm, MARK_ROOM if opts.crop_marks else 0.0,
                   opts.margin_mm * mm, opts.columns, max(6 * mm, 2 * opts.font_size))

    @property
    def offset(self) -> float:
        """Distance from the media box's corner to the trim box's corner."""
        return self.bleed + self.slug

    @property
    def media(self) -> tuple[float, float]:
        return self.trim_width + 2 * self.offset, self.trim_height + 2 * self.offset

    @property
    def trim_box(self) -> tuple[float, float, float, float]:
        o = self.offset
        return o, o, o + self.trim_width, o + self.trim_height

    @property
    def bleed_box(self) -> tuple[float, float, float, float]:
        s = self.slug
        w, h = self.media
        return s, s, w - s, h - s

    @property
    def body(self) -> tuple[float, float, float, float]:
        """x, y, width, height of the type area."""
        o, m = self.offset, self.margin
        return o + m, o + m, self.trim_width - 2 * m, self.trim_height - 2 * m

    @property
    def column_width(self) -> float:
        """Width of one column of an article page."""
        w = self.body[2]
        return w if self.columns == 1 else (w - self.gutter) / 2

    def frames(self, template: str) -> list[Frame]:
        x, y, w, h = self.body
        pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        if template != "body" or self.columns == 1:
            return [Frame(x, y, w, h, id=f"{template}-1", **pad)]
        col = self.column_width
        return [Frame(x, y, col, h, id=f"{template}-1", **pad),
                Frame(x + col + self.gutter, y, col, h, id=f"{template}-2", **pad)]


class Furniture:
    """Draws what every page carries besides the text: header, footer, boxes and crop marks."""

    def __init__(self, geometry: Geometry, fonts: FontSet, header: str):
        self.g = geometry
        self.fonts = fonts
        self.header = header

    def templates(self) -> list[PageTemplate]:
        """cover: no furniture; front: contents, one column; body: the articles."""
        return [PageTemplate("cover", self.g.frames("cover"), onPage=self.cover_page),
                PageTemplate("front", self.g.frames("front"), onPage=self.body_page),
                PageTemplate("body", self.g.frames("body"), onPage=self.body_page)]

    def cover_page(self, canv, doc) -> None:
        self._print_marks(canv)

    def body_page(self, canv, doc) -> None:
        self._print_marks(canv)
        x, y, w, h = self.g.body
        size = 8.0
        canv.saveState()
        canv.setStrokeColor(FURNITURE)
        canv.setLineWidth(0.4)
        top = y + h + 4 * mm
        canv.line(x, top - 1.5 * mm, x + w, top - 1.5 * mm)
        self._text(canv, self.header, x, top, size)
        number = str(doc.page)
        self._text(canv, number, x + (w - self.fonts.width(number, FontSet.SERIF, size)) / 2,
                   y - 9 * mm, size)
        canv.restoreState()

    def _text(self, canv, text: str, x: float, y: float, size: float) -> None:
        t = canv.beginText(x, y)
        t.setFillColor(FURNITURE)
        for font, run in self.fonts.runs(text, FontSet.SERIF):
            t.setFont(font, size)
            t.textOut(run)
        canv.drawText(t)

    def _print_marks(self, canv) -> None:
        g = self.g
        if g.bleed or g.slug:
            canv.setTrimBox(g.trim_box)
            canv.setBleedBox(g.bleed_box)
        if not g.slug:
            return
        x0, y0, x1, y1 = g.trim_box
        near, far = g.bleed + MARK_GAP, g.offset - MARK_GAP
        canv.saveState()
        canv.setStrokeColor(REGISTRATION)
        canv.setLineWidth(0.25)
        for cx, sx in ((x0, -1), (x1, 1)):
            for cy, sy in ((y0, -1), (y1, 1)):
                canv.line(cx + sx * near, cy, cx + sx * far, cy)  # horizontal, beside the corner
                canv.line(cx, cy + sy * near, cx, cy + sy * far)  # vertical, above or below it
        canv.restoreState()
