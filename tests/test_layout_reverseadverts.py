"""Advertisements printed white on black on an English page (The Park Record, 1935: Murine's
box, Quick, Safe Relief For Eyes Irritated … MURINE FOR YOUR EYES, under a story with no rule
between them; HEWLETT'S Pure Preserves in a black banner over its Dover, Delaware history). The
layout read the box's lines as heads and text: the advertisement was two or three articles, its
first lines glued to the end of the story over it. A box of reverse type opens a cell of the
column, and a cell opened by reverse type is one advertisement (广告); the story over it keeps
only its own lines; nothing is lost."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import ADVERTISEMENT, PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_latinadverts import centred
from .test_layout_oldpages import body, line, page


def _parsed(cell, black, rules=()):
    """Two columns: a story in the first; in the second a story, `cell` under it (no rule between)
    with the `black` boxes printed solid, a rule under it and a story under that."""
    left = [line("MINERS RETURN TO WORK", 60, 60, h=40, step=14)] + body(60, 110, 28)
    top = [line("COUNCIL MEETS TONIGHT", 420, 60, h=40, step=14)] + body(420, 110, 7, width=300, start=3)
    foot = [line("BRIDGE IS FINISHED", 420, 640, h=40, step=14)] + body(420, 690, 6, width=300, start=9)
    lines = left + top + cell + foot
    gray = page(lines, rules=[(400, 40, 403, 940), (420, 610, 750, 613), *rules], w=800, h=1000)
    for x0, y0, x1, y1 in black:
        gray[y0:y1, x0:x1] = 20  # white letters on it: the recogniser read them, the ground is black
    return lines, scanned_page(OcrPage(800, 1000, lines), PageInfo(1), "en", gray)


def _one_advertisement(parsed, ad, lines):
    ads = [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert len(ads) == 1, [(a.headline, a.genre, a.text()[:40]) for a in parsed.articles]
    assert all(ln.text in ads[0].text() for ln in ad)
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)  # nothing lost
    return ads[0]


def test_a_box_of_white_type_on_black_under_a_story_is_one_advertisement():
    box = [centred("Quick Safe Relief", 320), centred("For Eyes Irritated", 350),
           centred("By Sun and Dusty Wind", 380), centred("MURINE", 420, h=70, step=30),
           centred("FOR YOUR EYES", 500, h=40, step=14)]
    lines, parsed = _parsed(box, [(476, 314, 696, 546)])  # (its text fills it: no picture's tone)
    ad = _one_advertisement(parsed, box, lines)
    story = next(a for a in parsed.articles if a.headline == "COUNCIL MEETS TONIGHT")
    assert "Relief" not in story.text() and "MURINE" not in story.text()  # no ad's line glued to the story
    assert parsed.articles.index(ad) == parsed.articles.index(story) + 1  # read after the story over it
    assert [a.headline for a in parsed.articles if a is not ad] == \
        ["MINERS RETURN TO WORK", "COUNCIL MEETS TONIGHT", "BRIDGE IS FINISHED"]


def test_a_black_banner_over_text_worded_as_a_story_is_one_advertisement():
    """A brand's name in a black banner at a cell's top, a history of a town set as a story under
    it, all between two rules: one advertisement."""
    cell = [centred("HEWLETT'S", 322, h=50, step=20), centred("Pure Preserves", 372, h=30, step=14)]
    text = [centred("Dover, Delaware", 420)] + body(420, 450, 5, width=300, start=4)
    lines, parsed = _parsed(cell + text, [(476, 316, 696, 406)], rules=[(420, 300, 750, 303)])
    _one_advertisement(parsed, cell + text, lines)
    assert len(parsed.articles) == 4


def test_dark_display_type_on_white_is_no_advertisement():
    """A story's heavy head (black ink on white paper, no black ground round it) opens a story."""
    cell = [line("FIRE ON MAIN STREET", 420, 322, h=40, step=14)] + body(420, 372, 6, width=300, start=5)
    _, parsed = _parsed(cell, [], rules=[(420, 300, 750, 303)])
    assert not [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert "FIRE ON MAIN STREET" in [a.headline for a in parsed.articles]


def test_a_scrap_read_on_a_heavy_rule_is_no_reverse_type():
    """A heavy rule over a story, a scrap of signs the recogniser read on it (ABBYY's
    'i'timr!'iiifimi…, boxed lower than a line of text): no advertisement's black ground."""
    cell = [line("'i'timr!'iiifimi'i'i!'iiii", 430, 318, h=10, step=12)]
    cell += [line("FIRE ON MAIN STREET", 420, 340, h=40, step=14)] + body(420, 390, 6, width=300, start=5)
    _, parsed = _parsed(cell, [(420, 316, 750, 330)], rules=[(420, 300, 750, 303)])
    assert not [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert "FIRE ON MAIN STREET" in [a.headline for a in parsed.articles]
