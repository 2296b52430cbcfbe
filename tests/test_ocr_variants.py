"""Forms the recogniser's model writes on a traditional page put back (core/ocr/variants.py)."""

from __future__ import annotations

from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage
from baoku.core.ocr.variants import as_printed


def _page(*texts: str) -> OcrPage:
    return OcrPage(100, 100, [OcrLine(t, (0, 0, 10, 10), 0.9, [OcrChar(c, (0, 0, 1, 1), 0.9) for c in t])
                              for t in texts])


def test_a_traditional_page_gets_its_own_forms_back_and_a_simplified_one_keeps_its_own():
    trad = _page("這個時候，國會議員們對業界的說明與實際發展還有關注。", "民衆反映生産成本上漲，强調要加强監管。")
    out = as_printed(trad)
    assert out.lines[1].text == "民眾反映生產成本上漲，強調要加強監管。"
    assert "".join(c.text for c in out.lines[1].chars) == out.lines[1].text
    simp = _page("这个时候，国会议员们对业界的说明与实际发展还有关注。", "民众反映生产成本上涨，强调要加强监管。")
    assert as_printed(simp).lines[1].text == "民众反映生产成本上涨，强调要加强监管。"


def test_a_ranges_dash_read_as_yi_between_figures_is_a_dash_again():
    """Round 16b's train page f01: 今年1—2月 read 今年1一2月 (一 for the dash), a Han error in the
    story; 一 between two figures is never Chinese text. 一 elsewhere, by a figure on one side
    only, stays."""
    out = as_printed(_page("班。今年1一2月，港口外贸集", "第一1季度", "2024一2025年度", "统一12345", "一1"))
    assert [ln.text for ln in out.lines] == ["班。今年1—2月，港口外贸集", "第一1季度", "2024—2025年度", "统一12345", "一1"]
    assert "".join(c.text for c in out.lines[0].chars) == "班。今年1—2月，港口外贸集"
    assert "".join(c.text for c in out.lines[2].chars) == "2024—2025年度"
