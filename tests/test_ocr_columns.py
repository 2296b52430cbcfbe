"""Vertical columns read upright, cell by cell (core/ocr/columns.py), and the two reads of a column
made one: drawn with the bundled fonts, as tests/verticalpage.py draws the layout set's vertical
pages."""

from __future__ import annotations

import random

import pytest

from baoku.core.ocr.page import OcrChar, OcrLine

from .typeset import typeface as _font
from .pageset import TrueArticle
from .verticalpage import render_vertical_page


def _column(text: str, size: int, pitch: int, noise: bool = False):
    """An upright crop of one vertical column as the detector boxes it (a few pixels of paper
    round the type)."""
    import numpy as np
    from PIL import Image, ImageDraw

    pad = 6
    img = Image.new("L", (size + 2 * pad, len(text) * pitch + 2 * pad), 255)
    d = ImageDraw.Draw(img)
    font = _font("uming.ttc", size)
    for k, ch in enumerate(text):
        d.text((pad, pad + k * pitch), ch, font=font, fill=0)
    out = np.asarray(img).copy()
    if noise:  # 2% of the pixels flipped, as the layout set's noisy pages
        rng = random.Random(5)
        for _ in range(out.size // 50):
            y, x = rng.randrange(out.shape[0]), rng.randrange(out.shape[1])
            out[y, x] = 255 - out[y, x]
    return out


@pytest.mark.parametrize("text,size,pitch", [
    ("週三低見十二度", 44, 46),  # a headline: 三 and 二 are strokes with white between them
    ("市民二十二日起應多添衣物", 28, 30),  # body type on its 1.08 pitch
    ("最低氣溫或跌至十二度新界更低", 28, 30),
])
@pytest.mark.parametrize("noise", [False, True])
def test_a_column_is_cut_into_one_cell_a_character(text, size, pitch, noise):
    """Cut at its white rows alone, 二 is two characters (十二 was read 十一一); on the column's own
    pitch each character is one cell, whatever white lies between its strokes."""
    from baoku.core.ocr.columns import cells

    crop = _column(text, size, pitch, noise)
    spans = cells(crop)
    assert spans is not None and len(spans) == len(text), spans
    for (a, b), k in zip(spans, range(len(text))):  # each cell round its own character's place
        assert abs((a + b) / 2 - (6 + k * pitch + pitch / 2)) < 0.3 * pitch, (k, a, b)


def test_a_block_of_no_pitch_is_not_cut():
    """A column of one tall glyph-less bar (a rule read as a line) has no cells: it is read as
    rapidocr reads it."""
    import numpy as np

    from baoku.core.ocr.columns import cells

    crop = np.full((300, 40), 255, dtype=np.uint8)
    crop[:, 18:21] = 0
    assert cells(crop) is None


def _line(text: str, confidence: list[float] | None = None) -> OcrLine:
    confidence = confidence or [0.99] * len(text)
    return OcrLine(text, (0, 0, 30, 30 * len(text)), min(confidence),
                   [OcrChar(ch, (0, 30 * k, 30, 30 * k + 28), c) for k, (ch, c) in enumerate(zip(text, confidence))])


def test_the_two_reads_of_a_column_made_one():
    from baoku.core.ocr.columns import merged

    # the upright read reads a bracket set vertically (﹁) as 一; turned, it is what it is
    assert merged(_line("一小老倌一前晚"), _line("「小老信」前晚", [0.9, 1, 1, 0.22, 0.98, 1, 1])).text == "「小老倌」前晚"
    # 十二 read turned as 十一一: the upright read's 二, read surely, stands
    assert merged(_line("或跌至十二度"), _line("或跌至十一一度", [1, 1, 1, 1, 0.6, 0.6, 1])).text == "或跌至十二度"
    # a simplified form read upright gives way to the turned read's traditional one
    assert merged(_line("她说延期", [1, 1, 1, 1]), _line("她說延期", [1, 0.8, 1, 1])).text == "她說延期"
    # a stroke only the upright read gives is no character (a bracket the turned read missed)
    assert merged(_line("一延期我"), _line("延期我")).text == "延期我"
    # the turned read lost the column (its 。 alone) or read nothing: the upright read stands
    assert merged(_line("理。工務部門回應稱"), _line("。")).text == "理。工務部門回應稱"
    assert merged(_line("劇團明年三十二場"), None).text == "劇團明年三十二場"
    assert merged(None, _line("劇團明年")).text == "劇團明年"


ARTICLES = [
    TrueArticle(headline="寒流南下　週三低見十二度",
                lines=["寒流南下　週三低見十二度",
                       "氣象台昨日表示，一股強烈寒流將於本月二十二日抵達，市區最低氣溫或跌至十二度，新界更低至九度。",
                       "市民二十二日起應多添衣物，長者及二歲以下幼童尤其要注意保暖。第二波冷空氣預計月底再到。"],
                roles=["headline", "body", "body"]),
    TrueArticle(headline="「小老倌」登台　唱足三小時",
                lines=["「小老倌」登台　唱足三小時",
                       "一群十二歲的「小老倌」前晚在文娛中心演出，台下觀眾掌聲不斷，場面十分熱鬧。",
                       "團長說：「佢哋練咗兩年，今次終於可以企喺台上，真係唔容易。」",
                       "劇團明年三十二場巡迴演出已經排定，票價維持不變。"],
                roles=["headline", "body", "body", "body"]),
]


def test_a_page_set_vertically_is_read_with_its_stacked_strokes_and_every_column():
    """Read turned alone, this noisy page's headline said 十一度 for 十二度, 小老倌 was 小老馆, and
    one column (劇團明年三十二場巡迴演出已經) read below rapidocr's score and was lost."""
    from baoku.core.ocr.engine import recognise

    page = render_vertical_page(ARTICLES, {"seed": 7, "noise": True, "skew": 0.0, "width": 1400})
    said = "".join(ln.text for ln in recognise(page.png).lines)
    assert "低見十二度" in said, said
    assert "小老倌" in said, said
    assert "劇團明年三十二場巡迴演出已經" in said, said


def _side_head_png(noise: bool = False) -> bytes:
    """A headline set vertically in two columns (国际油价升至 | 近三年来高点, right to left), as
    the layout set draws a 竖题, beside a column of body text, a column rule at its right."""
    import io

    import numpy as np
    from PIL import Image, ImageDraw

    img = Image.new("L", (560, 520), 255)
    d = ImageDraw.Draw(img)
    head, body = _font("DroidSansFallbackFull.ttf", 53), _font("uming.ttc", 28)
    for x, text in ((420, "国际油价升至"), (354, "近三年来高点")):
        for k, ch in enumerate(text):
            d.text((x, 30 + 57 * k), ch, font=head, fill=0)
    d.line((482, 20, 482, 400), fill=0, width=3)  # a column rule beside the head
    for k, words in enumerate(["美元，创下近三", "年来的最高水平", "分析人士认为，", "今年冬季原油需", "求旺盛，油价短"]):
        d.text((30, 30 + 43 * k), words, font=body, fill=0)
    a = np.asarray(img).copy()
    if noise:
        rng = np.random.default_rng(3)
        flip = rng.random(a.shape) < 0.02
        a = np.where(flip, 255 - a, a).astype("uint8")
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, format="PNG")
    return buf.getvalue()


