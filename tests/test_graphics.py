"""Rules and pictures read off a page image (core/layout/graphics.py)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from baoku.core.layout.graphics import find_graphics

BODY = 28


def _photo(d: ImageDraw.ImageDraw, box, line: bool = False) -> None:
    """A framed photo: grey tones with a light patch, and maybe a dark line drawn across it."""
    x0, y0, x1, y1 = box
    d.rectangle(box, fill=150, outline=0, width=2)
    d.ellipse((x0 + 40, y0 + 30, x0 + 140, y0 + 130), fill=60)
    if line:
        d.line(((x0 + x1) // 2, y0, (x0 + x1) // 2, y1), fill=0, width=3)


def test_a_line_drawn_across_a_photo_leaves_it_one_picture():
    img = Image.new("L", (1200, 900), 255)
    d = ImageDraw.Draw(img)
    _photo(d, (100, 100, 800, 450), line=True)
    found = find_graphics(np.asarray(img), BODY, [])
    assert len(found.figures) == 1, found.figures
    x0, y0, x1, y1 = found.figures[0]
    assert x0 <= 110 and x1 >= 790 and y0 <= 110 and y1 >= 440


def test_two_framed_photos_either_side_of_a_column_rule_stay_two():
    img = Image.new("L", (1200, 900), 255)
    d = ImageDraw.Draw(img)
    _photo(d, (100, 100, 470, 450))
    _photo(d, (506, 100, 876, 450))
    d.line((488, 60, 488, 860), fill=0, width=2)  # the column rule, running on past them
    found = find_graphics(np.asarray(img), BODY, [])
    assert len(found.figures) == 2, found.figures
    assert any(abs(r[0] - 488) < 4 for r in found.vrules)


def test_a_long_rule_aslant_on_curved_paper_is_one_rule():
    """A page rule 2,500 px long that drops 20 px from end to end (an old page's paper is not
    flat): one rule, though its box is taller than a rule is thick."""
    img = Image.new("L", (2800, 600), 255)
    ImageDraw.Draw(img).line((100, 300, 2600, 320), fill=0, width=3)
    found = find_graphics(np.asarray(img), 20, [])
    assert [(r[0] <= 110, r[2] >= 2590) for r in found.hrules] == [(True, True)], found.hrules


def test_column_rules_part_columns_no_gutter_shows_in():
    """The recogniser ran every line across the narrow gutters: the text shows one column, the
    long rules between the columns part it."""
    from baoku.core.layout.geometry import ruled_columns

    rules = [(379, 420, 383, 1400), (726, 380, 729, 900), (1073, 1070, 1077, 1580), (200, 50, 202, 120)]
    assert ruled_columns([(40, 1420)], rules, 20) == [(40, 379), (383, 726), (730, 1073), (1077, 1420)]
