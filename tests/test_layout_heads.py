"""Heads on pages set by hand as the recogniser reads them (lines with their characters' boxes, no
image): what stands with a headline, and what a layout knows of its head's parts."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage

BODY = 28
LEAD = 44
TEXT = ("走进老城区的一条小巷，新铺的石板路干净平整，墙上的管线整齐归束，几位老人坐在门口晒太阳、聊家常。"
        "老旧小区改造，改的是环境，暖的是民心。只有把群众的小事当成大事来办，才能让城市更有温度。") * 2


def line(text: str, x: int, y: int, size: int = BODY) -> OcrLine:
    chars = [OcrChar(c, (x + size * k, y, x + size * (k + 1) - 2, y + size), 0.99) for k, c in enumerate(text)]
    return OcrLine(text, (x, y, x + size * len(text), y + size), 0.99, chars)


def column(text: str, x: int, y: int, per: int = 13) -> list[OcrLine]:
    return [line(text[k:k + per], x, y + LEAD * (k // per)) for k in range(0, len(text), per)]


def test_a_label_at_the_storys_left_and_its_headline_centred_right_head_one_article():
    """记者手记 stands at the left over the first column, the headline centred over the three to
    its right and lower: one article, the label its column label (not a byline: 记者…)."""
    lines = [line("记者手记", 60, 100, 34), line("小巷里的大民生", 700, 150, 64)]
    cols = [TEXT[k * 60:(k + 1) * 60] for k in range(3)]
    lines += [line("本报记者林晓东", 60, 260)]
    for k, words in enumerate(cols):
        lines += column(words, 60 + 420 * k, 260 + (LEAD if k == 0 else 0))
    page = scanned_page(OcrPage(1400, 1200, lines), PageInfo(1), "zh")
    assert len(page.articles) == 1, [a.headline for a in page.articles]
    art = page.articles[0]
    assert (art.column, art.headline) == ("记者手记", "小巷里的大民生")
    assert [c.name for c in art.contributors] == ["林晓东"]


def test_a_kicker_over_a_headline_and_a_subhead_under_it_are_read_as_such():
    lines = [line("关注人工智能赋能千行百业", 250, 100, 34), line("质检让生产线火眼金睛", 200, 150, 64),
             line("——记者探访我市智能制造示范工厂", 200, 230, 34)]
    for k in range(2):
        lines += column(TEXT[k * 120:(k + 1) * 120], 60 + 420 * k, 300)
    art = scanned_page(OcrPage(900, 1200, lines), PageInfo(1), "zh").articles[0]
    assert (art.kicker, art.headline, art.subhead) == ("关注人工智能赋能千行百业", "质检让生产线火眼金睛",
                                                       "记者探访我市智能制造示范工厂")


def test_a_stray_mark_in_a_padded_box_heads_nothing():
    """The recogniser read a paragraph's last 。 on its own, boxed as tall as a headline: it stays
    with its story and opens none."""
    lines = [line("小巷里的大民生", 200, 100, 64)] + column(TEXT[:130], 60, 200)
    mark = OcrLine("。", (60, 200 + 10 * LEAD, 84, 200 + 10 * LEAD + 46), 0.9,
                   [OcrChar("。", (60, 200 + 10 * LEAD, 84, 200 + 10 * LEAD + 46), 0.9)])
    lines += [mark, line("法官提醒", 120, 200 + 11 * LEAD)] + column(TEXT[130:200], 60, 200 + 12 * LEAD)
    page = scanned_page(OcrPage(900, 1400, lines), PageInfo(1), "zh")
    assert [a.headline for a in page.articles] == ["小巷里的大民生"]
    assert "法官提醒" in page.articles[0].text()


def test_a_headline_behind_a_column_rule_does_not_claim_the_column_beside_its_neighbour():
    """A label over the first column and, level with it across a column rule, a one-column
    story's headline: the label still stands over the second column (nothing there is level
    with it, and the rule keeps the other headline to its own), so the headline under the label,
    over both columns, is the label's."""
    import numpy as np

    from baoku.core.layout import analyse

    lines = [line("人间烟火", 60, 100, 34), line("冬夜", 960, 95, 52), line("菜市场里的人情味", 240, 160, 56)]
    lines += column(TEXT[:120], 60, 250) + column(TEXT[120:240], 460, 250) + column(TEXT[240:300], 870, 170)
    gray = np.full((1000, 1300), 255, np.uint8)
    gray[90:900, 848:851] = 0  # the column rule between the second and third columns
    lay = analyse(OcrPage(1300, 1000, lines), gray)
    heads = ["|".join(lay.page.lines[b.lines[0]].text for b in g.head) for g in lay.groups if g.head]
    assert sorted(heads) == ["人间烟火|菜市场里的人情味", "冬夜"], heads


