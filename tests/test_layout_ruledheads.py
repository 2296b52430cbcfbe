"""A department's head set between rules (Der Nordstern's Staat Minnesota., 1878: a heavy rule over
it, a thin one under it, then its notes): the rule under a head is the head's own, and the text
right under it is that head's story, not a headless story of its own. A rule under a story's text
still parts the text under it."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage
from .test_layout_frakturheads import body
from .test_layout_oldpages import line, page

COL = (60, 390)


def _parsed(lines, rules, h=1400):
    gray = page(lines, rules=[(400, 40, 403, h - 100)] + rules, h=h)
    return scanned_page(OcrPage(1500, h, lines), PageInfo(1), "en", gray)


def test_the_text_under_a_heads_own_rule_is_its_story():
    lines = [line("BEECHER ON TRIAL", 80, 60, h=40, step=18)] + body(60, 116, 10)
    y = 116 + 10 * 28 + 30  # a heavy rule over the head, a thin one under it
    lines += [line("STATE NEWS", 100, y + 20, h=40, step=20)]
    lines += body(60, y + 84, 8, start=4) + body(420, 60, 20, start=7)
    parsed = _parsed(lines, [(62, y, 388, y + 6), (62, y + 68, 388, y + 70)])
    heads = [a.headline for a in parsed.articles]
    assert "STATE NEWS" in heads, heads
    news = parsed.articles[heads.index("STATE NEWS")]
    assert len(news.text()) > 200  # its notes under the rule
    assert len(parsed.articles) == 2, heads


def test_a_rule_under_a_storys_text_still_parts_it_from_the_text_under_it():
    lines = [line("BEECHER ON TRIAL", 80, 60, h=40, step=18)] + body(60, 116, 10)
    y = 116 + 10 * 28 + 10
    lines += body(60, y + 20, 8, start=4)
    parsed = _parsed(lines, [(62, y, 388, y + 2)])
    assert len(parsed.articles) == 2
