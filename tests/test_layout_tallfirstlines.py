"""A story's first text line boxed taller than its text and overlapping it (The Park Record's ALTO,
2 August 1935: I realize that The Park Record Is not, a letter's first line under its head, boxed
28 px high over lines of 17): it measures as display type, bigger than the deck over it, but it is
the text's first line, in mixed case, as wide as the text and running into it. It opens no article
of its own, parting the head from its story."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_oldpages import body, line, page


def _parsed(lines, h=900):
    gray = page(lines, rules=[(400, 40, 403, h - 100)], w=800, h=h)
    return scanned_page(OcrPage(800, h, lines), PageInfo(1), "en", gray)


def test_a_first_text_line_boxed_tall_over_its_text_stays_with_its_head():
    lines = [line("MINERS RETURN TO WORK", 60, 60, h=40, step=14)] + body(60, 110, 12)
    lines += [line("GREAT ORE FISSURES", 450, 60, h=40, step=14), line("CHARLES MOORE", 500, 108, h=24, step=12),
              line("I realize that The Park Record Is not", 436, 140, h=40, step=7)]
    lines += body(420, 172, 10, width=280, start=5)
    parsed = _parsed(lines)
    assert [a.headline for a in parsed.articles] == ["MINERS RETURN TO WORK", "GREAT ORE FISSURES"], \
        [a.text()[:50] for a in parsed.articles]
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)  # nothing lost
