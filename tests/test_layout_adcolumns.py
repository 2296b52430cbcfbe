"""A column of advertisements on a Latin page is one article (`layout/adcolumns.py`). The Evening
Star's classified columns (1859–1866) and the Beaver County News' notices and cards (1916) were
told advertisements one cell at a time: a page of five columns of them was forty to seventy
marked articles beside seven stories. Advertisements stacked in one column, nothing else between
them, are one marked article now; a story between two keeps them apart, and advertisements in two
columns stay two articles."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import ADVERTISEMENT, PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_boxedcards import CARDS, _box
from .test_layout_oldpages import body, line, page


def _card(card, x0, y, lines, rules):
    """A card boxed in the column x0..x0+340 from y: its name in display type, lines centred."""
    top = y
    lines.append(line(card[0], x0 + 40, y + 14, h=40, step=16))
    y += 64
    for said in card[1:]:
        lines.append(line(said, x0 + 20 + max(0, (300 - 10 * len(said)) // 2), y))
        y += 30
    rules += _box(x0, top, x0 + 340, y + 10)
    return y + 40


def test_cards_with_a_story_between_them_stay_two_advertisements():
    lines = [line("BAKER GUIDES ARMY", 60, 60, h=40, step=14)] + body(60, 110, 30)
    rules = [(400, 40, 403, 1060)]
    y = _card(CARDS[0], 430, 60, lines, rules)
    lines.append(line("COUNCIL MEETS", 480, y, h=40, step=14))
    lines += body(432, y + 50, 8, width=330)
    y += 50 + 8 * 28 + 30
    _card(CARDS[2], 430, y, lines, rules)
    got = scanned_page(OcrPage(800, 1100, lines), PageInfo(1), "en", page(lines, rules, w=800, h=1100))
    ads = [a for a in got.articles if a.genre == ADVERTISEMENT]
    assert [a.headline for a in got.articles if a.genre != ADVERTISEMENT] == ["BAKER GUIDES ARMY", "COUNCIL MEETS"]
    assert len(ads) == 2
    assert "Phone 19" in ads[0].text() and "DENTIST" not in ads[0].text() and "DENTIST" in ads[1].text()


def test_cards_in_two_columns_are_two_articles_each_column_one():
    lines = [line("BAKER GUIDES ARMY", 60, 60, h=40, step=14)] + body(60, 110, 26)
    rules = [(400, 40, 403, 860), (790, 40, 793, 860)]
    y = 60
    for card in CARDS[:2]:
        y = _card(card, 430, y, lines, rules)
    y = 75  # (not level with the other column's lines)
    for card in CARDS[2:] + CARDS[:1]:
        y = _card(card, 820, y, lines, rules)
    got = scanned_page(OcrPage(1200, 900, lines), PageInfo(1), "en", page(lines, rules, w=1200, h=900))
    ads = [a for a in got.articles if a.genre == ADVERTISEMENT]
    assert [a.headline for a in got.articles if a.genre != ADVERTISEMENT] == ["BAKER GUIDES ARMY"]
    assert len(ads) == 2
    assert "Phone 19" in ads[0].text() and "Phone 71" in ads[0].text() and "DENTIST" not in ads[0].text()
    assert "DENTIST" in ads[1].text() and "Phone 19" in ads[1].text() and "Phone 71" not in ads[1].text()



def test_a_filler_read_in_short_lines_is_no_piece_of_an_advertisement():
    # (The Beaver County News, 12 May 1916, page 2's scan: There's many an untied knot in a cord of
    # wood. between two advertisements, read in lines each too short to read as a sentence, went
    # into the column of advertisements as a piece of a bill would)
    from types import SimpleNamespace as NS

    from baoku.core.layout.adcolumns import _piece
    from baoku.core.layout.pieces import Group

    def piece(*texts):
        page = NS(lines=[NS(text=t) for t in texts])
        return _piece(page, Group([], [NS(lines=list(range(len(texts))))]))

    assert not piece("There's many an", "untied knot in a", "cord of wood.")
    assert piece("GEORGE LEA Sole Proprietor.", "JOSH HART Stage Manager.")  # a bill's cast list