@pytest.mark.parametrize("noise", [False, True])
def test_two_vertical_columns_boxed_as_one_are_read_as_two(noise):
    """On t14's page the detector boxed this headline's two columns as one box, and the
    recogniser read it as 国: the box is now parted into its columns, right to left, each read
    whole (the body's lines beside it are left as they are)."""
    import io

    import numpy as np
    from PIL import Image

    from baoku.core.ocr.columns import parted
    from baoku.core.ocr.reading import read_lines

    png = _side_head_png(noise)
    image = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))
    both = [[340, 20], [490, 20], [490, 380], [340, 380]]  # the two columns in one box, and the rule
    said = [ln.text for ln in read_lines(png, [both]) if ln is not None]
    assert "国际油价升至" not in said  # (read as the detector boxed it, a column is lost)
    parts = parted(image, both)
    assert len(parts) == 2 and min(p[0] for p in parts[0]) > max(p[0] for p in parts[1]), parts
    said = [ln.text for ln in read_lines(png, parts)]
    assert said == ["国际油价升至", "近三年来高点"], said
    short = [[340, 20], [436, 20], [436, 380], [340, 380]]  # (t13) the second column cut short
    said = [ln.text for ln in read_lines(png, parted(image, short))]
    assert said == ["国际油价升至", "近三年来高点"], said
    line = [[30, 30], [230, 30], [230, 62], [30, 62]]
    assert parted(image, line) == [line]  # a horizontal line is no columns
