"""A masthead whose date line has no weekday and whose year OCR read partly as letters (The
Deseret News, 15 June 1850: BY W. RICHARDS. | G. S. L. CITY, DESERET, JUNE 15, 1S50. | VOL. I.--NO.
1.): its row is the page's folio, not an article (nor an advertisement, its words capitalised
between rules), and the date is read from it."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.layout.folio import read_folio
from baoku.core.model import ADVERTISEMENT, PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_oldpages import body, line, page


def test_a_year_read_partly_as_letters_is_a_date_and_a_word_is_not():
    assert str(read_folio("G. S. L. CITY, DESERET, JUNE 15, 1S50.").date) == "1850-06-15"
    assert str(read_folio("MARCH 5, l887").date) == "1887-03-05"
    assert read_folio("JUNE 15, SOIL").date is None


def test_a_masthead_row_dated_without_a_weekday_is_folio():
    lines = [line("DESERET NEWS", 300, 40, h=120, step=60),
             line("BY W. RICHARDS.", 60, 212), line("G. S. L. CITY, DESERET, JUNE 15, 1S50.", 480, 212, step=9),
             line("VOL. I.--NO. 1.", 1220, 212)]
    lines += [line("PROSPECTUS.", 60, 300, h=40, step=14)] + body(60, 360, 20)
    lines += [line("TERRIBLE FIRE IN SAN FRANCISCO.", 420, 300, h=40, step=14)] + body(420, 360, 20, start=7)
    gray = page(lines, rules=[(40, 200, 1460, 203), (40, 250, 1460, 253), (390, 290, 393, 1000)], h=3000)
    parsed = scanned_page(OcrPage(1500, 3000, lines), PageInfo(1), "en", gray)
    assert [a.headline for a in parsed.articles] == ["PROSPECTUS.", "TERRIBLE FIRE IN SAN FRANCISCO."]
    assert not any(a.genre == ADVERTISEMENT for a in parsed.articles)
    assert str(parsed.folio.date) == "1850-06-15"
