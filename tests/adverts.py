"""Advertisements and classified notices on the drawn pages (tests/newspage.py), as Chinese dailies
print them; a Spec's `adverts` option (tests/layoutset.py) turns them on.

- An advertisement is an article whose column label is 广告 (the small mark printed at its top
  left). It is drawn in a heavy frame over its columns: the mark, the display words (its headline,
  big, centred; its subhead under it), the offer lines centred in a middle size, a logo-like
  picture at one side of them, and its contact lines (电话：, 地址：, its `note` lines) at the foot.
  The true article is the whole advertisement, one article, in that reading order; a reader takes
  it as one thing, and the layout should mark it so (model.ADVERTISEMENT).
- A classified-notice block (分类广告) is a run of short notices: the article whose column label
  is 分类广告 and the articles after it whose headline is a short notice title (遗失声明, 公告,
  招聘启事 …) and which have no label of their own. It is drawn as one ruled box over its columns,
  the label on a tint at its top, the notices in small type flowed down its columns, each under
  its title in bold and a thin rule over it. Each notice is its own true article (the label is the
  first one's): an editor searching 遗失声明 wants the one notice, not the block of strangers'
  notices it was printed in.
"""

from __future__ import annotations

import re

from .pictures import picture
from .typeset import typeface, wrap

AD_MARK = "广告"
NOTICE_MARK = "分类广告"
NOTICE_TITLE = re.compile(r"^.{0,8}(声明|公告|启事|通告|告示|公示|通知)$")


def is_advert(art) -> bool:
    return art.column == AD_MARK


def notice_run(articles, k: int) -> int:
    """How many notices the block opening at `articles[k]` holds (0: no block opens there)."""
    if articles[k].column != NOTICE_MARK:
        return 0
    n = 1
    while k + n < len(articles) and not articles[k + n].column and NOTICE_TITLE.match(articles[k + n].headline):
        n += 1
    return n


