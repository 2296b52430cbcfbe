"""Multi-column newspaper pages drawn from labelled articles, with their true articles: for the
layout tests and `bench/layout_bench.py`. Drawn with the bundled fonts (Pillow).

A page is a grid of columns under an optional folio line (报名 日期 星期 版次 版名) and its rule.
Articles stand in rows, each over a run of columns: a head (kicker, a headline of one or two
lines, a subhead) across its columns, optionally a boxed frame, a picture with its captions over
some of its columns (the text wraps under it) or inset in its text (the text runs round it), then the body flowed down its columns. Rows are
parted by rules or white space; articles side by side by a column rule or a gutter.

The words come from the labelled page set (tests/pageset, our own writing) or from the layout
set's own pages (tests/layoutset); a spec says how they are laid out. The type is set by
tests/typeset.py, pictures drawn by tests/pictures.py, vertical heads beside their stories by
tests/sidehead.py, and the finished page worn (skew, noise, JPEG) by tests/pagewear.py.
"""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from .adverts import advert, notice_block
from .briefcolumn import brief_column
from .insetpicture import inset_article
from .pageset import TrueArticle, load
from .pagewear import degrade
from .pictures import picture
from .sidehead import side_article
from .storyparts import chart, draw_row, is_row, part_face
from .typeset import BYLINES, balance, head_lines, typeface, wrap

CAPTION = re.compile(r"^(上图|下图|左图|右图|图为|图[一二三四1-9]|[１-９]、)|摄）?$")
LAYOUTSET = Path(__file__).parent / "layoutset"


@dataclass
class Placed:
    """Where an article was drawn, and what it says (for scoring)."""

    article: TrueArticle
    columns: tuple[int, int]  # first, last column
    box: tuple[int, int, int, int] = (0, 0, 0, 0)
    drawn: list[str] = field(default_factory=list)  # its lines in the order a reader meets them

    def text(self) -> str:
        return "".join(self.drawn or self.article.lines)


@dataclass
class Page:
    png: bytes
    articles: list[Placed]
    folio: str
    spec: dict = field(default_factory=dict)
    footer: str = ""  # the line at the page's foot (本版责编 …　校对 …): furniture, as the folio

    def furniture(self) -> str:
        """The folio and the footer: the page's lines no article may hold (tests/layoutscore.py)."""
        return "　".join(x for x in (self.folio, self.footer) if x)



