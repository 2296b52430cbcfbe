"""Vertical heads on a horizontal page (竖题), set by hand as the recogniser reads them: a story's
headline in a column of characters one under another at the right (or left) of its body, with
its kicker or subhead in columns beside it. The head is the story's, read right to left, and the
body beside it is the story's text."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage

from .test_layout_heads import TEXT, column, line


def vline(text: str, x: int, y: int, size: int) -> OcrLine:
    """A column of characters one under another, as the recogniser reads it upright."""
    pitch = int(size * 1.08)
    chars = [OcrChar(c, (x, y + pitch * k, x + size, y + pitch * (k + 1) - 2), 0.99) for k, c in enumerate(text)]
    return OcrLine(text, (x, y, x + size, y + pitch * len(text)), 0.99, chars)


def _neighbour(x: int) -> list[OcrLine]:
    """A one-column story with its headline over it, at x, beside the vertical head's story."""
    return [line("小巷里的大民生", x, 100, 40)] + column(TEXT[100:190], x, 180, 9)


def test_a_headline_set_vertically_at_a_storys_right_heads_the_columns_at_its_left():
    """Kicker, headline and subhead in three columns at the story's right, its body in two
    columns at their left, and a story with a horizontal headline further left: two articles, the
    vertical head the second's, read right to left, with the body beside it, top to bottom."""
    body = TEXT[:200]
    lines = _neighbour(60)
    lines += column(body[:104], 480, 100) + column(body[104:], 900, 100, 5)
    lines += [vline("来自基层一线的报告", 1200, 134, 32), vline("老城焕发新活力", 1130, 100, 56),
              vline("记城区老旧小区改造", 1085, 134, 32)]
    page = scanned_page(OcrPage(1300, 1200, lines), PageInfo(1), "zh")
    heads = [(a.kicker, a.headline, a.subhead) for a in page.articles]
    assert heads == [("", "小巷里的大民生", ""), ("来自基层一线的报告", "老城焕发新活力", "记城区老旧小区改造")], heads
    said = page.articles[1].text().replace("\n", "")
    assert body[:60] in said and body[150:200] in said
    assert "老城焕发新活力" not in page.articles[0].text()


def test_a_two_column_headline_at_a_storys_left_is_read_right_to_left():
    """A long headline set vertically in two columns at the left of its story: one headline, its
    right column first; the story right of it takes its body, the story left of it keeps its own."""
    body = TEXT[:180]
    lines = _neighbour(60)
    lines += [vline("国务院发出通知", 560, 100, 56), vline("要求切实减轻农民负担", 490, 100, 56)]
    lines += column(body[:64], 660, 100, 8) + column(body[64:], 920, 100)
    page = scanned_page(OcrPage(1500, 1200, lines), PageInfo(1), "zh")
    heads = [a.headline for a in page.articles]
    assert heads == ["小巷里的大民生", "国务院发出通知要求切实减轻农民负担"], heads
    said = page.articles[1].text().replace("\n", "")
    assert body[:40] in said and body[120:180] in said


def test_two_vertical_heads_one_over_the_other_keep_their_own_columns():
    """Two stories one over the other, each headed by a vertical head at its right, the lower
    one's columns set a little left of the upper one's (t14): each head is its own story's, its
    columns read right to left; the columns of the two are not mixed by where they stand across."""
    upper, lower = TEXT[:120], TEXT[60:180]
    lines = column(upper[:52], 60, 100) + column(upper[52:], 480, 100, 9)
    lines += [vline("亚太经合组织会议开幕", 880, 134, 32), vline("与会部长呼吁", 820, 100, 56),
              vline("加强合作", 760, 134, 56)]
    lines += column(lower[:52], 60, 700) + column(lower[52:], 480, 700, 10)
    lines += [vline("国际油价升至", 850, 700, 56), vline("近三年来高点", 790, 700, 56)]
    page = scanned_page(OcrPage(1000, 1200, lines), PageInfo(1), "zh")
    heads = [(a.kicker, a.headline) for a in page.articles]
    assert heads == [("亚太经合组织会议开幕", "与会部长呼吁加强合作"), ("", "国际油价升至近三年来高点")], heads


