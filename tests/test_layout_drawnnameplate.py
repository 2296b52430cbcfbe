"""A nameplate ALTO has no text for (Der Nordstern's, 1878: its Fraktur letters drawn, not read): the
layout finds it as a picture at the page's head, and the row of year, date and number under it
(Vierter Jahrgang. | St. Clond, Minn., Donnerstag, den 3. Januar, 1878. | No. 2.) is the page's
folio, as under a nameplate read as letters, not articles."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage
from .test_layout_frakturheads import body
from .test_layout_oldpages import line, page

H = 1800


def _page(nameplate: bool):
    lines = [line("Vierter Jahrgang.", 60, 272), line("St. Cloud, Minn., Donnerstag, den 3. Januar, 1878.", 480, 272),
             line("No. 2.", 1340, 276)]
    # OCR's reading of the nameplate's ornament (pfr«aw:??itoi-i*'ÄlA^,), and the imprint row under it
    lines += [line("pfr«aw:??itoi-i*'ÄlA^,", 320, 36, h=12, step=6), line("^^^ir:'r\"", 900, 50), line("faa", 1400, 60),
              line("Herausgegeben von Leo P. Brick & P. E. Kaiser.", 300, 222)]
    for k, x in enumerate((60, 420, 780, 1140)):
        lines += [line("Telegraph." if k == 1 else "Ausland.", x + 90, 330, h=40, step=18)] + body(x, 390, 30, start=3 * k)
    # (the sheet's edge scanned as a rule over everything, as on Der Nordstern's microfilm)
    rules = [(20, 2, 1480, 8), (40, 260, 1460, 264), (40, 304, 1460, 307)] + [(x - 10, 330, x - 7, 1300) for x in (420, 780, 1140)]
    gray = page(lines, rules=rules, h=H)
    if nameplate:  # the nameplate's letters: ink the ALTO holds no text for
        for k in range(8):
            gray[30:190, 300 + 110 * k:380 + 110 * k] = 0
    return scanned_page(OcrPage(1500, H, lines), PageInfo(1), "de", gray)


def test_the_date_row_under_a_drawn_nameplate_is_the_folio():
    parsed = _page(True)
    assert not any("Januar" in a.text() or "Jahrgang" in a.text() for a in parsed.articles), \
        [a.text()[:40] for a in parsed.articles]
    assert parsed.folio is not None and str(parsed.folio.date) == "1878-01-03"
