"""The bundled fonts, registered with ReportLab, and per-character fallback between them.

Every string the exporter draws goes through `FontSet.runs`, which splits it into runs of one face.
A role (serif text, sans display) has two chains: Latin letters, digits and Western marks are set in
a proportional Latin face first (Liberation), everything else in the role's CJK face first (UMing,
Droid Sans Fallback); each chain falls back through the other faces and ends with Hanazono Mincho
A and B, which cover CJK Extensions B to F (𠮷 𬌗). Those two are large and loaded only when a
character no other face has is printed, or a Han character the Ming face lacks in serif text (a
Mincho glyph beside Ming ones, not the sans). A character no face has is never drawn as tofu:
`FontSet.check` names it before anything is written.
"""

from __future__ import annotations

import struct
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ..coded import Coded
from ..errors import MissingGlyphs, ValidationError
from ..paths import resources_dir
from ..script import IGNORABLE
from .linebreak import CLOSING, OPENING, is_cjk

SERIF_FILE = "uming.ttc"
SANS_FILE = "DroidSansFallbackFull.ttf"
LATIN_SERIF_FILE = "LiberationSerif-Regular.ttf"
LATIN_SANS_FILE = "LiberationSans-Regular.ttf"
RARE_FILES = ("HanaMinA.ttf", "HanaMinB.ttf")  # CJK Extension A-F, Unicode 10 additions
# AR PL UMing faces in uming.ttc: glyph shapes follow each region's standard.
SERIF_FACES = {"cn": 0, "hk": 1, "tw": 2}
GETA = "〓"  # the typesetter's mark for a character the fonts lack


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def bundled_font_paths() -> list[Path]:
    """The font files the app ships; the GUI loads the same files."""
    return [fonts_dir() / SERIF_FILE, fonts_dir() / SANS_FILE]


_lock = threading.Lock()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """A subset's ToUnicode CMap, characters beyond the BMP written as UTF-16 surrogate pairs.

    ReportLab's own writes every code point as four hex digits, so 𠮷 (U+20BB7) came back from
    the PDF as ₻ (U+20BB): the page showed the right glyph and copy, search and text extraction
    got the wrong character. Entries go in blocks of 100, as the CMap format allows.
    """
    def utf16(cp: int) -> str:
        return chr(cp).encode("utf-16-be", "surrogatepass").hex().upper()

    entries = [f"<{i:02X}> <{utf16(cp)}>" for i, cp in enumerate(subset)]
    blocks = []
    for n in range(0, len(entries), 100):
        chunk = entries[n:n + 100]
        blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        f"/CIDSystemInfo << /Registry ({fontname}) /Ordering ({fontname}) /Supplement 0 >> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        *blocks, "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # used by TTFont.addObjects for every subset


@cache
def _register(name: str, filename: str, index: int, half: bool = False) -> TTFont:
    path = fonts_dir() / filename
    if not path.is_file():
        raise ValidationError(Coded("font_missing", path=str(path)))
    with _lock:
        try:
            font = TTFont(name, str(path), subfontIndex=index)
        except (struct.error, ttfonts.TTFError, OSError, ValueError, IndexError, KeyError) as e:
            # (ReportLab's reader fails where the bytes run out or make no sense, in its own words)
            # A font file cut short or overwritten (a disk error, an install interrupted): one line,
            # as for a missing one; it was a struct.error traceback out of ReportLab's reader.
            raise ValidationError(Coded("font_damaged", path=str(path), reason=f"{type(e).__name__}: {e}")) from None
        if half:
            # ReportLab maps a second font of the same face name onto the first: rename it
            # (its PDF BaseFont says what it is).
            font.face.name = font.face.name + b"-Half"
            widths = font.face.charWidths
            for ch in OPENING | CLOSING:
                if ord(ch) in widths:
                    widths[ord(ch)] = widths[ord(ch)] / 2
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

    def ink(self, ch: str) -> tuple[float, float]:
        """Left and right edge of the glyph's outline, in em from its origin (its glyf box)."""
        face = self.font.face
        gid = face.charToGlyph.get(ord(ch))
        if gid is None or face.glyphPos[gid] == face.glyphPos[gid + 1]:
            return 0.0, 0.0  # no outline (a space)
        at = face.get_table_pos("glyf")[0] + face.glyphPos[gid]
        x_min, x_max = struct.unpack(">hxxh", face._ttf_data[at + 2:at + 8])
        return x_min / face.unitsPerEm, x_max / face.unitsPerEm


@cache
def _face(name: str, filename: str, index: int) -> Face:
    font = _register(name, filename, index)
    return Face(name, font, frozenset(font.face.charToGlyph), dict(font.face.charWidths))


@cache
def _half_face(name: str, filename: str, index: int) -> Face:
    """The face again, its full-width marks declared half wide in the PDF's width array: a mark
    set half wide is drawn from it, so its glyph box is the room it takes and text extractors read
    the line as one (the outline is the same; its empty half is simply not advanced over)."""
    font = _register(name, filename, index, half=True)
    return Face(name, font, frozenset(font.face.charToGlyph), dict(font.face.charWidths))


