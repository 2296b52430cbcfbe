"""The other side of the sheet showing through (core/layout/showthrough.py): its print, mirrored
and grey, read by the recogniser as lines of their own among the stories and as characters run on
at a story's line's end (round 12's t27: 个网, 冈街贵省中另, 味业; 动作用明显百习谢断味业, 10.64%
of the page's characters out of place). Pages set by hand as the recogniser reads them, on an
image drawn to match (tests/test_layout_paper.py)."""

from __future__ import annotations

from baoku.core.ocr.engine import OcrChar, OcrLine

from .test_layout_paper import BODY, COLUMNS, HEADS, TEXTS, _even, _page, _read


def _ghost(text: str, x: int, y: int, size: int = BODY) -> list[OcrChar]:
    return [OcrChar(c, (x + size * k, y, x + size * k + size - 3, y + size - 2), 0.6) for k, c in enumerate(text)]


def _draw(gray, chars: list[OcrChar], tone: int) -> None:
    for c in chars:
        x0, y0, x1, y1 = c.box
        gray[y0 + 3:y1 - 3:5, x0 + 2:x1 - 2] = tone
        gray[y0 + 2:y1 - 2, x0 + 4:x1 - 4:7] = tone


def test_the_print_of_the_other_side_is_read_as_no_words_of_the_page():
    lines, gray = _page()
    # a grey line of its own in the white under the first story, read with doubt
    ghost = _ghost("冈街贵省中另", COLUMNS[0] + 20, 640)
    _draw(gray, ghost, 190)
    lines.append(OcrLine("冈街贵省中另", (ghost[0].box[0], 640, ghost[-1].box[2], 668), 0.53, ghost))
    # and grey characters run on at the end of the second story's last line
    last = max((ln for ln in lines if ln.box[0] >= COLUMNS[1]), key=lambda ln: ln.box[1])
    tail = _ghost("习谢断味", last.box[2] + 3, last.box[1])
    _draw(gray, tail, 195)
    lines[lines.index(last)] = OcrLine(last.text + "习谢断味", (last.box[0], last.box[1], tail[-1].box[2], last.box[3]),
                                       0.85, last.chars + tail)
    read = _read(lines, gray)
    assert [h for h, _ in read] == list(HEADS), read
    assert [t.endswith(x) for (_, t), x in zip(read, TEXTS)] == [True, True], read
    assert not any(c in t for _, t in read for c in "冈街贵省另习谢断味"), read


def test_grey_print_of_the_page_itself_stays():
    """A page printed grey all over (faded ink) is its own print, faint or not (a guard)."""
    lines, gray = _page()
    gray[gray < 255] = 150
    read = _read(lines, gray)
    assert [t.endswith(x) for (_, t), x in zip(read, TEXTS)] == [True, True], read


def test_on_a_noisy_page_the_backs_print_among_the_heads_is_no_words():
    """Round 13's t31 (show-through 0.4 on a blurred, noisy page): the body's thin strokes are grey
    there, the back's print hardly lighter, so the page-wide measure kept it where it met a head:
    three grey characters the recogniser ran on before a black headline (呆坏不试用期…), and a
    line it boxed across a head's rows (四案典), read with some doubt, whose box takes in the
    head's black."""
    lines, gray = _page()
    for ln in lines:
        if ln.box[3] - ln.box[1] < 40:  # the body: grey thin strokes
            _draw(gray, ln.chars, 100)
    second = min((ln for ln in lines if ln.box[0] >= COLUMNS[1]), key=lambda ln: ln.box[1])
    before = _ghost("呆坏不", second.box[0] - 3 * 20 - 1, second.box[1] + 10, 20)  # clear of the first head
    _draw(gray, before, 160)
    lines[lines.index(second)] = OcrLine("呆坏不" + second.text, (before[0].box[0],) + second.box[1:], 0.98,
                                         before + second.chars)
    head = max((ln for ln in lines if ln.box[0] < COLUMNS[1] and ln.box[3] - ln.box[1] > 40), key=lambda ln: ln.box[1])
    ghost = [OcrChar(c, (COLUMNS[0] + 40 * k, head.box[3] - 14, COLUMNS[0] + 40 * k + 36, head.box[3] + 26), 0.7)
             for k, c in enumerate("四案典")]
    for c in ghost:
        x0, y0, x1, y1 = c.box
        gray[head.box[3] + 2:y1 - 2:5, x0 + 2:x1 - 2] = 160
    lines.append(OcrLine("四案典", (ghost[0].box[0], ghost[0].box[1], ghost[-1].box[2], ghost[0].box[3]), 0.78, ghost))
    read = _read(lines, gray)
    assert [h for h, _ in read] == list(HEADS), read
    assert [t.endswith(x) for (_, t), x in zip(read, TEXTS)] == [True, True], read
    assert not any(c in h + t for h, t in read for c in "呆坏案典"), read  # (四 and 不 are the stories' words too)


def test_a_glyph_of_few_strokes_at_a_lines_end_stays_the_lines():
    """A character of a few thin strokes (工 三 口 in a JPEG'd page's body) fills little of its cell:
    measured against its line's print alone it looked faint, and the rule that drops the back's
    characters run on at a line's end dropped it (15 old pages of the set lost one or two)."""
    lines, gray = _page()
    first = min((ln for ln in lines if ln.box[0] < COLUMNS[1] and ln.box[3] - ln.box[1] < 40), key=lambda ln: ln.box[1])
    x0, y0, x1, y1 = first.chars[-1].box
    gray[y0:y1, x0:x1] = 255
    gray[(y0 + y1) // 2 - 1:(y0 + y1) // 2 + 2, x0 + 8:x0 + 12] = 20  # one short stroke, a speck of its cell
    assert _read(lines, gray) == _even()
