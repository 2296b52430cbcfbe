"""A story carried on mid-column (The Park Record, 2 August 1935: American Legion Notes fills the
foot of column 4, ending Roy Schilling, assistant superin-, and runs on in column 5 under the rule
that closes CARD OF THANKS, tendent of the Utah Copper, …). No head opens the run-on, the column-top
rule cannot take it (it is not at a column's top) and a rule parts it from the text over it: it
opened a headless article. Text that starts mid-sentence (its first word in lowercase) under a
story that ended (its last line ends with a stop) runs on from the story whose text stops
mid-sentence at the foot of the column before."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_oldpages import body, line, page


def _page(first: str = "tendent of the Utah Copper, was the", foot: str = "assistant superin-"):
    lines = [line("AMERICAN LEGION NOTES", 60, 60, h=40, step=14)] + body(60, 110, 24)
    lines.append(line(foot, 60, 110 + 28 * 24))  # the column's foot
    lines += [line("CARD OF THANKS", 460, 60, h=40, step=14)] + body(420, 110, 8, start=5)
    lines.append(line("and all the family.", 420, 110 + 28 * 8))
    y = 110 + 28 * 9 + 20  # under the card's rule
    lines += [line(first, 420, y)] + body(420, y + 28, 5, start=11)
    y += 28 * 6 + 20
    lines += [line("RETAIL PRICES OF FOOD", 460, y, h=40, step=14)] + body(420, y + 50, 6, start=2)
    rules = [(400, 40, 403, 860), (430, 110 + 28 * 9 + 6, 760, 110 + 28 * 9 + 9)]
    return scanned_page(OcrPage(800, 900, lines), PageInfo(1), "en", page(lines, rules, w=800, h=900))


def test_text_run_on_mid_column_goes_with_the_story_it_carries_on():
    got = _page()
    assert [a.headline for a in got.articles] == ["AMERICAN LEGION NOTES", "CARD OF THANKS", "RETAIL PRICES OF FOOD"]
    assert "tendent of the Utah Copper" in got.articles[0].text()


def test_text_opening_a_sentence_there_stays_apart():
    got = _page(first="The Utah Copper company was the")
    assert len(got.articles) == 4 and not got.articles[2].headline


def test_text_under_a_column_foot_that_ends_a_sentence_stays_apart():
    got = _page(foot="assistant superintendent.")
    assert len(got.articles) == 4 and not got.articles[2].headline
