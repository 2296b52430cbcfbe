"""Vertical heads beside their stories (竖题) on the drawn pages: the head set one character a cell
in narrow columns at the article's right or left, the body flowed down the columns beside it."""

from __future__ import annotations

from .typeset import flow, typeface


def side_article(d, head, body, inner, y, span, col_w, gutter, size, lead, opts, drawn, outer) -> int:
    """An article under a vertical head (竖题) at its right or left, inside the column next to it
    (the page's columns are kept; that one is narrowed): the body flowed down its columns, level at
    the foot. Its bottom."""
    strip, head_bottom = side_head(d, head, inner, y, size, opts["side"])
    body_font = typeface("uming.ttc", size)
    items = []
    for role, text in body:
        drawn.append(text)
        plain = role in ("byline", "subheading", "signature", "caption") or text.startswith(("□", "■", "——"))
        items.append((text, "" if plain else "　　"))
    xs = [inner[0] + k * (col_w + gutter) for k in range(span)]
    widths = [col_w] * span
    near = span - 1 if opts["side"] == "right" else 0
    widths[near] -= strip + gutter
    if opts["side"] == "left":
        xs[0] += strip + gutter
    lo, hi = y + lead, y + (sum(len(t) for t, _ in items) + 4 * len(items) + 2) * lead
    while lo < hi:  # the lowest common foot that holds the whole body
        mid = (lo + hi) // 2
        if flow(items, body_font, widths, [(mid - y) // lead] * span)[1]:
            hi = mid
        else:
            lo = mid + 1
    cols, _ = flow(items, body_font, widths, [(lo - y) // lead] * span)
    for x, lines in zip(xs, cols):
        for j, ln in enumerate(lines):
            d.text((x, y + j * lead), ln, font=body_font, fill=0)
    bottom = max(head_bottom, y + max(len(c) for c in cols) * lead)
    if opts.get("box"):
        bottom += int(size * 0.4)
        d.rectangle((outer[0] - 4, outer[1] - 4, outer[2] + 4, bottom), outline=0, width=3)
    return bottom



def side_head(d, head, inner, y, size, side: str) -> tuple[int, int]:
    """A head set vertically (竖题), one character a cell, in narrow columns at the `side` ("right"
    or "left") of the box `inner`: read right to left, the kicker, the headline (in two columns
    when long), the subhead; a leading —— stands as a vertical stroke. Its width and its bottom."""
    cols: list[tuple[str, int]] = []  # (text, type size), right to left
    for role, text in head:
        if role == "headline":
            hsize = int(size * 1.9)
            words = text.split(" ")
            if len(text) > 11:
                cut = len(" ".join(words[:len(words) // 2])) if len(words) > 1 else len(text) // 2
                cols += [(text[:cut].strip(), hsize), (text[cut:].strip(), hsize)]
            else:
                cols.append((text, hsize))
        else:
            cols.append((text, int(size * 1.15)))
    widths = [int(s * 1.25) for _, s in cols]
    total = sum(widths)
    x = inner[1] - total if side == "right" else inner[0]
    bottom = y
    for (text, s), w in zip(reversed(cols), reversed(widths)):  # left to right on the page
        font = typeface("DroidSansFallbackFull.ttf", s)
        pitch = int(s * 1.08)
        cy = y + (pitch if s < size * 1.5 else 0)  # kicker and subhead start a cell lower
        cx = x + (w - s) / 2
        dash = text.startswith("——")
        if dash:
            d.line((cx + s / 2, cy + s * 0.1, cx + s / 2, cy + 2 * pitch - s * 0.1), fill=0, width=2)
            cy += 2 * pitch
            text = text[2:]
        for ch in text:
            if ch != " ":
                d.text((cx, cy), ch, font=font, fill=0)
            cy += pitch if ch != " " else pitch // 2
        bottom = max(bottom, cy)
        x += w
    return total, bottom