def test_a_page_set_in_vertical_columns_is_read_right_to_left_by_its_headlines():
    """Two stories side by side in one band, each a headline column on its right then columns of
    text read right to left, under a running head set across the top: two articles, the right
    one first, each its text in order, and the running head the folio."""
    from baoku.core.layout import analyse
    from baoku.core.importing.scan import laid_out_page

    def column(text: str, x: int, y: int, size: int = BODY) -> OcrLine:
        chars = [OcrChar(c, (x, y + size * k, x + size - 2, y + size * (k + 1) - 2), 0.99) for k, c in enumerate(text)]
        return OcrLine(text, (x, y, x + size, y + size * len(text)), 0.99, chars)

    lines = [line("瀛海日報", 60, 20), line("2024年11月6日", 200, 20), line("星期三", 420, 20)]
    stories = [("港口貨運穩步增長", "今年以來，港口貨運量穩步增長，新開闢的航線吸引了更多船公司停靠。" * 2),
               ("春日公園遊人如織", "市民在公園裏散步鍛鍊身體，孩子們在草坪上放風箏，一派春意盎然的景象。" * 2)]
    x = 1500
    for head, body in stories:
        x -= 80
        lines.append(column(head, x, 100, 60))
        for k in range(0, len(body), 16):
            x -= 46
            lines.append(column(body[k:k + 16], x, 100))
        x -= 60
    page = laid_out_page(analyse(OcrPage(1600, 700, lines)), PageInfo(1), "zh")
    assert [a.headline for a in page.articles] == ["港口貨運穩步增長", "春日公園遊人如織"]
    assert all(a.text().replace("\n", "").replace(" ", "").endswith(body) for a, (_, body) in
               zip(page.articles, stories))
    assert str(page.folio.date) == "2024-11-06"


def test_a_headline_read_in_two_halves_parted_by_a_wide_space_is_one_headline():
    """The recogniser read 存款利率进入“1时代” and 居民储蓄去哪儿了？ (one headline over four columns,
    its halves parted by a space wider than a character) as two lines: one article."""
    lines = [line("存款利率进入一时代", 100, 100, 60), line("居民储蓄去哪儿了", 100 + 60 * 9 + 50, 100, 60)]
    for k in range(3):
        lines += column(TEXT[k * 60:(k + 1) * 60], 60 + 420 * k, 200)
    page = scanned_page(OcrPage(1300, 900, lines), PageInfo(1), "zh")
    assert [a.headline for a in page.articles] == ["存款利率进入一时代居民储蓄去哪儿了"]


def test_a_caption_set_across_a_picture_two_columns_wide_is_not_cut_at_the_gutter():
    """A caption line runs on over the gutter between the two columns its picture spans: it is
    one line of text, read whole, not two halves read column by column."""
    from baoku.core.layout.geometry import split_lines

    cap = line("新塘村的村民将一条新造的龙舟抬下河道试水距离端午节还有一个多月", 60, 100)  # 28 px a character
    body_line = line("市民在公园里散步锻炼身", 60, 200)  # and, across the gutter, the next column's line
    across = OcrLine(body_line.text + "港口货运", body_line.box, 0.99,
                     body_line.chars + [OcrChar(c, (476 + 28 * k, 200, 502 + 28 * k, 228), 0.99)
                                        for k, c in enumerate("港口货运")])
    cuts = split_lines([cap, across], [(60, 420), (460, 900)], 28, lambda ln: False)
    assert [(n, a, b) for n, a, b, _, _ in cuts] == [(0, 0, len(cap.chars)), (1, 0, 11), (1, 11, 15)]


def _story_beside_a_data_box(label: bool, cell: bool) -> list:
    """s12: a story over three columns (its kicker over the middle one, its headline and subhead
    centred over all three) beside a data box over two: `label`, the box's tinted label flush
    with its first column's left edge, level with the kicker; `cell`, the box's first table row
    (short cells) level with the subhead."""
    lines = [line("前八个月外贸增长", 498, 100, 36), line("新三样出口跑出加速度", 302, 150, 68),
             line("电动自行车储能电池出口额均创新高", 372, 235, 34)]
    lines += [line("八月主要经济指标", 1386, 150, 64)]
    if label:
        lines += [line("数据", 1260, 100, 34)]
    lines += [line(t, x, 240) for t, x in (("指标", 1300), ("同比", 1700))] if cell else []
    rows = "规上工业增加值二百一十六亿元同比增长百分之七点二社会消费品零售总额一百八十九亿元同比增长百分之五点一" * 2
    lines += column(rows[:52], 1260, 300) + column(rows[52:104], 1660, 300)
    for k in range(3):
        lines += column(TEXT[52 * k:52 * (k + 1)], 60 + 400 * k, 300)
    return scanned_page(OcrPage(2100, 700, lines), PageInfo(1), "zh").articles


def test_a_left_set_label_takes_no_column_of_the_story_to_its_left():
    """The data box's label, nearer the story's third column than the story's kicker is, was
    widened over it: no gutter stood clear between the two, their heads and text were read
    interleaved (s12: 216% error)."""
    arts = _story_beside_a_data_box(label=True, cell=True)
    story = next(a for a in arts if a.headline == "新三样出口跑出加速度")
    assert TEXT[:10] in story.text() and TEXT[110:120] in story.text(), [(a.headline, a.text()[:30]) for a in arts]
    assert len(arts) == 2 and "规上工业" not in story.text()