def advert_opts(columns: int, rng) -> tuple[int, dict]:
    """An advertisement's width in columns and how it is drawn: a strip across the page's foot or
    half the page's width, tall."""
    strip = rng.random() < 0.5
    span = columns if strip else max(2, columns // 2)
    return span, {"advert": {"lines": rng.randint(6, 8) if strip else rng.randint(14, 20),
                             "logo": rng.choice(["left", "right"]), "box": True}}


def advert(d, img, art, x0, x1, top, size, lead, opts, rng, drawn) -> int:
    """Draw one advertisement in (x0..x1) from `top`; its bottom. Its lines go on `drawn` in the
    order a reader meets them."""
    ad = opts["advert"]
    pad = size
    inner0, inner1 = x0 + pad, x1 - pad
    mark_font = typeface("DroidSansFallbackFull.ttf", int(size * 0.8))
    y = top + int(size * 0.5)
    roles = list(zip(art.roles, art.lines))
    mark = next((t for r, t in roles if r == "column"), AD_MARK)
    w = mark_font.getlength(mark)
    d.rectangle((inner0 - 6, y - 3, inner0 + w + 6, y + int(size * 0.8) + 6), outline=0, width=1)
    d.text((inner0, y), mark, font=mark_font, fill=0)
    drawn.append(mark)
    y += int(size * 1.6)
    logo_w = int(size * 5)
    text0, text1 = inner0, inner1
    for role, text in roles:
        if role == "headline":
            hsize = int(size * (2.6 if x1 - x0 > 20 * size else 2.0))
            font = typeface("DroidSansFallbackFull.ttf", hsize)
            for ln in wrap(text, font, inner1 - inner0):
                d.text((inner0 + max(0, (inner1 - inner0 - font.getlength(ln)) / 2), y), ln, font=font, fill=0)
                y += int(hsize * 1.3)
            drawn.append(text)
        elif role == "subhead":
            font = typeface("uming.ttc", int(size * 1.3))
            for ln in wrap(text, font, inner1 - inner0):
                d.text((inner0 + max(0, (inner1 - inner0 - font.getlength(ln)) / 2), y), ln, font=font, fill=0)
                y += int(size * 1.8)
            drawn.append(text)
    y += int(size * 0.5)
    offers = [t.strip() for r, t in roles if r not in ("column", "headline", "subhead", "note")]
    notes = [t.strip() for r, t in roles if r == "note"]
    logo_top = y
    if ad["logo"] == "left":
        text0 = inner0 + logo_w + size
    else:
        text1 = inner1 - logo_w - size
    font = typeface("uming.ttc", int(size * 1.1))
    for text in offers:
        for ln in wrap(text, font, text1 - text0):
            d.text((text0 + max(0, (text1 - text0 - font.getlength(ln)) / 2), y), ln, font=font, fill=0)
            y += int(size * 1.6)
        drawn.append(text)
    lx = inner0 if ad["logo"] == "left" else inner1 - logo_w
    picture(img, d, lx, logo_top, lx + logo_w, logo_top + logo_w, rng)
    y = max(y, logo_top + logo_w + size // 2, top + ad["lines"] * lead)
    y += int(size * 0.4)
    d.line((inner0, y, inner1, y), fill=0, width=1)
    y += int(size * 0.5)
    font = typeface("uming.ttc", size)
    for text in notes:
        for ln in wrap(text, font, inner1 - inner0):
            d.text((inner0, y), ln, font=font, fill=0)
            y += lead
        drawn.append(text)
    bottom = y + int(size * 0.3)
    d.rectangle((x0 - 4, top - 4, x1 + 4, bottom), outline=0, width=5)
    return bottom


def notice_block(d, arts, x0, x1, top, span, col_w, gutter, size) -> tuple[int, list[tuple[object, list[str]]]]:
    """Draw a block of classified notices in (x0..x1) from `top`: its bottom, and each notice with
    its lines in the order a reader meets them."""
    small = int(size * 0.85)
    body_font, title_font = typeface("uming.ttc", small), typeface("DroidSansFallbackFull.ttf", int(size * 1.05))
    label_font = typeface("DroidSansFallbackFull.ttf", int(size * 1.2))
    step = int(small * 1.45)
    y = top + int(size * 0.4)
    label = arts[0].column
    lw = label_font.getlength(label)
    d.rectangle((x0 + 6, y - 4, x1 - 6, y + int(size * 1.2) + 8), fill=215)
    d.text((x0 + (x1 - x0 - lw) / 2, y), label, font=label_font, fill=0)
    y += int(size * 2.0)
    # Each notice as drawn items: ("title", text) then ("line", text) per wrapped line.
    items: list[list[tuple[str, str]]] = []
    out = []
    for k, art in enumerate(arts):
        drawn = [label] if k == 0 else []
        its: list[tuple[str, str]] = []
        for role, text in zip(art.roles, art.lines):
            if role == "column":
                continue
            if role == "headline":
                its.append(("title", text))
            else:
                indent = "" if role in ("signature", "byline") else "　　"
                its += [("line", ln) for ln in wrap(text, body_font, col_w - 8, indent)]
            drawn.append(text)
        items.append(its)
        out.append((art, drawn))
    heights = [sum(int(size * 1.6) if kind == "title" else step for kind, _ in its) + int(size * 0.5) for its in items]
    total = sum(heights)
    cap = max(total // span + int(size * 2), max(heights))
    col, cy = 0, y
    bottom = y
    for its, h in zip(items, heights):
        if cy + h > y + cap and cy > y and col < span - 1:
            col, cy = col + 1, y
        cx = x0 + col * (col_w + gutter)
        if cy > y:
            d.line((cx, cy - int(size * 0.3), cx + col_w, cy - int(size * 0.3)), fill=0, width=1)
        for kind, text in its:
            if kind == "title":
                d.text((cx + max(0, (col_w - title_font.getlength(text)) / 2), cy), text, font=title_font, fill=0)
                cy += int(size * 1.6)
            else:
                d.text((cx + 4, cy), text, font=body_font, fill=0)
                cy += step
        cy += int(size * 0.5)
        bottom = max(bottom, cy)
    for c in range(1, span):
        xr = x0 + c * (col_w + gutter) - gutter // 2
        d.line((xr, y, xr, bottom), fill=0, width=1)
    bottom += int(size * 0.2)
    d.rectangle((x0 - 4, top - 4, x1 + 4, bottom), outline=0, width=3)
    return bottom, out
