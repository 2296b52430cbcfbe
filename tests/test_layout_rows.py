"""A service box's rows (a results table, a price list) set as the lines of a story over three
columns, on pages set by hand as the recogniser reads them (lines with their characters' boxes,
no image): s17, where a row too long for its column wrapped its last character onto a line of
its own (青州矿 | 工), and the rows were read across the box, row by row, instead of down its
columns."""

from __future__ import annotations

from baoku.core.importing.scan import laid_out_page
from baoku.core.layout import analyse
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage

BODY = 26
LEAD = 44
HEAD = "昨日赛果"
ROWS = ["省超联赛第十轮", "滨江海鸥　２∶１　青州矿工", "南屏铁军　０∶０　云川竞技", "临港水手　３∶１　白石山城",
        "北原钢铁　１∶２　东湖雄鹰", "西岭山猫　２∶２　安平港务"]


def _line(text: str, x: int, y: int, size: int = BODY) -> OcrLine:
    """A line as read: the white of a full-width space is no character."""
    chars = [OcrChar(c, (x + size * k, y, x + size * (k + 1) - 2, y + size), 0.99)
             for k, c in enumerate(text) if c != "\u3000"]
    return OcrLine(text.replace("\u3000", ""), (chars[0].box[0], y, chars[-1].box[2], y + size), 0.99, chars)


STORY = ("本报讯　为期三天的滨江市青少年游泳锦标赛昨日在市游泳馆落下帷幕，来自全市十一个区县的四百余名小选手"
         "参加了五十个单项的角逐，共有七人次打破市少年纪录。市体育局青少年处负责人介绍，本次比赛首次全面启用"
         "电子计时系统，成绩将作为今年省运会游泳项目的选拔依据之一，预计七月上旬公布入选名单。不少家长在看台上"
         "全程观赛，一位家长说，孩子每周训练五次，这次虽然没拿到奖牌，但个人成绩提高了近两秒。")


def _box(width: int = 14):
    """The head centred over three columns `width` characters wide; each row a paragraph (its
    first line indented two characters) wrapped at the column's width, run down the columns;
    under the box, a story in the same three columns."""
    lines = [_line(HEAD, 40 + (3 * width * BODY + 2 * 40 - 4 * 56) // 2, 40, 56)]
    lines.append(_line("游泳锦标赛落幕", 40 + (3 * width * BODY + 2 * 40 - 7 * 56) // 2, 420, 56))
    text = "\u3000\u3000" + STORY
    body = [text[k:k + width] for k in range(0, len(text), width)]
    per = -(-len(body) // 3)
    for k, piece in enumerate(body):
        col, at = divmod(k, per)
        lead = len(piece) - len(piece.lstrip("\u3000"))
        lines.append(_line(piece.lstrip("\u3000"), 40 + col * (width * BODY + 40) + lead * BODY, 510 + at * LEAD))
    wrapped = []
    for row in ROWS:
        text = "\u3000\u3000" + row
        wrapped += [text[k:k + width] for k in range(0, len(text), width)]
    per = -(-len(wrapped) // 3)
    for k, text in enumerate(wrapped):
        col, at = divmod(k, per)
        x = 40 + col * (width * BODY + 40)
        lead = len(text) - len(text.lstrip("\u3000"))
        lines.append(_line(text.lstrip("\u3000"), x + lead * BODY, 130 + at * LEAD))
    return lines


def test_a_rows_last_character_wrapped_onto_a_line_of_its_own_keeps_the_box_read_down_its_columns():
    lines = _box()
    assert any(len(ln.text) == 1 for ln in lines)  # rows wrapped: a character on a line of its own
    page = laid_out_page(analyse(OcrPage(1400, 1000, lines)), PageInfo(1), "zh")
    assert [a.headline for a in page.articles] == [HEAD, "游泳锦标赛落幕"]
    said = page.articles[0].text().replace("\n", "").replace(" ", "")
    assert said.endswith("".join(r.replace("\u3000", "") for r in ROWS)), said
