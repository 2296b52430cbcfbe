"""Type sizes read off the ink (core/layout/typesize.py): what tells a kicker set 1.2 times the
body's size from the body, when the recogniser's boxes cannot."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from baoku.core.layout.typesize import body_size, ink_mask, type_sizes
from baoku.core.ocr.engine import OcrChar, OcrLine

from .scanpage import FONTS


def _page(rows, width=900, height=700, noise=False):
    """Draw `rows` (text, size px, x, y, the pitch and box height the recogniser reports) and give
    the image's grey array and the lines as the recogniser would: its character boxes placed at
    its own pitch, not the type's, and a short line's box padded tall."""
    img = Image.new("L", (width, height), 255)
    d = ImageDraw.Draw(img)
    lines = []
    for text, size, x, y, pitch, box_h in rows:
        font = ImageFont.truetype(str(FONTS / "uming.ttc"), size)
        d.text((x, y), text, font=font, fill=0)
        top = y + size // 2 - box_h // 2
        chars = [OcrChar(ch, (round(x + k * pitch), top, round(x + (k + 1) * pitch), top + box_h), 0.99)
                 for k, ch in enumerate(text)]
        lines.append(OcrLine(text, (x, top, x + round(pitch * len(text)), top + box_h), 0.99, chars))
    gray = np.asarray(img)
    if noise:
        rng = np.random.default_rng(1)
        gray = np.where(rng.random(gray.shape) < 0.02, 255 - gray, gray).astype("uint8")
    return gray, lines


BODY = [("市民在公园里散步锻炼身体孩子们在草坪", 28, 40, 200 + 44 * k, 28 + (k % 3) - 1, 34) for k in range(8)]


def test_a_kicker_set_larger_than_the_body_measures_larger_though_its_boxes_say_not():
    # The recogniser gave the kicker (34 px type) a pitch of 30 px: by its boxes it is the body's size.
    rows = [("关注人工智能赋能千行百业", 34, 40, 100, 30, 40)] + BODY
    gray, lines = _page(rows)
    pitch, _ = type_sizes(lines)
    assert pitch[0] < 1.1 * body_size(pitch, lines)
    sizes, scale = type_sizes(lines, ink_mask(gray, 28))
    assert scale is not None
    body = body_size(sizes, lines)
    assert 1.15 <= sizes[0] / body <= 1.3, sizes
    assert all(abs(s / body - 1) < 0.06 for s in sizes[1:])


def test_a_paragraphs_last_characters_measure_as_body_type_in_a_tall_box():
    rows = BODY + [("急”", 28, 40, 200 + 44 * 8, 24, 46)]  # two characters, boxed as tall as a headline
    gray, lines = _page(rows, noise=True)
    sizes, _ = type_sizes(lines, ink_mask(gray, 28))
    assert abs(sizes[-1] / body_size(sizes, lines) - 1) < 0.08, sizes


def test_a_line_read_across_two_columns_a_line_apart_measures_as_one_line():
    """The recogniser read the end of one column's line and the next column's line, set a line
    lower, as one line: its ink spans both rows, its runs of characters do not."""
    rows = BODY[:6]
    gray, lines = _page(rows + [("路走向可通过掌上公交", 28, 40, 480, 28, 34), ("新铺的石板路干净平整墙上", 28, 330, 500, 28, 34)])
    a, b = lines[-2], lines[-1]
    lines = lines[:-2] + [OcrLine(a.text + b.text, (a.box[0], a.box[1], b.box[2], b.box[3]), 0.9, a.chars + b.chars)]
    sizes, _ = type_sizes(lines, ink_mask(gray, 28))
    assert sizes[-1] < 1.08 * body_size(sizes, lines), sizes


def test_latin_pages_keep_the_boxes_measure():
    """An English page's ink is an x-height with ascenders, and solid leading runs lines together:
    its sizes stay those of the boxes."""
    rows = [("the announcement of his death came", 20, 40, 100 + 22 * k, 10, 22) for k in range(8)]
    gray, lines = _page(rows)
    assert type_sizes(lines, ink_mask(gray, 20)) == (type_sizes(lines)[0], None)


def test_a_heads_second_line_set_tight_over_its_subhead_measures_as_its_first():
    """c01 (read again without the back's print): a two-line head, 江州设立收购 / 网点二百一十个, with
    its subhead a few pixels under it, the boxes overlapping. The second line's band of ink was
    grown over the blank rows into the subhead's (1.2 times the first line: two heads, the head
    cut), and the subhead's up into the head's."""
    head = [("江州设立收购", 62, 40, 40, 64, 80), ("网点二百一十个", 62, 40, 120, 64, 80)]
    deck = "农民交粮实现一次排队当天结算"
    gray, _ = _page(head, height=900)
    bottom = int(np.nonzero(ink_mask(gray, 28)[120:260, 40:500].any(axis=1))[0].max()) + 120
    alone, _ = _page([(deck, 36, 40, 400, 37, 52)], height=900)
    offset = int(np.nonzero(ink_mask(alone, 28).any(axis=1))[0].min()) - 400  # the deck's ink under its y
    body = [(t, s, x, y + 150, p, h) for t, s, x, y, p, h in BODY]
    gray, lines = _page(head + [(deck, 36, 40, bottom + 5 - offset, 37, 52)] + body, height=900)
    assert lines[1].box[3] > lines[2].box[1]  # the boxes overlap, the ink 4 px apart
    sizes, _ = type_sizes(lines, ink_mask(gray, 28))
    assert max(sizes[0], sizes[1]) < 1.05 * min(sizes[0], sizes[1]), sizes[:3]
    assert abs(sizes[2] / 36 * 28 / body_size(sizes, lines) - 1) < 0.08, sizes[:3]
