"""Platypus flowables that set Chinese text with `linebreak` and the bundled fonts."""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from .compose import Metrics, SetLine, Setting, compose
from .fonts import FontSet


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
    keep_with_next: bool = False  # a head: kept with the first lines of what follows (keep.py)
    words: bool = False  # break only between words, lines balanced (headlines)
    hanging: bool = False  # line-end ，。、 hang past the measure
    latin: bool = False  # a Latin-script paragraph: broken at spaces, hyphenated in `lang`
    lang: str = "en"

    def setting(self) -> Setting:
        return Setting(self.align, self.hanging, self.words, self.words, latin=self.latin, lang=self.lang)

    def but(self, **changes) -> TextStyle:
        return replace(self, **changes)


class TextBlock(Flowable):
    """One paragraph: broken into lines for the frame width, split across frames line by line."""

    def __init__(self, text: str, style: TextStyle, fonts: FontSet, *, continued: bool = False,
                 lines: list[SetLine] | None = None, rest: tuple[float, list[SetLine], int] | None = None):
        super().__init__()
        self.text = text
        self.style = style
        self.fonts = fonts
        self.continued = continued  # the rest of a split paragraph: no indent, no space before
        self._frozen = lines  # the first part of a split paragraph: its lines as already set
        # The rest of a split paragraph: the lines the whole was set in for that width, and where
        # `text` starts in the text they count from. Set again from its own text, a paragraph
        # spanning many pages was set once for every page (a 300,000-character one took hours).
        self._rest = rest
        self._cache: tuple[float, list[SetLine]] | None = None
        self.keep_heads = style.keep_with_next
        self.spaceBefore = 0 if continued else style.space_before
        self.spaceAfter = style.space_after

    def _indent(self) -> float:
        return 0.0 if self.continued else self.style.indent_em * self.style.size

    def metrics(self) -> Metrics:
        s, fonts = self.style, self.fonts
        return Metrics(s.size, lambda u: fonts.width(u, s.role, s.size), lambda ch: fonts.ink(ch, s.role),
                       lambda ch: fonts.face_name(ch, s.role))

    def lines(self, width: float) -> list[SetLine]:
        return self._set(width)[0]

    def _set(self, width: float) -> tuple[list[SetLine], int]:
        """The lines for `width`, and where `text` starts in the text their offsets count from."""
        if self._frozen is not None:
            return self._frozen, 0
        if self._rest is not None and self._rest[0] == width:
            return self._rest[1], self._rest[2]
        if self._cache is None or self._cache[0] != width:
            key = (self.text, self.style, width, self._indent())
            lines = self.fonts.layouts.get(key)
            if lines is None:
                lines = compose(self.text, self.metrics(), self.style.setting(), width - self._indent(), width)
                self.fonts.layouts[key] = lines
            self._cache = (width, lines)
        return self._cache[1], 0

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = len(self.lines(avail_width)) * self.style.leading
        return self.width, self.height

    def split(self, avail_width, avail_height):
        lines, offset = self._set(avail_width)
        fit = int((avail_height + 1e-6) // self.style.leading)
        # No orphan or widow: at least two lines on each side, so a paragraph of three lines or
        # fewer is never split.
        fit = min(fit, len(lines) - 2)
        if fit < 2:
            return []
        head = TextBlock(self.text, self.style, self.fonts, continued=self.continued,
                         lines=lines[:fit])
        head.spaceAfter = 0
        head.keep_heads = False
        tail = TextBlock(self.text[lines[fit].start - offset:], self.style, self.fonts, continued=True,
                         rest=(avail_width, lines[fit:], lines[fit].start))
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
        t = canv.beginText(0, top)
        t.setFillColor(s.color)
        if s.bold:
            t.setTextRenderMode(2)
        font, space = None, 0.0
        for i, line in enumerate(lines):
            indent = self._indent() if i == 0 else 0.0
            y = top - i * s.leading
            for x, text, char_space, half in _segments(line, self.fonts, s):
                t.setTextOrigin(indent + x, y)
                if char_space != space:
                    t.setCharSpace(char_space)
                    space = char_space
                runs = [(half, text)] if half else self.fonts.runs(text, s.role)
                for name, run in runs:
                    if name != font:
                        t.setFont(name, s.size)
                        font = name
                    t.textOut(run)
        canv.drawText(t)
        canv.restoreState()


def _segments(line: SetLine, fonts: FontSet, s: TextStyle) -> list[tuple[float, str, float, str | None]]:
    """The line's pieces as runs drawn from one origin, each with its letter spacing: a run goes
    on while every glyph sits the same distance after the pen of the one before; a Latin word
    only joins a run with no spacing, so its letters are never spaced apart. A mark set half wide
    is a run of its own, in its face's half-width twin (the last item)."""
    out: list[list] = []  # [x, text, char space or None, has Latin, half-width face or None]
    pen = 0.0
    for p in line.pieces:
        if p.kind == "space":
            continue
        x = p.x + p.shift
        half = fonts.half_name(p.text, s.role) if p.half else None
        if half:
            out.append([x, p.text, None, True, half])
            pen = float("nan")  # nothing joins it
            continue
        latin = p.kind == "latin" or len(p.text) > 1  # no spacing inside a word or a ——
        seg = out[-1] if out else None
        d = x - pen
        if seg is not None:
            cs = seg[2]
            if latin or seg[3]:
                joins = abs(d) < 0.01 and (cs is None or cs == 0.0)
                d = 0.0
            else:
                joins = (cs is None and d > -0.01) or (cs is not None and abs(d - cs) < 0.01)
            if joins and not seg[4]:
                seg[1] += p.text
                seg[2] = d if cs is None else cs
                seg[3] = seg[3] or latin
                pen = x + fonts.width(p.text, s.role, s.size)
                continue
        out.append([x, p.text, None, latin, None])
        pen = x + fonts.width(p.text, s.role, s.size)
    return [(x, text, cs or 0.0, half) for x, text, cs, _, half in out]


class ArticleStart(Flowable):
    """Zero-size mark where an article begins: a bookmark here, and the document told its page."""

    _ZEROSIZE = True

    def __init__(self, key: str, title: str):
        super().__init__()
        self.key = key
        self.title = title
        self.keep_heads = True  # with the heads that follow it

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        canv = self.canv
        canv.bookmarkHorizontal(self.key, 0, 12)
        canv.addOutlineEntry(self.title, self.key, level=0)
        doc = getattr(canv, "_doctemplate", None)
        if doc is not None and hasattr(doc, "article_started"):
            doc.article_started(self.key)


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
