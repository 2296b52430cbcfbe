"""A PDF text layer's characters as a reader would count them: a paper's e-paper PDF draws some
text more than once (a head's drop shadow a little right and down of it, its outline stroked over
its fill, an invisible OCR layer left over vector text), and spells some characters in ways that
are no text (ligatures; a font with no ToUnicode map, whose glyphs pdfminer calls (cid:N) or
guesses from its byte codes; a font mapping characters into the Private Use Area)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex as re

from ..ocr.page import OcrChar

TWICE = 0.15  # a copy of a character this many of its sizes from it (either way) is that one drawn again
SIZES = 0.1  # ... when their sizes differ by this share at the most


@dataclass
class SizedChar(OcrChar):
    """A text layer's character: its box and its type size (pixels), which the PDF says; the
    layout stage takes it for the size it would measure on the ink (`layout.typesize`)."""

    size: float = 0.0
    glyph: str = ""  # a character with no Unicode value (U+FFFD): its font and code (`marked_unread`)


_CID = re.compile(r"^\(cid:\d+\)$")
_UNREAD = re.compile(r"[\p{Co}\ufffd\x00-\x08\x0e-\x1f\ud800-\udfff]")


def drawn_once(chars: list[dict]) -> list[dict]:
    """The characters with every copy of one drawn again over or just beside it left out (the same
    text, the same size, within TWICE of its size both across and down): the copy drawn last is
    kept (a shadow is drawn first, under the type). A character set again a character's width
    on (谢谢) is another character."""
    cell = 8.0  # points: a grid, so that each character is compared with its neighbours only
    kept: dict[tuple, list[int]] = {}
    out: list[dict | None] = []
    for c in reversed(chars):  # the last drawn first
        text = c.get("text", "")
        if not text.strip():
            out.append(c)
            continue
        size = c.get("size") or (c["bottom"] - c["top"]) or 1.0
        gx, gy = int(c["x0"] // cell), int(c["top"] // cell)
        reach = int(TWICE * size // cell) + 1
        again = False
        for kx in range(gx - reach, gx + reach + 1):
            for ky in range(gy - reach, gy + reach + 1):
                for k in kept.get((text, kx, ky), ()):
                    o = out[k]
                    osize = o.get("size") or (o["bottom"] - o["top"]) or 1.0
                    if abs(osize - size) <= SIZES * max(size, osize) and abs(o["x0"] - c["x0"]) <= TWICE * size \
                            and abs(o["top"] - c["top"]) <= TWICE * size:
                        again = True
                        break
                if again:
                    break
            if again:
                break
        if again:
            continue
        kept.setdefault((text, gx, gy), []).append(len(out))
        out.append(c)
    return [c for c in reversed(out) if c is not None]


def unread(text: str) -> bool:
    """Whether a text-layer character's text is no character: a glyph with no Unicode value
    ((cid:N), U+FFFD, a control code) or one in the Private Use Area (a font's own code)."""
    return bool(_CID.match(text) or _UNREAD.search(text))


def spelt(text: str) -> str:
    """A character's text as the reader reads it: a ligature (ﬁ, ﬂ) or a presentation form as
    its letters (NFKC), anything else as it is."""
    if len(text) == 1 and ("\ufb00" <= text <= "\ufb4f"):
        return unicodedata.normalize("NFKC", text)
    return text


def unmapped_fonts(page) -> set[str]:
    """The names of a pdfplumber page's fonts whose characters pdfminer cannot know: no ToUnicode
    map, and either a composite font (its codes glyph numbers) or a symbolic simple one with no
    encoding (its codes the font's own: pdfminer's guess from them, ‰ or ƒ, is no text)."""
    from pdfminer.pdftypes import resolve1

    out: set[str] = set()
    try:
        fonts = resolve1(resolve1(page.page_obj.resources or {}).get("Font")) or {}
        for ref in fonts.values():
            font = resolve1(ref)
            if not isinstance(font, dict) or "ToUnicode" in font:
                continue
            kind = str(font.get("Subtype", ""))
            desc = resolve1(font.get("FontDescriptor")) or {}
            symbolic = int(resolve1(desc.get("Flags", 0)) or 0) & 4 if isinstance(desc, dict) else 0
            if "Type0" in kind or (symbolic and font.get("Encoding") is None):
                out.add(_name(font.get("BaseFont")))
    except Exception:  # noqa: BLE001 - a damaged resource dictionary: its characters as pdfminer reads them
        return out
    return out


def _name(base) -> str:
    name = getattr(base, "name", base)
    return name.decode("latin-1") if isinstance(name, bytes) else str(name)


def marked_unread(chars: list[dict], unmapped: set[str]) -> list[dict]:
    """The characters with each one that is no character (`unread`, or of an unmapped font) as
    U+FFFD, what it was kept as its glyph ("glyph": its font and code, the same glyph wherever
    it stands, so that what it is read as once is what it is everywhere); ligatures spelt out."""
    out = []
    for c in chars:
        text = c.get("text", "")
        if text.strip() and (unread(text) or c.get("fontname") in unmapped):
            out.append({**c, "text": "\ufffd", "glyph": f"{c.get('fontname', '')}|{text}"})
        elif text and spelt(text) != text:
            out.append({**c, "text": spelt(text)})
        else:
            out.append(c)
    return out
