"""Export options, with defaults a Chinese print shop expects, and their validation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from reportlab.lib.pagesizes import A3, A4, B5, letter
from reportlab.lib.units import inch, mm

from ..errors import ValidationError

PAPERS = {"A4": A4, "A3": A3, "B5": B5, "LETTER": letter}
SCRIPTS = {
    # name: (OpenCC config or None, UMing face region)
    "original": (None, "cn"),
    "simplified": ("t2s", "cn"),
    "traditional": ("s2t", "tw"),
    "taiwan": ("s2twp", "tw"),
    "hongkong": ("s2hk", "hk"),
}
REFERENCES = ("source", "gbt7714", "both", "none")
ORDERS = ("date", "given")


def paper_size(spec: str) -> tuple[float, float]:
    """A4, A3, B5, Letter, or a custom size such as 185x260mm or 8.5x11in, in points."""
    s = spec.strip()
    if s.upper() in PAPERS:
        return PAPERS[s.upper()]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|pt)?", s, re.I)
    if not m:
        raise ValidationError(f"paper {spec!r}: use A4, A3, B5, Letter or a size such as 185x260mm")
    unit = {"mm": mm, "cm": 10 * mm, "in": inch, "pt": 1.0}[(m.group(3) or "mm").lower()]
    w, h = float(m.group(1)) * unit, float(m.group(2)) * unit
    if not (72 <= w <= 2000 and 72 <= h <= 2000):
        raise ValidationError(f"paper {spec!r}: each side must be between 25 mm and 700 mm")
    return w, h


@dataclass(frozen=True)
class ExportOptions:
    paper: str = "A4"
    columns: int = 1
    font_size: float = 10.5  # 五号
    leading: float = 0.0  # points between baselines; 0 means 1.75 × font size
    margin_mm: float = 20.0
    crop_marks: bool = False
    bleed_mm: float = 0.0  # with crop marks and no bleed given, 3 mm
    script: str = "original"  # original, simplified, traditional, taiwan, hongkong
    fullwidth_punctuation: bool = True  # , : ; ? ! ( ) inside Chinese text printed full-width
    reference: str = "source"  # source line, GB/T 7714 reference, both, none
    booklet: bool | None = None  # cover and contents; None: when more than one article
    new_page_per_article: bool = False
    order: str = "date"  # date: by date, paper, page; given: as listed
    missing_glyphs: str = "error"  # error, or geta: print 〓 for a character no font has
    hanging_punctuation: bool = False  # line-end ，。、 hang past the measure (most publications do not)
    facsimile: bool = False  # print each scanned article's facsimile (its piece of the page) above its text
    # An article whose page image is missing or damaged: "stop" (say which, write nothing) or "skip"
    # (print it without its facsimile), chosen by the user once told.
    missing_facsimile: str = "stop"
    # What the reference is introduced with: an export is set as the Chinese publication it is made
    # for; the English window's clipboard copy says it in English (gui.editing).
    citation_label: str = "引用："
    title: str = ""
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)

    def validated(self) -> ExportOptions:
        paper_size(self.paper)
        if self.columns not in (1, 2):
            raise ValidationError("columns must be 1 or 2")
        if not 6 <= self.font_size <= 24:
            raise ValidationError("font size must be between 6 and 24 points")
        if self.leading and not self.font_size <= self.leading <= 3 * self.font_size:
            raise ValidationError("leading must be between 1 and 3 times the font size")
        if not 5 <= self.margin_mm <= 60:
            raise ValidationError("margins must be between 5 and 60 mm")
        if not 0 <= self.bleed_mm <= 10:
            raise ValidationError("bleed must be between 0 and 10 mm")
        if self.script not in SCRIPTS:
            raise ValidationError(f"script must be one of {', '.join(SCRIPTS)}")
        if self.reference not in REFERENCES:
            raise ValidationError(f"reference must be one of {', '.join(REFERENCES)}")
        if self.order not in ORDERS:
            raise ValidationError(f"order must be one of {', '.join(ORDERS)}")
        if self.missing_facsimile not in ("stop", "skip"):
            raise ValidationError("missing facsimile must be 'stop' or 'skip'")
        if self.missing_glyphs not in ("error", "geta"):
            raise ValidationError("missing glyphs must be 'error' or 'geta'")
        w, h = paper_size(self.paper)
        if min(w, h) - 2 * self.margin_mm * mm < 40 * mm:
            raise ValidationError(f"margins of {self.margin_mm:g} mm leave too little room on {self.paper}")
        if self.crop_marks and not self.bleed_mm:
            return replace(self, bleed_mm=3.0)
        return self

    @property
    def line_gap(self) -> float:
        return self.leading or round(self.font_size * 1.75, 2)
