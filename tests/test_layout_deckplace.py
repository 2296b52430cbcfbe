"""A subhead whose ink measures as body type (core/layout/deckplace.py). In issue-51g's face set (b)
the 副题 is set in 楷 at 1.2 times the body but measures 1.04 to 1.08 times it in ink, under
blocks.DISPLAY_RATIO: it was taken for text and read into a column's first paragraph (b01's
新开通三条东南亚航线　冷链货物增长最快 in the second column). CI has no Kai face: the page is drawn in
the bundled uming with the subhead's glyphs at the body's size but set 1.2 body sizes apart (the
advance a deck's type keeps, its ink as small as Kai's), and read as the recogniser boxes it."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from baoku.core.layout import analyse
from baoku.core.layout.blocks import DISPLAY
from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage
from tests.scanpage import FONTS

BODY = 30
HEAD = "江海港吞吐量同比增长九成"
SUB = "新开通三条东南亚航线冷链货物增长最快"
TEXT = ("本报讯记者从江海港务集团获悉今年前两个月江海港完成集装箱吞吐量六十八万标准箱同比增长百分之九其中外贸箱量增长"
        "百分之十一港务集团市场部负责人介绍一月以来港口先后开通至胡志明市林查班和巴生港的三条直达航线每周新增舱位四千多"
        "标准箱东南亚方向的冷链货物吞吐量同比增长近三成港区新增的八百个冷藏箱插座已基本用满为缩短货物在港时间江海海关"
        "推行船边直提和抵港直装进口冷链货物平均通关时间压缩到十个小时以内")
PER = 14  # characters of a column's line
COLUMNS = (60, 540)


def _page(sub: str, advance: int) -> tuple[list[tuple[list[str], list[str]]], dict[str, str]]:
    """The page laid out (each article's head lines and text lines, in order): a head over two
    columns, `sub` centred under it at `advance` px a character."""
    image = Image.new("L", (1040, 640), 255)
    draw = ImageDraw.Draw(image)
    lines: list[OcrLine] = []

    def put(text: str, x: int, y: int, size: int, step: int, face: str) -> None:
        font = ImageFont.truetype(str(FONTS / face), size)
        chars = []
        for k, ch in enumerate(text):
            if ch.strip():
                draw.text((x + step * k, y), ch, font=font, fill=0)
                chars.append(OcrChar(ch, (x + step * k, y, x + step * k + size - 2, y + size + 4), 0.99))
        lines.append(OcrLine(text, (chars[0].box[0], y, chars[-1].box[2], y + size + 4), 0.99, chars))

    put(HEAD, (1040 - 2 * BODY * len(HEAD)) // 2, 40, 2 * BODY, 2 * BODY, "DroidSansFallbackFull.ttf")
    put(sub, (1040 - advance * len(sub)) // 2, 40 + 2 * BODY + 14, BODY, advance, "uming.ttc")
    rows = [TEXT[a:a + PER] for a in range(0, len(TEXT), PER)]
    half = (len(rows) + 1) // 2
    for n, row in enumerate(rows):
        put(row, COLUMNS[n // half], 200 + (n % half) * int(1.5 * BODY), BODY, BODY, "uming.ttc")
    lay = analyse(OcrPage(1040, 640, lines), np.asarray(image))
    text = lay.page.lines
    return [([text[i].text for b in g.head for i in b.lines], [text[i].text for b in g.body for i in b.lines])
            for g in lay.groups], {text[i].text: b.kind for b in lay.page.blocks for i in b.lines}


def test_a_subhead_set_wide_under_its_head_is_the_heads():
    [(head, body)], kinds = _page(SUB, int(1.2 * BODY))
    assert head == [HEAD, SUB], head
    assert kinds[SUB] == DISPLAY
    assert "".join(body) == TEXT, body  # (not read into the second column's first line)


def test_a_line_in_body_type_under_a_head_stays_text():
    """The same line set as the body is (its characters a body size apart) heads nothing."""
    groups, kinds = _page(SUB, BODY)
    assert kinds[SUB] != DISPLAY and all(SUB not in head for head, _ in groups)


def test_words_spaced_apart_are_no_deck():
    """A weather box's words stand apart by white, not by their type's advance."""
    sub = "今天　多云　北风　三级　气温"
    groups, kinds = _page(sub, BODY)
    assert kinds[sub] != DISPLAY and all(sub not in head for head, _ in groups)
