"""A column of briefs (简讯) on the drawn pages (tests/newspage.py), as Chinese dailies print one: a
run of short items stacked down one column under the column's label, each under its own small
head in bold, a little space (or a thin rule) between items. A Spec's `briefs` option
(tests/layoutset.py) turns it on.

The run opens at an article whose column label names a briefs column (简讯, 快讯 …) and takes the
articles after it that have no label, kicker or subhead of their own and are short. Each item is
its own true article (the label is the first one's), as the page set labels such columns
(tests/pageset/README.md): a reader takes each item as a piece of news.

With `inline` (a Spec's `inline_briefs`, round 17) an item's head is not a line of its own but a
bold lead-in: set in the head face at the body's size after the paragraph's indent, the item's
text running on after it on the same line (■ 青澜港新开两条航线　本报讯 3日 …).
"""

from __future__ import annotations

import re

from .storyparts import bold_face
from .typeset import BYLINES, typeface, wrap

BRIEF_MARKS = ("简讯", "快讯", "简报")  # a briefs column's label ends so: 简讯, 要闻简讯, 体育快讯
SHORT = 170  # an item's most characters


def brief_run(articles, k: int) -> int:
    """How many items the briefs column opening at `articles[k]` holds (0: none opens there)."""
    if not articles[k].column.endswith(BRIEF_MARKS):
        return 0
    n = 1
    while (k + n < len(articles) and not (articles[k + n].column or articles[k + n].kicker or articles[k + n].subhead)
           and articles[k + n].headline and len(articles[k + n].text()) < SHORT):
        n += 1
    return n


def brief_column(d, arts, x0, x1, top, size, lead, ruled: bool,
                 inline: bool = False) -> tuple[int, list[tuple[object, list[str]]]]:
    """Draw the items `arts` down (x0..x1) from `top`: its bottom, and each item with its lines in
    the order a reader meets them."""
    body_font = typeface("uming.ttc", size)
    head_size = int(size * 1.15)
    sans = typeface("DroidSansFallbackFull.ttf", head_size)
    serif = typeface("uming.ttc", head_size, "head")  # the sans face lacks Latin, digits and quotes
    label_font = typeface("DroidSansFallbackFull.ttf", int(size * 1.2), "label")
    y = top
    label = arts[0].column
    lw = label_font.getlength(label)
    d.rectangle((x0, y - 4, x0 + lw + 12, y + int(size * 1.2) + 8), fill=225)
    d.text((x0 + 6, y), label, font=label_font, fill=0)
    y += int(size * 2.0)
    out = []
    for k, art in enumerate(arts):
        drawn = [label] if k == 0 else []
        if k and ruled:
            d.line((x0, y - int(size * 0.4), x1, y - int(size * 0.4)), fill=0, width=1)
        if inline:
            y = _inline_item(d, art, x0, x1, y, size, lead, body_font)
            drawn += [t for r, t in zip(art.roles, art.lines) if r != "column"]
            y += int(size * 0.8)
            out.append((art, drawn))
            continue
        for role, text in zip(art.roles, art.lines):
            if role == "column":
                continue
            if role == "headline":
                head_font = serif if re.search(r"[“”‘’\x21-\x7e]", text) else sans
                for ln in wrap(text, head_font, x1 - x0):
                    d.text((x0, y), ln, font=head_font, fill=0)
                    y += int(head_size * 1.35)
            else:
                indent = "" if role in ("signature", "byline") else "　　"
                font = typeface("uming.ttc", size, "byline") if role in BYLINES else body_font
                for ln in wrap(text, font, x1 - x0, indent):
                    d.text((x0, y), ln, font=font, fill=0)
                    y += lead
            drawn.append(text)
        y += int(size * 0.8)
        out.append((art, drawn))
    return y - int(size * 0.5), out


def _inline_item(d, art, x0, x1, y, size, lead, body_font) -> int:
    """An item whose head is a bold lead-in run into its text (`inline`); where the next starts."""
    head = next((t for r, t in zip(art.roles, art.lines) if r == "headline"), "")
    lead_in = bold_face(head, size)
    rest = [t.strip() for r, t in zip(art.roles, art.lines) if r not in ("column", "headline")]
    text = "　　" + head + "　" + "".join(rest)
    bold = range(2, 2 + len(head))  # the lead-in's characters in `text`
    at = 0
    for ln in wrap(text, body_font, x1 - x0):
        x = x0
        for k, ch in enumerate(ln, at):
            font = lead_in if k in bold else body_font
            d.text((x, y), ch, font=font, fill=0)
            x += body_font.getlength(ch)
        at += len(ln)
        y += lead
    return y
