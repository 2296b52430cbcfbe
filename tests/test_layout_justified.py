"""A line justified wide, read by the detector in pieces on pages set by hand as the recogniser
reads them (lines with their characters' boxes, no image): t13's dateline 新华社北京5月19日电
（记者 邵景林 任雅琴）, set wide in its column, was read as 日电 and （记者 邵景林 任雅, the second
a pixel or two higher; the first became a block of its own, read after its story's paragraph
(新华社北京5月19（记者 邵景林 任雅日电琴）)."""

from __future__ import annotations

from baoku.core.importing.scan import laid_out_page
from baoku.core.layout import analyse
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage

BODY = 30
PER = 12  # characters a column's line holds
COLUMNS = (60, 60 + PER * BODY + 40)  # two columns, a gutter of 40 px between
HEAD_A, HEAD_B = "全国技术改造工作会议在京召开", "夏粮长势良好丰收在望"
TEXT_A = ("全国技术改造工作会议今天在北京开幕。会议提出，今后三年，各地区、各部门要把技术改造的重点放在"
          "基础产业和骨干企业上，依靠科技进步提高经济效益。")
TEXT_B = ("本报讯据农业部农情调度，目前全国冬小麦已进入灌浆期，大部分地区苗情好于去年，夏粮丰收在望。"
          "各地正抓紧做好夏收准备工作，确保颗粒归仓。")


def _line(text: str, x: int, y: int, size: int = BODY, step: float = 0) -> OcrLine:
    step = step or size
    chars = [OcrChar(c, (int(x + step * k), y, int(x + step * k) + size - 3, y + size - 2), 0.99)
             for k, c in enumerate(text)]
    return OcrLine(text, (x, y, chars[-1].box[2], y + size - 2), 0.99, chars)


def _reaching(ln: OcrLine, far: int) -> OcrLine:
    """The line boxed `far` px past its last character (as the recogniser boxed t13's 8 日电, over
    the bracket of the piece after it)."""
    x0, y0, x1, y1 = ln.box
    return OcrLine(ln.text, (x0, y0, x1 + far, y1), ln.confidence, ln.chars)


def _story(head: str, text: str, x: int, first: list[tuple[str, float]], drop: int) -> list[OcrLine]:
    """A head over its column, then its text: the first line in pieces (text, where it starts in
    characters from the column's edge), each piece after the first `drop` px higher, the rest
    twelve characters a line."""
    lines = [_line(head[:PER // 2], x, 60, 2 * BODY - 4), _line(head[PER // 2:], x, 60 + 2 * BODY, 2 * BODY - 4)]
    y = 60 + 4 * BODY + 20
    for k, (part, at) in enumerate(first):
        lines.append(_line(part, int(x + at * BODY), y - (drop if k else 0)))
    said = "".join(p for p, _ in first)
    rest = text[len(said):]
    for n, a in enumerate(range(0, len(rest), PER), 1):
        lines.append(_line(rest[a:a + PER], x, y + n * int(1.4 * BODY)))
    return lines


def _read(lines: list[OcrLine]) -> list[tuple[str, str]]:
    page = laid_out_page(analyse(OcrPage(900, 800, lines)), PageInfo(1), "zh")
    return [(a.headline, a.text().replace("\n", "").replace(" ", "")) for a in page.articles]


def test_a_line_justified_wide_is_read_in_its_order_whatever_the_white_between_its_pieces():
    for gap in (0.8, 2.5, 4.5):  # white between the pieces, in characters
        first = [(TEXT_A[:2], 0), (TEXT_A[2:PER - int(gap + 0.99)], 2 + gap)]  # (the line as wide as its column)
        lines = _story(HEAD_A, TEXT_A, COLUMNS[0], first, drop=2) + _story(HEAD_B, TEXT_B, COLUMNS[1],
                                                                            [(TEXT_B[:PER], 0)], 0)
        read = _read(lines)
        assert [h for h, _ in read] == [HEAD_A, HEAD_B], (gap, read)
        assert read[0][1].endswith(TEXT_A), (gap, read[0][1])


def test_a_piece_boxed_past_its_last_character_joins_its_line():
    """t13's 8 日电 | （记者何福田）辽: the first piece's box reaches over the second's."""
    first = [(TEXT_A[:2], 0), (TEXT_A[2:PER - 1], 2.5)]
    lines = _story(HEAD_A, TEXT_A, COLUMNS[0], first, drop=2) + _story(HEAD_B, TEXT_B, COLUMNS[1], [(TEXT_B[:PER], 0)], 0)
    lines[2] = _reaching(lines[2], 3 * BODY)  # (12 px over the second piece)
    read = _read(lines)
    assert [h for h, _ in read] == [HEAD_A, HEAD_B], read
    assert read[0][1].endswith(TEXT_A), read[0][1]


def test_lines_level_across_a_gutter_stay_in_their_columns():
    """Level lines of two columns, a gutter apart, are no pieces of one line: each stays its
    story's (a guard: so it was before)."""
    a = [(TEXT_A[:PER], 0)]
    b = [(TEXT_B[:PER], 0)]
    read = _read(_story(HEAD_A, TEXT_A, COLUMNS[0], a, 0) + _story(HEAD_B, TEXT_B, COLUMNS[1], b, 0))
    assert [h for h, _ in read] == [HEAD_A, HEAD_B], read
    assert read[0][1].endswith(TEXT_A) and read[1][1].endswith(TEXT_B), read


def test_a_line_boxed_in_two_touching_pieces_joins_with_no_line_across_its_white():
    """t22's 导读 box (round 11): ▲第五版　江州队 boxed as two pieces whose boxes touch, the lines
    over and under it short (its entries wrap), so no line ran across its white; 江州队 became a
    block of its own, read after the box's last entry. Boxes that touch part no columns."""
    x, y = COLUMNS[0], 60
    lines = [_line("导读", x, y, 2 * BODY - 4)]
    entries = [("▲第二版", "全市秋粮收购过半"), ("▲第五版", "江州队客场逆转晋级"), ("▲第七版", "非遗剪纸走进课堂")]
    y += 2 * BODY + 20
    for k, (mark, words) in enumerate(entries):
        first = words[:PER - 2 - len(mark) - 1]
        start = x + (2 + len(mark) + 1) * BODY + 6  # a full-width space and a little more between them
        if k != 1:  # read as one line
            lines.append(_line(mark + "　" + first, x + 2 * BODY, y))
        else:  # boxed in two pieces, the second (few characters) boxed tighter
            left = _line(mark, x + 2 * BODY, y)
            lines += [_reaching(left, start - left.box[2] + 2), _line(first, start, y + 2, BODY - 4)]
        lines.append(_line(words[len(first):], x, y + int(1.4 * BODY)))
        y += 2 * int(1.4 * BODY)
    for n, a in enumerate(range(0, len(TEXT_A), PER)):  # a story's full lines under the box, in its column
        lines.append(_line(TEXT_A[a:a + PER], x, y + 2 * BODY + n * int(1.4 * BODY)))
    lines += _story(HEAD_B, TEXT_B, COLUMNS[1], [(TEXT_B[:PER], 0)], 0)
    text = "".join(t for _, t in _read(lines))
    for mark, words in entries:
        assert mark + words in text.replace("　", ""), text
