"""A masthead whose date line gives the day as an ordinal (The Park Record, 2 August 1935:
FIFTY-SIXTH YEAR. | PARK CITY, SUMMIT COUNTY, UTAH, FRIDAY, AUGUST 2nd, 1935. | NUMBER 27.), under
a nameplate whose words, spaced wide, OCR reads apart (THE | PARK | RECORD)."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.layout.folio import read_folio
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_oldpages import body, line, page


def test_an_ordinal_day_is_a_date():
    assert str(read_folio("FRIDAY, AUGUST 2nd, 1935.").date) == "1935-08-02"
    assert str(read_folio("Thursday, March 21st, 1918").date) == "1918-03-21"
    assert str(read_folio("the 3rd of nothing").date) == "None"


def _lines(number: str, number_top: int, heads_top: int) -> list:
    """The nameplate in pieces, the date row (its number piece at `number_top`), and two stories
    whose heads stand at `heads_top`."""
    lines = [line("THE", 150, 40, h=120, step=40), line("PARK", 560, 40, h=120, step=40),
             line("RECORD", 1000, 40, h=120, step=40),
             line("FIFTY-SIXTH YEAR.", 60, 212), line("PARK CITY, SUMMIT COUNTY, UTAH, FRIDAY, AUGUST 2nd, 1935.",
                                                       420, 212, step=9),
             line(number, 1300, number_top)]
    lines += [line("ROOT SAYS LEAGUE IS SURE", 60, heads_top, h=40, step=14)] + body(60, heads_top + 60, 20)
    lines += [line("SMALL LOANS LAW MAY PASS", 420, heads_top, h=40, step=14)] + \
        body(420, heads_top + 60, 20, start=7)
    return lines


def test_a_masthead_with_an_ordinal_date_and_its_nameplate_in_pieces_is_no_article():
    lines = _lines("NUMBER 27.", 212, 280)
    gray = page(lines, rules=[(40, 200, 1460, 203), (40, 246, 1460, 249), (390, 270, 393, 1000)], h=3000)
    parsed = scanned_page(OcrPage(1500, 3000, lines), PageInfo(1), "en", gray)
    assert [a.headline for a in parsed.articles] == ["ROOT SAYS LEAGUE IS SURE", "SMALL LOANS LAW MAY PASS"]
    assert str(parsed.folio.date) == "1935-08-02"


def test_a_date_rows_piece_boxed_lower_is_folio_too():
    """No page rule found: the masthead is its date row, and a piece of the row OCR boxed a little
    lower than the rest (NUMBER 27, its middle under the row's foot) is the row's, no article."""
    lines = _lines("NUMBER 27,", 226, 300)
    parsed = scanned_page(OcrPage(1500, 3000, lines), PageInfo(1), "en", page(lines, rules=[(390, 290, 393, 1000)], h=3000))
    assert [a.headline for a in parsed.articles] == ["ROOT SAYS LEAGUE IS SURE", "SMALL LOANS LAW MAY PASS"]
    assert "NUMBER" in parsed.folio.text
