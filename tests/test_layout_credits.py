"""A wire credit or byline centred over a story's text heads nothing, however OCR read it (the
Evening Star, 15 November 1920: its ALTO reads By the Associated Press. over the GENEVA story as
y thi> AnwwiatPd Press.): the line stays with the story under it, the story's text whole."""

from __future__ import annotations

import pytest

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_frakturheads import centred
from .test_layout_oldpages import body, line, page

CREDITS = ["y thi> AnwwiatPd Press.", "(By the United Press.)", "By tho Associated Press.",
           "Bv the Associated Press."]


def _parsed(lines, h=900):
    gray = page(lines, rules=[(400, 40, 403, h - 100)], w=800, h=h)
    return scanned_page(OcrPage(800, h, lines), PageInfo(1), "en", gray)


@pytest.mark.parametrize("credit", CREDITS)
def test_a_credit_line_over_a_story_heads_nothing_and_stays_with_its_text(credit):
    lines = [line("MINERS RETURN TO WORK", 60, 60, h=40, step=14)] + body(60, 110, 12)
    story = body(420, 86, 8, start=5)
    story[0] = line("GENEVA, November 15.-Determination to meet", 420, 86)
    lines += [centred(credit, 60, (420, 750))] + story
    parsed = _parsed(lines)
    assert all(credit not in (a.headline or "") for a in parsed.articles), [a.headline for a in parsed.articles]
    home = [a for a in parsed.articles if story[0].text in a.text()]
    assert len(home) == 1 and credit in home[0].text(), [a.text()[:60] for a in parsed.articles]
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)  # nothing lost
