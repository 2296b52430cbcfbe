"""Pages set in vertical columns, read right to left, as older traditional papers are: drawn from
labelled articles (tests/newspage.py's Page and Placed) with the bundled fonts.

A page is a folio line above a rule, then bands one under another, each a row of articles set
from the right: an article is its headline (vertical lines of bigger type, a line a phrase),
its kicker to the right of it and its subhead to the left, then its paragraphs in vertical lines,
each paragraph's first line indented two characters. Articles side by side are parted by a
vertical rule, bands by a horizontal one; an article longer than a band's width goes on at the
right of the next band. Brackets and dashes take their vertical forms."""

from __future__ import annotations

import io

from .newspage import Page, Placed, draw_folio, split_head
from .pagewear import degrade as _degrade
from .typeset import typeface as _font
from .pageset import TrueArticle

VERTICAL_FORMS = {"「": "﹁", "」": "﹂", "『": "﹃", "』": "﹄", "（": "︵", "）": "︶", "《": "︽", "》": "︾",
                  "—": "︱", "…": "︙", "(": "︵", ")": "︶"}


def _columns(text: str, per: int, indent: bool) -> list[str]:
    """A paragraph cut into vertical lines of `per` characters (a mark never starts a line)."""
    text = ("　　" if indent else "") + text
    out: list[str] = []
    while text:
        cut = per
        if len(text) > per and text[per] in "，。、；：？！」』）》":
            cut = per - 1
        out.append(text[:cut])
        text = text[cut:]
    return out


def _next_band(d, band_top: int, band_h: int, size: int, margin: int, width: int) -> int:
    """A rule under the band at `band_top`; the next band's top."""
    d.line((margin, band_top + band_h + size // 2, width - margin, band_top + band_h + size // 2), fill=0, width=2)
    return band_top + band_h + size


def render_vertical_page(articles: list[TrueArticle], spec: dict) -> Page:
    """Draw `articles` in vertical bands: size (body px), band_chars (characters a line holds),
    width (px), folio (text or ""), seed, skew, noise, jpeg (as newspage's)."""
    from PIL import Image, ImageDraw

    size = spec.get("size", 28)
    per = spec.get("band_chars", 16)
    width = spec.get("width", 2400)
    pitch, step, margin = int(size * 1.08), int(size * 1.75), 70
    band_h = per * pitch
    head_size = int(size * 1.6)
    head_pitch, head_step = int(head_size * 1.05), int(head_size * 1.5)
    body_font, head_font, side_font = _font("uming.ttc", size), _font("uming.ttc", head_size), \
        _font("uming.ttc", int(size * 1.2))
    img = Image.new("L", (width, 12000), 255)
    d = ImageDraw.Draw(img)
    folio = spec.get("folio", "")
    y = draw_folio(d, folio, size, margin, width, after=1.0)
    placed: list[Placed] = []
    band_top, x = y, width - margin
    for art in articles:
        head, body = split_head(art)
        heads = [(role, text) for role, text in head]
        lines: list[tuple[str, str]] = []  # (font kind, a vertical line), right to left
        for role, text in heads:
            if role == "headline":  # a line a phrase, as a vertical headline is set
                room = band_h // head_pitch
                for phrase in text.split():
                    n = max(1, -(-len(phrase) // room))
                    k = -(-len(phrase) // n)
                    lines += [("head", phrase[i:i + k]) for i in range(0, len(phrase), k)]
            else:
                side = band_h // int(size * 1.25) - 1
                text = text.lstrip("—")
                lines += [("side", text[i:i + side]) for i in range(0, len(text), side)]
        for role, text in body:
            plain = role in ("byline", "signature", "caption", "subheading") or text.startswith(("□", "■"))
            lines += [("body", ln) for ln in _columns(text, per, not plain)]
        need = sum(head_step if kind == "head" else step for kind, _ in lines) + size
        if x - need < margin and x < width - margin:  # no room left in this band: the next one
            band_top = _next_band(d, band_top, band_h, size, margin, width)
            x = width - margin
        right, top, lefts = x, band_top, []
        for kind, text in lines:
            font, cell, adv = {"head": (head_font, head_pitch, head_step), "side": (side_font, int(size * 1.25), step),
                               "body": (body_font, pitch, step)}[kind]
            if x - adv < margin:  # the band is full: the article goes on at the right of the next one
                lefts.append(x)
                band_top = _next_band(d, band_top, band_h, size, margin, width)
                x = width - margin
            x -= adv
            cy = band_top + (size if kind == "side" else 0)
            for ch in text:
                ch = VERTICAL_FORMS.get(ch, ch)
                d.text((x + (adv - cell) // 2, cy), ch, font=font, fill=0)
                cy += cell
        left = x - size // 2
        placed.append(Placed(art, (0, 0), (min([left, *lefts]), top, right, band_top + band_h),
                             [t for _, t in heads] + [t for _, t in body]))
        if left - margin > 2 * step:  # a rule before the next article in this band
            d.line((left, band_top, left, band_top + band_h), fill=0, width=2)
        x = left - size // 2
    bottom = band_top + band_h + margin
    img = img.crop((0, 0, width, bottom))
    img = _degrade(img, dict(spec, seed=spec.get("seed", 0)))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return Page(buf.getvalue(), placed, folio, spec)
