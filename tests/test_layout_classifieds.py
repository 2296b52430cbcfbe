"""Classified advertisements on a Latin page (The Evening Star, Washington, 2 October 1865: a
column of steamers' notices under STEAMBOAT LINES., each worded as prose under a head of its own
and parted from the next by a rule). Such advertisements passed `latinadverts`' tests, made for
display advertisements, as stories: the column was as many stories as notices, none marked. Under
a classified section's label each cell between rules is one advertisement, marked, the label with
the first; the section ends at a story's dateline, and a head that only begins with a label's word
(WANTED, A NEW POST OFFICE) is no label."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.layout.classifieds import label
from baoku.core.model import ADVERTISEMENT, PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_oldpages import body, left_story, line, page

NOTICES = [["THE BAY LINE STEAMERS", "will leave the Union Dock, foot of Concord", "street, daily at 6 p. m. for Fortress",
            "Monroe and Norfolk, connecting there with", "the trains for the South. Fare $6.00."],
           ["NEW YORK STEAMSHIP COMPANY", "The steamers of this line leave their wharf", "every Wednesday and Saturday at noon for",
            "New York; freight received daily until four", "o'clock. Apply to the agents on the wharf."],
           ["POTOMAC TRANSPORTATION LINE", "The steamer Express leaves Washington for", "Glymont, Budd's Ferry and Point Lookout",
            "every Tuesday and Friday morning at seven", "o'clock, returning on the following day."]]


def _page(head: str, items=NOTICES, tail: list[str] | None = None):
    lines, rules = left_story(), [(400, 40, 403, 860)]
    y = 60
    lines.append(line(head, 500, y, h=30, step=12))
    y += 44
    rules.append((430, y, 770, y + 2))
    y += 14
    for item in items:
        lines.append(line(item[0], 450, y, h=28, step=11))
        y += 38
        for said in item[1:]:
            lines.append(line(said, 432, y, step=8))
            y += 28
        rules.append((430, y + 4, 770, y + 6))
        y += 18
    for said in tail or []:
        lines.append(line(said, 432, y, step=8))
        y += 28
    return scanned_page(OcrPage(800, 900, lines), PageInfo(1), "en", page(lines, rules, w=800, h=900))


def test_the_notices_under_a_classified_label_are_advertisements_one_column_of_them():
    got = _page("STEAMBOAT LINES.")
    ads = [a for a in got.articles if a.genre == ADVERTISEMENT]
    assert [a.headline for a in got.articles if a.genre != ADVERTISEMENT] == ["MINERS RETURN TO WORK"]
    # each notice is told an advertisement, the label with the first; the column of them is one
    # article (`adcolumns`), its notices in their order
    assert len(ads) == 1
    said = ads[0].text()
    assert said.startswith("STEAMBOAT LINES") and said.index("Fare $6.00") < said.index("NEW YORK STEAMSHIP")
    assert said.index("NEW YORK STEAMSHIP") < said.index("POTOMAC") < said.index("following day")


def test_a_column_of_news_under_its_own_label_stays_stories():
    news = [["THE MISSOURI RAILROAD", "KANSAS CITY, Sept. 30.-The first through", "train from St. Louis over the railroad",
             "reached here this morning, bringing several", "distinguished persons, who went on today."]]
    got = _page("TELEGRAPHIC NEWS.", items=news)
    assert not any(a.genre == ADVERTISEMENT for a in got.articles)


def test_a_dateline_ends_the_section_and_a_head_beginning_with_a_labels_word_is_no_label():
    news = ["RALEIGH, N. C., Sept. 29.-A convention of", "the colored freedmen of the State met today",
            "in this city, the Rev. J. H. Hood presiding."]
    got = _page("AMUSEMENTS.", items=NOTICES[:1], tail=news)
    ads = [a for a in got.articles if a.genre == ADVERTISEMENT]
    assert len(ads) == 1 and "RALEIGH" not in ads[0].text()
    assert any("RALEIGH" in a.text() and a.genre != ADVERTISEMENT for a in got.articles)
    assert label("AMUSEMENTS.") and label("BOOTS, SHOES, &c.") and label("DESTISTRY.")
    assert not label("WANTED, A NEW POST OFFICE FOR MILFORD") and not label("Amusements were many at the fair")
    assert not label("HOTEL") and not label("DENTIST")  # (heads of an advertisement, a card: no sections)


def test_a_story_page_without_labels_is_unchanged():
    lines = left_story() + [line("FLOODS IN THE VALLEY", 450, 60, h=40, step=14)] + body(432, 110, 12, width=330)
    gray = page(lines, rules=[(400, 40, 403, 860)], w=800, h=900)
    got = scanned_page(OcrPage(800, 900, lines), PageInfo(1), "en", gray)
    assert [a.genre == ADVERTISEMENT for a in got.articles] == [False, False]


def test_a_news_column_ends_a_section_of_notices_set_with_no_rules_between_them():
    # (The Evening Star, 2 October 1865: DENTISTRY.'s notices run on into the next column, set with
    # no rule under them down to TELEGRAPHIC NEWS. and its datelined items, all marked before)
    lines, y = left_story(), 60
    lines.append(line("DENTISTRY.", 500, y, h=30, step=12))
    y += 44
    for item in NOTICES * 3:
        lines.append(line(item[0], 450, y, h=28, step=11))
        y += 38
        for said in item[1:]:
            lines.append(line(said, 432, y, step=8))
            y += 28
    lines.append(line("TELEGRAPHIC NEWS.", 470, y + 10, h=30, step=12))
    y += 54
    for said in ["RALEIGH, N. C., Sept. 29.-A convention of", "the colored freedmen of the State met today",
                 "in this city, the Rev. J. H. Hood presiding,", "and heard the report of its committee."]:
        lines.append(line(said, 432, y, step=8))
        y += 28
    rules = [(400, 40, 403, y + 20)]
    got = scanned_page(OcrPage(800, y + 60, lines), PageInfo(1), "en", page(lines, rules, w=800, h=y + 60))
    news = [a for a in got.articles if "RALEIGH" in a.text()]
    assert len(news) == 1 and news[0].genre != ADVERTISEMENT and "POTOMAC" not in news[0].text()
    assert any(a.genre == ADVERTISEMENT and "POTOMAC" in a.text() for a in got.articles)
