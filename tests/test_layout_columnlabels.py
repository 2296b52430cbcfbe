"""A column label (栏目) set over a story's first column, level with the head of the story under it
whose columns begin at the next one: the label is that story's column, not an article of its own."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage

from tests.test_layout_heads import TEXT, column, line


def _page(label_top: int, kicker_top: int) -> list:
    lines = [line("热线追踪", 60, label_top, 34), line("本报上月反映东湖小学门前积水一事", 520, kicker_top, 34),
             line("排水管道疏通了", 640, 180, 64)]
    for k in range(4):
        lines += column((TEXT * 2)[k * 60:(k + 1) * 60], 60 + 400 * k, 290)
    return scanned_page(OcrPage(1700, 1000, lines), PageInfo(1), "zh").articles


def test_a_label_level_with_a_kicker_of_its_size_is_the_storys_column():
    """y01's 热线追踪: the label stands over the first column a little above the kicker, in the
    kicker's type; the headline is centred over the columns to its right. It was read as an
    article of its own (headline 热线追踪, no text)."""
    arts = _page(100, 120)
    assert [(a.column, a.kicker, a.headline) for a in arts] == \
        [("热线追踪", "本报上月反映东湖小学门前积水一事", "排水管道疏通了")]
    assert TEXT[:20] in arts[0].text()

