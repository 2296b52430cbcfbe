"""Show-through pages laid out as an import lays them out: read a second time from the image with
the back's print lifted (core/importing/backread.py), laid out on round 14's lifted image
(core/layout/backprint.py `lifted`). Round 15's train pages c01 and c03 (issue 30) on their kept
readings, first and second (tests/layoutocr.py): no OCR here. Round 14's a01 too (issue 30, round 16)."""

from __future__ import annotations

import io

import numpy as np
import pytest

from baoku.core.importing.backread import lifted_pages
from baoku.core.importing.scan import scanned_page
from baoku.core.layout.backprint import lifted
from baoku.core.model import PageInfo

from . import layoutocr
from .layoutset import build, specs


def _articles(name: str):
    from PIL import Image

    page = build(next(s for s in specs("train") if s.name == name))
    gray = np.asarray(Image.open(io.BytesIO(page.png)).convert("L"))
    again = lifted_pages([layoutocr.read(name, page.png)], lambda k: gray)
    assert again, "the back's print shows through: the page is read again"
    second = layoutocr.kept(f"{name}-again", again[0])
    if second is None:
        pytest.skip("no kept reading for this drawing of the page (another Pillow or generator)")
    return scanned_page(second, PageInfo(1), "zh", lifted(gray)).articles


def _flat(text: str) -> str:
    return text.replace("\n", "").replace(" ", "")


def test_a_lead_storys_column_over_the_backs_lines_stays_in_its_story():
    """c03: the back's body lines lie under the lead story's second column. Kept by the lifting as
    a grey ring round each glyph they touch (near a steep edge), they measured its lines 1.15
    times their neighbours: 关负责人介绍… and 今年夏季试运行期间… read as subheads of stories of
    their own, the lead story parted in three."""
    articles = _articles("c03")
    lead = [a for a in articles if a.headline.startswith("海川建成首个海洋观测网")]
    assert lead, [a.headline for a in articles]
    text = _flat(lead[0].text())
    assert "市海洋局有关负责人介绍，观测网将为防台风" in text, text
    assert "今年夏季试运行期间" in text and "提前发布大浪预警十一次" in text, text
    assert not any(a.headline.startswith(("关负责人", "今年夏季", "间")) for a in articles), \
        [a.headline for a in articles]


def test_a_two_line_head_over_a_tight_subhead_stays_whole():
    """c01: 江州设立收购 / 网点二百一十个 over its subhead set a few pixels under it. The second
    line's ink was measured into the subhead's (1.27 times the first line): the head cut in two."""
    articles = _articles("c01")
    assert any(_flat(a.headline) == "江州设立收购网点二百一十个" for a in articles), [a.headline for a in articles]
    assert not any(_flat(a.headline) == "江州设立收购" for a in articles)


def test_the_backs_label_on_its_tint_is_no_head_over_a_letter():
    """a01: the back's 市民来信 label on its tint showed through dark enough to pass the
    show-through step; kept as a body line in the image read again, it was read 含来另市 and headed
    the letter's first column, the letter's own head 路灯不亮盼早修 the rest. The lifting measured on
    the page's own black paints that line whole: read again without it, the letter is one story."""
    articles = _articles("a01")
    letter = [a for a in articles if _flat(a.headline) == "路灯不亮盼早修"]
    assert letter, [a.headline for a in articles]
    text = _flat(letter[0].text())
    assert "编辑同志：我家住在东湖路二十号附近" in text and "路灯恢复照明" in text, text
    assert not any("含来" in a.headline or "含来" in a.text() for a in articles), [a.headline for a in articles]
