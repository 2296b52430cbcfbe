"""Lines in capitals, in body type, that head nothing on an English page (The Park Record, 1935):
a market report's day headings (TUESDAY, WEDNESDAY) inside its story, a byline under a head ((By
MAX WELCH)), and a correspondent's signature ending in a comma, set to the right, over the title
line under it (ROBERT F. WESTON, | Camp Correspondent.). Capitals on a Latin page head
something whatever their boxes say, but these say what they are."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_frakturheads import centred
from .test_layout_oldpages import body, line, page

COL = (60, 390)


def _parsed(lines, h=1400):
    return scanned_page(OcrPage(500, h, lines), PageInfo(1), "en", page(lines, w=500, h=h))


def test_a_reports_day_headings_stay_in_the_report():
    y = 60
    lines = [line("METALS AND STOCKS", 80, y, h=40, step=14)] + body(60, y + 50, 4)
    y += 50 + 4 * 28 + 8
    for k, day in enumerate(("TUESDAY", "WEDNESDAY", "THURSDAY")):
        lines += [centred(day, y, COL)] + body(60, y + 32, 3, start=5 * k + 3)
        y += 32 + 3 * 28 + 8
    parsed = _parsed(lines)
    assert [a.headline for a in parsed.articles] == ["METALS AND STOCKS"]
    assert "WEDNESDAY" in parsed.articles[0].text()


def test_a_byline_and_a_signature_stay_in_their_story():
    y = 60
    lines = [line("SOAPSTONE NEWS", 80, y, h=40, step=14), centred("(By MAX WELCH)", y + 48, COL)]
    lines += body(60, y + 80, 6)
    y += 80 + 6 * 28 + 4
    lines += [line("ROBERT F. WESTON,", 200, y), line("Camp Correspondent.", 230, y + 28)]
    y += 2 * 28 + 24
    lines += [line("MOVE TO SALT LAKE", 80, y, h=40, step=14)] + body(60, y + 50, 5, start=9)
    parsed = _parsed(lines)
    heads = [a.headline for a in parsed.articles]
    assert heads == ["SOAPSTONE NEWS", "MOVE TO SALT LAKE"], heads
    assert "WESTON" in parsed.articles[0].text() and "MAX WELCH" in parsed.articles[0].text()


def test_a_columnists_run_in_capitals_and_a_sentence_boxed_tall_head_nothing():
    """Dad's Column opens its items with a run-in word or two in capitals (BIG, BOLD, bland Jim
    Farley, the…; AND NOW, as though we were not;), and ALTO boxes some body lines taller than the
    rest (Ontario fissure does not cross Empire Canyon, proper. It…): a sentence is no head."""
    y = 60
    lines = [line("DAD'S COLUMN", 80, y, h=40, step=14)] + body(60, y + 50, 5)
    y += 50 + 5 * 28 + 6
    lines += [line("BIG, BOLD, bland Jim Farley, the", 80, y, h=34)] + body(60, y + 40, 4, start=4)
    y += 40 + 4 * 28 + 6
    lines += [line("AND NOW, as though we were not;", 80, y, h=34)] + body(60, y + 40, 4, start=8)
    y += 40 + 4 * 28 + 2
    lines += [line("Ontario fissure does not cross Empire Canyon, proper. It", 60, y, h=34, step=5)]
    lines += body(60, y + 40, 3, start=12)
    parsed = _parsed(lines)
    assert [a.headline for a in parsed.articles] == ["DAD'S COLUMN"]


def test_a_news_reviews_run_in_items_stay_in_it():
    """A syndicated review of the week (CURRENT EVENTS PASS IN REVIEW) opens each item with its first
    words in capitals, small words and more capitals among them (OPPONENTS of the AAA amend-,
    DEMOCRATIC congressmen started): one story, its items no heads."""
    y = 60
    lines = [line("CURRENT EVENTS PASS IN REVIEW", 60, y, h=40, step=11)] + body(60, y + 50, 4)
    y += 50 + 4 * 28 + 6
    for k, opening in enumerate(("DEMOCRATIC congressmen started", "OPPONENTS of the AAA amend-")):
        lines += [line(opening, 80, y, h=38, step=11)] + body(60, y + 44, 4, start=4 * k + 4)
        y += 40 + 4 * 28 + 6
    parsed = _parsed(lines)
    assert [a.headline for a in parsed.articles] == ["CURRENT EVENTS PASS IN REVIEW"]


def test_one_word_in_capitals_and_a_head_ending_in_a_comma_still_head_their_stories():
    """The Omaha Bee's TERRIFIC over its decks, and HE SWALLOWED A LIZARD, centred in its column:
    heads, not a report's day heading or a signature."""
    y = 60
    lines = [line("METALS AND STOCKS", 80, y, h=40, step=14)] + body(60, y + 50, 5)
    y += 50 + 5 * 28 + 14
    lines += [centred("TERRIFIC", y, COL), centred("One Hundred and Fifty Miners Lose", y + 30, COL)]
    lines += body(60, y + 64, 4, start=5)
    y += 64 + 4 * 28 + 14
    lines += [centred("HE SWALLOWED A LIZARD,", y, COL)] + body(60, y + 34, 4, start=9)
    parsed = _parsed(lines)
    heads = [a.text().split("\n")[0] for a in parsed.articles]
    assert heads == ["METALS AND STOCKS", "TERRIFIC", "HE SWALLOWED A LIZARD,"], heads
