"""A column of briefs (简讯, 快讯): items stacked down one column, each under a small head set a
size or so above the body, a line's white or less under the item before it
(core/layout/briefheads.py). Round 15b's train page b03 (five columns, skew, blur and noise, JPEG
40) laid out on its kept reading (tests/layoutocr.py): its 快讯 column's second item's head
(企业研发投入增长百分之 / 十五, two lines) stood under the first item's one-character last line
(星。), measured loosely, and was read as that paragraph's next lines, so the two items were
one article and the head was cut; and the column's label (快讯, on a tint at its left, in the
heads' size right over the first) was read as the first head's first line (快讯科技馆推出…)."""

from __future__ import annotations

import io

ITEMS = ["科技馆推出天文夜观活动", "企业研发投入增长百分之十五", "智慧停车平台上线", "青少年机器人大赛开赛"]


def _b03():
    import numpy as np
    from PIL import Image

    from baoku.core.importing.scan import scanned_page
    from baoku.core.model import PageInfo

    from . import layoutocr
    from .layoutset import build, specs

    page = build(next(s for s in specs("train") if s.name == "b03"))
    gray = np.asarray(Image.open(io.BytesIO(page.png)).convert("L"))
    return page, scanned_page(layoutocr.read("b03", page.png), PageInfo(1), "zh", gray).articles


def test_each_brief_of_a_column_is_an_article_under_its_own_head():
    page, articles = _b03()
    heads = {a.headline: a for a in articles}
    for item in ITEMS:
        assert item in heads, [a.headline for a in articles]
    # (the second item's text is its own, not run on from the first's)
    first, second = heads[ITEMS[0]].text(), heads[ITEMS[1]].text()
    assert "企业研发" not in first and "星。" in first.replace(" ", "")
    assert "上半年" in second and "天文" not in second
    assert not any(a.headline.endswith("十五") and "科技馆" in a.text() for a in articles)
    assert heads[ITEMS[0]].column == "快讯" and not any(a.headline.startswith("快讯") for a in articles)
