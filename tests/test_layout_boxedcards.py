"""Cards in boxes on a Latin page (The Beaver County News, 12 May 1916, page 8: a column of a
country weekly's professional cards, each in a box ruled all round: Shirley S. Atkin /
ATTORNEY-AT-LAW / Offices: Milford State Bank Building / Phone 19; Dr. O. E. Adkins / DENTIST).
Their lines are centred and set in display type, so the column finder found no column there and
each card's name and trade were heads: a card was one to four articles, none an advertisement.
A box whose type is a card's (a few lines of names, trades and addresses, none worded as a
sentence) is one article, marked an advertisement; a boxed head over a story going on outside its
box, and a filler worded as a sentence alone between rules, stay stories."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import ADVERTISEMENT, PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_oldpages import body, line, page

CARDS = [["Shirley S. Atkin", "ATTORNEY-AT-LAW", "Offices: State Bank", "Phone 19"],
         ["C. T. Woodbury", "ATTORNEY-AT-LAW", "Bank Building", "Phone 71"],
         ["Dr. O. E. Adkins", "DENTIST", "BANK BUILDING", "Milford, Utah"]]


def _box(x0, y0, x1, y1, t=3):
    return [(x0, y0, x1, y0 + t), (x0, y1 - t, x1, y1), (x0, y0, x0 + t, y1), (x1 - t, y0, x1, y1)]


def _page(cards=CARDS, filler: str | None = None):
    lines = [line("BAKER GUIDES ARMY", 60, 60, h=40, step=14)] + body(60, 110, 26)
    rules = [(400, 40, 403, 860)]
    y = 60
    for card in cards:
        top = y
        lines.append(line(card[0], 470, y + 14, h=40, step=16))  # the name in display type
        y += 64
        for said in card[1:]:
            lines.append(line(said, 450 + max(0, (300 - 10 * len(said)) // 2), y))
            y += 30
        rules += _box(430, top, 770, y + 10)
        y += 40
    if filler:
        rules += _box(430, y, 770, y + 60)
        lines.append(line(filler, 450, y + 18))
    return scanned_page(OcrPage(800, 900, lines), PageInfo(1), "en", page(lines, rules, w=800, h=900))


def test_the_cards_in_their_boxes_are_advertisements_one_column_of_them():
    got = _page()
    ads = [a for a in got.articles if a.genre == ADVERTISEMENT]
    assert [a.headline for a in got.articles if a.genre != ADVERTISEMENT] == ["BAKER GUIDES ARMY"]
    # each card is told an advertisement; stacked in one column, nothing else between, they are
    # one article (`adcolumns`: a reader sees a column of cards, not three stories)
    assert len(ads) == 1
    said = ads[0].text()
    assert said.index("Phone 19") < said.index("C. T. Woodbury") < said.index("DENTIST")


def test_a_filler_worded_as_a_sentence_in_a_box_stays_a_story():
    got = _page(cards=CARDS[:1], filler="The absent are always in the wrong and they know it well.")
    kinds = [(a.genre == ADVERTISEMENT, a.text()[:12]) for a in got.articles]
    assert sum(ad for ad, _ in kinds) == 1
    assert any(not ad and said.startswith("The absent") for ad, said in kinds)


def test_a_boxed_head_over_its_story_stays_the_story():
    lines = [line("THE THOUSANDTH WOMAN", 80, 70, h=40, step=14), line("By ERNEST W. HORNUNG", 120, 125)]
    lines += body(60, 190, 24)
    rules = _box(50, 50, 390, 170) + [(400, 40, 403, 860)]
    got = scanned_page(OcrPage(800, 900, lines), PageInfo(1), "en", page(lines, rules, w=800, h=900))
    assert [a.genre == ADVERTISEMENT for a in got.articles] == [False]
    assert got.articles[0].headline.startswith("THE THOUSANDTH WOMAN")


def test_a_card_boxed_wider_than_its_column_is_one_advertisement():
    """A card's box reaching past the column found under it (The Beaver County News p. 8's ALTO:
    Shirley S. Atkin's name set wider than the column): the box is asked whole, so the card is one
    advertisement, its name not cut from its trade and address as the column's cell would cut it."""
    lines = [line("BAKER GUIDES ARMY", 60, 60, h=40, step=14)] + body(60, 110, 26) + body(480, 60, 8, width=260)
    card = [line("Shirley S. Atkin", 440, 314, h=40, step=20), line("ATTORNEY-AT-LAW", 530, 366, h=30, step=14),
            line("Bank Building", 540, 406, h=30, step=14), line("Phone 19", 580, 446)]
    lines += card + body(480, 520, 8, width=260, start=5)
    rules = [(400, 40, 403, 860)] + _box(430, 300, 790, 490)
    got = scanned_page(OcrPage(800, 900, lines), PageInfo(1), "en", page(lines, rules, w=800, h=900))
    ads = [a for a in got.articles if a.genre == ADVERTISEMENT]
    assert [a.headline for a in ads] == ["Shirley S. Atkin"]
    assert all(ln.text in ads[0].text() for ln in card)
    assert [a.headline for a in got.articles if a.genre != ADVERTISEMENT][0] == "BAKER GUIDES ARMY"
