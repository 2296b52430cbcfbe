"""Type for the drawn pages (tests/newspage.py, tests/verticalpage.py): the bundled fonts, text
wrapped to a width, paragraphs run down columns, and columns balanced to end level.

BAOKU_FACES draws the pages in other faces, to measure whether the layout holds for type it was
not tuned on (issue 30, brief full51g): `role=path[#index]` pairs parted by commas, the roles
body (text, captions, folio), head (headlines, bold heads), deck (kicker and subhead), byline
(bylines and signatures) and label (column labels); a role not named takes the face of the one
it falls back to (deck: body; byline: deck; label: head), or the bundled font. Unset, every page
is drawn as it always was, byte for byte. The fonts named are the measurer's, never the repo's."""

from __future__ import annotations

import os
from functools import lru_cache

from .scanpage import FONTS

FALLBACK = {"body": (), "head": (), "deck": ("body",), "byline": ("deck", "body"), "label": ("head",)}
BYLINES = ("byline", "signature")


@lru_cache(maxsize=8)
def faces(spec: str) -> dict[str, tuple[str, int]]:
    """BAOKU_FACES read: each role's font file and its index in a collection."""
    out = {}
    for pair in filter(None, (p.strip() for p in spec.split(","))):
        role, _, path = pair.partition("=")
        if role not in FALLBACK or not path:
            raise ValueError(f"BAOKU_FACES: {pair!r} is not role=path (roles: {', '.join(FALLBACK)})")
        path, _, index = path.partition("#")
        out[role] = (path, int(index or 0))
    return out


def typeface(name: str, size: int, role: str = ""):
    """The bundled font `name` at `size`, or, under BAOKU_FACES, the face its role is given (by
    default a sans font's role is head, any other's body)."""
    from PIL import ImageFont

    chosen = faces(os.environ.get("BAOKU_FACES", ""))
    role = role or ("head" if name.startswith("Droid") else "body")
    for r in (role, *FALLBACK[role]):
        if r in chosen:
            return ImageFont.truetype(chosen[r][0], size, index=chosen[r][1])
    return ImageFont.truetype(str(FONTS / name), size)



def wrap(text: str, font, width: int, indent: str = "") -> list[str]:
    out, line = [], indent
    for ch in text:
        if line and font.getlength(line + ch) > width:
            if ch in "，。、；：？！”」』）》" and len(line) > 1:  # 避头: a mark never starts a line
                out.append(line[:-1])
                line = line[-1]
            else:
                out.append(line)
                line = ""
        line += ch
    out.append(line)
    return out



def flow(items, font, widths, caps) -> tuple[list[list[str]], bool]:
    """Paragraphs (text, indent) run down columns of these widths, at most `caps` lines each; the
    columns' lines, and whether all of it went in."""
    cols: list[list[str]] = [[] for _ in widths]
    i = pos = 0
    for k, (w, cap) in enumerate(zip(widths, caps)):
        while len(cols[k]) < cap and i < len(items):
            text, indent = items[i]
            line = indent if pos == 0 else ""
            while pos < len(text) and not (line.strip() and font.getlength(line + text[pos]) > w):
                line += text[pos]
                pos += 1
            if pos < len(text) and text[pos] in "，。、；：？！”」』）》" and len(line) > 1:  # 避头
                line, pos = line[:-1], pos - 1
            cols[k].append(line)
            if pos >= len(text):
                i, pos = i + 1, 0
    return cols, i >= len(items)



def balance(n: int, tops: list[int], lead: int) -> list[int]:
    """How many lines each column holds so that the columns end level."""
    lo, hi = max(tops), max(tops) + (n + 1) * lead
    while lo < hi:  # the lowest common bottom that holds every line
        mid = (lo + hi) // 2
        if sum(max(0, (mid - t) // lead) for t in tops) >= n:
            hi = mid
        else:
            lo = mid + 1
    counts = [max(0, (lo - t) // lead) for t in tops]
    extra = sum(counts) - n
    for k in reversed(range(len(counts))):  # the last column is the short one
        take = min(extra, counts[k])
        counts[k] -= take
        extra -= take
    return counts


def head_lines(text: str, font, width: int, two_line: bool) -> list[str]:
    words = text.split(" ")
    if two_line and len(words) >= 2:
        mid = len(words) // 2
        return [" ".join(words[:mid]), " ".join(words[mid:])]
    if two_line or font.getlength(text) > width:
        half = len(text) // 2
        return [text[:half], text[half:]] if font.getlength(text[:half]) <= width else wrap(text, font, width)
    return [text]

