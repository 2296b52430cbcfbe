"""A column of briefs (简讯, 快讯): items stacked down one column, each under a small head set a
size or so above the body, a line's white or less under the item before it
(core/layout/briefheads.py). Round 15b's train page b03 (five columns, skew, blur and noise, JPEG
40) laid out on its kept reading (tests/layoutocr.py): its 快讯 column's second item's head
(企业研发投入增长百分之 / 十五, two lines) stood under the first item's one-character last line
(星。), measured loosely, and was read as that paragraph's next lines, so the two items were
one article and the head was cut; and the column's label (快讯, on a tint at its left, in the
heads' size right over the first) was read as the first head's first line (快讯科技馆推出…).

Round 16b's train pages f03 (six columns, body 24 px) and f05 (five, body 30 px) showed two more
ways a brief's head was read as the item before it's text: f03's 两家企业入选国家级“小巨人”
measured 1.09 times the body (under the display size) under a last line whose full stop the
OCR lost (8. / 5%); f05's 全市献血者突破十万 / 人次 stood a little more than a line's white under
its item before it, and its short second line measured it as body type."""

from __future__ import annotations

import io
from functools import cache

ITEMS = ["科技馆推出天文夜观活动", "企业研发投入增长百分之十五", "智慧停车平台上线", "青少年机器人大赛开赛"]


@cache
def laid_out(name: str):
    """A layout-set page laid out on its kept reading: (page, stored articles)."""
    import numpy as np
    from PIL import Image

    from baoku.core.importing.scan import scanned_page
    from baoku.core.model import PageInfo

    from . import layoutocr
    from .layoutset import build, specs

    page = build(next(s for s in specs() if s.name == name))
    gray = np.asarray(Image.open(io.BytesIO(page.png)).convert("L"))
    return page, scanned_page(layoutocr.read(name, page.png), PageInfo(1), "zh", gray).articles


def _b03():
    return laid_out("b03")


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


def _item(articles, head: str):
    found = [a for a in articles if a.headline.replace(" ", "") == head]
    assert len(found) == 1, [a.headline for a in articles]
    return found[0]


def _text(article) -> str:
    return "".join(article.text().split())


def test_a_head_under_a_short_line_that_lost_its_full_stop_opens_its_item():
    _, articles = laid_out("f03")
    esg = _item(articles, "港口物流集团发布首份ESG报告")
    second = _item(articles, "两家企业入选国家级“小巨人”")
    assert "两家企业" not in _text(esg) and "碳排放" in _text(esg)
    assert "专精特新" in _text(second) and "碳排放" not in _text(second)


def test_a_two_line_head_standing_further_down_opens_its_item():
    _, articles = laid_out("f05")
    first = _item(articles, "反诈宣传进社区")
    second = _item(articles, "全市献血者突破十万人次")
    assert "献血" not in _text(first) and "反诈中心" in _text(first)
    assert "无偿献血人数" in _text(second) and "反诈" not in _text(second)
