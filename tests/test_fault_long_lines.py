"""ALTO lines out of the ordinary (issue-51e, docs/faults.md). A line of thousands of characters
(an ALTO String whose CONTENT runs on for a whole file, OCR glueing a page's lines into one) is laid
out in work linear in its length: what is asked of the whole line is asked once a line, not once a
character. Lines that lie outside their page are said."""

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


def test_an_alto_page_whose_text_lies_outside_it_says_so(tmp_path):
    """An ALTO whose Page WIDTH and HEIGHT are in other units than its text's (960×1440 over text
    set to 9,000): every box lay past the page image, stored as it was and said nowhere. Now the
    import's warnings say how many lines lie outside; the text is kept. A page whose text lies
    within it (and an OCR box a little past its edge) says nothing."""
    from defusedxml import ElementTree as DET

    from baoku.core.importing.alto import read_alto

    from .test_alto import _alto_by_hand

    page = _alto_by_hand()
    assert read_alto(DET.fromstring(page.encode()), "a.xml").note("a.xml") == []
    small = page.replace('HEIGHT="14400" WIDTH="9600">', 'HEIGHT="1440" WIDTH="960">', 1)
    alto = read_alto(DET.fromstring(small.encode()), "a.xml")
    (said,) = alto.note("a.xml")
    assert said == ("a.xml: 8 line(s) lie outside the page (960×1440 by its WIDTH and HEIGHT; its size or units may "
                    "be wrong): the text is kept, its boxes there may be wrong")
    assert sum(len(b.lines) for b in alto.blocks) == 8
    edge = page.replace('HEIGHT="14400" WIDTH="9600">', 'HEIGHT="14400" WIDTH="3550">', 1)  # its head 1.4% past
    assert read_alto(DET.fromstring(edge.encode()), "a.xml").note("a.xml") == []
