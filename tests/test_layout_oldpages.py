"""An old English front page's layout classes (the 1920 Evening Star's, set by hand as the
recogniser reads them: lines with word boxes, a page image with only its rules): a masthead over a
date line between two page rules, column rules where no gutter shows, headlines in capitals no
bigger than their boxes say, decks under a headline, and a boxed story under another's decks."""

from __future__ import annotations

import numpy as np

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage

WORDS = ("the senate will come to a workable plan for an association of nations and the compromise "
         "proposition for an association which will be suggested in the senate to bring together the "
         "extreme and the still hopeful leaguers is now being discussed by some of the leading minds ").split()


def line(text: str, x: int, y: int, h: int = 24, step: int = 10) -> OcrLine:
    """A Latin line as the recogniser gives it: its words boxed, the text with spaces."""
    items, cx = [], x
    for w in text.split():
        items.append(OcrChar(w, (cx, y, cx + step * len(w), y + h), 0.95))
        cx += step * len(w) + step
    return OcrLine(text, (x, y, cx - step, y + h), 0.95, items)


def body(x: int, y: int, rows: int, width: int = 330, start: int = 0) -> list[OcrLine]:
    out, k = [], start
    for r in range(rows):
        words, n = [], 0
        while n + len(WORDS[k % len(WORDS)]) * 10 < width - 20:
            words.append(WORDS[k % len(WORDS)])
            n += (len(words[-1]) + 1) * 10
            k += 1
        out.append(line(" ".join(words), x, y + 28 * r))
    return out


def page(lines, rules=(), w=1500, h=1400) -> np.ndarray:
    gray = np.full((h, w), 255, np.uint8)
    for x0, y0, x1, y1 in rules:
        gray[y0:y1, x0:x1] = 0
    return gray


def left_story() -> list[OcrLine]:
    """A headed story in the left column of a two-column page (`two_columns`)."""
    return [line("MINERS RETURN TO WORK", 60, 60, h=40, step=14)] + body(60, 110, 12)


def two_columns(lines, h=900):
    """The lines on an English page 800 px wide, two columns parted by a rule at x = 400, read."""
    gray = page(lines, rules=[(400, 40, 403, h - 100)], w=800, h=h)
    return scanned_page(OcrPage(800, h, lines), PageInfo(1), "en", gray)


def test_a_masthead_and_its_date_line_between_two_page_rules_are_no_articles():
    lines = [line("The Evening Star", 500, 40, h=120, step=40), line("WEATHER fair tonight", 60, 60),
             line("WITH SUNDAY MORNING EDITION", 560, 170),
             line("WASHINGTON D. C.", 400, 212), line("MONDAY NOVEMBER 15 1920", 620, 212),
             line("TWO CENTS", 1300, 212)]
    lines += [line("ROOT SAYS LEAGUE IS SURE", 60, 280, h=40, step=14)] + body(60, 340, 20)
    lines += [line("SMALL LOANS LAW MAY PASS", 420, 280, h=40, step=14)] + body(420, 340, 20, start=7)
    gray = page(lines, rules=[(40, 200, 1460, 203), (40, 246, 1460, 249), (390, 270, 393, 1000)])
    parsed = scanned_page(OcrPage(1500, 1400, lines), PageInfo(1), "en", gray)
    assert [a.headline for a in parsed.articles] == ["ROOT SAYS LEAGUE IS SURE", "SMALL LOANS LAW MAY PASS"]
    assert str(parsed.folio.date) == "1920-11-15"


def test_a_masthead_over_a_double_rule_keeps_its_date_line_out_of_the_articles():
    """The Omaha Daily Bee's masthead (10 March 1887): the rule under the nameplate is double, its
    second line a few pixels under the first, and the date row (SIXTEENTH YEAR. | OMAHA.
    THURSDAY, MORNING, MARCH 10, 1887. | NUMBER 264) stands between it and the lower page rule.
    The double rule's second line is not the lower rule: the date row is the folio, no article."""
    lines = [line("The Omaha Daily Bee", 480, 40, h=120, step=40),
             line("SIXTEENTH YEAR.", 60, 218), line("OMAHA. THURSDAY, MORNING, MARCH 10, 1887.", 500, 218),
             line("NUMBER 264", 1250, 218)]
    lines += [line("ROOT SAYS LEAGUE IS SURE", 60, 280, h=40, step=14)] + body(60, 340, 20)
    lines += [line("SMALL LOANS LAW MAY PASS", 420, 280, h=40, step=14)] + body(420, 340, 20, start=7)
    gray = page(lines, rules=[(40, 194, 1460, 200), (200, 205, 1300, 212), (40, 252, 1460, 256),
                              (390, 270, 393, 1000)], h=3000)  # a tall page: the nameplate alone
    # stands in its top band, so the rule under it is taken for the page's head
    parsed = scanned_page(OcrPage(1500, 3000, lines), PageInfo(1), "en", gray)
    assert [a.headline for a in parsed.articles] == ["ROOT SAYS LEAGUE IS SURE", "SMALL LOANS LAW MAY PASS"]
    assert str(parsed.folio.date) == "1887-03-10"


