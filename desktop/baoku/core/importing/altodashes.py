"""The dashes an ALTO's text lost: Chronicling America's older OCR text (the Evening Star's pages of
1859-1920 in the Library of Congress's batch) holds no character past ASCII, and every one it could
not write is a question mark. Its em dashes are among them: a run-in head's (OPERATIONS OF THE
PATENT OFFICE.?The), a dateline's (RALEIGH, N. C., Sept. 29.?A convention), a deck's (Cattle Plague
Increasing?The), a list's (Mass.?For improvement). So a dateline did not read as one, the head
over it did not open its story, and the words either side were one word to the search. On a page
whose text is ASCII only, a question mark glued to a word's end (a small letter, a figure, a full
stop or comma; or any word's, a space between) and to a capitalised word after it is that dash: a
question ends its sentence and a space follows it (nor is a capital before it a word's end:
PHII?AI'F.LPHIA, a letter lost inside a word)."""

from __future__ import annotations

import re

from ..script import SOFT_HYPHEN
from .altostyles import AltoLine

DASH = "\u2014"
LOST = re.compile(r"(?:(?<=[a-z0-9.,])|(?<=[\w.,] ))\?(?=['\"]?[A-Z](?:[a-z]|\s|$))")


def ascii_only(lines: list[AltoLine]) -> bool:
    """The page's text holds no character past ASCII (a writer that could not spell the rest), but
    the soft hyphens the reader puts in for its HYP elements."""
    return all(ch.isascii() or ch == SOFT_HYPHEN for ln in lines for ch in ln.text)


def dashes_restored(lines: list[AltoLine]) -> None:
    """Each lost em dash read as the dash again (in the line's text and its character), in place;
    only on a page whose text is ASCII only."""
    if not ascii_only(lines):
        return
    for ln in lines:
        found = [m.start() for m in LOST.finditer(ln.text)]
        if not found:
            continue
        ln.text = "".join(DASH if k in found else ch for k, ch in enumerate(ln.text))
        marks = [k for k, ch in enumerate(ln.text) if not ch.isspace()]  # the characters are the text's glyphs
        for n, k in enumerate(marks[:len(ln.chars)]):
            if k in found and ln.chars[n].text == "?":
                ln.chars[n].text = DASH
