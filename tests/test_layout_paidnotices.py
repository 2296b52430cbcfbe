"""A paid notice and its signature (The Beaver County News, 1916: Reward / Five Dollars Reward
will be paid by the undersigned for information leading to the arrest and conviction of the
vandals … / H. S. Sims, Manager). The notice was laid out as a story and its signature, a line
in bigger type flush right, as an article of its own. The notice is marked an advertisement
(广告) now, its signature its last line; a story headed Lost in the Hills stays a story."""

from __future__ import annotations

from baoku.core.model import ADVERTISEMENT

from .test_layout_oldpages import body, left_story, line, two_columns

REWARD = ["Five Dollars Reward will be paid by", "the undersigned for information leading",
          "to the arrest and conviction of the", "vandals who have been tearing up the",
          "posters of the theatre in this city."]
LOST = ["Two boys of the town who went out", "after their cattle on Sunday were lost",
        "in the hills for a night and a day, and", "came home on Tuesday tired but well."]


def _right(head, text, sign):
    story = [line("COUNCIL MEETS TONIGHT", 420, 60, h=40, step=14)] + body(420, 110, 6, start=3)
    notice = [line(head, 540, 300, h=36, step=14)] + [line(t, 420, 350 + 28 * k, step=8) for k, t in enumerate(text)]
    signed = [line("H. S. Sims, Manager", 560, 350 + 28 * len(text) + 8, h=30, step=10)] if sign else []
    return story + notice + signed


def test_a_paid_notice_is_an_advertisement_with_its_signature():
    lines = left_story() + _right("Reward", REWARD, True)
    parsed = two_columns(lines, h=700)
    ads = [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert len(ads) == 1, [(a.headline, a.genre) for a in parsed.articles]
    assert "undersigned" in ads[0].text() and "H. S. Sims, Manager" in ads[0].text()
    assert [a.headline for a in parsed.articles if a is not ads[0]] == ["MINERS RETURN TO WORK", "COUNCIL MEETS TONIGHT"]
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)


def test_a_story_headed_lost_stays_a_story():
    parsed = two_columns(left_story() + _right("Lost in the Hills", LOST, False), h=700)
    assert not [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert "Lost in the Hills" in [a.headline for a in parsed.articles]


def test_a_legal_notice_with_its_formula_misread_is_an_advertisement():
    # (The Beaver County News, 12 May 1916, page 5: Notice / United States Land Office … / Notice is
    # hereby piven that the State of Utah has filed …, OCR's slip in the formula's last word)
    said = ["United States Land Office, Salt Lake", "City, Utah, March 31st, 1916.",
            "Notice is hereby piven that the State", "of Utah has filed in this office lists",
            "of lands selected by the said State."]
    parsed = two_columns(left_story() + _right("Notice", said, False), h=700)
    ads = [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert len(ads) == 1 and "hereby piven" in ads[0].text()
