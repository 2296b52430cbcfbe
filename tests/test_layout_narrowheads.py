"""A short line in body type centred over its story's text at a column's head (The Park Record,
1935: Have to Take It over "You got to be a good…"): on an English page it is that story's head
line, not an article of its own with its text a headless one beside it."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_frakturheads import centred
from .test_layout_oldpages import body, line, page


def _parsed(lines, language="en", h=900):
    gray = page(lines, rules=[(400, 40, 403, h - 100)], w=800, h=h)
    return scanned_page(OcrPage(800, h, lines), PageInfo(1), language, gray)


def _lines():
    lines = [line("MINERS RETURN TO WORK", 60, 60, h=40, step=14)] + body(60, 110, 12)
    lines += [centred("Have to Take It", 60, (420, 750))] + body(420, 86, 8, start=5)
    return lines


def test_a_short_centred_line_at_a_columns_head_heads_the_text_under_it():
    parsed = _parsed(_lines())
    assert len(parsed.articles) == 2, [a.text()[:40] for a in parsed.articles]
    second = parsed.articles[1]
    assert second.headline == "Have to Take It"
    assert second.text().startswith("Have to Take It") and len(second.text().splitlines()) > 1
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in _lines())  # nothing lost


def test_a_credit_line_centred_over_a_story_is_not_made_its_head():
    """A wire credit set so (the Evening Star, 1920: By the Associated Press. over a GENEVA story)
    heads nothing: the centred-line rule leaves bylines and credits to the byline rules."""
    lines = [line("MINERS RETURN TO WORK", 60, 60, h=40, step=14)] + body(60, 110, 12)
    lines += [centred("By the Associated Press.", 60, (420, 750))] + body(420, 86, 8, start=5)
    parsed = _parsed(lines)
    assert "By the Associated Press." not in [a.headline for a in parsed.articles]
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)  # nothing lost
