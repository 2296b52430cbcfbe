"""A picture set inside an article's text on the drawn pages (tests/newspage.py), as mainland
dailies set many: over one or two of the article's columns, a few lines down or at the top of
its body, the text running down each column above it and on under it (and beside it in the other
columns), a caption under it in some cases.

The spec's `inset` option (tests/layoutset.py sets it) says how: `cols` (how many columns the
picture is wide), `col` (the first of them, counted in the article), `at` (where it stands, as a
share of the column's lines above it), `lines` (its height in body lines), `look` (photo, grey or
drawing) and `caption` (a caption under it: the article's own caption lines, or one made from its
headline when it has none). A reader meets the caption after the head, as with the pictures over
an article's first columns, then the body column by column, above the picture before under it."""

from __future__ import annotations

from .pictures import picture
from .typeset import BYLINES, typeface, wrap


def inset_article(d, img, head, body, inner, y, span, col_w, gutter, size, lead, opts, rng, drawn,
                  captions_of) -> int:
    """The body of an article under its head (drawn above `y`), a picture inset in its columns as
    `opts["inset"]` says; its bottom."""
    inset = opts["inset"]
    body_font, cap_font = typeface("uming.ttc", size), typeface("uming.ttc", int(size * 0.85))
    captions = [t for r, t in body if r == "caption" or captions_of(t)] if inset.get("caption") else []
    if inset.get("caption") and not captions:
        headline = next((t for r, t in head if r == "headline"), "")
        captions = [f"图为{headline.replace(' ', '')}现场。本报记者 摄"] if headline else []
    drawn += captions
    lines: list[str] = []
    faces: dict[int, object] = {}  # a line set in a face of its own (a byline), by its index
    for role, text in body:
        if text in captions:
            continue
        drawn.append(text)
        plain = role in ("byline", "subheading", "signature", "caption") or text.startswith(("□", "■", "——"))
        font = typeface("uming.ttc", size, "byline") if role in BYLINES else body_font
        wrapped = wrap(text, font, col_w, "" if plain else "　　")
        faces.update((len(lines) + k, font) for k in range(len(wrapped)) if font is not body_font)
        lines += wrapped
    pcols = max(1, min(inset["cols"], span - 1))
    c0 = max(0, min(inset["col"], span - pcols))
    px0 = inner[0] + c0 * (col_w + gutter)
    px1 = px0 + pcols * col_w + (pcols - 1) * gutter
    per = len(lines) / span
    hole_top = y + int(inset["at"] * per) * lead
    ph = int(inset["lines"] * lead)
    cap_lines = [ln for cap in captions for ln in wrap(cap, cap_font, px1 - px0)]
    hole_bottom = hole_top + ph + (int(size * 0.4) + len(cap_lines) * int(size * 1.3) if cap_lines else 0)
    hole_bottom += int(size * 0.8)
    holed = range(c0, c0 + pcols)
    foot = _foot(len(lines), span, holed, y, hole_top, hole_bottom, lead)
    n, bottom = 0, hole_bottom
    for k in range(span):
        x = inner[0] + k * (col_w + gutter)
        for ty in _slots(k in holed, y, hole_top, hole_bottom, foot, lead):
            if n < len(lines):
                d.text((x, ty), lines[n], font=faces.get(n, body_font), fill=0)
                bottom = max(bottom, ty + lead)
                n += 1
    look = inset.get("look", "photo")
    if look == "photo":
        picture(img, d, px0, hole_top, px1, hole_top + ph, rng)
    elif look == "grey":
        d.rectangle((px0, hole_top, px1, hole_top + ph), fill=rng.randint(120, 200), outline=0, width=2)
    else:  # a line drawing: a few shapes outlined in a frame
        d.rectangle((px0, hole_top, px1, hole_top + ph), outline=0, width=2)
        for _ in range(5):
            a, b = rng.randint(px0 + 10, px1 - 10), rng.randint(hole_top + 10, hole_top + ph - 10)
            r = rng.randint(8, max(9, (px1 - px0) // 5))
            r = min(r, a - px0 - 4, px1 - a - 4, b - hole_top - 4, hole_top + ph - b - 4)  # inside its frame
            d.ellipse((a - r, b - r, a + r, b + r), outline=0, width=3)
    yc = hole_top + ph + int(size * 0.4)
    for ln in cap_lines:
        d.text((px0, yc), ln, font=cap_font, fill=0)
        yc += int(size * 1.3)
    return max(bottom, hole_bottom - int(size * 0.8))


def _slots(holed: bool, y: int, hole_top: int, hole_bottom: int, foot: int, lead: int) -> list[int]:
    """The tops of a column's lines from `y` down to `foot`, none in the picture's hole."""
    if not holed:
        return list(range(y, foot - lead + 1, lead))
    above = list(range(y, hole_top - lead + 1, lead))
    return above + list(range(hole_bottom, foot - lead + 1, lead))


def _foot(n: int, span: int, holed: range, y: int, hole_top: int, hole_bottom: int, lead: int) -> int:
    """The lowest common foot at which the columns hold all `n` lines (level, the last one short)."""
    foot = max(y, hole_bottom) + lead
    while sum(len(_slots(k in holed, y, hole_top, hole_bottom, foot, lead)) for k in range(span)) < n:
        foot += lead
    return foot
