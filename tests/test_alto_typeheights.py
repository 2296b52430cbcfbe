"""An ALTO page's type measured by its words, not by its TextLines' boxes (issue 30, h46c).

ABBYY's ALTO (the Park Record, the Beaver County News) boxes some TextLines well over their words
(a line of words 13-16 px high boxed 25 px: 200 units over words spanning 128), and boxes each
word to its own letters (on 76 units, flying 120), a little stepped on a page set aslant. The
layout measures a Latin line's type by its box, so such a body line measured as display type and
opened an article of its own in the story's midst. The scan of the same page (the recogniser
boxes every line alike) keeps the story whole. Here two stories, each under its head, with the
body lines' words boxed as ABBYY boxes them and one line in four boxed tall."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from baoku.core.importing.alto import alto_page, read_alto
from baoku.core.importing.newsxml import parse_xml
from baoku.core.model import PageInfo

WORDS = ("the council met on tuesday evening and voted to pave main street from the depot to the school "
         "house before the first of september at a cost of twelve thousand dollars which the city will "
         "raise by a special levy on the property along the street while the mayor said the work would "
         "give employment to many men during the summer months").split()
TALL = set("bdfhklt")  # letters reaching up
LOW = set("gjpqy")  # and down


def _word(w: str, x: int, base: int) -> tuple[int, int, int, int]:
    """A word boxed to its letters as ABBYY boxes it: x-height 8 px over the baseline, ascenders 5
    more, descenders 4 under it."""
    top = base - 8 - (5 if set(w) & TALL or w[:1].isupper() else 0)
    bottom = base + (4 if set(w) & LOW else 0)
    return x, top, x + 9 * len(w), bottom


def _alto(lines: list[tuple[list[tuple[str, tuple]], tuple]]) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v2#">',
           '<Description><MeasurementUnit>pixel</MeasurementUnit></Description><Layout>'
           '<Page ID="P1" WIDTH="1200" HEIGHT="1400"><PrintSpace><TextBlock ID="TB1">']
    for words, b in lines:
        out.append(f'<TextLine HPOS="{b[0]}" VPOS="{b[1]}" WIDTH="{b[2] - b[0]}" HEIGHT="{b[3] - b[1]}">')
        for k, (w, box) in enumerate(words):
            if k:
                out.append("<SP/>")
            out.append(f'<String CONTENT={quoteattr(w)} HPOS="{box[0]}" VPOS="{box[1]}" '
                       f'WIDTH="{box[2] - box[0]}" HEIGHT="{box[3] - box[1]}"/>')
        out.append("</TextLine>")
    out.append("</TextBlock></PrintSpace></Page></Layout></alto>")
    return "".join(out).encode()


def _head(text: str, y: int) -> tuple[list, tuple]:
    words, x = [], 80
    for w in text.split():
        words.append((w, (x, y, x + 17 * len(w), y + 30)))
        x += 17 * len(w) + 14
    return words, (80, y, x - 14, y + 30)


OPENINGS = ["Correll ground belongs to the East Utah", "Ontario fissure does not cross Empire",
            "Judge Brown of Park City and Mayor", "Marshal Jones told the Council on",
            "Senator King of Salt Lake City and", "Doctor Lambourne of the Miners Hospital",
            "Sheriff Wilson and Deputy Clark of Summit", "Bishop Young of the Second Ward and"]


def _body(y: int, rows: int, start: int, para: int = 0) -> tuple[list, int]:
    """Paragraphs of four lines, each opened by a line of names boxed well over its words."""
    out, k = [], start
    for r in range(rows):
        base, x, words = y + 18 * r + 13, 75 if r % 4 == 0 else 60, []
        given = OPENINGS[r // 4 + para].split() if r % 4 == 0 else []
        while given or x + 9 * len(WORDS[k % len(WORDS)]) < (380 if r % 4 != 3 else 250):
            w = given.pop(0) if given else WORDS[k % len(WORDS)]
            box = _word(w, x, base + (x - 60) // 120)  # stepped down a pixel every 120 px
            words.append((w, box))
            x, k = box[2] + 6, k + (0 if r % 4 == 0 else 1)
        top, bottom = min(b[1] for _, b in words), max(b[3] for _, b in words)
        if r % 4 == 0:  # ABBYY's TextLine boxed well over its words
            top -= 9
        out.append((words, (words[0][1][0], top, words[-1][1][2], bottom)))
    return out, k


def _page():
    first, k = _body(110, 16, 0)
    second, _ = _body(110 + 16 * 18 + 60, 16, k, 4)
    lines = [_head("Main Street To Be Paved", 60)] + first + [_head("Mayor Names New Marshal", 110 + 16 * 18 + 10)]
    data = _alto(lines + second)
    return alto_page(read_alto(parse_xml(data, "p.xml"), "p.xml"), PageInfo(1), "en", None)


def test_a_body_line_boxed_tall_by_its_textline_heads_nothing():
    parsed = _page()
    assert [a.headline for a in parsed.articles] == ["Main Street To Be Paved", "Mayor Names New Marshal"]


def test_the_stored_lines_keep_the_altos_own_boxes():
    """The layout measures the words; what is kept of each line is the box the ALTO gives it."""
    parsed = _page()
    data_lines = _page_lines()
    stored = {ln.text: ln.box for ln in parsed.scan.lines}
    for words, box in data_lines:
        assert stored[" ".join(w for w, _ in words)] == box


def _page_lines():
    first, k = _body(110, 16, 0)
    second, _ = _body(110 + 16 * 18 + 60, 16, k, 4)
    return first + second


def _big(text: str, y: int) -> tuple[list, tuple]:
    """A head's line in display type, each word boxed to its letters (x-height 16 px, ascenders
    9 more, descenders 8 under the baseline), centred in the column."""
    words, x = [], 0
    for w in text.split():
        top = y + 9 - (9 if set(w) & TALL or w[:1].isupper() else 0)
        words.append((w, (x, top, x + 15 * len(w), y + 25 + (8 if set(w) & LOW else 0))))
        x += 15 * len(w) + 12
    shift = 60 + (320 - (x - 12)) // 2
    words = [(w, (b[0] + shift, b[1], b[2] + shift, b[3])) for w, b in words]
    return words, (words[0][1][0], min(b[1] for _, b in words), words[-1][1][2], max(b[3] for _, b in words))


def test_a_heads_two_lines_measure_alike_with_a_descender_or_not():
    """Minersville Will | Have Correspondent (the Beaver County News): the second line's p reaches
    under the baseline, the first has no letter that does; both lines are one head's type."""
    first, k = _body(110, 8, 0)
    second, _ = _body(110 + 8 * 18 + 110, 12, k, 2)
    lines = [_head("Main Street To Be Paved", 60)] + first
    lines += [_big("Minersville Will", 110 + 8 * 18 + 40), _big("Have Correspondent", 110 + 8 * 18 + 72)] + second
    data = _alto(lines)
    parsed = alto_page(read_alto(parse_xml(data, "p.xml"), "p.xml"), PageInfo(1), "en", None)
    assert [a.headline for a in parsed.articles] == ["Main Street To Be Paved", "Minersville Will Have Correspondent"]


