"""Advertisements and classified notices (round 10, tests/adverts.py draws them on the layout set's
pages), on pages set by hand as the recogniser reads them over images drawn with their rules: an
advertisement is one article, marked as one, with nothing of a story in it; a block of notices is
one article per notice."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from baoku.core.model import ADVERTISEMENT

from .test_layout_parting import TEXT, _articles, column, line

W, H = 900, 1500


def _box(d: ImageDraw.ImageDraw, box, width: int = 5) -> None:
    d.rectangle(box, outline=0, width=width)


def _story_over(lines: list, d: ImageDraw.ImageDraw) -> int:
    """A story over two columns at the top, a rule under it; where the page below starts."""
    lines += [line("小巷里的大民生", 250, 100, 56)]
    lines += column(TEXT[:78], 60, 190) + column(TEXT[78:156], 460, 190)
    d.line((60, 470, 840, 470), fill=0, width=2)
    return 500


def _advert(lines: list, d: ImageDraw.ImageDraw, top: int, words: list[str]) -> None:
    """An advertisement in a heavy frame from `top`: the mark, display words, offer lines beside
    a logo, a rule, then `words` (its telephone and address lines) at the foot."""
    _box(d, (60, top, 840, top + 560))
    lines.append(line("广告", 90, top + 20, 22))
    lines.append(line("春季家装节全场五折起", 170, top + 70, 56))
    for k, t in enumerate(["品牌地板每平方米一百六十八元起", "整体橱柜满一万元送五千元"]):
        lines.append(line(t, 230, top + 170 + 46 * k, 30))
    d.rectangle((90, top + 170, 200, top + 280), fill=120)
    d.line((90, top + 420, 810, top + 420), fill=0, width=2)
    for k, t in enumerate(words):
        lines.append(line(t, 90, top + 440 + 44 * k, 28))


def _page(words: list[str]):
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    lines: list = []
    _advert(lines, d, _story_over(lines, d), words)
    return _articles(lines, np.asarray(img), W, H)


def test_an_advertisement_is_one_article_marked_as_one():
    """t19, t20, t21: an advertisement in its ruled frame was read as three articles (its mark 广告
    alone, its display words with its offers, its telephone and address lines), none marked."""
    arts = _page(["电话：0523-86612345", "地址：澄江市建设路一八八号"])
    assert len(arts) == 2, [a.text()[:20] for a in arts]
    story, ad = arts
    assert ad.genre == ADVERTISEMENT and story.genre != ADVERTISEMENT
    for words in ("广告", "春季家装节", "一百六十八元", "五千元", "86612345", "建设路"):
        assert words in ad.text() and words not in story.text(), words
    assert ad.headline == "春季家装节全场五折起"


def test_a_story_in_a_ruled_box_is_no_advertisement():
    """A boxed story that gives a telephone number and an address (a reporter's service box) is news."""
    arts = _page(["本报记者　韦明远　咨询电话：0523-86612345", "地址：澄江市建设路一八八号"])
    assert not any(a.genre == ADVERTISEMENT for a in arts), [(a.genre, a.text()[:20]) for a in arts]


NOTICES = [("遗失声明", "澄江市惠民五金店遗失营业执照正本一份，统一社会信用代码作废，声明作废。"),
           ("注销公告", "澄江市明辉装饰工程有限公司经股东会决议，拟向登记机关申请注销登记，请债权人申报债权。"),
           ("招聘启事", "本市某物流公司招聘货车司机五名，要求持驾照，有三年以上驾龄；待遇面议，缴纳社保。"),
           ("寻物启事", "本人于四月十四日下午在城东菜市场附近遗失黑色公文包一个，内有身份证，必有重谢。")]


def test_each_classified_notice_is_an_article_of_its_own():
    """t19, t20, t21: a block of notices under 分类广告 (their titles a little bigger than their
    small type, centred over them) was one article, or two: the title is no display type. A title
    is centred over its notice's lines, not over its indented first line (t21), and the first
    line's box may reach up into the title's (t20)."""
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    lines = [line("小巷里的大民生", 250, 100, 56)]  # a story long enough that its type is the body's
    lines += column(TEXT[:130], 60, 190) + column(TEXT[130:260], 460, 190)
    d.line((60, 640, 840, 640), fill=0, width=2)
    top = 670
    _box(d, (60, top, 840, top + 520), 3)
    lines.append(line("分类广告", 392, top + 14, 34))
    for k, (title, text) in enumerate(NOTICES):
        x, y = 70 + 390 * (k % 2), top + 80 + 230 * (k // 2)
        lines.append(line(title, x + 116, y, 30))
        # the first line indented four characters, its top a pixel or two into the title's box
        lines.append(line(text[:12], x + 92, y + 28, 22))
        lines += [line(text[j:j + 16], x, y + 64 + 34 * ((j - 12) // 16), 22) for j in range(12, len(text), 16)]
    d.line((450, top + 70, 450, top + 518), fill=0, width=1)
    arts = _articles(lines, np.asarray(img), W, H)
    assert len(arts) == 5, [a.text()[:20] for a in arts]
    for (title, text), a in zip(NOTICES, arts[1:]):
        said = "".join(a.text().split())
        assert said == ("分类广告" if title == "遗失声明" else "") + title + text, said
        assert a.genre != ADVERTISEMENT


def test_an_advertisements_mark_heads_nothing_and_its_offers_read_row_by_row():
    """t20: the mark 广告, measured as big as a headline on the specked page, became the
    advertisement's headline; its offers, centred lines whose phrases stand a wide space apart,
    were read piece by piece down the pieces' columns, not row by row."""
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    lines: list = []
    top = _story_over(lines, d)
    _box(d, (60, top, 840, top + 560))
    lines.append(line("广告", 90, top + 20, 38))
    lines.append(line("安居置业正当其时", 226, top + 80, 56))
    rows = [("首付低至百分之十五", 130, "均价每平方米九千八百元起", 460), ("地铁二号线口", 250, "名校学区", 490)]
    for k, (a, xa, b, xb) in enumerate(rows):
        lines += [line(a, xa, top + 180 + 46 * k, 30), line(b, xb, top + 180 + 46 * k, 30)]
    lines += [line("售楼热线：0794-82266666", 90, top + 460, 28), line("项目地址：临川市滨江大道", 90, top + 504, 28)]
    arts = _articles(lines, np.asarray(img), W, H)
    ad = next(a for a in arts if a.genre == ADVERTISEMENT)
    assert ad.headline == "安居置业正当其时", ad.headline
    said = "".join(ad.text().split())
    assert said.startswith("广告安居置业正当其时首付低至百分之十五均价每平方米九千八百元起地铁二号线口名校学区"), said


def test_an_advertisements_lines_across_a_gutter_do_not_join_the_columns_over_it():
    """t20: an advertisement's centred offers ran across the gutter between two stories' columns
    over it; the gutter was lost, and the second story's first column was read as the first's."""
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    lines = [line("小巷通了", 140, 100, 56), line("食堂开张", 540, 100, 56)]
    lines += column(TEXT[:91], 60, 190) + column(TEXT[91:182], 460, 190)
    d.line((60, 520, 840, 520), fill=0, width=2)
    top = 550
    _box(d, (60, top, 840, top + 520))
    lines.append(line("春季家装节全场五折起", 170, top + 30, 56))
    for k, t in enumerate(["品牌地板每平方米一百六十八元起送货上门", "整体橱柜满一万元送五千元再送精美礼品",
                           "凡四月三十日前到店即送精美礼品一份"]):
        lines.append(line(t, 150, top + 130 + 46 * k, 30))
    lines += [line("电话：0523-86612345", 90, top + 420, 28), line("地址：澄江市建设路一八八号", 90, top + 464, 28)]
    arts = _articles(lines, np.asarray(img), W, H)
    assert len(arts) == 3, [a.text()[:20] for a in arts]
    left, right = ("".join(a.text().split()) for a in arts[:2])
    assert TEXT[91:104] not in left and right.startswith("食堂开张" + TEXT[91:104]), (left[:30], right[:30])
