"""Folio text glued into one block with the text under it (The Park Record, 2 August 1935: its ALTO
boxes the date row's end, 2nd. 1935., in one block with the headline An Honored Citizen under it;
its page 2's scan reads the running head's date, Friday, August 2, 1935, in one block with the
cartoon's title Sally Sez): the block is parted at the folio row, its lines in the row folio,
the rest the page's, and no folio text is in any article."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_oldpages import body, line, page


def _texts(parsed) -> list[str]:
    return [a.text() for a in parsed.articles]


def test_a_date_rows_end_glued_over_a_headline_is_parted_from_it():
    """No page rule: the masthead is its date row; the row's last piece and the head under it are
    one block, which the row's foot now parts."""
    lines = [line("THE", 150, 40, h=120, step=40), line("PARK", 560, 40, h=120, step=40),
             line("RECORD", 1000, 40, h=120, step=40),
             line("FIFTY-SIXTH YEAR.", 60, 212), line("PARK CITY, SUMMIT COUNTY, UTAH, FRIDAY, AUGUST", 420, 212, step=9),
             line("2nd, 1935.", 830, 210, h=30, step=12), line("NUMBER 27.", 1300, 212)]
    lines += [line("ROOT SAYS LEAGUE IS SURE", 60, 280, h=40, step=14)] + body(60, 340, 20)
    lines += [line("SMALL LOANS LAW MAY PASS", 420, 280, h=40, step=14)] + body(420, 340, 20, start=7)
    # the row's last piece and the head under it, in one size a line apart: one block
    lines += [line("An Honored Citizen", 830, 244, h=30, step=12), line("Dies In Salt Lake", 830, 278, h=30, step=12)]
    lines += body(830, 330, 20, start=3)
    gray = page(lines, rules=[(390, 270, 393, 1000), (800, 270, 803, 1000)], h=3000)
    parsed = scanned_page(OcrPage(1500, 3000, lines), PageInfo(1), "en", gray)
    assert str(parsed.folio.date) == "1935-08-02"
    assert not any("1935" in t for t in _texts(parsed)), _texts(parsed)
    assert "An Honored Citizen Dies In Salt Lake" in [a.headline.replace("\n", " ") for a in parsed.articles]


def test_a_running_heads_date_glued_over_a_title_is_parted_from_it():
    """No page rule: the running head's date, boxed tall, and the title under it read as one block."""
    lines = [line("Page Two", 60, 108, h=39), line("THE PARK RECORD", 600, 102, h=37),
             line("Friday, August 2, 1935", 1100, 90, h=71, step=9), line("Sally Sez", 1100, 153, h=79, step=14)]
    lines += [line("ROOT SAYS LEAGUE IS SURE", 60, 280, h=40, step=14)] + body(60, 340, 20)
    lines += [line("SMALL LOANS LAW MAY PASS", 420, 280, h=40, step=14)] + body(420, 340, 20, start=7)
    lines += body(1100, 280, 20, start=5)
    gray = page(lines, rules=[(390, 270, 393, 1000), (1080, 270, 1083, 1000)], h=3000)
    parsed = scanned_page(OcrPage(1500, 3000, lines), PageInfo(1), "en", gray)
    assert not any("1935" in t for t in _texts(parsed)), _texts(parsed)
    assert str(parsed.folio.date) == "1935-08-02"
