"""A head's lines: a line of body type under a head is the head's line only when it stands as one
does, centred under it or flush under its left edge (core/layout/blocks.py); a subhead's line
parted at a gutter is one line again (core/layout/headpieces.py).

Round 15b's train page b04 (six columns, skew -1.5°, blur and noise, JPEG 40) laid out on its kept reading (tests/layoutocr.py):
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


def test_a_subheads_halves_parted_at_a_gutter_are_one_subhead():
    """v05 (t05's page drawn again at 0.55 of its size, 140 dpi): the lead story's subhead
    ——今年已完工三十一条　居民全程参与方案设计 was read as two pieces, the space between them in
    the gutter of the story's second and third columns; the second piece headed a story of its own
    and took those columns' text (596 of the page's 2,338 characters in the wrong article)."""
    import numpy as np
    from PIL import Image

    from baoku.core.importing.scan import scanned_page
    from baoku.core.model import PageInfo

    from . import layoutocr
    from .layoutset import build, specs

    page = build(next(s for s in specs("dev") if s.name == "v05"))
    gray = np.asarray(Image.open(io.BytesIO(page.png)).convert("L"))
    articles = scanned_page(layoutocr.read("v05", page.png), PageInfo(1), "zh", gray).articles
    lead = [a for a in articles if "背街小巷" in a.headline]
    assert len(lead) == 1 and "今年已完工三十一条" in lead[0].subhead and "居民全程参与方案设计" in lead[0].subhead
    assert not any(a.headline.startswith("居民全程") for a in articles)
    assert "穿衣戴帽" in lead[0].text()
