"""The other side of the sheet showing through: on thin newsprint the print of the page's back is
seen faintly, mirrored, and the recogniser reads some of it as characters (round 12's t27: 个网,
冈街贵省中另, 味业 as lines of their own among the stories, 百习谢断味业 run on at the end of a
story's last line). Its strokes are grey where the page's own print is black: a character whose
darkest ink is nearer the paper's grey than the page's print is faint. A line of faint characters
(or one the recogniser doubted that holds any) is no line of the page, and faint characters at a
line's ends are none of its words (a Chinese page's lines, where the image is there)."""

from __future__ import annotations

from ..ocr.engine import OcrLine
from .geometry import is_han
from .quantile import percentile
from .specks import without
from .typesize import given_sizes

SURE = 0.9  # a line read with this confidence is the page's own print
CLEAR = 0.2  # a doubted line's character is measured clear of sure lines' boxes if this share of it is
FAINT = 0.55  # darkest ink this share of the way from the page's print to its paper is faint
COVERED = 0.9  # of a doubted line's box inside sure lines' boxes: read over them (on a page whose back shows)
LINE_LEAST = 4  # characters a line needs for its own print to be measured
MOSTLY = 0.6  # a line this share of whose characters are faint is show-through
DOUBTED = 0.75  # … and so is a line read with less confidence than this that holds a faint one
# Marks and thin strokes are grey in a blurred scan when printed black: they count neither way.
NEUTRAL = frozenset("一二、，。．·：；！？“”‘’（）()《》〈〉—-…,.:;!?'\"□■○●◇◆△▲☆★※")


def without_show_through(lines: list[OcrLine], gray, backed: bool = False) -> list[OcrLine]:
    """`lines` less the lines and characters the other side's print made; `lines` itself when none.
    `backed`: the back's print is known to show and was lifted off `gray` (`backprint.py`): a
    doubted line whose box lies inside sure lines' boxes (COVERED of it), its own ink not to be
    told from theirs, is the back's print read over them (round 14's a01: 蘇贯生全 boxed across a
    two-line headline, read as a line between it and its subhead, which then opened a story)."""
    import cv2
    import numpy as np

    if gray is None or not lines or given_sizes(lines) is not None:  # a PDF's text layer: all printed on this side
        return lines
    blurred = cv2.medianBlur(gray, 3)  # (a speck of noise is no ink)
    h, w = gray.shape
    covered = np.zeros((h, w), bool)  # the boxes of the lines read with confidence
    for ln in lines:
        if ln.confidence >= SURE:
            x0, y0, x1, y1 = (max(0, int(v)) for v in ln.box)
            covered[y0:y1, x0:x1] = True

    def darkest(c, doubted: bool = False, share: float = 0.5) -> float:
        x0, y0, x1, y1 = (max(0, int(v)) for v in c.box)
        cell = blurred[y0:min(y1, h), x0:min(x1, w)]
        if doubted and cell.size:  # a doubted line's box reaching into a sure line's print: its own part
            own = cell[~covered[y0:min(y1, h), x0:min(x1, w)]]
            cell = own if own.size >= CLEAR * cell.size else cell
        return percentile(cell, share) if cell.size else 255.0

    seen = [[darkest(c, ln.confidence < SURE) for c in ln.chars] for ln in lines]
    marks = [v for ln, ds in zip(lines, seen) for c, v in zip(ln.chars, ds) if c.text not in NEUTRAL]
    if len(marks) < 20:
        return lines
    ink, paper = float(np.median(marks)), float(np.percentile(blurred, 60))
    if paper - ink < 60:
        return lines
    cut = ink + FAINT * (paper - ink)
    out: list[OcrLine] = []
    changed = False
    for n, (ln, ds) in enumerate(zip(lines, seen)):
        if backed and ln.confidence < SURE and _covered(ln.box, covered) >= COVERED:
            changed = True
            continue
        near = _overlapped_print(n, lines, seen) if ln.confidence < SURE else None
        line_cut = cut if near is None else min(cut, near + FAINT * (paper - near))
        faint = [c.text not in NEUTRAL and v > line_cut for c, v in zip(ln.chars, ds)]
        counted = sum(c.text not in NEUTRAL for c in ln.chars)
        if any(faint) and (sum(faint) >= MOSTLY * counted or ln.confidence < DOUBTED):
            changed = True
            continue
        faint = [f or pale for f, pale in zip(faint, _paler_than_its_line(ln, darkest, paper))]
        drop: set[int] = set()
        for order in (range(len(faint)), range(len(faint) - 1, -1, -1)):  # a faint run at either end
            run = []
            for k in order:
                if not faint[k] and ln.chars[k].text not in NEUTRAL:
                    break
                run.append(k)
            while run and not faint[run[-1]]:  # (a mark after the faint run stays the line's)
                run.pop()
            drop.update(run)
        if drop and len(drop) < len(ln.chars):
            changed = True
            ln = without(ln, drop)
        out.append(ln)
    return out if changed else lines


def _paler_than_its_line(ln: OcrLine, darkest, paper: float) -> list[bool]:
    """Which of a line's characters are faint against the line's own print (its median character):
    on a noisy, blurred page the body's thin strokes are grey and the back's print no lighter
    than they are over the page, but a headline's black makes the back's characters the
    recogniser ran on before it plain (t31's 呆坏不 before 试用期可以不买社保吗): two or more
    side by side (the line's end run is then dropped). Measured at the
    cell's second percentile: a character's strokes fill more of its cell than that, a speck of
    noise less."""
    ds = [darkest(c, share=2.0) if c.text not in NEUTRAL and is_han(c.text) else None for c in ln.chars]
    own = sorted(d for d in ds if d is not None)
    if len(own) < LINE_LEAST:
        return [False] * len(ds)
    mid = own[len(own) // 2]
    pale = [d is not None and d > mid + FAINT * (paper - mid) for d in ds]
    # (Han characters only, and a lone one is none: a digit, or a glyph of few thin strokes, 工 三
    # 口 in a JPEG'd page's body, fills little of its cell)
    return [p and (k > 0 and pale[k - 1] or k + 1 < len(pale) and pale[k + 1]) for k, p in enumerate(pale)]


def _overlapped_print(n: int, lines: list[OcrLine], seen: list[list[float]]) -> float | None:
    """The print of the sure lines a doubted line's box overlaps (the median darkness of their
    characters), or None: the back's print the recogniser boxed among a story's heads stands
    over their rows (t31's 四案典 across a kicker and its headline), and on a noisy page its grey
    is no lighter than the body's thin strokes, but plainly lighter than the heads it overlaps."""
    a = lines[n].box
    marks = sorted(v for ln, ds in zip(lines, seen) if ln is not lines[n] and ln.confidence >= SURE
                   and min(a[2], ln.box[2]) > max(a[0], ln.box[0]) and min(a[3], ln.box[3]) > max(a[1], ln.box[1])
                   for c, v in zip(ln.chars, ds) if c.text not in NEUTRAL)
    return marks[len(marks) // 2] if len(marks) >= LINE_LEAST else None


def _covered(box, covered) -> float:
    """The share of `box` inside the sure lines' boxes (`covered`, a boolean array)."""
    h, w = covered.shape
    x0, y0, x1, y1 = (max(0, int(v)) for v in box)
    cell = covered[y0:min(y1, h), x0:min(x1, w)]
    return float(cell.mean()) if cell.size else 0.0