def test_capitals_no_bigger_than_the_body_by_their_boxes_head_their_story():
    """A one-line head in capitals, boxed hardly taller than the body's lines, after the last
    line of the story above in the same column: a story of its own, not that one's paragraph."""
    lines = [line("MOBS STOP JUBILEE", 60, 60, h=40, step=14)] + body(60, 110, 8)
    lines += [line("HUNT SEALS WITH BALLOONS.", 80, 110 + 8 * 28 + 14, h=28)] + body(60, 110 + 9 * 28 + 20, 6, start=5)
    parsed = scanned_page(OcrPage(500, 800, lines), PageInfo(1), "en", page(lines, w=500, h=800))
    heads = [a.text().split("\n")[0] for a in parsed.articles]
    assert heads == ["MOBS STOP JUBILEE", "HUNT SEALS WITH BALLOONS."], heads


def test_a_bigger_head_under_a_headlines_decks_opens_the_next_story():
    """A headline, its decks coming down in size, then a boxed story's headline set bigger than
    the last deck (its box's frame too faint to be seen): two stories."""
    lines = [line("LEAGUE MEETING OPENS", 60, 40, h=70, step=16), line("Election of President and", 60, 130, h=34),
             line("Other Officers First Work", 60, 166, h=34), line("Disarmament and Economic", 60, 210, h=30),
             line("Belgium Presents Bill", 70, 254, h=44, step=14)] + body(60, 310, 6)
    parsed = scanned_page(OcrPage(500, 600, lines), PageInfo(1), "en", page(lines, w=500, h=600))
    assert [a.text().split("\n")[0][:14] for a in parsed.articles] == ["LEAGUE MEETING", "Belgium Presen"]


def test_a_head_in_capitals_run_into_its_first_paragraph_is_still_the_headline():
    """The page-text rules ran a one-line head in capitals into the paragraph under it (English
    gives them no sentence end to part on): the layout's head is the headline, the paragraph keeps
    the rest."""
    from baoku.core.importing.scan import set_head
    from baoku.core.model import Article, Block

    art = Article([Block("paragraph", "HANG NEGRO TO BRIDGE. White Woman's Assailant Is Taken"),
                   Block("paragraph", "BRISTOL, Va.-Tenn., November 15.")])
    set_head(art, [("headline", "HANG NEGRO TO BRIDGE.")])
    assert art.headline == "HANG NEGRO TO BRIDGE."
    assert [(b.kind, b.text) for b in art.blocks] == [
        ("headline", "HANG NEGRO TO BRIDGE."), ("paragraph", "White Woman's Assailant Is Taken"),
        ("paragraph", "BRISTOL, Va.-Tenn., November 15.")]


def test_a_headline_whose_box_starts_on_the_rule_under_the_date_line_is_no_folio():
    """ALTO boxes a big headline from the edge of the page rule under the date line (the 1915
    Evening Star's PRZEMYSL YIELDS…): its box runs far below that rule, so it is the page's first
    story, not a piece of the date line."""
    lines = [line("The Evening Star", 500, 40, h=120, step=40), line("WEATHER fair tonight", 60, 60),
             line("WASHINGTON D. C.", 400, 212), line("MONDAY NOVEMBER 15 1920", 620, 212),
             line("TWO CENTS", 1300, 212)]
    lines += [line("PRZEMYSL YIELDS TO CZAR", 1000, 244, h=90, step=22)] + body(1000, 350, 20)
    lines += [line("ROOT SAYS LEAGUE IS SURE", 60, 280, h=40, step=14)] + body(60, 340, 20)
    gray = page(lines, rules=[(40, 200, 1460, 203), (40, 246, 1460, 249), (990, 270, 993, 1000)])
    parsed = scanned_page(OcrPage(1500, 1400, lines), PageInfo(1), "en", gray)
    assert sorted(a.headline for a in parsed.articles) == ["PRZEMYSL YIELDS TO CZAR", "ROOT SAYS LEAGUE IS SURE"]
    assert str(parsed.folio.date) == "1920-11-15"
