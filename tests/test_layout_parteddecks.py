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
