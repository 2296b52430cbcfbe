"""The bundled CJK fonts, registered with ReportLab, and per-character fallback between them.

Every string the exporter draws goes through `FontSet.runs`, which splits it into runs of one face:
the role's own face where it has the glyph, the other bundled face where only that one has it. A
character no face has is never drawn as tofu: `FontSet.check` names it before anything is written.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..errors import ValidationError
from ..paths import resources_dir

SERIF_FILE = "uming.ttc"
SANS_FILE = "DroidSansFallbackFull.ttf"
# AR PL UMing faces in uming.ttc: glyph shapes follow each region's standard.
SERIF_FACES = {"cn": 0, "hk": 1, "tw": 2}
GETA = "〓"  # the typesetter's mark for a character the fonts lack


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def bundled_font_paths() -> list[Path]:
    """The font files the app ships; the GUI loads the same files."""
    return [fonts_dir() / SERIF_FILE, fonts_dir() / SANS_FILE]


_lock = threading.Lock()


@cache
def _register(name: str, filename: str, index: int) -> TTFont:
    path = fonts_dir() / filename
    if not path.is_file():
        raise ValidationError(f"bundled font missing: {path} (reinstall Baoku)")
    with _lock:
        font = TTFont(name, str(path), subfontIndex=index)
        pdfmetrics.registerFont(font)
    return font


@dataclass(frozen=True)
class Face:
    name: str
    font: TTFont
    glyphs: frozenset[int]
    widths: dict  # code point -> advance in 1/1000 em

    def has(self, ch: str) -> bool:
        return ord(ch) in self.glyphs


@cache
def _face(name: str, filename: str, index: int) -> Face:
    font = _register(name, filename, index)
    return Face(name, font, frozenset(font.face.charToGlyph), dict(font.face.charWidths))


def _invisible(ch: str) -> bool:
    """Format characters (zero-width space, joiners, variation selectors) need no glyph."""
    return unicodedata.category(ch) in ("Cf", "Cc") or 0xFE00 <= ord(ch) <= 0xFE0F


class FontSet:
    """The faces for one export: a serif for text and a sans for display, each falling back."""

    SERIF = "serif"
    SANS = "sans"

    def __init__(self, region: str = "cn", missing: str = "error"):
        if region not in SERIF_FACES:
            raise ValidationError(f"font region must be one of {', '.join(SERIF_FACES)}")
        if missing not in ("error", "geta"):
            raise ValidationError("missing glyphs: choose 'error' or 'geta' (〓)")
        serif = _face(f"BaokuSerif-{region.upper()}", SERIF_FILE, SERIF_FACES[region])
        sans = _face("BaokuSans", SANS_FILE, 0)
        self.chains = {self.SERIF: (serif, sans), self.SANS: (sans, serif)}
        self.missing_policy = missing
        self._widths: dict[tuple[str, str], float] = {}

    def name(self, role: str) -> str:
        return self.chains[role][0].name

    def face_for(self, ch: str, role: str) -> Face | None:
        for face in self.chains[role]:
            if face.has(ch):
                return face
        return None

    def missing(self, text: str) -> set[str]:
        """Characters of `text` that no bundled face can draw."""
        serif, sans = self.chains[self.SERIF]
        return {ch for ch in set(text)
                if not ch.isspace() and not _invisible(ch) and not serif.has(ch) and not sans.has(ch)}

    def check(self, texts: dict[str, str]) -> None:
        """Refuse, naming the characters, when some text has a character no face can draw.

        `texts` maps a label (such as 「文章 12」) to the text printed for it. With the 'geta'
        policy, such characters are printed as 〓 instead, as typesetters do.
        """
        if self.missing_policy == "geta":
            return
        problems = []
        for label, text in texts.items():
            chars = sorted(self.missing(text))
            if chars:
                listed = " ".join(f"{c} (U+{ord(c):04X})" for c in chars[:12])
                more = f" and {len(chars) - 12} more" if len(chars) > 12 else ""
                problems.append(f"{label}: {listed}{more}")
        if problems:
            raise ValidationError(
                "the bundled fonts have no glyph for: " + "; ".join(problems)
                + ". Nothing was written. Export with missing glyphs set to 〓 to mark them instead.")

    def runs(self, text: str, role: str) -> list[tuple[str, str]]:
        """`text` as (font name, substring) runs, each drawable in that font."""
        out: list[tuple[str, str]] = []
        for ch in text:
            if _invisible(ch):
                continue
            ch, face = self._drawn(ch, role)
            if out and out[-1][0] == face.name:
                out[-1] = (face.name, out[-1][1] + ch)
            else:
                out.append((face.name, ch))
        return out

    def width(self, text: str, role: str, size: float) -> float:
        """Advance width of `text` at `size` points, each character in the face that draws it."""
        total = 0.0
        cache = self._widths
        for ch in text:
            key = (role, ch)
            w = cache.get(key)
            if w is None:
                w = self._char_width(ch, role)
                cache[key] = w
            total += w
        return total * size / 1000.0

    def _char_width(self, ch: str, role: str) -> float:
        if _invisible(ch):
            return 0.0
        ch, face = self._drawn(ch, role)
        return float(face.widths.get(ord(ch), face.font.face.defaultWidth))

    def _drawn(self, ch: str, role: str) -> tuple[str, Face]:
        """What is really drawn for `ch`, and in which face: 〓 when no face has it."""
        face = self.face_for(ch, role)
        if face is not None:
            return ch, face
        chain = self.chains[role]
        return GETA, chain[0] if chain[0].has(GETA) else chain[1]