def test_a_vertical_sign_in_a_photo_heads_nothing():
    """A photo beside a story shows a sign lettered vertically, which the recogniser reads (禁止
    游泳危险水域): it is the picture's, as a drawing's lettering is, and heads no story."""
    import numpy as np
    from PIL import Image, ImageDraw

    from .test_layout_pictures import _framed

    img = Image.new("L", (1200, 900), 255)
    _framed(ImageDraw.Draw(img), (640, 100, 1140, 700), 0.6)
    lines = [line("小巷里的大民生", 120, 100, 48)] + column(TEXT[:72], 60, 180, 9) + column(TEXT[72:144], 340, 180, 9)
    lines += [vline("禁止游泳危险水域", 760, 160, 40)]
    page = scanned_page(OcrPage(1200, 900, lines), PageInfo(1), "zh", np.asarray(img))
    assert [a.headline for a in page.articles if a.headline] == ["小巷里的大民生"], \
        [(a.headline, a.text()[:20]) for a in page.articles]


def _row(text: str, x: int, y: int, size: int) -> OcrLine:
    """Characters of a head's columns side by side, read across as a line (the detector's box
    over a row of a vertical head set in two close columns), each cell a little taller than set."""
    chars = [OcrChar(c, (x + size * k, y, x + size * (k + 1), y + int(size * 1.4)), 0.99) for k, c in enumerate(text)]
    return OcrLine(text, (x, y, x + size * len(text), y + int(size * 1.4)), 0.99, chars)


def test_a_two_column_head_the_detector_read_partly_across_is_read_down_its_columns():
    """A headline in two close columns (各地积极发展 | 农村商品生产) the detector boxed in part as
    rows across both columns (农各, 村地 at the top, 产展 at the foot) and in part as pieces of each
    column, a character read twice where they overlap (d09): one headline, its right column first,
    each character once, heading the body at its left."""
    body = TEXT[:180]
    lines = column(body[:90], 60, 100) + column(body[90:], 480, 100)
    x, y, s = 900, 100, 56
    lines += [_row("农各", x, y, s), _row("村地", x + 4, y + s, s),
              vline("地积极发屏", x + s + 4, y + s, 48), vline("商品生产", x + 4, y + 2 * s + 8, 48),
              _row("产展", x, y + 5 * s - 20, s)]
    page = scanned_page(OcrPage(1100, 1000, lines), PageInfo(1), "zh")
    heads = [a.headline for a in page.articles]
    assert heads == ["各地积极发屏农村商品生产"] or heads == ["各地积极发展农村商品生产"], heads
    said = page.articles[0].text().replace("\n", "")
    assert body[:40] in said and body[140:180] in said


def test_a_vertical_head_alone_in_its_column_heads_the_columns_left_of_it():
    """A story over three of the page's columns whose text ran out before the last, its head set
    vertically at that column's right, the column otherwise white (x01), under a story over the
    three: the head is the lower story's and heads the body in the two columns left of it."""
    upper, lower = TEXT[:117], TEXT[60:200]
    lines = [line("小巷里的大民生", 300, 100, 48)]
    lines += column(upper[:39], 60, 180) + column(upper[39:78], 480, 180) + column(upper[78:], 900, 180)
    lines += column(lower[:78], 60, 400) + column(lower[78:], 480, 400)
    lines += [vline("今年高校毕业", 1200, 400, 56), vline("生分配计划下达", 1140, 400, 56)]
    page = scanned_page(OcrPage(1300, 1000, lines), PageInfo(1), "zh")
    heads = [a.headline for a in page.articles]
    assert heads == ["小巷里的大民生", "今年高校毕业生分配计划下达"], heads
    said = page.articles[1].text().replace("\n", "")
    assert lower[:40] in said and lower[100:140] in said
