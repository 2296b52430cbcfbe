"""Pictures and their captions on pages set by hand as the recogniser reads them, over images
drawn with framed photos: a caption goes with its picture, and the picture with the story whose
head is over it (s07, the round-3 picture page: three captions became articles of their own)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from baoku.core.layout.graphics import find_graphics

from .test_layout_parting import BODY, TEXT, _articles, column, line

CAPTIONS = ["4月8日，在南州市实验幼儿园，消防员向孩子们讲解消防水带的", "使用方法。本报记者韩立摄"]
CAPTIONS_2 = ["4月6日，南州市龙舟协会的队员们在白鹭湖上进行训练。距端午", "节还有两个月。本报记者陆星河摄"]


def _framed(d: ImageDraw.ImageDraw, box, pale_from: float) -> None:
    """A photo in a thin frame: grey with dark rounds on the left, pale (lighter than tone) from
    `pale_from` of its width on, and dark along its foot (a photo's shadows touching its frame)."""
    x0, y0, x1, y1 = box
    split = int(x0 + pale_from * (x1 - x0))
    d.rectangle((x0, y0, split, y1), fill=176)
    d.rectangle((split, y0, x1, y1), fill=232)
    for k in range(x0 + 10, split - 120, 160):
        d.ellipse((k, y0 + 30, k + 110, y0 + 140), fill=70)
    d.rectangle((x0, y1 - 30, split, y1), fill=120)
    d.rectangle(box, outline=0, width=2)


def _page():
    """Two picture stories side by side under one rule, each a headline, a framed photo, the
    caption under it and two columns of text; the photos' frames level at the top."""
    img = Image.new("L", (1700, 1000), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((40, 40, 1660, 42), fill=0)
    _framed(d, (40, 170, 820, 450), 0.6)
    _framed(d, (880, 170, 1660, 450), 0.7)
    lines = [line("小小消防员", 290, 80, 56), line("赛龙舟迎端午", 1100, 80, 56)]
    lines += [line(t, 40, 462 + 30 * k, 22) for k, t in enumerate(CAPTIONS)]
    lines += [line(t, 880, 462 + 30 * k, 22) for k, t in enumerate(CAPTIONS_2)]
    lines += column(TEXT[:52], 40, 560) + column(TEXT[52:104], 440, 560)
    lines += column(TEXT[104:156], 880, 560) + column(TEXT[156:208], 1280, 560)
    return lines, np.asarray(img)


def test_a_framed_photo_reaches_its_frame_and_its_edges_are_no_rules():
    """A photo pale on one side leaves its tone short of its frame: the picture is the frame's
    box, and the frame's edges (two photos' tops level, read as one rule across both) are no
    rules of the page."""
    lines, gray = _page()
    found = find_graphics(gray, BODY, [ln.box for ln in lines])
    want = [(40, 170, 820, 450), (880, 170, 1660, 450)]
    assert len(found.figures) == 2 and all(abs(a - b) <= 3 for f, w in zip(sorted(found.figures), want)
                                           for a, b in zip(f, w)), found.figures
    assert not [r for r in found.hrules if 150 < r[1] < 470], found.hrules
    assert not found.vrules, found.vrules


def test_a_caption_goes_with_its_picture_and_the_picture_with_the_head_over_it():
    lines, gray = _page()
    arts = _articles(lines, gray, 1700, 1000)
    assert [a.headline for a in arts] == ["小小消防员", "赛龙舟迎端午"], [a.text()[:20] for a in arts]
    assert "消防水带" in arts[0].text() and "白鹭湖" in arts[1].text()
    assert TEXT[:10] in arts[0].text() and TEXT[110:120] in arts[1].text()


def test_a_photo_with_a_pale_band_down_its_middle_is_one_picture():
    """s11: a photo over two columns whose pale middle (a light disc, lighter than tone but not
    paper) ran its whole height was read as two pictures; the second, alone over the next column,
    made a picture story of that column's text, parted from its headline."""
    img = Image.new("L", (900, 1000), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((60, 190, 830, 460), fill=140)
    d.rectangle((380, 190, 560, 460), fill=216)
    d.rectangle((60, 190, 830, 460), outline=0, width=2)
    lines = [line("旧城三万户告别逢雨必涝", 138, 100, 56)]
    lines += column(TEXT[:65], 60, 490) + column(TEXT[65:130], 460, 490)
    gray = np.asarray(img)
    found = find_graphics(gray, BODY, [ln.box for ln in lines])
    assert len(found.figures) == 1, found.figures
    arts = _articles(lines, gray, 900, 1000)
    assert len(arts) == 1 and TEXT[70:80] in arts[0].text(), [a.text()[:20] for a in arts]


def test_two_photos_a_frame_and_a_rule_apart_are_two_pictures():
    """t12: a boxed story's photo, its box's frame, a column rule and the next story's photo,
    less than a body size of paper between them: read as one picture across both stories, it
    took the boxed story's text from its headline. A strip of paper down the whole height parts
    them; each is as high as its own tone, not as the text under it."""
    img = Image.new("L", (1300, 900), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((40, 170, 600, 420), fill=150)
    d.ellipse((100, 200, 260, 360), fill=70)
    d.rectangle((30, 100, 604, 760), outline=0, width=3)  # the box round the first story
    d.rectangle((611, 60, 612, 860), fill=0)  # the column rule
    d.rectangle((624, 240, 1200, 500), fill=150)
    d.ellipse((900, 300, 1100, 480), fill=60)
    lines = [line("网购低价手机拆开是块砖", 120, 110, 44)]
    lines += column(TEXT[:52], 40, 440) + column(TEXT[52:104], 340, 440) + column(TEXT[104:156], 624, 520)
    found = find_graphics(np.asarray(img), BODY, [ln.box for ln in lines])
    want = [(40, 170, 600, 420), (624, 240, 1200, 500)]
    assert len(found.figures) == 2 and all(abs(a - b) <= 6 for f, w in zip(sorted(found.figures), want)
                                           for a, b in zip(f, w)), found.figures
