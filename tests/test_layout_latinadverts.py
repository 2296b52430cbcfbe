"""Advertisements on an English page (The Park Record, 1935: HOTEL Temple Square, Rates $1.50
to $3.00, in a ruled box; NEXT YEAR GO TO Westminster College): a box or a cell of a column set
apart by rules, its lines centred in mixed sizes, names in capitals, a price. The layout read its
lines of display type as heads, so one advertisement was several articles; it is one article
now, marked an advertisement (广告), the stories round it as they were, nothing lost."""

from __future__ import annotations

import cv2

from baoku.core.importing.alto import alto_page, read_alto
from baoku.core.importing.newsxml import parse_xml
from baoku.core.importing.scan import scanned_page
from baoku.core.model import ADVERTISEMENT, PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_altostyles import alto
from .test_layout_oldpages import body, line, page

COLUMN = (420, 750)


def centred(text: str, y: int, h: int = 24, step: int = 10):
    width = sum(step * len(w) + step for w in text.split()) - step
    return line(text, (COLUMN[0] + COLUMN[1] - width) // 2, y, h=h, step=step)


def _drawn(cell, boxed=True, w=800, h=1000):
    """Two columns: a story in the first; in the second a story, a cell under it between rules
    across the column (a box's edges too when `boxed`), and a story under the cell."""
    stories = [[line("MINERS RETURN TO WORK", 60, 60, h=40, step=14)], body(60, 110, 28),
               [line("COUNCIL MEETS TONIGHT", 420, 60, h=40, step=14)], body(420, 110, 6, start=3),
               [line("BRIDGE IS FINISHED", 420, 640, h=40, step=14)], body(420, 690, 6, start=9)]
    rules = [(400, 40, 403, h - 60), (420, 300, 750, 303), (420, 610, 750, 613)]
    if boxed:
        rules += [(424, 300, 427, 613), (743, 300, 746, 613)]
    lines = [ln for part in stories[:4] for ln in part] + cell + stories[4] + stories[5]
    return lines, stories, page(lines, rules=rules, w=w, h=h)


def _parsed(cell, boxed=True, h=1000):
    lines, _, gray = _drawn(cell, boxed, h=h)
    return lines, scanned_page(OcrPage(800, h, lines), PageInfo(1), "en", gray)


def _hotel():
    return [centred("HOTEL", 320, h=40, step=16), centred("TEMPLE SQUARE", 366, h=52, step=20),
            centred("Rates $1.50 to $3.00", 430), centred("200 Rooms 200 Baths", 460),
            centred("Radio for Every Room", 490), centred("SALT LAKE CITY", 530, h=40, step=14),
            centred("ERNEST C. ROSSITER, Mgr.", 580)]


def _college():
    return [centred("NEXT YEAR GO TO", 320, h=36, step=13), centred("Westminster College", 362, h=52, step=15),
            centred("SALT LAKE CITY, UTAH", 424), centred("A Four Year Junior College", 454),
            centred("Beautiful Campus, Modern Buildings", 484), centred("High Scholarship", 514),
            centred("Write For Catalog", 544, h=36, step=13), centred("H. W. REHERD, D.D., Pres.", 584)]


def _one_advertisement(parsed, ad: list, lines: list):
    """The one article marked an advertisement, which holds every line of `ad`; no line of the
    page is lost."""
    ads = [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert len(ads) == 1, [(a.headline, a.genre) for a in parsed.articles]
    assert all(ln.text in ads[0].text() for ln in ad)  # all its pieces, in one article
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)  # nothing lost
    return ads[0]


def test_a_ruled_box_of_centred_lines_and_a_price_is_one_advertisement():
    lines, parsed = _parsed(_hotel())
    ad = _one_advertisement(parsed, _hotel(), lines)
    assert [a.headline for a in parsed.articles if a is not ad] == \
        ["MINERS RETURN TO WORK", "COUNCIL MEETS TONIGHT", "BRIDGE IS FINISHED"]
    assert "TEMPLE" not in " ".join(a.text() for a in parsed.articles if a is not ad)  # not in a story


def test_a_cell_between_rules_of_names_in_capitals_is_one_advertisement():
    """No price, no box's sides: a cell between two rules across the column, its words capitalised."""
    lines, parsed = _parsed(_college(), boxed=False)
    _one_advertisement(parsed, _college(), lines)
    assert len(parsed.articles) == 4


def test_a_story_between_rules_is_no_advertisement():
    """A head and its text in a cell between rules (its text set full, worded as sentences), or a
    head alone in a box, is no advertisement."""
    story = [line("FIRE ON MAIN STREET", 420, 320, h=40, step=14)] + body(420, 370, 8, start=5)
    _, parsed = _parsed(story)
    assert not [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert "FIRE ON MAIN STREET" in [a.headline for a in parsed.articles]
    head = [centred("HOUSEWIFE'S IDEA BOX", 320, h=40, step=14), centred("Keeping Butter Fresh", 380, h=36, step=13)]
    _, parsed = _parsed(head + body(420, 430, 5, start=2))
    assert not [a for a in parsed.articles if a.genre == ADVERTISEMENT]


def test_an_altos_advertisement_is_one_too():
    """The same page as an ALTO file with its image (the rules are read off the image): each of
    the advertisement's lines a TextBlock of its own, as ABBYY boxes a box's centred lines."""
    lines, stories, gray = _drawn(_hotel(), w=1500, h=1400)
    data = alto([("F1", part) for part in stories[:4]] + [("F1", [ln]) for ln in _hotel()] +
                [("F1", part) for part in stories[4:]])
    png = cv2.imencode(".png", gray)[1].tobytes()
    parsed = alto_page(read_alto(parse_xml(data, "p.xml"), "p.xml"), PageInfo(1), "en", png)
    _one_advertisement(parsed, _hotel(), lines)
    assert len(parsed.articles) == 4


def _baking_powder():
    """A display advertisement as The Beaver County News set ROYAL BAKING POWDER (1916): every line
    display type, each as wide as the column, few words, mostly capitalised."""
    return [centred("ROYAL", 310, h=80, step=62), centred("BAKING", 396, h=60, step=52),
            centred("POWDER", 462, h=46, step=52), centred("Absolutely Pure", 514, h=28, step=20),
            centred("Made from Cream of Tartar", 548, h=24, step=12),
            centred("NO ALUM-NO PHOSPHATE", 578, h=24, step=15)]


def test_a_cell_of_display_type_as_wide_as_its_column_is_one_advertisement():
    """Lines of display type reaching across the column are no story's text set full: the cell
    (between rules, or boxed) is one advertisement, not a head per line."""
    ad = _baking_powder()
    assert all(ln.box[2] - ln.box[0] >= 0.9 * (COLUMN[1] - COLUMN[0]) for ln in ad[:3])
    for boxed in (False, True):
        lines, parsed = _parsed(ad, boxed=boxed)
        _one_advertisement(parsed, ad, lines)
        assert [a.headline for a in parsed.articles if a.genre != ADVERTISEMENT] == \
            ["MINERS RETURN TO WORK", "COUNCIL MEETS TONIGHT", "BRIDGE IS FINISHED"]
