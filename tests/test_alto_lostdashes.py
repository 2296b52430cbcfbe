"""Chronicling America's older OCR text writes no character past ASCII: each em dash it could not
write is a question mark (PARIS, March 22.?The, Cattle Plague Increasing?The). Read from an ALTO
whose text is ASCII only, that mark is the dash again, in the line and its character; a real
question mark, or any on a page that writes its dashes, is left as it is."""

from __future__ import annotations

from defusedxml import ElementTree as DET

from baoku.core.importing.alto import read_alto


def _alto(lines: list[list[str]]) -> bytes:
    """An ALTO page of one block, a TextLine for each list of words (String, SP, String …)."""
    out, y = [], 100
    for words in lines:
        parts, x = [], 100
        for n, w in enumerate(words):
            if n:
                parts.append(f'<SP HPOS="{x}" VPOS="{y}" WIDTH="10"/>')
                x += 10
            parts.append(f'<String CONTENT="{w}" HPOS="{x}" VPOS="{y}" WIDTH="{12 * len(w)}" HEIGHT="20"/>')
            x += 12 * len(w)
        out.append(f'<TextLine HPOS="100" VPOS="{y}" WIDTH="{x - 100}" HEIGHT="20">{"".join(parts)}</TextLine>')
        y += 30
    return (f'<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#"><Layout><Page WIDTH="1200" HEIGHT="900">'
            f'<PrintSpace><TextBlock ID="b1">{"".join(out)}</TextBlock></PrintSpace></Page></Layout></alto>').encode()


def _lines(data: bytes):
    return [ln for b in read_alto(DET.fromstring(data), "p.xml").blocks for ln in b.lines]


def test_a_question_mark_glued_between_words_on_an_ascii_page_is_the_lost_dash():
    lines = _lines(_alto([["Fire", "in", "New", "Haven."],
                          ["NEW", "HAVEN,", "Conn.,", "Sept.", "29.?The", "New"],
                          ["Cattle", "Plague", "Increasing?The", "Harvest"],
                          ["OFFICE", "?The", "following"],
                          ["Who", "said", "so?", "Nobody", "knows."]]))
    assert lines[1].text == "NEW HAVEN, Conn., Sept. 29.\u2014The New"  # a dateline again
    assert lines[2].text == "Cattle Plague Increasing\u2014The Harvest"  # two words again
    assert lines[3].text == "OFFICE \u2014The following"
    assert lines[4].text == "Who said so? Nobody knows."  # a question ends with a space after it
    dashes = [c for ln in lines for c in ln.chars if c.text == "\u2014"]
    assert len(dashes) == 3 and not any(c.text == "?" for ln in lines[1:4] for c in ln.chars)


def test_a_page_that_writes_its_dashes_keeps_its_question_marks():
    lines = _lines(_alto([["PARIS,", "March", "22.\u2014The", "caf\u00e9"], ["Increasing?The", "Harvest"]]))
    assert lines[1].text == "Increasing?The Harvest"
