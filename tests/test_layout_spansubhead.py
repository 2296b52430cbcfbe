"""A subhead across three or four columns, read in two pieces at its em space (　), the space
near a gutter but the first piece's ink not past its column's end: round 17b's train page h02
(five columns, the back's print at 0.4). Its lead's 机电产品出口占六成　民营企业贡献最大 was read
as two pieces 38 px apart (1.15 of their size; the first ending at column two's last pixel, the
second starting 15 px into column three), and 民营企业贡献最大 headed a story of its own that
took the lead's third and fourth columns (166 of 347 characters wrong); so did 电商直播基地开园's
年内培训主播五百人 (34 of 115). Two level display pieces an em's space apart or so, the white
between them taking in a gutter, are one line when one head stands right over both, across both
(core/layout/headpieces.py, `_one_heads`): the subheads of two stories side by side each stand
under their own head."""

from __future__ import annotations

from baoku.core.layout.headpieces import joined_heads
from baoku.core.layout.pieces import DISPLAY, TEXT, TITLE, Block, Page
from baoku.core.ocr.engine import OcrLine

from .test_layout_backed_pages import _articles, _flat


def test_a_subheads_second_piece_past_the_gutter_stays_under_its_head():
    articles = _articles("h02")
    lead = next(a for a in articles if a.headline.startswith("外贸进出口总额"))
    assert "民营企业贡献最大" in _flat(lead.subhead), (lead.subhead, [a.headline for a in articles])
    assert "全市对东盟、中东和拉美的出口" in _flat(lead.text())  # its third column stays its own
    market = next(a for a in articles if a.headline.startswith("电商直播基地"))
    assert "年内培训主播五百人" in _flat(market.subhead), market.subhead
    assert "帮助本地产品卖向全国" in _flat(market.text())
    assert not any(a.headline.startswith(("民营企业", "年内培训")) for a in articles), [a.headline for a in articles]


def _page(blocks: list[Block]) -> Page:
    lines = [OcrLine(f"line {k}", b.box, 1.0) for k, b in enumerate(blocks)]
    for k, b in enumerate(blocks):
        b.lines = [k]
    return Page(2000, 1200, lines, 28.0, columns=[(70, 434), (470, 834), (870, 1234), (1270, 1634)],
                blocks=blocks, inked=True)


def test_two_side_by_side_stories_subheads_stay_apart_and_one_heads_pieces_join():
    """Drawn boxes: two one-column stories side by side, each subhead filling its column, an em
    apart across the gutter, stay two; the same two pieces under one head across both are one."""
    own = [Block(TITLE, [], (120, 100, 390, 160), 50.0), Block(TITLE, [], (520, 100, 790, 160), 50.0),
           Block(DISPLAY, [], (80, 170, 430, 205), 33.6), Block(DISPLAY, [], (468, 170, 820, 205), 33.6),
           Block(TEXT, [], (70, 230, 434, 600), 28.0), Block(TEXT, [], (470, 230, 834, 600), 28.0)]
    assert len(joined_heads(_page(own), own)) == 6
    one = [Block(TITLE, [], (200, 100, 700, 160), 50.0),
           Block(DISPLAY, [], (80, 170, 430, 205), 33.6), Block(DISPLAY, [], (468, 170, 820, 205), 33.6),
           Block(TEXT, [], (70, 230, 434, 600), 28.0), Block(TEXT, [], (470, 230, 834, 600), 28.0)]
    out = joined_heads(_page(one), one)
    assert len(out) == 4 and sorted(out[1].lines) == [1, 2], [(b.kind, b.lines) for b in out]
