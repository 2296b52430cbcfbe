"""A line OCR read across a gutter on a page set a little aslant (The Park Record, 2 August 1935:
American Legion Notes' ized five squadrons of the "Sons of the and Retail Prices' eggs. The
increase of 2.8 per, read as one line): the glued line's box runs down a few pixels over its
length, so it measured as display type, and a display line is cut only at a rule. It stood as a
head across both columns. Its words on each side of the gutter are boxed as body type: it is two
body lines, cut at the gutter."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage

from .test_layout_oldpages import body, line, page

LEFT = "ized five squadrons of the Sons of the"
RIGHT = "eggs. The increase of two per cent for"


def _aslant(y: int) -> OcrLine:
    """LEFT in the left column and RIGHT in the right one read as one line, each word a pixel
    lower than the one before (the page's slant over two columns' width)."""
    items, k = [], 0
    for x0, wide, text in ((60, 9, LEFT), (420, 8, RIGHT)):  # (its last word a little past the gutter's middle)
        cx = x0
        for w in text.split():
            items.append(OcrChar(w, (cx, y + k, cx + wide * len(w), y + k + 24), 0.95))
            cx += wide * len(w) + 8
            k += 1
    box = (60, y, items[-1].box[2], y + k - 1 + 24)
    return OcrLine(f"{LEFT} {RIGHT}", box, 0.95, items)


def _page(glued: bool):
    lines = [line("AMERICAN LEGION NOTES", 60, 60, h=40, step=14)] + body(60, 110, 14)
    lines += [line("RETAIL PRICES OF FOOD", 420, 60, h=40, step=14)] + body(420, 110, 14, start=7)
    y = 110 + 28 * 14
    lines += [_aslant(y)] if glued else [line(LEFT, 60, y), line(RIGHT, 420, y)]
    lines += body(60, y + 28, 3, start=3) + body(420, y + 28, 3, start=9)
    return scanned_page(OcrPage(800, 700, lines), PageInfo(1), "en")


def test_a_line_read_across_a_gutter_is_cut_at_it():
    page = _page(glued=True)
    assert _page(glued=False).articles and len(page.articles) == 2, [a.headline for a in page.articles]
    left, right = page.articles
    assert "squadrons" in left.text() and "squadrons" not in right.text()
    assert "increase" in right.text() and "increase" not in left.text()


def test_a_display_line_across_two_columns_stays_whole():
    lines = [line("MINERS STRIKE ENDS IN ALL THE CAMPS OF THE DISTRICT", 60, 60, h=44, step=12)]
    lines += body(60, 120, 10) + body(420, 120, 10, start=5)
    page = scanned_page(OcrPage(800, 500, lines), PageInfo(1), "en")
    assert [a.headline for a in page.articles] == ["MINERS STRIKE ENDS IN ALL THE CAMPS OF THE DISTRICT"]


def _ruled_across(y: int) -> OcrLine:
    """LEFT and RIGHT read as one line the way ABBYY's ALTO gives it on a page set close (The Park
    Record, 2 August 1935: day for a ball game the Utah boys took 'and north and northeast): each
    character boxed, the column rule between them read as a ' glued to the next word, a few pixels
    from the letters on either side; each word a pixel lower than the one before (the slant)."""
    items, k = [], 0
    words = [(w, 9) for w in LEFT.split()] + [("'" + RIGHT.split()[0], 8)] + [(w, 8) for w in RIGHT.split()[1:]]
    cx = 395 - sum(9 * len(w) + 8 for w, _ in words[:len(LEFT.split())]) + 8  # LEFT ends at x = 395
    for n, (w, wide) in enumerate(words):
        if n == len(LEFT.split()):
            cx = 403  # the rule's ' at 403-411, in the gutter (390-420); RIGHT's first letter at 411
        for ch in w:
            items.append(OcrChar(ch, (cx, y + k, cx + wide, y + k + 24), 0.95))
            cx += wide
        cx += 8
        k += 1
    box = (items[0].box[0], y, items[-1].box[2], y + k - 1 + 24)
    return OcrLine(" ".join(w for w, _ in words), box, 0.95, items)


def _ruled_page(y: int, rule: bool = True):
    """Two columns, the glued line at `y`; their column rule at x = 406, broken (faded) from 200
    px over the line to 200 px under it (eight body sizes: past the reach at which a rule's end
    parts a body line, `RULE_REACH`)."""
    lines = [line("AMERICAN LEGION NOTES", 60, 60, h=40, step=14)] + body(60, 110, 14)
    lines += [line("RETAIL PRICES OF FOOD", 420, 60, h=40, step=14)] + body(420, 110, 14, start=7)
    lines += [_ruled_across(y)]
    lines += body(60, y + 28, 3, start=3) + body(420, y + 28, 3, start=9)
    rules = [(404, 60, 408, y - 200), (404, y + 224, 408, 990)] if rule else []
    return scanned_page(OcrPage(800, 1000, lines), PageInfo(1), "en", page(lines, rules, w=800, h=1000))


def test_a_line_read_across_a_gutter_with_the_rule_read_as_a_mark_is_cut_there():
    y = 110 + 28 * 14
    page = _ruled_page(y)
    assert len(page.articles) == 2, [a.headline for a in page.articles]
    left, right = page.articles
    assert "squadrons" in left.text() and "squadrons" not in right.text()
    assert "increase" in right.text() and "increase" not in left.text()
    assert "'eggs" not in right.text() and "eggs. The" in right.text()  # (the rule's mark dropped)


def test_an_apostrophe_within_a_word_over_a_gutter_parts_nothing():
    """A line of a box set across two columns (The Omaha Bee's Flanders, the king's brother, and
    Prince) whose apostrophe stands over the page's gutter: a letter on each side, no space."""
    from baoku.core.layout.rulemarks import gutter_mark

    cells, cx = [], 60
    for ch in "Flanders, the king's brother, and Prince of the realm":
        if ch != " ":
            cells.append(OcrChar(ch, (cx, 100, cx + 12, 124), 0.95))
        cx += 12
    k = next(n for n, c in enumerate(cells) if c.text == "'")
    x = (cells[k].box[0] + cells[k].box[2]) // 2
    ruled = [(x - 1, 300, x + 1, 900)]  # the column rule's piece under the line
    cols = [(60, cells[k].box[0] - 2), (cells[k].box[2] + 2, 800)]
    assert not gutter_mark(cells, k, cols, 24.0, ruled)
    # the same mark with a word space before it is the rule's; where no rule runs, it is not
    spaced = cells[:k] + [OcrChar("'", (cells[k].box[0] + 8, 100, cells[k].box[2] + 8, 124), 0.95)] + \
        [OcrChar(c.text, (c.box[0] + 8, 100, c.box[2] + 8, 124), 0.95) for c in cells[k + 1:]]
    cols = [(60, spaced[k].box[0] - 2), (spaced[k].box[2] + 2, 808)]
    assert gutter_mark(spaced, k, cols, 24.0, [(x + 7, 300, x + 9, 900)])
    assert not gutter_mark(spaced, k, cols, 24.0, [])
    assert not gutter_mark(spaced, k, cols, 24.0, [(x + 7, 700, x + 9, 900)])  # (a rule far under it)
