"""A masthead's date row read with a figure lost (the Sunday Star of 1 September 1918: its date
row between two double page rules read as No. 701-No. 27,158. | WASHINGTON, D. C., | SUNDAY |
MORNING, | SEPTEMBER | 1918 | FIVE | CENTS., the day's figure unread): still folio, no article."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.layout.folio import _dated_line, read_folio
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage
from .test_layout_oldpages import body, line, page


def test_a_date_line_whose_day_ocr_lost_reads_as_a_date_line():
    assert _dated_line("WASHINGTON, D. C., SUNDAY MORNING, SEPTEMBER 1918 FIVE CENTS.")
    assert _dated_line("OMAHA. FRIDAY MORNING. MARCH 4. 1887.")
    assert not _dated_line("SEPTEMBER 1918")  # no weekday: a headline's words, maybe
    assert not _dated_line("SUNDAY IN WAR TIME")


def test_a_masthead_whose_date_row_lost_its_day_is_no_article():
    lines = [line("Sunday", 500, 30, h=200, step=60), line("Star.", 900, 30, h=200, step=60),
             line("WEATHER", 120, 50), line("Probably fair today", 100, 80), line("and tomorrow", 100, 108)]
    row = [("No. 701-No. 27,158.", 60), ("WASHINGTON, D. C.,", 300), ("SUNDAY", 520), ("MORNING,", 610),
           ("SEPTEMBER", 720), ("1918", 850), ("FIVE", 1250), ("CENTS.", 1310)]
    lines += [line(t, x, 268, h=30, step=12) for t, x in row]
    lines += [line("ROOT SAYS LEAGUE IS SURE", 60, 330, h=40, step=14)] + body(60, 390, 30)
    lines += [line("SMALL LOANS LAW MAY PASS", 420, 330, h=40, step=14)] + body(420, 390, 30, start=7)
    gray = page(lines, rules=[(40, 252, 1460, 256), (40, 260, 1460, 263), (40, 304, 1460, 307),
                              (40, 310, 1460, 313), (390, 320, 393, 1300)], h=3400)
    parsed = scanned_page(OcrPage(1500, 3400, lines), PageInfo(1), "en", gray)
    assert [a.headline for a in parsed.articles] == ["ROOT SAYS LEAGUE IS SURE", "SMALL LOANS LAW MAY PASS"]
    assert not any("WASHINGTON" in a.text() or "CENTS" in a.text() for a in parsed.articles)


def test_a_date_row_with_a_stray_letter_before_the_day_reads_as_a_date_line():
    """The Sunday Bee of 6 March 1887: its date row OMAHA. SUNDAY | MORNING, MARCH | I 6.
    1887.-TWELVE PAGES., a speck read as I before the day."""
    assert _dated_line("OMAHA. SUNDAY MORNING, MARCH I 6. 1887.-TWELVE PAGES.")
    assert not _dated_line("SUNDAY IN MARCH, WHEN THE 1887 CROP")  # no day: a headline's words


def test_a_german_date_line_reads_as_a_date():
    """Der Nordstern (St. Cloud, Minn., 1878): the day before the month, months and weekdays in
    German, a long s read as f (Donnerftag)."""
    assert str(read_folio("St. Cloud, Minn., Donnerstag, den 3. Januar, 1878.").date) == "1878-01-03"
    assert str(read_folio("Donnerftag, den 3. Januar 1878.").date) == "1878-01-03"
    assert str(read_folio("Sonntag, den 24. März 1878.").date) == "1878-03-24"
    assert _dated_line("Si. Clond, Minn., Donnerstag, den 3. Januar, 1878.")
    assert read_folio("Am 12. Nov. fand in München").date is None  # a sentence's date, no year


def _masthead_page(nameplate, row, h=3000):
    lines = [line(t, x, 40, h=140, step=40) for t, x in nameplate]
    lines += [line(t, x, 252, h=40, step=14) for t, x in row]
    lines += [line("ROOT SAYS LEAGUE IS SURE", 60, 330, h=40, step=14)] + body(60, 390, 30)
    lines += [line("SMALL LOANS LAW MAY PASS", 420, 330, h=40, step=14)] + body(420, 390, 30, start=7)
    gray = page(lines, rules=[(390, 320, 393, 1300)], h=h)
    return lines, scanned_page(OcrPage(1500, h, lines), PageInfo(1), "en", gray)


def test_the_sunday_bees_date_row_read_in_pieces_is_no_article():
    lines, parsed = _masthead_page([("THE OMAHA", 300), ("SUNDAY BEE.", 800)],
                                   [("SIXTEENTH YEAR.", 40), ("OMAHA. SUNDAY", 330), ("MORNING, MARCH", 560),
                                    ("I 6. 1887.-TWELVE PAGES.", 790), ("NUMBER 260", 1260)])
    assert [a.headline for a in parsed.articles] == ["ROOT SAYS LEAGUE IS SURE", "SMALL LOANS LAW MAY PASS"]
    assert not any("TWELVE" in a.text() or "NUMBER" in a.text() for a in parsed.articles)


def test_a_german_masthead_row_is_no_article():
    lines, parsed = _masthead_page([("Der Nordstern.", 400)],
                                   [("Vierter Jahrgang.", 40),
                                    ("St. Cloud, Minn., Donnerstag, den 3. Januar, 1878.", 400), ("No. 2.", 1300)])
    assert [a.headline for a in parsed.articles] == ["ROOT SAYS LEAGUE IS SURE", "SMALL LOANS LAW MAY PASS"]
    assert not any("Jahrgang" in a.text() or "Januar" in a.text() for a in parsed.articles)
    assert str(parsed.folio.date) == "1878-01-03"


def test_a_date_row_under_a_tall_nameplate_is_no_article():
    """Der Nordstern's nameplate (page 1, 3 January 1878) is boxed 390 px tall on a page of 3,038,
    its date row's foot a sixth of the page down, and the nameplate gathered with lines beside it
    (Subskriptionspreis, No. 2.): under the nameplate, still the masthead's."""
    lines = [line("Nordstern.", 400, 6, h=390, step=90), line("Herausgegeben von Leo P. Brick.", 60, 385, h=40, step=14),
             line("Subskriptionspreis: $2.50 das Jahr.", 1000, 392, h=40, step=12), line("No. 2.", 1300, 470, h=40, step=14)]
    lines += [line(t, x, 460, h=40, step=14) for t, x in [("Vierter Jahrgang.", 40), (
        "St. Cloud, Minn., Donnerstag, den 3. Januar, 1878.", 400), ("No. 2.", 1300)]]
    lines += [line("ROOT SAYS LEAGUE IS SURE", 60, 530, h=40, step=14)] + body(60, 590, 30)
    lines += [line("SMALL LOANS LAW MAY PASS", 420, 530, h=40, step=14)] + body(420, 590, 30, start=7)
    gray = page(lines, rules=[(390, 520, 393, 1500)], h=3000)
    parsed = scanned_page(OcrPage(1500, 3000, lines), PageInfo(1), "en", gray)
    assert [a.headline for a in parsed.articles] == ["ROOT SAYS LEAGUE IS SURE", "SMALL LOANS LAW MAY PASS"]
    assert str(parsed.folio.date) == "1878-01-03"


