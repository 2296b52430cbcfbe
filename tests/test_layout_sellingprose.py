"""An advertisement worded as a story (The Park Record, 1935: Quick, Pleasant Successful
Elimination, a head over paragraphs that sell Milnesia Wafers … come in bottles at 35c and 60c …
All good druggists carry them.), alone in its cell between rules. Its text is set full and
worded as sentences, as a story's is, so the layout took it for one; what tells it is the words
of selling (druggists, sold by, by buying, write for) beside a price. It is one article marked
an advertisement (广告) now, on the scan and on an ALTO; a story between rules with a price in
it, or one that speaks of druggists, stays a story."""

from __future__ import annotations

import cv2

from baoku.core.importing.alto import alto_page, read_alto
from baoku.core.importing.newsxml import parse_xml
from baoku.core.model import ADVERTISEMENT, PageInfo

from .test_layout_altostyles import alto
from .test_layout_latinadverts import _drawn, _parsed
from .test_layout_oldpages import line

HEAD = ["Quick, Pleasant", "Successful Relief"]
WAFERS = ["Let's be frank, there is only one way", "for your body to rid itself of the waste",
          "that causes acidity, gas and headaches.", "Chew a Milnesia Wafer thoroughly, then",
          "swallow. Milnesia Wafers come in bottles", "at 35c and 60c or in convenient tins.",
          "All good druggists carry them today."]
WAGES = ["The teachers who attend the schools", "will be paid from $15 to $18 a week out",
         "of the relief funds, and they will be", "taught to teach adults in the fall, the",
         "administrator said on his return to", "the capital from a tour of the west."]
DRUGGISTS = ["The druggists of the county met in the", "town hall on Tuesday and chose their", "officers for the year, and the meeting",
             "heard a talk on the new state law by", "the secretary of the association, who", "came from the capital for it."]
MARKET = ["Steers sold at $7.50 to $8.25 at the yards", "on Monday, and wheat sold at $1.10 a bushel",
          "at the elevator, where the buyers said the", "crop of the valley would be the largest in",
          "ten years if the rains hold off until the", "harvest is in, the county agent reported."]


def _cell(head, text):
    return [line(head[0], 440, 320, h=40, step=16)] + [line(t, 420, 370 + 34 * k, h=40, step=14) for k, t in
                                                       enumerate(head[1:])] + \
        [line(t, 420, 370 + 34 * (len(head) - 1) + 28 * k, step=8) for k, t in enumerate(text)]


def test_a_story_worded_advertisement_with_a_price_and_selling_words_is_one_advertisement():
    cell = _cell(HEAD, WAFERS)
    lines, parsed = _parsed(cell, boxed=False, h=1100)
    ads = [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert len(ads) == 1, [(a.headline, a.genre) for a in parsed.articles]
    assert all(ln.text in ads[0].text() for ln in cell)
    assert [a.headline for a in parsed.articles if a is not ads[0]] == \
        ["MINERS RETURN TO WORK", "COUNCIL MEETS TONIGHT", "BRIDGE IS FINISHED"]
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)


def test_a_story_with_a_price_or_druggists_alone_stays_a_story():
    """A market report (steers sold at $7.50) speaks of sales beside prices, and sells nothing."""
    for head, text in ((["Teachers Get Aid"], WAGES), (["Druggists Meet"], DRUGGISTS), (["Livestock Prices"], MARKET)):
        _, parsed = _parsed(_cell(head, text), boxed=False, h=1100)
        assert not [a for a in parsed.articles if a.genre == ADVERTISEMENT], head
        assert head[0] in [a.headline for a in parsed.articles]


def test_an_altos_story_worded_advertisement_is_one_too():
    cell = _cell(HEAD, WAFERS)
    _, stories, gray = _drawn(cell, boxed=False, w=1500, h=1400)
    data = alto([("F1", part) for part in stories[:4]] + [("F1", cell[:2]), ("F1", cell[2:])] +
                [("F1", part) for part in stories[4:]])
    png = cv2.imencode(".png", gray)[1].tobytes()
    parsed = alto_page(read_alto(parse_xml(data, "p.xml"), "p.xml"), PageInfo(1), "en", png)
    ads = [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert len(ads) == 1 and "druggists" in ads[0].text(), [(a.headline, a.genre) for a in parsed.articles]
    assert len(parsed.articles) == 4
