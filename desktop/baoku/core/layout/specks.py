"""A speck of dust in a gutter, read as a mark. The recogniser takes a dot or a smudge between
two columns for a point (·), a full stop (．) or a comma and reads the lines on both sides of it
as one line across the gutter; enough such lines close the gutter (the columns found are two
columns wide) and the line is not cut there (its characters stand close on both sides of the
mark). A mark standing where the page's other lines leave a gutter, between two characters of its
line that stand in the columns on either side, is no character of the page: it is taken out of
its line before the columns are found (a Chinese page's horizontal lines)."""

from __future__ import annotations

from ..ocr.engine import OcrLine

# What the recogniser reads a speck as: a dot or a tick. (A full stop, a colon or a semicolon it reads
# from print: t10's subhead across two columns, 空壳；公交, s08's weather box's 指数：不宜.)
MARKS = frozenset("·．.，,、'`")
STRAY = 0.35  # a gutter: the other lines cover its x less than this share of the columns beside it
TALL = 1.4  # lines this many times the median height are heads, which cross gutters by right
WIDE = 1.18  # … and the characters either side of it stand this many steps of the line apart (a mark
# of the text holds one step)


def gutter_specks(lines: list[OcrLine]) -> list[set[int]]:
    """For each line, the marks in it that stand in a gutter between two of its characters."""
    import numpy as np

    if not lines:
        return []
    heights = sorted(_height(ln) for ln in lines)
    tall = TALL * heights[len(heights) // 2]
    width = max(max(c.box[2] for ln in lines for c in (ln.chars or [ln])), 1) + 2
    delta = np.zeros(width + 1, np.int32)
    for ln in lines:
        if _height(ln) > tall:
            continue
        for c in ln.chars:
            if c.text not in MARKS and c.box[2] > c.box[0] >= 0:
                delta[c.box[0]] += 1
                delta[c.box[2]] -= 1
    cover = np.cumsum(delta)

    def at(c) -> int:
        return int(cover[max(0, min((c.box[0] + c.box[2]) // 2, width - 1))])

    out: list[set[int]] = []
    for ln in lines:
        drop: set[int] = set()
        chars = ln.chars
        if _height(ln) <= tall:
            for k, c in enumerate(chars):
                if c.text not in MARKS or k == 0 or k == len(chars) - 1:
                    continue
                before = next((chars[j] for j in range(k - 1, -1, -1) if chars[j].text not in MARKS), None)
                after = next((chars[j] for j in range(k + 1, len(chars)) if chars[j].text not in MARKS), None)
                if before is None or after is None:
                    continue
                beside = min(at(before), at(after))
                if beside >= 3 and at(c) < STRAY * beside and after.box[0] - before.box[2] > WIDE * _step(ln):
                    drop.add(k)
        out.append(drop)
    return out


def _height(ln: OcrLine) -> int:
    """The line's type height: its characters' (its box's reaches over a slant)."""
    hs = sorted(c.box[3] - c.box[1] for c in ln.chars) or [ln.box[3] - ln.box[1]]
    return hs[len(hs) // 2]


def _step(ln: OcrLine) -> float:
    """The line's usual advance from one character to the next."""
    steps = sorted(b.box[0] - a.box[0] for a, b in zip(ln.chars, ln.chars[1:]) if a.text not in MARKS and
                   b.text not in MARKS)
    return steps[len(steps) // 2] if steps else float("inf")


def without(ln: OcrLine, drop: set[int]) -> OcrLine | None:
    """`ln` without its characters `drop` (its text without them, its box round the rest); None
    when none is left."""
    if not drop:
        return ln
    keep = [c for k, c in enumerate(ln.chars) if k not in drop]
    if not keep:
        return None
    text, pos, cut = ln.text, 0, []
    for k, c in enumerate(ln.chars):
        at = text.find(c.text, pos)
        if at < 0 or text[pos:at].strip():
            text = "".join(c.text for c in keep)  # (the text does not spell its characters out)
            cut = []
            break
        if k in drop:
            cut.append((at, at + len(c.text)))
        pos = at + len(c.text)
    for a, b in reversed(cut):
        text = text[:a] + text[b:]
    box = (min(c.box[0] for c in keep), min(c.box[1] for c in keep), max(c.box[2] for c in keep),
           max(c.box[3] for c in keep))
    return OcrLine(text, box, min(c.confidence for c in keep), keep)
