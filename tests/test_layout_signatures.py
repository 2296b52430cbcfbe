"""A card of thanks' signatures (The Park Record, 2 August 1935: MRS. GEORGE GRAY | AND FAMILY, |
MR. AND MRS. WILLIAM GRAY | AND FAMILY.) are their story's lines, not heads: the signature line
OCR boxed smaller and read apart between the others opens no article."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_oldpages import body, line, page


def _parsed(lines, h=900):
    gray = page(lines, rules=[(400, 40, 403, h - 100)], w=800, h=h)
    return scanned_page(OcrPage(800, h, lines), PageInfo(1), "en", gray)


def test_a_signature_line_read_apart_between_the_others_heads_nothing():
    lines = [line("MINERS RETURN TO WORK", 60, 60, h=40, step=14)] + body(60, 110, 12)
    lines += [line("CARD OF THANKS", 500, 60, h=24, step=12)] + body(420, 96, 6, start=5)
    y = 96 + 6 * 28
    lines += [line("Very gratefully,", 440, y), line("MRS. GEORGE GRAY", 480, y + 26, h=24),
              line("AND FAMILY,", 500, y + 50, h=16, step=8), line("MR. AND MRS. W. GRAY", 480, y + 67, h=24),
              line("AND FAMILY.", 500, y + 91, h=24)]
    parsed = _parsed(lines)
    assert [a.headline for a in parsed.articles] == ["MINERS RETURN TO WORK", "CARD OF THANKS"], \
        [a.text()[:40] for a in parsed.articles]
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)  # nothing lost
