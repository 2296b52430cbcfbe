"""A deck measured as body type: a 引题 set in 楷 at 1.2× the body measures only ~1.05× of it in
ink (its letters sit small in their square, its thin brush ends fade under blur and noise), under
blocks.DISPLAY_RATIO, so it was taken for text: an article of one line and no head (暑期托管报名启动
over 城区三十所小学开设爱心班 in issue-51g's face set (b): GB Song body, Noto Serif Bold heads, Kai
decks), and the head under it lost its kicker. On a Chinese page an article of one short line, no
head and no sentence's end, right over the next article's head within its columns (as a Latin
page's heads-only article, core/layout/loneheads.py), is that head's deck."""

from __future__ import annotations

from baoku.core.layout.blocks import DISPLAY, TEXT, TITLE
from baoku.core.layout.loneheads import joined_heads
from baoku.core.layout.pieces import Block, Group, Page
from baoku.core.ocr.engine import OcrLine


def _page(deck: str) -> tuple[Page, list[Group]]:
    lines = [OcrLine(deck, (120, 100, 420, 131), 0.99),  # the deck, 31 px against a 30 px body
             OcrLine("城区三十所小学开设爱心班", (60, 145, 480, 205), 0.99),  # the head, 60 px
             OcrLine("本报讯　记者昨日从市教育局获悉，今年暑期，城", (40, 220, 500, 250), 0.99)]
    page = Page(600, 800, lines, 30.0)
    upper = Group(head=[], body=[Block(TEXT, [0], lines[0].box, 31.0)], span=(120, 420), top=100)
    lower = Group(head=[Block(TITLE, [1], lines[1].box, 60.0)], body=[Block(TEXT, [2], lines[2].box, 30.0)],
                  span=(40, 500), top=145)
    return page, [upper, lower]


def test_a_one_line_article_right_over_a_head_is_its_deck():
    page, groups = _page("暑期托管报名启动")
    out = joined_heads(page, groups)
    assert len(out) == 1
    assert [b.lines for b in out[0].head] == [[0], [1]] and out[0].head[0].kind == DISPLAY


def test_a_sentences_end_over_a_head_stays_text():
    page, groups = _page("新增摊位六十个，实行明码标价。")  # the last line of a story above
    assert len(joined_heads(page, groups)) == 2


def test_a_latin_page_keeps_its_rule():
    page, groups = _page("暑期托管报名启动")
    page.latin = True
    assert len(joined_heads(page, groups)) == 2
