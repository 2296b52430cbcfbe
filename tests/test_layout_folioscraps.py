"""A running head read in pieces and garbled (The Park Record's page 2, 2 August 1935, by its ALTO:
Page Two | THE PARK R | ECORD | Fri | day, Angast9 ir., no page rule found under it): the row is the
page's folio, and none of its pieces heads a story or stands as an article of its own."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_oldpages import body, line, page


def _page(top: list) -> list:
    lines = top + [line("MINERS TO MEET", 60, 120, h=40, step=14)] + body(60, 180, 20)
    lines += [line("COUNCIL HOLDS SESSION", 420, 120, h=40, step=14)] + body(420, 180, 20, start=7)
    lines += [line("NEW ROAD IS OPENED", 780, 120, h=40, step=14)] + body(780, 180, 20, start=3)
    lines += [line("PICNIC TOMORROW", 1140, 120, h=40, step=14)] + body(1140, 180, 20, start=5)
    return lines


def test_a_running_head_in_pieces_with_its_page_spelt_out_is_the_folio():
    top = [line("Page Two", 60, 40), line("THE PARK R", 600, 40), line("ECORD", 720, 40),
           line("Fri", 1230, 40), line("day, Angast9 ir.", 1270, 40)]
    lines = _page(top)
    gray = page(lines, rules=[(390, 110, 393, 800), (750, 110, 753, 800), (1110, 110, 1113, 800)])
    parsed = scanned_page(OcrPage(1500, 1400, lines), PageInfo(1), "en", gray)
    assert [a.headline for a in parsed.articles] == ["MINERS TO MEET", "COUNCIL HOLDS SESSION",
                                                      "NEW ROAD IS OPENED", "PICNIC TOMORROW"]


def test_a_row_of_heads_at_the_top_without_a_page_number_stays_articles():
    lines = _page([])
    gray = page(lines, rules=[(390, 110, 393, 800), (750, 110, 753, 800), (1110, 110, 1113, 800)])
    parsed = scanned_page(OcrPage(1500, 1400, lines), PageInfo(1), "en", gray)
    assert len(parsed.articles) == 4
