"""A page rule broken where the page slants (The Beaver County News, 12 May 1916, page 3: the rule
under its running head BEAVER COUNTY NEWS, MILFORD, UTAH read as two pieces meeting end to end,
the right one 7 px higher, each under 0.6 of the text's width). No page rule was found, the
running head (no date, no page number) did not read as one, and it was an article of its own.
Pieces of one rule meeting end to end are one rule; two columns' rules a gutter apart stay two."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_oldpages import body, line, page


def _page(rules):
    lines = [line("BEAVER COUNTY NEWS, MILFORD, UTAH", 250, 40)]
    lines += [line("ARMY BILL REJECTED", 60, 100, h=40, step=14)] + body(60, 160, 20)
    lines += [line("MINING MAN DROWNED", 420, 100, h=40, step=14)] + body(420, 160, 20, start=7)
    return scanned_page(OcrPage(800, 900, lines), PageInfo(1), "en", page(lines, rules, w=800, h=900))


def test_a_page_rule_in_two_pieces_end_to_end_puts_the_running_head_over_it_out_of_the_articles():
    got = _page([(50, 84, 420, 88), (421, 75, 760, 79), (400, 100, 403, 860)])
    assert [a.headline for a in got.articles] == ["ARMY BILL REJECTED", "MINING MAN DROWNED"]


def test_two_columns_rules_a_gutter_apart_are_no_page_rule():
    got = _page([(50, 84, 380, 88), (420, 75, 760, 79), (400, 100, 403, 860)])
    assert len(got.articles) == 3  # (the running head, read as it was before: nothing says it is one)
