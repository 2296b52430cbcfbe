"""The export's paragraph styles, one set per export (`ExportOptions`), and the same set for a
Latin-script article."""

from __future__ import annotations

import copy

from reportlab.lib.colors import Color

from .flowables import TextStyle
from .fonts import FontSet
from .options import ExportOptions

GREY = Color(0.3, 0.3, 0.3)
ACCENT = Color(0.6, 0.1, 0.1)  # newspaper red, for column labels


class Styles:
    def __init__(self, opts: ExportOptions):
        s, lead = opts.font_size, opts.line_gap
        base = TextStyle(FontSet.SERIF, s, lead, hanging=opts.hanging_punctuation)
        sans = base.but(role=FontSet.SANS, align="left")
        two = opts.columns == 2
        self.body = base.but(indent_em=2)
        self.subheading = sans.but(size=s * 1.1, leading=lead * 1.1, bold=True, space_before=lead * 0.5,
                                   keep_with_next=True)
        self.label = sans.but(keep_with_next=True)
        self.guest = base.but(size=s * 0.95, leading=lead * 0.95, align="left")
        self.byline_block = sans.but(size=s * 0.95, leading=lead * 0.95, keep_with_next=True)
        self.caption = sans.but(size=s * 0.85, leading=lead * 0.85, color=GREY, align="justify",
                                space_before=3, space_after=6)
        head = dict(keep_with_next=True, align="center")
        self.column = sans.but(size=s * 0.95, leading=lead * 0.95, color=ACCENT, align="left",
                               keep_with_next=True)
        self.kicker = sans.but(size=s * 1.15, leading=s * 1.8, words=True, **head)
        hs = s * (1.75 if two else 2.1)
        self.headline = sans.but(size=hs, leading=hs * 1.35, bold=True, words=True, **head)
        self.subhead = sans.but(size=s * 1.25, leading=s * 1.9, words=True, **head)
        self.byline = base.but(size=s * 0.95, leading=lead * 0.95, color=GREY, **head)
        self.source = base.but(size=s * 0.85, leading=lead * 0.85, color=GREY, space_after=4, **head)
        self.reference = base.but(size=s * 0.85, leading=lead * 0.85, color=GREY, align="left",
                                  space_before=lead * 0.4)
        self.cover_title = sans.but(size=28, leading=40, bold=True, align="center", words=True)
        self.cover_line = base.but(size=12, leading=22, align="center", color=GREY)
        self.toc_heading = sans.but(size=18, leading=30, bold=True, align="center", space_after=10)
        self.toc_title = base.but(size=11, leading=17, align="left", space_before=5)
        self.toc_source = base.but(size=8.5, leading=13, align="left", color=GREY)

    def latin(self, lang: str) -> Styles:
        """The same styles for a Latin-script article: its roles set in the Latin faces first,
        broken at spaces and hyphenated in its language, paragraphs indented one em, not two."""
        out = copy.copy(self)
        for name, style in vars(self).items():
            if isinstance(style, TextStyle):
                role = FontSet.SANS_LATIN if style.role == FontSet.SANS else FontSet.SERIF_LATIN
                setattr(out, name, style.but(role=role, latin=True, lang=lang,
                                             indent_em=min(style.indent_em, 1.0)))
        return out
