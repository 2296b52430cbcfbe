"""A head set apart from its deck and text by more white than the layout let between a head's
parts (The Beaver County News, 1916, an ALTO: PRESIDENT'S REPLY TO GERMAN NOTE in type four body
sizes high, then white, then its deck DECLARATION OF ABANDONMENT … and the text; STATE
GUARDSMEN over MILITIA OF TEXAS …). The head was an article of its own with no text, and its
deck opened the story. A head never stands alone: an article of heads only, right over the next
article's head in its columns, with no rule between them, opens that article now. A head ruled
off from the one under it (an advertisement's name over the next item) stays apart."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_oldpages import body, left_story, line, page, two_columns


def _right(gap: int, rule: bool = False):
    head = [line("PRESIDENT'S REPLY", 430, 60, h=76, step=17), line("TO GERMAN NOTE", 450, 142, h=76, step=17)]
    top = 218 + gap
    deck = [line("DECLARATION OF POLICY", 470, top, h=30, step=12), line("ACCEPTED IN GOOD FAITH", 466, top + 34, h=30, step=12)]
    return head + deck + body(420, top + 80, 10, start=5)


def test_a_head_parted_from_its_deck_by_white_opens_its_story():
    lines = left_story() + _right(gap=60)
    parsed = two_columns(lines, h=900)
    heads = [a.headline for a in parsed.articles]
    assert len(parsed.articles) == 2, heads
    assert heads[1].startswith("PRESIDENT'S REPLY"), heads
    assert "DECLARATION OF POLICY" in parsed.articles[1].text() and "the senate" in parsed.articles[1].text()
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)


def test_a_head_ruled_off_from_the_head_under_it_stays_apart():
    lines = left_story() + _right(gap=60)
    gray = page(lines, rules=[(400, 40, 403, 800), (420, 248, 740, 251)], w=800, h=900)
    parsed = scanned_page(OcrPage(800, 900, lines), PageInfo(1), "en", gray)
    heads = [a.headline for a in parsed.articles]
    assert "DECLARATION OF POLICY ACCEPTED IN GOOD FAITH" in heads, heads


def test_a_head_joins_the_deck_under_it_when_a_piece_of_another_column_is_read_between():
    """The Beaver County News' ALTO, page 1: BEAVER COUNTY LEADS / Annual Assessment Report …, a
    headless piece of the column before read next, then its last deck Over Previous Year over the
    text. The head opens the deck's article; the piece between stays as it was."""
    from baoku.core.layout.blocks import DISPLAY, TEXT, TITLE, Block, Page
    from baoku.core.layout.loneheads import joined_heads
    from baoku.core.layout.pieces import Group

    lines = [line("BEAVER COUNTY LEADS", 430, 60, h=76, step=17), line("the items of the column", 60, 300),
             line("Over Previous Year", 470, 190, h=30, step=12), line("The report of the county", 420, 240)]
    pg = Page(800, 900, lines, 20.0, latin=True)
    head = Block(TITLE, [0], lines[0].box, 63.0)
    piece = Block(TEXT, [1], lines[1].box, 20.0)
    deck, text = Block(DISPLAY, [2], lines[2].box, 25.0), Block(TEXT, [3], lines[3].box, 20.0)
    groups = [Group([head], [], (420, 740), 60), Group([], [piece], (60, 360), 300),
              Group([deck], [text], (420, 740), 190)]
    out = joined_heads(pg, groups)
    assert [g.head for g in out] == [[], [head, deck]] and out[0].body == [piece] and out[1].body == [text]
