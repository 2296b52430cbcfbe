"""Tone that holds lines of words is text on a tone, never one picture swallowing them."""

from __future__ import annotations

import numpy as np

from baoku.core.layout.graphics import find_graphics


def _page(paper: int):
    """A 1,200 × 1,600 page of grey `paper`, three columns of 40 lines of ink; the lines of the
    first two columns read (their boxes given), the third's not (a recogniser skipped it)."""
    gray = np.full((1600, 1200), paper, np.uint8)
    boxes = []
    for c in range(3):
        x0 = 40 + c * 390
        for k in range(40):
            y0 = 60 + k * 36
            gray[y0 + 4:y0 + 22, x0:x0 + 340:3] = 30  # letters: strokes with paper between them
            if c < 2:
                boxes.append((x0, y0, x0 + 340, y0 + 26))
    return gray, boxes


def test_a_grey_paper_with_an_unread_column_is_no_picture_over_the_read_text():
    gray, boxes = _page(paper=182)  # the paper darker than a picture's tone
    found = find_graphics(gray, 26.0, boxes)
    held = [f for f in found.figures if sum(f[0] <= b[0] and b[2] <= f[2] and f[1] <= b[1] and b[3] <= f[3]
                                            for b in boxes) >= 8]
    assert held == [], found.figures


def test_a_photo_on_white_paper_stays_a_picture():
    gray, boxes = _page(paper=245)
    gray[200:700, 850:1150] = 90  # a photo's tone where the third column stood
    gray[450:480, 900:1100] = 20  # with a sign in it
    found = find_graphics(gray, 26.0, boxes + [(900, 450, 1100, 480)])
    assert any(f[0] <= 860 and f[2] >= 1140 and f[1] <= 210 and f[3] >= 690 for f in found.figures), found.figures
