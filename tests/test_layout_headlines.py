"""A line of body type under a head is the head's line only when it stands as one does: centred
under it or flush under its left edge (core/layout/blocks.py). Round 15b's train page b04 (six
columns, skew -1.5°, blur and noise, JPEG 40) laid out on its kept reading (tests/layoutocr.py):
the lead story's first paragraph ends at the top of its second column (廓。, one character and a
stop, measured loosely), right under the subhead set across both columns, and was taken for the
subhead's second line, so the story's text opened with the paragraph's last word."""

from __future__ import annotations

import io


def test_a_paragraphs_last_line_under_a_subhead_across_columns_stays_in_its_paragraph():
    import numpy as np
    from PIL import Image

    from baoku.core.importing.scan import scanned_page
    from baoku.core.model import PageInfo

    from . import layoutocr
    from .layoutset import build, specs

    page = build(next(s for s in specs("train") if s.name == "b04"))
    gray = np.asarray(Image.open(io.BytesIO(page.png)).convert("L"))
    articles = scanned_page(layoutocr.read("b04", page.png), PageInfo(1), "zh", gray).articles
    lead = next(a for a in articles if a.headline == "一把刻刀雕出百年木版年画")
    assert lead.subhead == "南屏木版年画进入二十所中小学课堂"
    body = [b.text for b in lead.blocks if b.kind not in ("kicker", "headline", "subhead")]
    assert not body[0].startswith("廓"), body[:2]
    assert "刻出门神的轮廓。" in "".join(body).replace(" ", "")

