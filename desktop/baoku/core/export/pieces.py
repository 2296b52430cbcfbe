"""What a set line is made of: the metrics of a face, a paragraph's setting, the pieces of a line
(an atom with its width, squeeze and place) and the space the clreq rules put between two of them.
Pure arithmetic: no ReportLab here (see compose)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from .linebreak import Atom

EPS = 1e-6
HANGABLE = set("，。、．,.")
MID_SQUEEZE = 0.2  # em a mark inside the line may give when the line is pushed in
LOOSE = 2.0  # em of room at a line end beyond which a Latin word is hyphenated into it
LATIN_LOOSE = 1.0  # the same in a Latin-script paragraph, whose only stretch is its word spaces
MAX_SPREAD = 1.0  # em per gap: looser than this, a line is set flush left
MIN_HEAD = 4  # characters of a long number cut at the end of a line that holds text before it
# A centred mark (UMing's 。、) cut to half width gives this share of the cut on its left: its
# outline still fits the half, and its glyph box overlaps the glyph before by under 0.2 em, the
# overlap beyond which text extractors (poppler) take it for a new line.
LEFT_SHARE = 0.36
# A mark cut by more than this (em) is drawn from the half-width face: its glyph box then fits its
# place. Cut by less, the full box overlaps the next glyph by under 0.25 em, which extractors
# accept, where the half box would leave a gap they read as a space.
HALF_FACE = 0.25


@dataclass(frozen=True)
class Metrics:
    """What the composer needs of the fonts, for one size and role."""

    size: float
    width: Callable[[str], float]  # advance of a string, in points
    ink: Callable[[str], tuple[float, float]]  # outline's left and right edge of a character, in em
    face: Callable[[str], str] = lambda ch: ""  # which face draws a character


@dataclass(frozen=True)
class Setting:
    align: str = "justify"  # justify, left, center, right
    hanging: bool = False
    words: bool = False  # break only between words (headlines)
    balance: bool = False  # even the lines' lengths (headlines)
    min_last: int = 2  # characters a paragraph's last line keeps, when the line before can give
    han_latin: float = 0.25  # em between Han and Latin
    latin: bool = False  # a Latin-script paragraph: broken at spaces, hyphenated in its language
    lang: str = "en"  # the paragraph's language, for hyphenation


@dataclass(slots=True)
class Piece:
    """An atom as set: its drawn text, its width on the line and where its glyphs start."""

    text: str  # drawn (a hyphenated word's part ends with "-")
    kind: str
    width: float  # advance on the line, after compression
    shift: float = 0.0  # glyph origin relative to the piece's place (negative: left half cut)
    squeeze_end: float = 0.0  # what it may still give at a line end
    squeeze_mid: float = 0.0  # what it may still give inside a line
    start: int = 0  # offset of its first character in the paragraph
    end: int = 0
    x: float = 0.0  # place on the line, set by `justify`
    half: bool = False  # drawn from the face whose full-width marks are half wide (set by `justify`)


@dataclass
class SetLine:
    pieces: list[Piece]
    start: int  # offset of the line's first character in the paragraph
    end: int
    last: bool  # the paragraph's last line
    width: float = 0.0  # natural width (what `justify` started from)
    text: str = ""  # the paragraph's characters on this line (a hyphen is not among them)
    units: list[list[Piece]] = field(default_factory=list, repr=False)

    @property
    def hyphen(self) -> bool:
        return bool(self.pieces) and self.pieces[-1].kind == Atom.LATIN and \
            self.pieces[-1].text.endswith("-") and not self.text.endswith("-")


PUNCT = (Atom.OPEN, Atom.CLOSE, Atom.MID)


def _is_han(p: Piece) -> bool:
    return p.kind == Atom.HAN  # not a dash: 「R&D——」 takes no space


def gap(a: Piece, b: Piece, quarter: float) -> float:
    """Space between two pieces side by side on a line: `quarter` (1/4 em) between Han and Latin."""
    if (_is_han(a) and b.kind == Atom.LATIN) or (a.kind == Atom.LATIN and _is_han(b)):
        return quarter
    return 0.0


def _cut(p: Piece, amount: float, shift: float) -> None:
    p.width -= amount
    p.shift += shift
    p.squeeze_end = p.squeeze_mid = 0.0


@cache
def _side_cache(ink: tuple[float, float]) -> str:
    x0, x1 = ink
    if x1 <= 0.52:
        return "right"  # ink in the left half: the right half is empty
    if x0 >= 0.48:
        return "left"
    if x0 >= 0.24 and x1 <= 0.76:
        return "both"
    return ""


def _empty_side(ch: str, m: Metrics) -> str:
    return _side_cache(m.ink(ch[-1] if ch else " "))
