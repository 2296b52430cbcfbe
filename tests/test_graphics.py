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
