"""The layout's work grows with the page's lines as a page's does, not with their square or cube:
a real 1887 broadsheet read by OCR (1,487 lines, many of them heads and scraps each a block of its
own) took minutes in the blocks stage alone."""

from __future__ import annotations

from baoku.core.layout import analyse, blocks
from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage

BODY = 26


def _scraps(n: int) -> OcrPage:
    """`n` short lines, each far under the one before it in its column: every one a block of its own."""
    lines = []
    for k in range(n):
        x, y = 60 + (k % 6) * 400, 60 + (k // 6) * 5 * BODY
        text = f"Item number {k} here."
        chars = [OcrChar(c, (x + i * 14, y, x + i * 14 + 13, y + BODY), 0.99) for i, c in enumerate(text)]
        lines.append(OcrLine(text, (x, y, x + 14 * len(text), y + BODY), 0.99, chars))
    return OcrPage(2500, 60 + (n // 6 + 1) * 5 * BODY + 60, lines)


def test_the_line_over_a_block_is_sought_only_for_a_line_level_with_its_end(monkeypatch):
    calls = []
    real = blocks._over
    monkeypatch.setattr(blocks, "_over", lambda *a: calls.append(1) or real(*a))
    page = _scraps(240)
    analyse(page)
    # Before: sought for every block of one line, for every line after it (~n²/2 = 28,000 times,
    # each over every line placed so far).
    assert len(calls) < len(page.lines)
