"""Platypus flowables that set Chinese text with `linebreak` and the bundled fonts."""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from .fonts import FontSet
from .linebreak import Line, break_lines

MAX_CHAR_SPACE = 0.5  # of the font size: looser than this, a line is set flush left instead


@dataclass(frozen=True)
class TextStyle:
    role: str = FontSet.SERIF
    size: float = 10.5
    leading: float = 18.0
    align: str = "justify"  # justify, left, center, right
    indent_em: float = 0.0  # first-line indent, in characters of this size
    space_before: float = 0.0
    space_after: float = 0.0
    color: Color = black
    bold: bool = False  # stroked outline: the bundled faces have no bold weight
    keep_with_next: bool = False

    def but(self, **changes) -> TextStyle:
        return replace(self, **changes)


class TextBlock(Flowable):
    """One paragraph: broken into lines for the frame width, split across frames line by line."""

    def __init__(self, text: str, style: TextStyle, fonts: FontSet, *, continued: bool = False,
                 lines: list[Line] | None = None):
        super().__init__()
        self.text = text
        self.style = style
        self.fonts = fonts
        self.continued = continued  # the rest of a split paragraph: no indent, no space before
        self._frozen = lines  # the first part of a split paragraph: its lines as already broken
        self._cache: tuple[float, list[Line]] | None = None
        self.keepWithNext = style.keep_with_next
        self.spaceBefore = 0 if continued else style.space_before
        self.spaceAfter = style.space_after

    def _indent(self) -> float:
        return 0.0 if self.continued else self.style.indent_em * self.style.size

    def lines(self, width: float) -> list[Line]:
        if self._frozen is not None:
            return self._frozen
        if self._cache is None or self._cache[0] != width:
            s = self.style
            fonts = self.fonts
            lines = break_lines(self.text, lambda u: fonts.width(u, s.role, s.size),
                                width - self._indent(), width)
            self._cache = (width, lines)
        return self._cache[1]

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = len(self.lines(avail_width)) * self.style.leading
        return self.width, self.height

    def split(self, avail_width, avail_height):
        lines = self.lines(avail_width)
        fit = int((avail_height + 1e-6) // self.style.leading)
        if len(lines) >= 4:  # no orphan or widow: at least two lines on each side
            fit = min(fit, len(lines) - 2)
            if fit < 2:
                return []
        if fit < 1 or fit >= len(lines):
            return []
        head = TextBlock(self.text, self.style, self.fonts, continued=self.continued,
                         lines=lines[:fit])
        head.spaceAfter = 0
        head.keepWithNext = False
        tail = TextBlock(self.text[lines[fit].start:], self.style, self.fonts, continued=True)
        return [head, tail]

    def draw(self):
        s = self.style
        canv = self.canv
        lines = self.lines(self.width)
        canv.saveState()
        if s.bold:
            canv.setStrokeColor(s.color)
            canv.setLineWidth(s.size * 0.035)
        # Baseline of the first line: the line box is `leading` tall, the glyphs centred in it.
        top = self.height - (s.leading - s.size) / 2 - s.size * 0.88
        for i, line in enumerate(lines):
            indent = self._indent() if i == 0 else 0.0
            avail = self.width - indent
            x, char_space = indent, 0.0
            glyphs = sum(1 for ch in line.text if ch.isprintable())
            if s.align == "justify" and not line.last and glyphs > 1:
                char_space = (avail - line.width) / (glyphs - 1)
                if char_space > MAX_CHAR_SPACE * s.size or char_space < 0:
                    char_space = 0.0
            elif s.align == "center":
                x += (avail - line.width) / 2
            elif s.align == "right":
                x += avail - line.width
            t = canv.beginText(x, top - i * s.leading)
            t.setFillColor(s.color)
            if char_space:
                t.setCharSpace(char_space)
            if s.bold:
                t.setTextRenderMode(2)
            for font, run in self.fonts.runs(line.text, s.role):
                t.setFont(font, s.size)
                t.textOut(run)
            canv.drawText(t)
        canv.restoreState()


class ArticleStart(Flowable):
    """Zero-size mark where an article begins: the document records its page and a bookmark."""

    def __init__(self, key: str, title: str):
        super().__init__()
        self.key = key
        self.title = title

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        pass


class TocEntry(Flowable):
    """A contents line: the headline, dot leaders and the page number, the source line below.

    The page number's room is reserved, so the entry's height does not depend on the number and a
    second build with the real numbers lays out the same pages.
    """

    def __init__(self, key: str, title: str, source: str, page: int | None, fonts: FontSet,
                 title_style: TextStyle, source_style: TextStyle):
        super().__init__()
        self.key, self.page = key, page
        self.fonts = fonts
        self.title_style, self.source_style = title_style, source_style
        self.title = TextBlock(title, title_style, fonts)
        self.source = TextBlock(source, source_style, fonts)
        self.spaceBefore = title_style.space_before
        self.number_room = fonts.width("0000", title_style.role, title_style.size)

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        _, h1 = self.title.wrap(avail_width - self.number_room - 6, avail_height)
        _, h2 = self.source.wrap(avail_width - self.number_room - 6, avail_height)
        self.height = h1 + h2
        return self.width, self.height

    def draw(self):
        canv = self.canv
        self.source.drawOn(canv, 0, 0)
        self.title.drawOn(canv, 0, self.source.height)
        s = self.title_style
        last = self.title.lines(self.title.width)[-1]
        baseline = self.source.height + (s.leading - s.size) / 2 + s.size * 0.12
        number = str(self.page) if self.page else ""
        num_w = self.fonts.width(number, s.role, s.size)
        dots_from = last.width + 4
        dots_to = self.width - num_w - 4
        canv.saveState()
        canv.setFillColor(s.color)
        step = s.size * 0.5
        x = dots_from + (step - dots_from % step)
        while x < dots_to:  # dot leaders, drawn as marks so they do not enter the text layer
            canv.circle(x, baseline + s.size * 0.15, s.size * 0.045, stroke=0, fill=1)
            x += step
        t = canv.beginText(self.width - num_w, baseline)
        for font, run in self.fonts.runs(number, s.role):
            t.setFont(font, s.size)
            t.textOut(run)
        canv.drawText(t)
        canv.restoreState()
        canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)
