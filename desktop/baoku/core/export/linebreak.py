"""Chinese line breaking: 避头尾 (kinsoku) and unbreakable Latin and number runs; Latin-script
paragraphs break at their spaces only.

Pure text: this module cuts a paragraph into atoms and glues them into units; `compose` gives them
widths and sets the lines.

A paragraph is cut into *units* that may not be broken inside:
- one CJK character;
- a Latin word or number with its inner marks, such as ``R&D``, ``2.5%``, ``1867.4``, ``www.a.cn``,
  or a URL (``https://a.cn/x_y``), which only `compose` may break, at its own marks; glued to the character after a number (``2023年``, ``5版``);
- a run of dashes or ellipses (——, ……);
- a space, where a line may break.

Then punctuation is glued: a mark that may not start a line joins the unit before it, a mark that may
not end a line joins the unit after it. A greedy fill over units can then never put a closing mark
at the start of a line or an opening mark at its end.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..script import is_cjk

# Marks that may not start a line (行首禁则), full- and half-width.
NO_START = set("，。、；：？！）》」』】〕〉｝］〗”’…‥·・％‰℃"
               ",.;:?!)]}%>")
# Marks that may not end a line (行尾禁则).
NO_END = set("（《「『【〔〈｛［〖“‘([{<")

_LATIN = r"[A-Za-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u2070-\u209f\u2122\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"
_URL = r"(?:https?://|ftp://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+;=%]*[A-Za-z0-9/#=\-_~]"
_ATOM = re.compile(
    rf"(?P<url>{_URL})"
    rf"|(?P<word>{_LATIN}+(?:[.,:/&'’\-+_@#~]{_LATIN}+)*[%‰]?)"
    r"|(?P<dash>[—―]+|…+|‥+)"
    r"|(?P<space>[ \t\r\n\u3000]+)"
    r"|(?P<char>.)",
    re.S,
)
_DIGITS = re.compile(r"[0-9\uff10-\uff19]")
# Full-width marks by the side they close (clreq's classes: opening and closing brackets,
# pause and stop marks with the closing ones; · and the like in the middle).
OPENING = set("（《「『【〔〈｛［〖〘“‘")
CLOSING = set("，。、；：？！）》」』】〕〉｝］〗〙”’．")
MIDDLE = set("·・")


@dataclass(frozen=True)
class Atom:
    """The smallest thing set on a line: a character, a Latin word or URL, a dash run, a space."""

    HAN, OPEN, CLOSE, MID, LATIN, DASH, SPACE, OTHER = (
        "han", "open", "close", "mid", "latin", "dash", "space", "other")
    kind: str
    text: str
    start: int  # offset in the paragraph


def _char_kind(s: str) -> str:
    if s in OPENING:
        return Atom.OPEN
    if s in CLOSING:
        return Atom.CLOSE
    if s in MIDDLE:
        return Atom.MID
    if is_cjk(s) or unicodedata.east_asian_width(s) in "WF":
        return Atom.HAN
    return Atom.OTHER


_KINDS: dict[str, str] = {}
_GROUP_KIND = {"url": Atom.LATIN, "word": Atom.LATIN, "dash": Atom.DASH, "space": Atom.SPACE}


def _atoms(text: str) -> list[Atom]:
    out = []
    kinds = _KINDS
    for m in _ATOM.finditer(text):
        group, s = m.lastgroup, m.group()
        kind = _GROUP_KIND.get(group)
        if kind is None:
            kind = kinds.get(s)
            if kind is None:
                kind = kinds[s] = _char_kind(s)
        out.append(Atom(kind, s, m.start()))
    return out


def tokens(text: str, words: bool = False, latin: bool = False) -> list[list[Atom]]:
    """The paragraph as units that may not be broken inside, punctuation glued by the kinsoku
    rules; with `words`, also never inside a word (rjieba), as headlines are broken. With `latin`
    (a Latin-script paragraph), as Western text breaks: only at spaces, each run between spaces
    (a word with its quotes, brackets and stops) one unit."""
    atoms = _atoms(text)
    if latin:
        out: list[list[Atom]] = []
        for a in atoms:
            if a.kind == Atom.SPACE or not out or out[-1][-1].kind == Atom.SPACE:
                out.append([a])
            else:
                out[-1].append(a)
        return out
    # A number holds on to the character after it: 2023年, 5版, 30岁.
    groups: list[list[Atom]] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if (a.kind == Atom.LATIN and _DIGITS.search(a.text[-1]) and i + 1 < len(atoms)
                and atoms[i + 1].kind == Atom.HAN):
            groups.append([a, atoms[i + 1]])
            i += 2
            continue
        groups.append([a])
        i += 1
    out: list[list[Atom]] = []
    pending: list[Atom] = []  # opening marks waiting for what they open
    for g in groups:
        first = g[0]
        if first.kind == Atom.SPACE:
            if pending:  # an opening mark before a space: keep it with what came before
                _append_to_last(out, pending)
                pending = []
            out.append(g)
            continue
        if first.text in NO_END:
            pending += g
            continue
        closing = (first.text in NO_START and len(g) == 1) or (
            first.kind == Atom.DASH and first.text[0] in "…‥")
        if closing and out and out[-1][0].kind != Atom.SPACE and not pending:
            out[-1] = out[-1] + g
            continue
        out.append(pending + g)
        pending = []
    if pending:
        _append_to_last(out, pending)
    if words:
        out = _by_words(text, out)
    return out


def _by_words(text: str, units: list[list[Atom]]) -> list[list[Atom]]:
    import rjieba  # its dictionary loads once, on the first headline (0.1 s)

    bounds, pos = set(), 0
    for w in rjieba.cut(text):
        bounds.add(pos)
        pos += len(w)
    merged: list[list[Atom]] = []
    for u in units:
        if (merged and u[0].start not in bounds and u[0].kind != Atom.SPACE
                and merged[-1][0].kind != Atom.SPACE):
            merged[-1] = merged[-1] + u
        else:
            merged.append(u)
    return merged


def units(text: str) -> list[str]:
    """The paragraph cut into unbreakable units, punctuation glued by the kinsoku rules."""
    return ["".join(a.text for a in u) for u in tokens(text)]


def _append_to_last(out: list[list[Atom]], atoms: list[Atom]) -> None:
    if out and out[-1][0].kind != Atom.SPACE:
        out[-1] = out[-1] + atoms
    else:
        out.append(atoms)