def test_a_date_line_over_one_column_takes_no_text_beside_it():
    """Der Nordstern's page 4: the editorial masthead (Nordstern. / Donnerstag, den 3. Januar
    1878.) heads column 1 while the other columns' text runs from the page's top, read in short
    blocks (a line glued across a gutter, a paragraph's end): that text is no folio."""
    from baoku.core.layout.blocks import TEXT, TITLE, Block, Page
    from baoku.core.layout.folio import mark_folio

    lines = [line("Nordstern.", 110, 157, h=70, step=30), line("Donnerstag, den 3. Januar 1878.", 117, 233, h=33),
             line("Füßen des russischen Czaren legen.", 750, 157), line("gehandelt, aber in Hindostan wird es", 750, 203),
             line("Weil es für gewisse Fabrikanten", 1070, 153), line("mehr als ein besonderes Verlangen", 433, 231)]
    lines += body(440, 300, 30)
    far = len(lines)
    lines += body(1700, 150, 30)  # column 6
    page_ = Page(2150, 3040, lines, 26.0, latin=True)
    page_.blocks = [Block(TITLE, [0], lines[0].box, 60.0), Block(TEXT, [1], lines[1].box, 26.0)] + \
        [Block(TEXT, [i], lines[i].box, 26.0) for i in (2, 3, 4, 5)] + \
        [Block(TEXT, list(range(6, far)), lines[6].box, 26.0), Block(TEXT, list(range(far, len(lines))),
                                                                        lines[far].box, 26.0)]
    mark_folio(page_)
    assert [b.kind for b in page_.blocks[2:]] == [TEXT] * 6
