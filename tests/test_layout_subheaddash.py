"""A subhead's dash read as two 一 (d16, round 11: ——每餐十五元 read 一一每餐十五元): on a page set
by hand as the recogniser reads it (lines with their characters' boxes, no image)."""

from __future__ import annotations

from baoku.core.importing.scan import laid_out_page
from baoku.core.layout import analyse
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage

BODY = 30
PER = 12
TEXT = ("本报讯二十五日中午，东关街道和平社区的长者食堂迎来开业后第一批客人。两荤两素加一碗汤，每份十五元，"
        "八十岁以上老人再减三元。今年全市在十个社区试点长者食堂，由街道提供场地，引入餐饮企业运营。")


def _line(text: str, x: int, y: int, size: int = BODY) -> OcrLine:
    chars = [OcrChar(c, (x + size * k, y, x + size * k + size - 3, y + size - 2), 0.99) for k, c in enumerate(text)]
    return OcrLine(text, (x, y, chars[-1].box[2], y + size - 2), 0.99, chars)


def _page(subhead: str) -> list:
    x = 60
    lines = [_line("家门口的老年食堂开张了", x, 40, 2 * BODY), _line(subhead, x, 40 + 3 * BODY, int(1.25 * BODY))]
    y = 40 + 5 * BODY
    for n, a in enumerate(range(0, len(TEXT), PER)):
        lines.append(_line(("　　" if n == 0 else "") + TEXT[a:a + PER], x, y + n * int(1.5 * BODY)))
    page = laid_out_page(analyse(OcrPage(800, 900, lines)), PageInfo(1), "zh")
    return page.articles


def test_a_subhead_opening_with_two_one_strokes_opens_with_its_dash():
    [article] = _page("一一每餐十五元，老人再减三元")
    assert article.headline == "家门口的老年食堂开张了"
    assert article.subhead == "每餐十五元，老人再减三元", article.subhead
    assert "一一" not in article.text() and "——每餐十五元" in article.text(), article.text()


def test_a_subhead_with_one_one_inside_keeps_it():
    """Only the subhead's opening: 一一 inside it is words (一一对应)."""
    [article] = _page("老人就餐一一登记")
    assert article.subhead == "老人就餐一一登记", article.subhead
