"""Parts inside a story on the drawn pages (tests/newspage.py) that round 17 added (issue 30, brief
full52c), each turned on by an article's options (a Spec's `force`), so that no older page changes:

- `bold_subheads`: the story's `@subheading` lines (小标题 inside a long 通讯) set bold, in the
  head face at the body's size, on a line of their own;
- `kai_note`: its `@note` lines (编者按 under a 专栏's head) set in a face unlike the body's
  (Hanazono Mincho, bundled, standing in for the 楷 papers print them in: no 楷 face is bundled);
- `table`: its `@box` lines drawn as a ruled table's rows, the cells (parted by 　 in the text)
  spread over the column, a thin rule under each row and a heavier one over the first;
- `chart`: its picture drawn as a bar chart (图表) instead of a photo.
"""

from __future__ import annotations

import re

from .typeset import typeface

NO_SANS = re.compile(r"[“”‘’\x21-\x7e]")  # the sans face lacks quotes, Latin and digits


def bold_face(text: str, size: int):
    """The bold face for `text` at `size`: the sans head face, or the serif where it lacks a glyph."""
    return typeface("uming.ttc" if NO_SANS.search(text) else "DroidSansFallbackFull.ttf", size, "head")


def part_face(role: str, text: str, opts: dict, size: int):
    """The face a body line of this role is set in under these options (None: the body's)."""
    if role == "subheading" and opts.get("bold_subheads"):
        return bold_face(text, size)
    if role == "note" and opts.get("kai_note"):
        return typeface("HanaMinA.ttf", size, "deck")
    return None


def is_row(role: str, opts: dict) -> bool:
    return role == "box" and bool(opts.get("table"))


def draw_row(d, x: int, y: int, width: int, text: str, font, size: int, first: bool) -> None:
    """One row of a ruled table across (x..x+width) at `y`: the first cell at the left, the others
    set flush right, the last at the right edge and the ones between spaced over the right half; a
    rule under it (and over it when it is the first)."""
    cells = [c for c in text.strip().split("　") if c]
    for k, cell in enumerate(cells):
        end = x + width * (0.5 + 0.5 * k / max(len(cells) - 1, 1))
        d.text((x if k == 0 else end - font.getlength(cell), y), cell, font=font, fill=0)
    top, foot = y - int(size * 0.25), y + int(size * 1.3)
    if first:
        d.line((x, top, x + width, top), fill=0, width=3)
    d.line((x, foot, x + width, foot), fill=0, width=1)


def chart(img, d, x0, y0, x1, y1, rng) -> None:
    """A bar chart in its frame: two axes and five to eight bars of grey, no words (its title and
    source are the article's caption lines)."""
    d.rectangle((x0, y0, x1, y1), fill=250, outline=0, width=2)
    pad = (y1 - y0) // 8
    ax, ay = x0 + pad, y1 - pad
    d.line((ax, y0 + pad // 2, ax, ay), fill=0, width=2)
    d.line((ax, ay, x1 - pad // 2, ay), fill=0, width=2)
    n = rng.randint(5, 8)
    step = (x1 - pad // 2 - ax) / n
    for k in range(n):
        h = int((ay - y0 - pad) * rng.uniform(0.25, 0.95))
        bx = ax + k * step + step * 0.2
        d.rectangle((bx, ay - h, bx + step * 0.6, ay - 1), fill=rng.choice([90, 130, 170]))
