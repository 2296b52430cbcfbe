"""A photo set across the gutter at the right of a story's first column, the text round it (the
Park Record's review of 2 August 1935 by its ALTO, Senator Black's photo over its second and third
columns, read after the second column's text and before the third's): the photo is the story's,
and the next column's text, from its top, runs on in the story, not opening a headless article
after a picture article of its own."""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageDraw

from baoku.core.layout import analyse
from baoku.core.layout.articles import group_articles
from baoku.core.layout.blocks import FIGURE
from baoku.core.layout.order import spans
from baoku.core.ocr.engine import OcrPage

from .pictures import picture
from .test_layout_oldpages import body, line


def _laid_out(photo):
    img = Image.new("L", (1200, 1400), 255)
    picture(img, ImageDraw.Draw(img), *photo, random.Random(7))
    lines = [line("REVIEW OF EVENTS", 60, 100, h=40, step=14)]
    lines += body(60, 160, 12) + body(60, 520, 7, width=160) + body(60, 720, 20, start=3)
    lines += body(390, 100, 15, start=5) + body(520, 520, 7, width=200, start=2) + body(390, 720, 20, start=9)
    lines += [line("COUNCIL HOLDS SESSION", 800, 100, h=40, step=14)] + body(800, 160, 40, start=7)
    lay = analyse(OcrPage(1200, 1400, lines), np.asarray(img))
    # read as the ALTO page is: the first column's text, the photo, the next column's
    order = sorted(lay.order, key=lambda b: (b.x0 >= 800, b.kind == FIGURE or b.x0 >= 385, b.x0 >= 385, b.y0))
    groups = group_articles(lay.page, order, spans(lay.page))
    return [[lay.page.lines[i].text for b in g.head for i in b.lines] for g in groups], groups


def test_a_photo_across_the_gutter_inside_a_story_keeps_its_next_column():
    heads, groups = _laid_out((200, 520, 500, 700))
    assert heads == [["REVIEW OF EVENTS"], ["COUNCIL HOLDS SESSION"]]
    assert any(b.kind == FIGURE for b in groups[0].body)


def test_a_photo_mostly_over_the_next_column_is_not_drawn_into_the_story():
    heads, _ = _laid_out((300, 520, 690, 700))
    assert heads[0] == ["REVIEW OF EVENTS"] and len(heads) == 3
