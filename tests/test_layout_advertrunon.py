"""An advertisement's verse and slogan under its box (The Park Record, 1935: Sally Sez's cartoon,
and under its frame All careful people like to buy, / The products of the West, … LET'S
PATRONIZE HOME INDUSTRY, a rule under them). The box was one article marked 广告 and the verse
an article of its own. A cell right under an advertisement's, opened by no head of its own, a few
lines whose words sell (buy, patronize), runs on that advertisement: one article. A story under an
advertisement (opened by its head, or worded as news) stays a story."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import ADVERTISEMENT, PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_latinadverts import _college, centred
from .test_layout_oldpages import body, line, page

VERSE = ["All careful people like to buy,", "The products of the West,", "Their quality is good because,",
         "They're made to stand the test."]


def _parsed(under):
    """Two columns: a story in the first; in the second a story, an advertisement boxed by rules
    (300..610), the lines `under` it between its foot and a rule, and a story under that."""
    left = [line("MINERS RETURN TO WORK", 60, 60, h=40, step=14)] + body(60, 110, 30)
    top = [line("COUNCIL MEETS TONIGHT", 420, 60, h=40, step=14)] + body(420, 110, 6, width=300, start=3)
    foot = [line("BRIDGE IS FINISHED", 420, 800, h=40, step=14)] + body(420, 850, 5, width=300, start=9)
    lines = left + top + _college() + under + foot
    rules = [(400, 40, 403, 1010), (420, 300, 750, 303), (420, 610, 750, 613), (424, 300, 427, 613),
             (743, 300, 746, 613), (420, 785, 750, 788)]
    gray = page(lines, rules=rules, w=800, h=1060)
    return lines, scanned_page(OcrPage(800, 1060, lines), PageInfo(1), "en", gray)


def test_a_verse_under_an_advertisements_box_runs_on_it():
    verse = [centred(t, 630 + 30 * k, step=7) for k, t in enumerate(VERSE)] + \
        [centred("LET'S PATRONIZE HOME INDUSTRY", 630 + 30 * len(VERSE), step=8)]
    lines, parsed = _parsed(verse)
    ads = [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert len(ads) == 1, [(a.headline, a.genre, a.text()[:30]) for a in parsed.articles]
    assert all(ln.text in ads[0].text() for ln in _college() + verse)
    assert [a.headline for a in parsed.articles if a is not ads[0]] == \
        ["MINERS RETURN TO WORK", "COUNCIL MEETS TONIGHT", "BRIDGE IS FINISHED"]
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)


def test_a_story_under_an_advertisement_stays_a_story():
    story = [line("FARMERS BUY SEED", 420, 630, h=40, step=14)] + body(420, 680, 3, width=300, start=2)
    _, parsed = _parsed(story)
    ads = [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert len(ads) == 1 and "FARMERS" not in ads[0].text()
    assert "FARMERS BUY SEED" in [a.headline for a in parsed.articles]


def test_a_verse_and_its_slogan_alone_between_rules_is_an_advertisement():
    """The ALTO's reading: the cartoon over the verse holds no text, so no advertisement is over
    it; the verse and LET'S PATRONIZE HOME INDUSTRY, opened by no head, are one of their own."""
    from .test_layout_latinadverts import _parsed as between_rules

    verse = [centred(t, 330 + 30 * k, step=7) for k, t in enumerate(VERSE)] + \
        [centred("LET'S PATRONIZE HOME INDUSTRY", 330 + 30 * len(VERSE), step=8)]
    lines, parsed = between_rules(verse, boxed=False)
    ads = [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert len(ads) == 1 and all(ln.text in ads[0].text() for ln in verse), [(a.headline, a.genre) for a in parsed.articles]
    assert len(parsed.articles) == 4
