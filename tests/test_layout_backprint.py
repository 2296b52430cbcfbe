"""The back's print lifted off the page image (core/layout/backprint.py): round 14's a01
(show-through 0.45 on a noisy, yellowed page) had the back's picture, grey and soft, under a
column's first lines, and Otsu's cut between paper and print fell under its grey: the lines
measured as display type, were taken for headlines, and parted the story from its head. Pages set
by hand as the recogniser reads them, on an image drawn to match (tests/test_layout_paper.py)."""

from __future__ import annotations

import cv2
import numpy as np

from baoku.core.layout.backprint import without_back_print
from baoku.core.ocr.engine import OcrLine

from .test_layout_paper import BODY, COLUMNS, PER, _page
from .test_layout_showthrough import _draw, _ghost


PICTURE = 165  # the back's picture field's grey, under Otsu's cut between the paper and the grey body


def _backed(gray: np.ndarray, picture: bool = True) -> tuple[np.ndarray, list[OcrLine]]:
    """`gray` with the back's print showing through, soft (blurred) and grey: a picture's field
    under the first column's first lines, and a line of characters in the white under the second
    story, which the recogniser read with doubt."""
    back = np.full(gray.shape, 255, np.uint8)
    top = 60 + 4 * BODY + 20
    if picture:
        back[top - 25:top + int(3.4 * BODY), COLUMNS[0] - 20:COLUMNS[0] + PER * BODY + 20] = PICTURE
    ghost = _ghost("冈街贵省中另", COLUMNS[1] + 20, 640)
    _draw(back, ghost, 110)
    back = cv2.GaussianBlur(back, (0, 0), 2.0)
    line = OcrLine("冈街贵省中另", (ghost[0].box[0], 640, ghost[-1].box[2], 668), 0.53, ghost)
    return np.minimum(gray, back), [line]


def _a01():
    """Round 14's train page a01 laid out on its kept reading (tests/layoutocr.py)."""
    import io

    from PIL import Image

    from baoku.core.importing.scan import scanned_page
    from baoku.core.model import PageInfo

    from . import layoutocr
    from .layoutset import build, specs

    page = build(next(s for s in specs("train") if s.name == "a01"))
    gray = np.asarray(Image.open(io.BytesIO(page.png)).convert("L"))
    return page, scanned_page(layoutocr.read("a01", page.png), PageInfo(1), "zh", gray).articles


def test_the_backs_picture_under_a_story_leaves_its_lines_body_type():
    """a01's first story (kicker, two-line headline, subhead, three columns of text): the back's
    picture under its first column's lines made them headlines of a story of their own, and a
    line read across the headline from the back's print parted the subhead from it."""
    page, articles = _a01()
    heads = [a.headline for a in articles if "临江今年完成改造小区一百二十个" in a.headline]
    assert heads, [(a.kicker, a.headline, a.subhead) for a in articles]
    first = next(a for a in articles if a.headline == heads[0])
    assert first.kicker == "老旧小区改造提速" and first.subhead == "惠及居民四万多户", first
    text = first.text().replace("\n", "").replace(" ", "")
    assert "记者从市住房和城乡建设局获悉，今年临江计划改造老旧小区一百二十个" in text, text
    assert not any("记者从市住房" in a.headline + a.subhead for a in articles)
    assert not any(c in a.text() for a in articles for c in "蘇")  # the back's 全线贯通, mirrored, read over the head


def test_soft_grey_on_the_paper_is_painted_and_the_pages_own_print_and_picture_stay():
    lines, gray = _page()
    # the page's own picture: a grey field inside a black frame, its edges steep
    gray[600:700, 60:300] = 170
    gray[600:602, 60:300] = gray[698:700, 60:300] = 0
    gray[600:700, 60:62] = gray[600:700, 298:300] = 0
    backed, _ = _backed(gray)
    out = without_back_print(backed)
    top = 60 + 4 * BODY + 20
    field = out[top - 20:top - 5, COLUMNS[0]:COLUMNS[0] + PER * BODY]  # the back's field above the first line
    assert field.min() > 230, field.min()
    assert (out == 20).sum() == (gray == 20).sum()  # every stroke of the page's print kept
    assert (out[610:690, 70:290] == 170).all()  # the picture's field kept


def test_a_page_with_nothing_showing_through_is_left_as_it_was():
    _, gray = _page()
    assert without_back_print(gray) is gray
