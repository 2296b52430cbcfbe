"""A page scanned dim (its paper darker than a picture's tone) is paper, not one picture the read
lines' boxes cut holes in: what the lines leave uncovered (lines a reader skipped, the gaps its
tight boxes leave) is no picture, and a photo on it still is."""

from __future__ import annotations

import numpy as np

from baoku.core.layout.graphics import find_graphics
from baoku.core.layout.paper import lit_paper, paper_grey

BODY = 18.0


def _page(paper: int, skipped: range = range(0)):
    """A 1,200 × 1,553 page of grey `paper`, two columns of 43 lines of type at a 36 px pitch, each
    line boxed 30 px high (the boxes and their margins cover the paper edge to edge, as a page's
    lines cover its text); the lines in `skipped` of the first column left unread."""
    gray = np.full((1553, 1200), paper, np.uint8)
    boxes = []
    for c in range(2):
        x0 = 5 + c * 595
        for k in range(43):
            y0 = 5 + k * 36
            gray[y0 + 6:y0 + 24, x0:x0 + 590:3] = 40  # letters: strokes with paper between them
            if not (c == 0 and k in skipped):
                boxes.append((x0, y0, x0 + 590, y0 + 30))
    return gray, boxes


def test_the_paper_grey_is_the_commonest_grey_lighter_than_the_print():
    gray, _ = _page(paper=189)
    assert abs(paper_grey(gray) - 189) <= 2
    assert lit_paper(gray)[0, 0] >= 240  # brought up to white
    white, _ = _page(paper=245)
    assert lit_paper(white) is white  # white paper is left as it is


def test_lines_a_reader_skipped_on_dim_paper_are_no_picture():
    gray, boxes = _page(paper=189, skipped=range(12, 18))  # the ALTO's reader skipped six lines
    found = find_graphics(gray, BODY, boxes)
    assert found.figures == []


def test_a_photo_on_dim_paper_stays_a_picture():
    gray, boxes = _page(paper=189)
    gray[700:1100, 640:1100] = 80  # a photo's tone in the second column
    boxes = [b for b in boxes if not (b[0] == 600 and 690 <= b[1] <= 1100)]
    found = find_graphics(gray, BODY, boxes)
    # the photo's own box, not the dim paper beside it (before, the picture ran to the page's edge)
    assert any(620 <= f[0] <= 650 and 1090 <= f[2] <= 1120 and f[1] <= 730 and f[3] >= 1090
               for f in found.figures), found.figures