def split_head(article: TrueArticle) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(head lines, body lines), each (role, text); a column label heads the article."""
    head, body = [], []
    for role, text in zip(article.roles, article.lines):
        (head if role in ("kicker", "headline", "subhead", "column") else body).append((role, text))
    return head, body


def render_page(articles: list[TrueArticle], spec: dict) -> Page:
    """Draw `articles` as `spec` lays them out:
    columns, size (body px), folio (text or ""), rows ([[n_columns, options], ...] per row, one
    entry per article in order; options: box, picture (columns), two_line, rule (column rule
    after it), side (a vertical head: tests/sidehead.py), inset (a picture inside the text:
    tests/insetpicture.py), advert (an advertisement), notices (a block of that many classified notices:
    tests/adverts.py), briefs (a column of that many short items: tests/briefcolumn.py)), row_rules (a rule under each row), skew (degrees), noise, jpeg (quality)."""
    from PIL import Image, ImageDraw

    rng = random.Random(spec.get("seed", 0))
    cols, size = spec["columns"], spec.get("size", 28)
    gutter, margin = int(size * 1.3), 70
    col_w = size * spec.get("column_chars", 13)
    width = 2 * margin + cols * col_w + (cols - 1) * gutter
    lead = int(size * 1.55)
    img = Image.new("L", (width, 12000), 255)
    d = ImageDraw.Draw(img)
    folio = spec.get("folio", "")
    y = draw_folio(d, folio, size, margin, width)
    placed: list[Placed] = []
    queue = list(articles)
    for row in spec["rows"]:
        row_top, row_bottom, c = y, y, 0
        for k, (span, opts) in enumerate(row):
            if not queue:
                break
            art = queue.pop(0)
            x0 = margin + c * (col_w + gutter)
            x1 = x0 + span * col_w + (span - 1) * gutter
            drawn: list[str] = []
            if opts.get("notices"):  # a block of classified notices, one true article each
                arts = [art] + [queue.pop(0) for _ in range(opts["notices"] - 1)]
                bottom, notices = notice_block(d, arts, x0, x1, row_top, span, col_w, gutter, size)
                placed += [Placed(a, (c, c + span - 1), (x0, row_top, x1, bottom), dr) for a, dr in notices]
            elif opts.get("briefs"):  # a column of briefs, one true article an item
                arts = [art] + [queue.pop(0) for _ in range(opts["briefs"] - 1)]
                bottom, items = brief_column(d, arts, x0, x1, row_top, size, lead, opts.get("ruled", False),
                                             opts.get("inline", False))
                placed += [Placed(a, (c, c + span - 1), (x0, row_top, x1, bottom), dr) for a, dr in items]
            else:
                bottom = (advert(d, img, art, x0, x1, row_top, size, lead, opts, rng, drawn) if opts.get("advert")
                          else _article(d, img, art, x0, x1, row_top, span, col_w, gutter, size, lead, opts, rng,
                                        drawn))
                placed.append(Placed(art, (c, c + span - 1), (x0, row_top, x1, bottom), drawn))
            if opts.get("rule") and c + span < cols:
                xr = x1 + gutter // 2
                d.line((xr, row_top, xr, bottom), fill=0, width=2)
            row_bottom = max(row_bottom, bottom)
            c += span
        y = row_bottom + int(size * 0.9)
        if spec.get("row_rules", True):
            d.line((margin, y, width - margin, y), fill=0, width=2)
        y += int(size * 1.1)
    footer = spec.get("meta", {}).get("footer", "")
    if footer:  # the page's foot: 本版责编 …　美编 …　校对 …, small, at the right under the last rule
        font = typeface("uming.ttc", int(size * 0.8))
        d.text((width - margin - font.getlength(footer), y), footer, font=font, fill=0)
        y += int(size * 1.6)
    img = img.crop((0, 0, width, y + margin))
    img = degrade(img, spec)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    assert not queue, f"{len(queue)} articles left over: the spec's rows hold too few"
    return Page(buf.getvalue(), placed, folio, spec, footer)


def draw_folio(d, folio: str, size: int, margin: int, width: int, after: float = 1.2) -> int:
    """The running head over its rule, from the top margin; where the page below it starts."""
    y = margin
    if folio:
        d.text((margin, y), folio, font=typeface("uming.ttc", int(size * 0.9)), fill=0)
        y += int(size * 1.5)
        d.line((margin, y, width - margin, y), fill=0, width=3)
        y += int(size * after)
    return y


def _article(d, img, art, x0, x1, top, span, col_w, gutter, size, lead, opts, rng, drawn) -> int:
    """Draw one article in (x0..x1) from `top`; its bottom. Its lines go on `drawn` in the order a
    reader meets them: the head, a picture's captions, the body."""
    head, body = split_head(art)
    drawn += [t for _, t in head]
    y = top + (int(size * 0.6) if opts.get("box") else 0)
    inner = (x0 + size // 2, x1 - size // 2) if opts.get("box") else (x0, x1)
    if opts.get("side"):  # 竖题: the head stands in vertical columns at one side, the body beside it
        return side_article(d, head, body, inner, y, span, col_w, gutter, size, lead, opts, drawn, (x0, top, x1))
    for role, text in head:
        if role == "headline":
            hsize = int(size * min(2.4, 1.5 + 0.25 * span))
            sans = not re.search(r"[“”‘’\x21-\x7e]", text)  # the sans face lacks quotes and digits
            font = typeface("DroidSansFallbackFull.ttf" if sans else "uming.ttc", hsize, "head")
            lines = head_lines(text, font, inner[1] - inner[0], opts.get("two_line"))
            for ln in lines:
                w = font.getlength(ln)
                d.text((inner[0] + max(0, (inner[1] - inner[0] - w) / 2), y), ln, font=font, fill=0)
                y += int(hsize * 1.3)
        else:
            font = typeface("DroidSansFallbackFull.ttf" if role == "column" else "uming.ttc", int(size * 1.2),
                            "label" if role == "column" else "deck")
            label = text
            if role == "column":  # a column label stands left, on a tint
                w = font.getlength(label)
                d.rectangle((inner[0], y - 4, inner[0] + w + 12, y + int(size * 1.2) + 8), fill=225)
                d.text((inner[0] + 6, y), label, font=font, fill=0)
            else:
                w = font.getlength(label)
                d.text((inner[0] + max(0, (inner[1] - inner[0] - w) / 2), y), label, font=font, fill=0)
            y += int(size * 1.7)
    y += int(size * 0.5) if head else 0
    if opts.get("inset"):  # a picture inside the article's text, the text running round it
        bottom = inset_article(d, img, head, body, inner, y, span, col_w, gutter, size, lead, opts, rng, drawn,
                               CAPTION.search)
        if opts.get("box"):
            bottom += int(size * 0.4)
            d.rectangle((x0 - 4, top - 4, x1 + 4, bottom), outline=0, width=3)
        return bottom
    body_font = typeface("uming.ttc", size)
    captions = [t for r, t in body if r == "caption" or CAPTION.search(t)] if opts.get("picture") else []
    text_lines: list[str] = []
    faces: dict[int, object] = {}  # a line set in a face of its own (a byline), by its index
    rows: dict[int, bool] = {}  # a table's row (tests/storyparts.py), by its index: whether it is the first
    drawn += captions
    for role, text in body:
        if text in captions:
            continue
        drawn.append(text)
        if is_row(role, opts):
            rows[len(text_lines)] = len(text_lines) - 1 not in rows
            text_lines.append(text)
            continue
        plain = role in ("byline", "subheading", "signature", "caption") or text.startswith(("□", "■", "——"))
        font = part_face(role, text, opts, size) or (typeface("uming.ttc", size, "byline") if role in BYLINES
                                                     else body_font)
        wrapped = wrap(text, font, inner[1] - inner[0] if span == 1 or plain and False else col_w,
                       "" if plain else "　　")
        faces.update((len(text_lines) + k, font) for k in range(len(wrapped)) if font is not body_font)
        text_lines += wrapped
    tops = [y] * span
    if opts.get("picture"):
        pcols = min(opts["picture"], span)
        px1 = inner[0] + pcols * col_w + (pcols - 1) * gutter if span > 1 else inner[1]
        ph = int(size * rng.randint(7, 11))
        (chart if opts.get("chart") else picture)(img, d, inner[0], y, px1, y + ph, rng)
        yc = y + ph + int(size * 0.4)
        cap_font = typeface("uming.ttc", int(size * 0.85))
        for cap in captions:
            for ln in wrap(cap, cap_font, px1 - inner[0]):
                d.text((inner[0], yc), ln, font=cap_font, fill=0)
                yc += int(size * 1.3)
        for k in range(pcols if span > 1 else 1):
            tops[k] = yc + int(size * 0.8)
    # Balanced columns: each column holds lines until the bottoms are level.
    per_col = balance(len(text_lines), tops, lead)
    n = 0
    bottom = max(tops)
    for k in range(span):
        x = inner[0] + k * (col_w + gutter)
        for j in range(per_col[k]):
            if n in rows:
                draw_row(d, x, tops[k] + j * lead, col_w, text_lines[n], body_font, size, rows[n])
                n += 1
            elif n < len(text_lines):
                d.text((x, tops[k] + j * lead), text_lines[n], font=faces.get(n, body_font), fill=0)
                n += 1
        bottom = max(bottom, tops[k] + per_col[k] * lead)
    if opts.get("box"):
        bottom += int(size * 0.4)
        d.rectangle((x0 - 4, top - 4, x1 + 4, bottom), outline=0, width=3)
    return bottom


def folio_of(meta: dict, weekday: str = "星期三") -> str:
    """The running head a page prints above its rule: 报名 日期 星期 版次 版名."""
    date = meta.get("date", "2024-10-09")
    y, m, dd = (int(x) for x in date.split("-"))
    page = meta.get("page", "1")
    return "　".join(x for x in (meta.get("publication", ""), f"{y}年{m}月{dd}日", weekday,
                                 f"第{page}版" if page.isdigit() else page, meta.get("page name", "")) if x)


def load_page(name: str) -> tuple[list[TrueArticle], dict]:
    """A labelled page's articles and its metadata, from the layout set or the page set."""
    from .pageset import page_path

    path = next((p for p in LAYOUTSET.rglob(f"{name}.txt")), None) or page_path(name)
    page = load(path)
    return page.articles, page.meta
