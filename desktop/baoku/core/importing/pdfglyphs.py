"""A PDF text layer's characters as a reader would count them: a paper's e-paper PDF draws some
text more than once (a head's drop shadow a little right and down of it, its outline stroked over
its fill, an invisible OCR layer left over vector text), and spells some characters in ways that
are no text (ligatures; a font with no ToUnicode map, whose glyphs pdfminer calls (cid:N) or
guesses from its byte codes; a font mapping characters into the Private Use Area)."""

from __future__ import annotations

import unicodedata

import regex as re

TWICE = 0.15  # a copy of a character this many of its sizes from it (either way) is that one drawn again
SIZES = 0.1  # ... when their sizes differ by this share at the most
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
