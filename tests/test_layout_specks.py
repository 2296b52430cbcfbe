"""A speck of dust in a gutter, read by the recogniser as a mark (· ． ，) that joins the lines on
both sides of it into one line across the gutter (round 12's t26, a dusty scan: 热·时, 改．一,
冷，数; its six columns were found as four and the stories read across each other, 59% of the
page's characters out of place). Pages set by hand as the recogniser reads them (lines with their
characters' boxes, no image)."""

from __future__ import annotations

from baoku.core.importing.scan import laid_out_page
from baoku.core.layout import analyse
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage

BODY = 30
PER = 12  # characters a column's line holds
GUTTER = 36
COLUMNS = (60, 60 + PER * BODY + GUTTER)
HEAD_A, HEAD_B = "全市供暖今起全面启动", "清川港吞吐量创新高"
TEXT_A = ("本报讯十七日零时，清川市城区集中供暖比往年提前三天全面启动，三十二万户居民家中陆续暖了起来。今年供暖"
          "季前，市热力公司新建换热站十四座，改造老旧供热管网一百二十公里，城北城西两片小区首次实现同温供热。")
TEXT_B = ("本报讯市港航局十七日发布，十月份清川港完成集装箱吞吐量十一万标箱，同比增长百分之十六，创单月历史新"
          "高。新开通的两条近洋航线每周各有三个航班，内陆企业出口货物在港停留时间缩短一天，物流成本下降。")


def _chars(text: str, x: int, y: int, size: int = BODY) -> list[OcrChar]:
    return [OcrChar(c, (x + size * k, y, x + size * k + size - 3, y + size - 2), 0.99) for k, c in enumerate(text)]


def _line(chars: list[OcrChar]) -> OcrLine:
    return OcrLine("".join(c.text for c in chars), (chars[0].box[0], min(c.box[1] for c in chars), chars[-1].box[2],
                                                    max(c.box[3] for c in chars)), 0.99, chars)


def _page(bridged: dict[int, str]) -> list[OcrLine]:
    """Two stories side by side, their heads over their columns; the body lines `bridged` (line
    number: the mark) read as one with the other column's line beside them, the mark in the gutter."""
    lines = [_line(_chars(head[k:k + PER // 2], x, 60 + k // (PER // 2) * 2 * BODY, 2 * BODY - 4))
             for head, x in ((HEAD_A, COLUMNS[0]), (HEAD_B, COLUMNS[1])) for k in (0, PER // 2)]
    y0 = 60 + 4 * BODY + 20
    rows_a = [TEXT_A[a:a + PER] for a in range(0, len(TEXT_A), PER)]
    rows_b = [TEXT_B[a:a + PER] for a in range(0, len(TEXT_B), PER)]
    for n in range(max(len(rows_a), len(rows_b))):
        y = y0 + n * int(1.45 * BODY)
        a = _chars(rows_a[n], COLUMNS[0], y) if n < len(rows_a) else []
        b = _chars(rows_b[n], COLUMNS[1], y) if n < len(rows_b) else []
        if n in bridged and a and b:  # the speck's mark boxed as a character in the gutter
            mark = OcrChar(bridged[n], (a[-1].box[2] + 2, y, a[-1].box[2] + BODY - 4, y + BODY - 2), 0.9)
            lines.append(_line(a + [mark] + b))
        else:
            lines += [_line(p) for p in (a, b) if p]
    return lines


def _read(lines: list[OcrLine]) -> list[tuple[str, str]]:
    page = laid_out_page(analyse(OcrPage(900, 800, lines)), PageInfo(1), "zh")
    return [(a.headline, a.text().replace("\n", "").replace(" ", "")) for a in page.articles]


def test_a_speck_read_as_a_mark_in_a_gutter_joins_no_lines_across_it():
    for bridged in ({2: "·", 5: "．", 7: "，"}, {1: "·", 3: "·", 4: "、", 6: "．"}):
        read = _read(_page(bridged))
        assert [h for h, _ in read] == [HEAD_A, HEAD_B], (bridged, read)
        assert read[0][1].endswith(TEXT_A) and read[1][1].endswith(TEXT_B), (bridged, read)


def test_a_mark_of_the_text_stays():
    """A comma between two characters of a column's line is the text's (a guard): it holds one
    character's room, no more, and the column's other lines cover where it stands."""
    read = _read(_page({}))
    assert [t for _, t in read] == [TEXT_A, TEXT_B] or all(t.endswith(x) for (_, t), x in zip(read, (TEXT_A, TEXT_B)))
    assert sum(t.count("，") for _, t in read) == TEXT_A.count("，") + TEXT_B.count("，")


def test_a_full_stop_colon_or_semicolon_in_a_gutter_is_print():
    """A line set across both columns (t10's subhead 车辆烧成空壳；公交集团…, s08's weather box's
    指数：不宜) may have a semicolon, colon or full stop where the gutter is, a little wider than a
    step from the next character: the recogniser read it from print, not from a speck."""
    from baoku.core.layout.specks import gutter_specks

    for mark, speck in (("；", False), ("：", False), ("。", False), ("·", True)):
        lines = _page({})
        left = _chars("车辆烧成空壳公交集团连夜排", COLUMNS[0], 60 + 4 * BODY + 20 + 12 * int(1.45 * BODY))[:PER]
        x = left[-1].box[2] + 2
        across = left + [OcrChar(mark, (x, left[0].box[1], x + BODY - 4, left[0].box[3]), 0.99)] + \
            _chars("查同型号车辆", COLUMNS[1], left[0].box[1])
        lines.append(_line(across))
        assert bool(gutter_specks(lines)[-1]) == speck, mark
