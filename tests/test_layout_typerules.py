"""A run of ink inside a line of type is the line's type, not a rule (core/layout/graphics.py).

The Park Record of 2 August 1935, read from its ALTO: the lines are boxed to their glyphs, the body
measured 18.3 px (23.3 on the scan, whose recogniser boxes its lines looser), and a rule is a dark
run five body sizes long, so a row of small type whose letters' serifs join (Secretary-Treasurer,
Miners Union.) gave a run long enough to be a rule: 45 of the 86 rules found on the page lay in a
line's middle rows. The one in the signature's second line parted it from TOM P. COSTAS, over it,
into an article of its own."""

from __future__ import annotations

import numpy as np

from baoku.core.importing.scan import scanned_page
from baoku.core.layout.graphics import find_graphics
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_oldpages import body, line, page

SIGNED = "Secretary-Treasurer, Miners Union."


def _signed_story(run: bool, under: bool = False):
    """A headed story in one column, signed in two lines, the second in smaller type overlapping
    the first's box by a pixel (as ABBYY boxed them); `run`: the second line's type joined into a
    dark run 5 px into its 16 px box (as its image shows at 150 dpi); `under`: a real rule printed
    under the signature, parting the next story."""
    lines = [line("MINERS UNION PREPARE TO CELEBRATE", 60, 60, h=40, step=12)] + body(60, 110, 12)
    y = 110 + 28 * 12
    lines += [line("TOM P. COSTAS,", 200, y, h=21), line(SIGNED, 100, y + 20, h=16, step=8)]
    rules = [(100, y + 25, 300, y + 27)] if run else []  # 200 px: over ten body sizes
    if under:
        lines += [line("MOVE TO SALT LAKE", 60, y + 60, h=40, step=14)] + body(60, y + 110, 4, start=5)
        rules.append((60, y + 46, 400, y + 48))
    gray = page(lines, rules=rules, w=500, h=y + 300)
    return scanned_page(OcrPage(500, y + 300, lines), PageInfo(1), "en", gray)


def test_a_run_of_ink_inside_a_signature_line_parts_nothing():
    page = _signed_story(run=True)
    assert [a.headline for a in page.articles] == ["MINERS UNION PREPARE TO CELEBRATE"], \
        [a.headline or a.text()[:40] for a in page.articles]
    assert SIGNED in page.articles[0].text()


def test_a_rule_under_the_signature_still_parts_the_next_story():
    page = _signed_story(run=True, under=True)
    assert [a.headline for a in page.articles] == ["MINERS UNION PREPARE TO CELEBRATE", "MOVE TO SALT LAKE"]
    assert SIGNED in page.articles[0].text()


def test_a_rule_is_not_taken_for_type_unless_it_lies_inside_a_line():
    """The same run found as a rule where no line's box holds it, and where a line's box holds it
    only at its foot (an underline printed under the words), and not where it lies in its middle."""
    gray = np.full((300, 500), 255, np.uint8)
    gray[150:152, 100:300] = 0
    assert len(find_graphics(gray, 18, []).hrules) == 1
    assert len(find_graphics(gray, 18, [(90, 128, 310, 153)]).hrules) == 1  # (its foot)
    assert find_graphics(gray, 18, [(90, 139, 310, 163)]).hrules == []
