"""Chinese line breaking: 避头尾 (kinsoku), unbreakable Latin and number runs, justification.

Pure text and arithmetic: widths come from a function, so this module knows nothing of fonts or PDF.

A paragraph is cut into *units* that may not be broken inside:
- one CJK character;
- a Latin word or number with its inner marks, such as ``R&D``, ``2.5%``, ``1867.4``, ``www.a.cn``,
  glued to the character after a number (``2023年``, ``5版``);
- a run of dashes or ellipses (——, ……);
- a space, where a line may break.

Then punctuation is glued: a mark that may not start a line joins the unit before it, a mark that may
not end a line joins the unit after it. A greedy fill over units can then never put a closing mark
at the start of a line or an opening mark at its end; a line that would have ended with 「字，」 not
fitting breaks before 「字」 instead (推出), and justification spreads the short line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# Marks that may not start a line (行首禁则), full- and half-width.
NO_START = set("，。、；：？！）》」』】〕〉｝］〗”’…‥·・％‰℃"
               ",.;:?!)]}%>")
# Marks that may not end a line (行尾禁则).
NO_END = set("（《「『【〔〈｛［〖“‘([{<")

_LATIN = r"[A-Za-z0-9\u00c0-\u024f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"
_UNIT = re.compile(
    rf"(?P<word>{_LATIN}+(?:[.,:/&'’\-+_@#~]{_LATIN}+)*[%‰]?)"
    r"|(?P<dash>[—―]+|…+|‥+)"
    r"|(?P<space>[ \t\r\n\u3000]+)"
    r"|(?P<char>.)",
    re.S,
)
_DIGITS = re.compile(r"[0-9\uff10-\uff19]")


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3FFFF
            or 0x3040 <= o <= 0x30FF or 0xAC00 <= o <= 0xD7AF)


def units(text: str) -> list[str]:
    """The paragraph cut into unbreakable units, punctuation glued by the kinsoku rules."""
    raw: list[tuple[str, str]] = []  # (kind, text)
    for m in _UNIT.finditer(text):
        raw.append((m.lastgroup or "char", m.group()))
    # A number holds on to the character after it: 2023年, 5版, 30岁.
    glued: list[tuple[str, str]] = []
    i = 0
    while i < len(raw):
        kind, s = raw[i]
        if (kind == "word" and _DIGITS.search(s[-1:] or "") and i + 1 < len(raw)
                and raw[i + 1][0] == "char" and is_cjk(raw[i + 1][1])):
            glued.append(("word", s + raw[i + 1][1]))
            i += 2
            continue
        glued.append((kind, s))
        i += 1
    out: list[list] = []  # [kind, text]
    pending_open = ""
    for kind, s in glued:
        if kind == "space":
            if pending_open:  # an opening mark before a space: keep it with what came before
                _append_to_last(out, pending_open)
                pending_open = ""
            out.append(["space", s])
            continue
        if kind == "char" and s in NO_END:
            pending_open += s
            continue
        closing = (kind == "char" and s in NO_START) or (kind == "dash" and s[0] in "…‥")
        if closing and out and out[-1][0] != "space" and not pending_open:
            out[-1][1] += s
            continue
        out.append([kind, pending_open + s])
        pending_open = ""
    if pending_open:
        _append_to_last(out, pending_open)
    return [s for _, s in out]


def _append_to_last(out: list[list], s: str) -> None:
    if out and out[-1][0] != "space":
        out[-1][1] += s
    else:
        out.append(["char", s])


@dataclass(frozen=True)
class Line:
    text: str
    width: float  # natural width, trailing spaces excluded
    last: bool  # the paragraph's last line: not justified
    start: int = 0  # offset of the line's first character in the paragraph


def break_lines(text: str, width: Callable[[str], float], first: float, rest: float) -> list[Line]:
    """Greedy fill: each line as long as fits in `first` (the first line) or `rest` points.

    A unit wider than a whole line (a long URL) is cut by character, as nothing else can work; a
    closing mark then hangs past the line end (悬挂) rather than start a line.
    """
    lines: list[Line] = []
    cur: list[str] = []
    cur_w = 0.0
    pos = 0  # offset in `text` of the unit being placed
    cur_start = 0

    def avail() -> float:
        return first if not lines else rest

    def flush(last: bool) -> None:
        nonlocal cur, cur_w
        while cur and cur[-1].isspace():
            cur_w -= width(cur.pop())
        if cur or last:
            lines.append(Line("".join(cur), cur_w, last, cur_start))
        cur, cur_w = [], 0.0

    for u in units(text):
        w = width(u)
        here, pos = pos, pos + len(u)
        if u.isspace():
            if cur:
                cur.append(u)
                cur_w += w
            continue
        if cur and cur_w + w > avail() + 1e-6:
            flush(False)
        if not cur and w > avail() + 1e-6:
            for i, ch in enumerate(u):  # emergency: the unit alone is wider than a line
                cw = width(ch)
                # a closing mark hangs past the edge rather than start the next line
                if cur and cur_w + cw > avail() + 1e-6 and ch not in NO_START:
                    flush(False)
                if not cur:
                    cur_start = here + i
                cur.append(ch)
                cur_w += cw
            continue
        if not cur:
            cur_start = here
        cur.append(u)
        cur_w += w
    flush(True)
    return [ln for ln in lines if ln.text or len(lines) == 1]
