"""An advertisement set as reading matter (The Beaver County News, 1916: CUTICURA COMFORTS BABY
… Free sample each by mail with Book. … Sold everywhere.—Adv.; a filler's line To keep clean and
healthy take Dr. Pierce's Pleasant Pellets. …—Adv.): in a column of news, in the news' type,
worded as sentences, no price. The layout took it for a story, or read it into one article with
the filler over it. Its words tell it: the paper's mark Adv. at its end, or two of an
advertiser's phrases. It is an article marked an advertisement (广告) now, parted from the fillers
read with it, over it and after its signature;
a market story with prices stays a story."""

from __future__ import annotations

from baoku.core.model import ADVERTISEMENT

from .test_layout_latinadverts import _parsed
from .test_layout_oldpages import line

CUTICURA = ["Give baby a bath with hot water and", "Cuticura Soap, then apply the Ointment",
            "gently to all affected parts. Relief", "follows and baby falls into a sleep.",
            "Free sample each by mail with Book.", "Address postcard, Cuticura, Dept. L,",
            "Boston. Sold everywhere.—Adv."]
FILLER = ["As long as it is only talk, let the", "other fellow have his way."]
PIERCE = ["To keep clean and healthy take Dr.", "Pierce's Pleasant Pellets. They regulate",
          "liver, bowels and stomach.—Adv."]
MARKET = ["Wheat brought $1.10 a bushel on the", "local market this week, and oats were",
          "paid 45 cents, the highest price", "paid here since the spring of last", "year, the dealers said on Monday."]


def _cell(head, text):
    top = [line(head, 440, 320, h=40, step=16)] if head else []
    return top + [line(t, 420, 370 + 28 * k, step=8) for k, t in enumerate(text)]


def test_a_notice_signed_adv_under_a_head_is_an_advertisement():
    cell = _cell("CUTICURA COMFORTS BABY", CUTICURA)
    lines, parsed = _parsed(cell, boxed=False, h=1100)
    ads = [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert len(ads) == 1 and all(ln.text in ads[0].text() for ln in cell), \
        [(a.headline, a.genre) for a in parsed.articles]
    assert [a.headline for a in parsed.articles if a is not ads[0]] == \
        ["MINERS RETURN TO WORK", "COUNCIL MEETS TONIGHT", "BRIDGE IS FINISHED"]
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)


def test_a_signed_notice_read_with_the_filler_over_it_is_parted_from_it():
    filler = _cell(None, FILLER)
    notice = [line(t, 436 if k == 0 else 420, 426 + 28 * k, step=8) for k, t in enumerate(PIERCE)]
    after = [line("There's many an untied knot in a", 436, 510, step=8), line("cord of wood.", 420, 538, step=8)]
    lines, parsed = _parsed(filler + notice + after, boxed=False, h=1100)
    ads = [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert len(ads) == 1, [(a.headline, a.genre, a.text()[:40]) for a in parsed.articles]
    assert all(ln.text in ads[0].text() for ln in notice) and "other fellow" not in ads[0].text()
    assert any("other fellow" in a.text() and a.genre != ADVERTISEMENT for a in parsed.articles)
    assert any("untied knot" in a.text() and a.genre != ADVERTISEMENT for a in parsed.articles)
    assert "untied knot" not in ads[0].text()
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)


def test_a_market_story_with_prices_stays_a_story():
    _, parsed = _parsed(_cell("Grain Prices Rise", MARKET), boxed=False, h=1100)
    assert not [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert "Grain Prices Rise" in [a.headline for a in parsed.articles]


DOAN = ["The woman who has a bad back, blue", "spells and dizzy headaches has a hard", "lot. Strengthen the kidneys with Doan's",
        "Kidney Pills. They are as harmless as", "they are effective for weak kidneys.", "Get Doan's at Any Store, 50c a Box"]


def test_an_advertisements_name_set_under_it_is_its_own_not_an_article():
    notice = _cell("When Housework Drags", DOAN)
    logo = [line("DOAN'S KIDNEY PILLS", 450, 550, h=36, step=13), line("FOSTER-MILBURN CO., BUFFALO, N. Y.", 430, 590, step=8)]
    lines, parsed = _parsed(notice + logo, boxed=False, h=1100)
    ads = [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert len(ads) == 1 and all(ln.text in ads[0].text() for ln in notice + logo), \
        [(a.headline, a.genre) for a in parsed.articles]
    assert [a.headline for a in parsed.articles if a is not ads[0]] == \
        ["MINERS RETURN TO WORK", "COUNCIL MEETS TONIGHT", "BRIDGE IS FINISHED"]
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)
