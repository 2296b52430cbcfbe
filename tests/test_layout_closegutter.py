"""A gutter the recogniser's word boxes closed (The Park Record, 2 August 1935, page 1: the picnic
story's column and Mining Matters' first column, with no rule between them where the page's
other columns have one): the words at each line's ends are boxed past their letters into the
gutter, so many lines cover it that it showed as no gutter, and the two columns were read as one
(the picnic's text went under Mining, the picnic's head kept none). A column found twice as wide
as the page's others is halved where the lines covering it dip, each word counted without its
box's ends."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage

from .test_layout_oldpages import body, line, page


def _reaching(lines: list[OcrLine], left: int | None = None, right: int | None = None) -> list[OcrLine]:
    """The lines with their first word's box starting at x = `left`, their last's ending at `right`."""
    out = []
    for ln in lines:
        cs = list(ln.chars)
        if right is not None:
            x0, y0, _, y1 = cs[-1].box
            cs[-1] = OcrChar(cs[-1].text, (x0, y0, right, y1), 0.95)
        if left is not None:
            _, y0, x1, y1 = cs[0].box
            cs[0] = OcrChar(cs[0].text, (left, y0, x1, y1), 0.95)
        out.append(OcrLine(ln.text, (cs[0].box[0], ln.box[1], cs[-1].box[2], ln.box[3]), 0.95, cs))
    return out


def _page():
    lines = [line("PICNIC TOMORROW", 60, 60, h=44, step=16)] + _reaching(body(60, 120, 20), right=386)
    lines += [line("MINING NEWS", 400, 60, h=44, step=16)] + _reaching(body(400, 120, 20, start=4), left=384)
    lines += [line("CITY COUNCIL", 760, 60, h=44, step=16)] + body(760, 120, 20, start=8)
    lines += [line("LEGION NOTES", 1110, 60, h=44, step=16)] + body(1110, 120, 20, start=12)
    rules = [(740, 40, 743, 760), (1090, 40, 1093, 760)]
    return scanned_page(OcrPage(1460, 800, lines), PageInfo(1), "en", page(lines, rules, w=1460, h=800))


def test_a_gutter_the_words_boxes_closed_parts_its_columns():
    got = _page()
    assert [a.headline for a in got.articles] == ["PICNIC TOMORROW", "MINING NEWS", "CITY COUNCIL", "LEGION NOTES"]
    picnic, mining = got.articles[0].text(), got.articles[1].text()
    assert len(picnic.split()) > 100 and len(mining.split()) > 100
