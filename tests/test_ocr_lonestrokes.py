"""A character of one thin stroke (一) at the head or foot of a line set vertically, which the
detector's box left out (d10's vertical head 一部小说与一座城 stored as 部小说与一座城), is put
back from the ink; a rule under a column, a horizontal line's dash or a speck is not."""

import numpy as np
from PIL import Image, ImageDraw

from baoku.core.ocr.lonestrokes import with_lone_strokes
from baoku.core.ocr.page import OcrChar, OcrLine

from .typeset import typeface

SIZE = 56


def _column(text: str, x: int = 100, y: int = 60):
    """A page with `text` set down one column, and each character's box as the recogniser gives it."""
    img = Image.new("L", (400, 900), 255)
    draw = ImageDraw.Draw(img)
    font = typeface("DroidSansFallbackFull.ttf", SIZE)
    chars = []
    for k, ch in enumerate(text):
        top = y + k * SIZE
        draw.text((x, top), ch, font=font, fill=0)
        chars.append(OcrChar(ch, (x - 2, top + 10, x + SIZE + 2, top + SIZE + 10), 0.99))  # the em as drawn
    return img, draw, chars


def _line(chars):
    return OcrLine("".join(c.text for c in chars), (chars[0].box[0], chars[0].box[1], chars[-1].box[2],
                                                     chars[-1].box[3]), 0.99, chars)


def test_a_vertical_lines_lone_stroke_left_out_of_its_box_is_read_as_yi():
    img, _, chars = _column("一部小说与一座城")
    lines = with_lone_strokes([_line(chars[1:])], np.asarray(img))  # the box starts at 部
    assert lines[0].text == "一部小说与一座城"
    assert lines[0].box[1] < chars[1].box[1] and lines[0].chars[0].text == "一"
    img, _, chars = _column("小说与一座城一")
    assert with_lone_strokes([_line(chars[:-1])], np.asarray(img))[0].text == "小说与一座城一"


def test_a_rule_a_speck_or_a_horizontal_line_is_left_alone():
    img, draw, chars = _column("部小说与一座城")
    draw.rectangle((40, chars[-1].box[3] + 20, 260, chars[-1].box[3] + 23), fill=0)  # a rule under the column
    draw.rectangle((120, 20, 123, 23), fill=0)  # a speck over it
    lines = with_lone_strokes([_line(chars)], np.asarray(img))
    assert lines[0].text == "部小说与一座城"
    img = Image.new("L", (900, 300), 255)
    draw = ImageDraw.Draw(img)
    font = typeface("DroidSansFallbackFull.ttf", SIZE)
    draw.text((60, 100), "一部小说", font=font, fill=0)  # set across: a dash and 一 look alike there
    row = [OcrChar(ch, (60 + k * SIZE, 100, 60 + (k + 1) * SIZE, 100 + SIZE), 0.99) for k, ch in enumerate("一部小说")]
    flat = OcrLine("部小说", (row[1].box[0], 100, row[-1].box[2], 100 + SIZE), 0.99, row[1:])
    assert with_lone_strokes([flat], np.asarray(img))[0].text == "部小说"


BODY = 28


def _across(text: str, read: int, after=None, seed: int = 0):
    """A line of body type set across, blurred and 2% noisy as a worn scan is, and the line as the
    recogniser read it: its first `read` characters, the box stopping there. `after` draws more
    at the line's end (a rule, a dash)."""
    from PIL import ImageFilter

    img = Image.new("L", (700, 120), 255)
    draw = ImageDraw.Draw(img)
    font = typeface("uming.ttc", BODY)
    x, y = 40, 40
    draw.text((x, y), text, font=font, fill=0)
    if after is not None:
        after(draw, x + font.getlength(text), y)
    a = np.asarray(img.filter(ImageFilter.GaussianBlur(0.7))).astype("int16")
    flip = np.random.default_rng(seed).random(a.shape) < 0.02
    gray = np.where(flip, 255 - a, a).clip(0, 255).astype("uint8")
    chars, left = [], x
    for ch in text[:read]:
        w = font.getlength(ch)
        chars.append(OcrChar(ch, (int(left), y + 2, int(left + w), y + BODY + 4), 0.99))
        left += w
    return gray, _line(chars)


def test_a_yi_the_box_left_out_at_a_lines_end_is_read_back():
    """b01: 本报讯　十六日，一 / 列满载… stored without its 一 (the detector's box stopped at the
    comma), on a page blurred and noisy as the held-out scans are; a caption's 一 after a comma the
    box took in but did not read (b03: 在东州城北变电站，一 / 台巡检机器人)."""
    gray, line = _across("本报讯十六日，一", 7)
    assert line.text == "本报讯十六日，"
    mended = with_lone_strokes([line], gray)[0]
    assert mended.text == "本报讯十六日，一" and mended.box[2] > line.box[2]
    gray, line = _across("城北变电站，一", 5)
    assert with_lone_strokes([line], gray)[0].text == "城北变电站一"


def test_a_dash_a_rule_or_nothing_at_a_lines_end_is_left_alone():
    gray, line = _across("本报讯十六日，——", 7)  # a dash: two glyphs wide
    assert with_lone_strokes([line], gray)[0].text == line.text
    gray, line = _across("本报讯十六日，", 7, lambda d, x, y: d.rectangle((x + 4, y + 13, x + 200, y + 15), fill=0))
    assert with_lone_strokes([line], gray)[0].text == line.text  # a rule runs on out of the cell
    gray, line = _across("本报讯十六日。", 7, seed=3)  # white and noise only
    assert with_lone_strokes([line], gray)[0] is line


def _quote_read_whole(gray, line, to: int):
    """The line as f02's recogniser gave it: its last item, an opening quote, boxed on to `to` (over
    the stroke after it, which it did not read)."""
    last = line.chars[-1]
    chars = line.chars[:-1] + [OcrChar(last.text, (last.box[0], last.box[1], to, last.box[3]), 0.9)]
    return OcrLine(line.text, (line.box[0], line.box[1], to, line.box[3]), 0.99, chars)


def test_a_yi_read_into_an_opening_quotes_box_at_a_lines_end_is_read_back():
    """f02 (round 16b): 管理部门也没有“一 / 关了之”… stored as 没有“ / 关了之”: the recogniser
    boxed the 一 with the quote before it and read the quote alone. An opening mark never ends a
    line, so the ink after its own strokes is looked at: a lone level stroke there is 一."""
    gray, line = _across("管理部门也没有“一", 8)
    line = _quote_read_whole(gray, line, line.box[2] + BODY)
    assert line.text == "管理部门也没有“"
    assert with_lone_strokes([line], gray)[0].text == "管理部门也没有“一"


def test_a_dash_or_nothing_after_an_opening_quote_at_a_lines_end_is_left_alone():
    gray, line = _across("管理部门也没有“——", 8)  # a dash two glyphs wide
    line = _quote_read_whole(gray, line, line.box[2] + BODY)
    assert with_lone_strokes([line], gray)[0].text == line.text
    gray, line = _across("管理部门也没有“", 8, seed=5)  # white and noise only
    assert with_lone_strokes([line], gray)[0].text == line.text
