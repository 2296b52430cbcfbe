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


def _stained_under_a_bold_head() -> tuple[np.ndarray, np.ndarray, tuple[int, int, int, int]]:
    """A page of one line of print (black, sharp) whose ink is mostly the back's: a soft grey field
    (its picture, a stain) with the back's bold head on it, broad strokes (9 px) at grey 150, soft.
    Where the back's grey is most of the ink, the ink's 5th percentile is the back's grey, not the
    print's black (round 16's e03: 106 where the print is 72). The page, and the page backed."""
    gray = np.full((900, 1200), 255, np.uint8)
    _draw(gray, _ghost("清川港吞吐量创新高今年前十个月", 60, 60), 20)
    back = np.full(gray.shape, 255, np.uint8)
    back[150:650, 40:800] = 215  # a field of the back's picture, a stain
    x0, y0 = 100, 300
    for k in range(4):  # four bold glyphs, mirrored head type
        gx = x0 + k * 70
        back[y0:y0 + 60, gx + 25:gx + 34] = 150
        back[y0 + 10:y0 + 19, gx:gx + 60] = 150
        back[y0 + 40:y0 + 49, gx + 5:gx + 55] = 150
    back = cv2.GaussianBlur(back, (0, 0), 1.5)
    return gray, np.minimum(gray, back), (x0, y0, x0 + 4 * 70, y0 + 60)


def test_the_backs_bold_head_over_its_grey_fields_is_painted_measured_on_the_pages_own_black():
    """The print's black measured on the ink near a steep edge (the page's own print): the back's
    bold head on a page whose ink is mostly the back's grey is lighter than the print's dark half
    and painted, not left as hollow outlines (e03's 林山)."""
    gray, backed, (x0, y0, x1, y1) = _stained_under_a_bold_head()
    out = without_back_print(backed, own_black=True)
    assert out[y0:y1, x0:x1].min() > 200, out[y0:y1, x0:x1].min()  # the head gone, outlines and all
    assert (out == 20).sum() == (gray == 20).sum()  # every stroke of the page's print kept


def test_a_line_of_the_backs_print_the_show_through_step_kept_is_lifted_in_the_image_read_again():
    """The image read again keeps the page's body lines as scanned (their thin strokes), but not a
    line that is the back's print all the same (a01: the back's 市民来信 label on its tint, dark
    enough to pass the show-through step, read 含来另市 and taken for a head over a letter): the
    lifting measured on the page's own black paints all its ink, and it is read so."""
    from baoku.core.layout.backprint import _body_lines_kept

    gray, backed, (x0, y0, x1, y1) = _stained_under_a_bold_head()
    ghost = _ghost("清川港吞吐量创新高今年前十个月", 60, 60)
    own = OcrLine("清川港吞吐量创新高今年前十个月", (60, 60, ghost[-1].box[2], 60 + BODY), 0.99, ghost)
    back = OcrLine("含来另市", (x0, y0, x1, y1), 0.95, [])
    out = _body_lines_kept(without_back_print(backed), backed, [own, back], without_back_print(backed, own_black=True))
    assert out[y0:y1, x0:x1].min() > 200, out[y0:y1, x0:x1].min()  # the back's line not put back
    assert (out == 20).sum() == (gray == 20).sum()  # the page's own line as scanned
