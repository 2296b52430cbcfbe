"""A head's letter stroke taken for a column rule (The Park Record, 2 August 1935, page 1: the M of
Mining Matters' second word, set over two columns in type 150 px tall, its stem a dark run 200 px
long): the head was cut at it into Mining and Matters, two heads. On a Latin page a vertical run
inside a display line's box, no taller than the line by half, is a letter's stroke: no rule."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_oldpages import body, line, page


def _page(stroke: tuple[int, int, int, int]):
    lines = [line("MINING MATTERS", 150, 40, h=120, step=40)]
    lines += body(60, 190, 12) + body(430, 190, 12, start=6)
    gray = page(lines, rules=[stroke, (400, 190, 403, 560)], w=800, h=600)
    return scanned_page(OcrPage(800, 600, lines), PageInfo(1), "en", gray)


def test_a_letters_stem_in_a_head_is_no_rule():
    got = _page((430, 30, 437, 165))  # the M of MATTERS
    assert [a.headline for a in got.articles] == ["MINING MATTERS"]


def test_a_column_rule_running_down_past_the_head_still_parts_it():
    got = _page((410, 30, 413, 560))
    assert len(got.articles) == 2