def is_latin(ch: str) -> bool:
    """Set in the Latin face: Latin, Greek and Cyrillic letters, digits and Western marks,
    super- and subscripts (CO₂), letterlike symbols the CJK faces lack (™). Full-width forms,
    “ ” ‘ ’ (full-width in Chinese text), the dashes and · stay in the CJK face."""
    o = ord(ch)
    return (o < 0x2000 and ch != "·") or 0x2070 <= o <= 0x209F or o in (0x2122, 0x2116)


def _rare_faces(ch: str) -> tuple[Face, ...]:
    """Hanazono Mincho A and B, loaded on the first character only they have (a CJK ideograph
    or symbol beyond what the main faces cover)."""
    if ord(ch) < 0x2E80:
        return ()
    return tuple(_face(f"BaokuRare{n}", f, 0) for n, f in enumerate(RARE_FILES))


def _invisible(ch: str) -> bool:
    """Control and format characters and the variation selectors, the ideographic ones too
    (script.IGNORABLE), need no glyph: the character before a selector is printed as the face has
    it."""
    return unicodedata.category(ch) in ("Cf", "Cc") or IGNORABLE.match(ch) is not None


class FontSet:
    """The faces for one export: a serif for text and a sans for display, each falling back."""

    SERIF = "serif"
    SANS = "sans"
    # A Latin-script article's roles: everything the Latin faces have (dashes, quotes, …) is set
    # in them; the CJK faces stand behind for what they lack.
    SERIF_LATIN = "serif-latin"
    SANS_LATIN = "sans-latin"

    def __init__(self, region: str = "cn", missing: str = "error"):
        if region not in SERIF_FACES:
            raise ValidationError(f"font region must be one of {', '.join(SERIF_FACES)}")
        if missing not in ("error", "geta"):
            raise ValidationError("missing glyphs: choose 'error' or 'geta' (〓)")
        serif = _face(f"BaokuSerif-{region.upper()}", SERIF_FILE, SERIF_FACES[region])
        sans = _face("BaokuSans", SANS_FILE, 0)
        latin_serif = _face("BaokuLatinSerif", LATIN_SERIF_FILE, 0)
        latin_sans = _face("BaokuLatinSans", LATIN_SANS_FILE, 0)
        self.chains = {self.SERIF: (serif, sans, latin_serif), self.SANS: (sans, serif, latin_sans)}
        self._halves = {serif.name: (f"{serif.name}-Half", SERIF_FILE, SERIF_FACES[region]),
                        sans.name: ("BaokuSans-Half", SANS_FILE, 0)}
        self.latin_chains = {self.SERIF: (latin_serif, serif, sans), self.SANS: (latin_sans, sans, serif)}
        for role, base in ((self.SERIF_LATIN, self.SERIF), (self.SANS_LATIN, self.SANS)):
            self.chains[role] = self.latin_chains[role] = self.latin_chains[base]
        self.missing_policy = missing
        self._widths: dict[tuple[str, str], float] = {}
        self._faces: dict[tuple[str, str], Face | None] = {}
        self._inks: dict[tuple[str, str], tuple[float, float]] = {}
        self.layouts: dict = {}  # paragraphs already set in this export (a booklet is laid out twice)

    def name(self, role: str) -> str:
        return self.chains[role][0].name

    def face_for(self, ch: str, role: str) -> Face | None:
        key = (role, ch)
        if key in self._faces:
            return self._faces[key]
        chain = (self.latin_chains if is_latin(ch) else self.chains)[role]
        if role == self.SERIF and is_cjk(ch) and not chain[0].has(ch):
            # A Han character the Ming face lacks (爲 in UMing) is set in the other Ming faces
            # (Hanazono Mincho) before the sans: a character's face follows its script and the
            # text's style, never a 黑体 glyph among 宋体 ones.
            chain = (chain[0], *_rare_faces(ch), *chain[1:])
        found = next((f for f in chain if f.has(ch)), None) or next(
            (f for f in _rare_faces(ch) if f.has(ch)), None)
        self._faces[key] = found
        return found

    def missing(self, text: str) -> set[str]:
        """Characters of `text` that no bundled face can draw."""
        return {ch for ch in set(text)
                if not ch.isspace() and not _invisible(ch) and self.face_for(ch, self.SERIF) is None}

    def face_name(self, ch: str, role: str) -> str:
        return self._drawn(ch, role)[1].name

    def half_name(self, ch: str, role: str) -> str | None:
        """The half-width face of the face drawing the mark `ch`, registered on first use."""
        face = self.face_for(ch, role)
        spec = self._halves.get(face.name) if face is not None else None
        return _half_face(*spec).name if spec else None

    def ink(self, ch: str, role: str) -> tuple[float, float]:
        """Where the outline of `ch` lies across its advance, in em, in the face that draws it."""
        key = (role, ch)
        found = self._inks.get(key)
        if found is None:
            drawn, face = self._drawn(ch, role)
            found = self._inks[key] = face.ink(drawn)
        return found

    def check(self, texts: dict[str, str]) -> None:
        """Refuse, naming the characters, when some text has a character no face can draw.

        `texts` maps a label (such as 「文章 12」) to the text printed for it. With the 'geta'
        policy, such characters are printed as 〓 instead, as typesetters do.
        """
        if self.missing_policy == "geta":
            return
        problems = [(label, chars) for label, text in texts.items() if (chars := sorted(self.missing(text)))]
        if problems:
            raise MissingGlyphs(problems)

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
