"""A line of thousands of characters (an ALTO String whose CONTENT runs on for a whole file, OCR
glueing a page's lines into one) is laid out in work linear in its length: what is asked of the
whole line is asked once a line, not once a character."""

from __future__ import annotations

import pytest

from baoku.core.layout import geometry
from baoku.core.layout.geometry import split_lines
from baoku.core.ocr.engine import OcrChar, OcrLine


def _line(text: str, y: int = 100, step: int = 8) -> OcrLine:
    chars = [OcrChar(ch, (60 + k * step, y, 60 + (k + 1) * step - 1, y + 14), 0.9) for k, ch in enumerate(text)]
    return OcrLine(text, (60, y, 60 + len(text) * step, y + 14), 0.9, chars)


@pytest.mark.parametrize("text", ["农" * 4000, "word " * 800], ids=["han", "latin"])
def test_a_line_of_thousands_of_characters_is_weighed_once_not_once_a_character(monkeypatch, text):
    asked = {"big": 0, "latin": 0}
    is_latin = geometry.is_latin

    def counted_latin(ln):
        asked["latin"] += 1
        return is_latin(ln)

    def big(ln):
        asked["big"] += 1
        return False

    monkeypatch.setattr(geometry, "is_latin", counted_latin)
    lines = [_line(text), _line("短行", y=140)]
    cuts = split_lines(lines, [(60, 20_000), (20_100, 40_000)], 14, big)
    # Before: big(line) twice and is_latin(line) once for every character (8,000 and 4,000 calls
    # over 4,000 characters, each reading the whole line: 93 s for a 20,000-character String).
    assert asked["big"] <= 3 * len(lines) and asked["latin"] <= 3 * len(lines)  # a few a line
    pieces = [text[a:b] for n, a, b, *_ in cuts if n == 0]
    assert "".join(pieces) == text  # every character kept
