"""The other side of the sheet showing through: on thin newsprint the print of the page's back is
seen faintly, mirrored, and the recogniser reads some of it as characters (round 12's t27: 个网,
冈街贵省中另, 味业 as lines of their own among the stories, 百习谢断味业 run on at the end of a
story's last line). Its strokes are grey where the page's own print is black: a character whose
darkest ink is nearer the paper's grey than the page's print is faint. A line of faint characters
(or one the recogniser doubted that holds any) is no line of the page, and faint characters at a
line's ends are none of its words (a Chinese page's lines, where the image is there)."""

from __future__ import annotations

from ..ocr.engine import OcrLine
from .quantile import percentile
from .specks import without
from .typesize import given_sizes

FAINT = 0.55  # darkest ink this share of the way from the page's print to its paper is faint
MOSTLY = 0.6  # a line this share of whose characters are faint is show-through
DOUBTED = 0.75  # … and so is a line read with less confidence than this that holds a faint one
# Marks and thin strokes are grey in a blurred scan when printed black: they count neither way.
NEUTRAL = frozenset("一二、，。．·：；！？“”‘’（）()《》〈〉—-…,.:;!?'\"□■○●◇◆△▲☆★※")


def without_show_through(lines: list[OcrLine], gray) -> list[OcrLine]:
    """`lines` less the lines and characters the other side's print made; `lines` itself when none."""
    import cv2
    import numpy as np

    if gray is None or not lines or given_sizes(lines) is not None:  # a PDF's text layer: all printed on this side
        return lines
    blurred = cv2.medianBlur(gray, 3)  # (a speck of noise is no ink)
    h, w = gray.shape

    def darkest(c) -> float:
        x0, y0, x1, y1 = (max(0, int(v)) for v in c.box)
        cell = blurred[y0:min(y1, h), x0:min(x1, w)]
        return percentile(cell, 0.5) if cell.size else 255.0

    seen = [[darkest(c) for c in ln.chars] for ln in lines]
    marks = [v for ln, ds in zip(lines, seen) for c, v in zip(ln.chars, ds) if c.text not in NEUTRAL]
    if len(marks) < 20:
        return lines
    ink, paper = float(np.median(marks)), float(np.percentile(blurred, 60))
    if paper - ink < 60:
        return lines
    cut = ink + FAINT * (paper - ink)
    out: list[OcrLine] = []
    changed = False
    for ln, ds in zip(lines, seen):
        faint = [c.text not in NEUTRAL and v > cut for c, v in zip(ln.chars, ds)]
        counted = sum(c.text not in NEUTRAL for c in ln.chars)
        if any(faint) and (sum(faint) >= MOSTLY * counted or ln.confidence < DOUBTED):
            changed = True
            continue
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