def test_a_lines_last_piece_keeps_its_hyphenation_point():
    """A word hyphenated at a line's end (ALTO's HYP, read as a soft hyphen after its last String)
    is kept when the layout cuts the line at a gutter: the point belongs to the line's last piece,
    as to the line whole (it was dropped with the cut: the piece's text ran to its last character)."""
    from baoku.core.layout.geometry import piece
    from baoku.core.ocr.engine import OcrChar, OcrLine
    from baoku.core.script import SOFT_HYPHEN

    words = [("lower", 0), ("levels", 60), ("construc", 300)]
    chars = [OcrChar(w, (x, 0, x + 9 * len(w), 18), 1.0) for w, x in words]
    ln = OcrLine("lower levels construc" + SOFT_HYPHEN, (0, 0, 372, 18), 1.0, chars)
    assert piece(ln, 2, 3).text == "construc" + SOFT_HYPHEN
    assert piece(ln, 0, 2).text == "lower levels"


def test_a_heads_line_whose_words_are_boxed_past_it_measures_as_the_line():
    """Tesseract's ALTO (the Beaver County News p2's PRESIDENT'S REPLY | TO GERMAN NOTE) now and then
    boxes every String of a line well past its TextLine: TO GERMAN NOTE's three words 75 px high,
    from 4 px over the line to 21 under it, on a line 50 px high, as high as the head's first line.
    Its words measured half as big again as the first line's and the head was parted. Such a line's
    words are read within its box."""
    first, k = _body(110, 8, 0)
    second, _ = _body(110 + 8 * 18 + 110, 12, k, 2)
    y = 110 + 8 * 18 + 40
    upper = _big("PRESIDENTS REPLY", y)
    words, box = _big("TO GERMAN NOTE", y + 32)
    words = [(w, (b[0], b[1] - 2, b[2], b[3] + 13)) for w, b in words]  # boxed past the line, as Tesseract
    lines = [_head("Main Street To Be Paved", 60)] + first + [upper, (words, box)] + second
    parsed = alto_page(read_alto(parse_xml(_alto(lines), "p.xml"), "p.xml"), PageInfo(1), "en", None)
    assert [a.headline for a in parsed.articles] == ["Main Street To Be Paved", "PRESIDENTS REPLY TO GERMAN NOTE"]
    stored = {ln.text: ln for ln in parsed.scan.lines}
    assert stored["TO GERMAN NOTE"].box == box  # the ALTO's own boxes kept
    assert [b for _, b, _ in stored["TO GERMAN NOTE"].chars][0][1] == words[0][1][1]