def test_a_tables_short_cells_keep_a_subhead_out_of_their_column():
    """A table cell or two (指标, 同比), short against their columns, stood level with the story's
    subhead, which was widened over their columns as if they were free."""
    arts = _story_beside_a_data_box(label=False, cell=True)
    story = next(a for a in arts if a.headline == "新三样出口跑出加速度")
    assert "电动自行车" in story.text() and TEXT[:10] in story.text(), [(a.headline, a.text()[:30]) for a in arts]
    assert len(arts) == 2 and "指标" not in story.text() and "规上工业" not in story.text()


def test_a_subhead_takes_no_column_under_a_neighbouring_storys_headline():
    """With nothing level with the subhead in the data box's columns, it was widened over them
    all the same, though the box's headline stands right over them."""
    arts = _story_beside_a_data_box(label=True, cell=False)
    story = next(a for a in arts if a.headline == "新三样出口跑出加速度")
    assert "电动自行车" in story.text() and TEXT[:10] in story.text(), [(a.headline, a.text()[:30]) for a in arts]
    assert len(arts) == 2 and "规上工业" not in story.text()


def test_a_headline_whose_halves_stand_an_ems_space_apart_is_one_headline():
    """s23: 三大指数震荡收涨　两市成交额重回万亿元, one line over two columns with an ideographic
    space between its halves, was read as two pieces 1.2 of its characters apart, and its second
    half opened an article of its own with the story's second column."""
    size = 64
    first, second = "三大指数震荡收涨", "两市成交额重回万亿元"
    lines = [line(first, 100, 100, size), line(second, 100 + size * len(first) + int(1.2 * size), 100, size)]
    for k in range(2):
        lines += column(TEXT[k * 91:(k + 1) * 91], 60 + 420 * k, 200)
    page = scanned_page(OcrPage(900, 900, lines), PageInfo(1), "zh")
    assert [a.headline for a in page.articles] == [first + second]
    assert TEXT[91:101] in page.articles[0].text()


def test_a_subhead_reaching_up_into_its_headlines_box_is_read_under_it():
    """s28, a page leaning 1.5°: the subhead ——读《城南旧街巷》 reached up into the box of its
    two-line headline, which, standing nearer the story's first column, kept the subhead from
    widening over it; the first column was read before the subhead, and the subhead opened an
    article with the story's other columns."""
    lines = [line("在旧地图里", 688, 100, 64), line("找回一座城", 688, 186, 64), line("——读《城南旧街巷》", 738, 239, 32)]
    for k in range(4):
        lines += column(TEXT[k * 45:(k + 1) * 45], 69 + 400 * k, 285)
    page = scanned_page(OcrPage(1700, 700, lines), PageInfo(1), "zh")
    assert [(a.headline, a.subhead) for a in page.articles] == [("在旧地图里找回一座城", "读《城南旧街巷》")]
    assert page.articles[0].text().replace("\n", "").replace(" ", "").endswith(TEXT[:180]), page.articles[0].text()[:80]


def test_a_headline_whose_second_pieces_box_reaches_back_into_the_first_is_one_headline():
    """y02: 一家民营电缆厂的“专”字经 was read in two pieces, 字经's box reaching back into the
    first piece's by half a character (its characters right after it); the second piece opened an
    article of its own with the story's last columns."""
    size = 64
    first, second = "一家民营电缆厂的专", "字经"
    x = 100 + size * len(first)
    piece = line(second, x, 100, size)
    piece = OcrLine(second, (x - size // 2, 100, piece.box[2], piece.box[3]), 0.99, piece.chars)
    lines = [line(first, 100, 100, size), piece]
    for k in range(3):
        lines += column(TEXT[k * 60:(k + 1) * 60], 60 + 420 * k, 200)
    page = scanned_page(OcrPage(1300, 900, lines), PageInfo(1), "zh")
    assert [a.headline for a in page.articles] == [first + second]
    assert TEXT[120:130] in page.articles[0].text()


def test_a_kicker_keeps_its_headline_with_a_label_level_with_it_over_the_next_story():
    """t18: 数据, the column label of the story at the right, stood level with the kicker of the
    story at the left (成交量连续三日放大 绩优股领涨), and was read between the kicker and its
    headline: the kicker stood as an article of its own, the label as another (its box reaching a little left of its column's edge, it was
    widened over the kicker's story's last column, and the two made a band of their own)."""
    lines = [line("成交量连续三日放大", 488, 100, 34), line("市场数据", 1240, 100, 34),
             line("沪深股市昨日双双收高", 321, 150, 64), line("两市成交金额", 1380, 150, 64)]
    for k in range(3):
        lines += column(TEXT[k * 60:(k + 1) * 60], 60 + 400 * k, 260)
    for k in range(2):
        lines += column(TEXT[120 - k * 60:180 - k * 60], 1260 + 400 * k, 260)
    page = scanned_page(OcrPage(2100, 900, lines), PageInfo(1), "zh")
    assert [(a.kicker, a.column, a.headline) for a in page.articles] == \
        [("成交量连续三日放大", "", "沪深股市昨日双双收高"), ("", "市场数据", "两市成交金额")]
