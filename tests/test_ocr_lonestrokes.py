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
