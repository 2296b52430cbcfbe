"""Exporting odd long text (issue 48f): a word of thousands of letters (a pasted URL, a run of
digits or letters) and a paragraph of hundreds of pages are set in time proportional to their
length, every character kept. Measured as work done (characters measured, paragraphs set), not
as time: an export of a 20,000-letter URL ran for hours, one of a 300,000-character paragraph
over five minutes."""

from __future__ import annotations

import pytest

from baoku.core.export import flowables
from baoku.core.export.compose import compose
from baoku.core.export.hyphenation import break_points
from baoku.core.export.pieces import Metrics, Setting


class _Counting:
    """Monospaced metrics (6 points a character) that count the characters measured."""

    def __init__(self):
        self.measured = 0

    def width(self, text: str) -> float:
        self.measured += len(text)
        return 6.0 * len(text)

    def metrics(self) -> Metrics:
        return Metrics(10.0, self.width, lambda ch: (0.0, 1.0))


class _Monospaced:
    """What a TextBlock asks of its fonts to set lines: every character an em wide."""

    def __init__(self):
        self.layouts = {}

    def width(self, text: str, role: str, size: float) -> float:
        return len(text) * size

    def ink(self, ch: str, role: str) -> tuple[float, float]:
        return 0.05, 0.95

    def face_name(self, ch: str, role: str) -> str:
        return "mono"


@pytest.mark.parametrize("text", ["https://example.org/" + "a" * 2000, "x" * 2000, "7" * 2000,
                                  "见 https://example.org/" + "q" * 2000 + " 一文"])
def test_a_word_of_thousands_of_letters_is_cut_at_the_measure_in_linear_work(text):
    """Each line's cut tried every length of the word's rest from the longest down, measuring each
    whole (and pyphen hyphenated the whole rest again for every line)."""
    count = _Counting()
    lines = compose(text, count.metrics(), Setting(), 300.0, 300.0)
    assert count.measured < 60 * len(text), count.measured
    assert "".join(line.text for line in lines).replace(" ", "") == text.replace(" ", "")  # all kept
    assert all(line.width <= 300.0 + 6.0 for line in lines)  # each at the measure (a hyphen may be added)
    assert len(lines) >= len(text) * 6 // 300


def test_a_run_of_letters_longer_than_any_word_is_not_hyphenated_by_dictionary():
    assert break_points("x" * 4000) == [] and break_points("ab" * 60) == []
    assert break_points("hyphenation")  # a real word still is


def test_a_paragraph_of_many_pages_is_set_once_and_its_parts_print_it_whole(monkeypatch):
    """Each page's part of a long paragraph was the rest of it set again, from scratch."""
    calls = []
    real = flowables.compose

    def counted(text, *args):
        calls.append(len(text))
        return real(text, *args)
    monkeypatch.setattr(flowables, "compose", counted)
    text = "这是一段很长的正文，用来检验分页。" * 200  # 3,400 characters, some 17 pages of 10 lines
    block = flowables.TextBlock(text, flowables.TextStyle(indent_em=2), _Monospaced())
    whole = block.lines(200.0)
    printed = []
    while True:
        block.wrap(200.0, 180.0)
        parts = block.split(200.0, 180.0)
        if not parts:
            printed += block.lines(200.0)
            break
        head, block = parts
        printed += head.lines(200.0)
    assert calls == [len(text)]
    assert [line.text for line in printed] == [line.text for line in whole]
    assert "".join(line.text for line in printed) == text


@pytest.mark.parametrize("text, measure", [("全市秋粮收购工作全面展开农民群众喜获丰收", 90.0),  # 2 lines
                                           ("全市秋粮收购工作全面展开 农民群众喜获丰收" * 300, 300.0)])  # 125
def test_a_headline_is_measured_once_however_long(text, measure):
    """Balancing a headline's lines set it whole again for each of the 15 measures it tried,
    measuring every character each time (17 times); one of 6,000 characters took half a minute
    to export. Now its characters are measured once, and a headline of many lines is not balanced."""
    count = _Counting()
    lines = compose(text, count.metrics(), Setting("center", False, True, True), measure, measure)
    assert count.measured <= 1.1 * len(text), count.measured
    assert "".join(line.text for line in lines).replace(" ", "") == text.replace(" ", "")  # all kept
    assert all(line.width <= measure + 6.0 for line in lines)  # at the measure (a word space may shrink)
    if len(text) < 100:  # still balanced: two lines about as long, not a full one and a stub
        assert [len(line.text) for line in lines] in ([10, 10], [11, 9], [9, 11]), [x.text for x in lines]


def test_a_damaged_bundled_font_is_one_line_naming_it(tmp_path, monkeypatch):
    """A bundled font cut short (an install interrupted, a disk error) was ReportLab's
    `struct.error: unpack requires a buffer of 2 bytes` traceback; a missing one was one line."""
    from baoku.core.errors import ValidationError
    from baoku.core.export import fonts

    real = fonts.fonts_dir() / fonts.SERIF_FILE
    (tmp_path / fonts.SERIF_FILE).write_bytes(real.read_bytes()[:100_000])
    monkeypatch.setattr(fonts, "fonts_dir", lambda: tmp_path)
    with pytest.raises(ValidationError) as refused:
        fonts._register("BaokuTestDamaged", fonts.SERIF_FILE, 0)  # (a name of its own: cached apart)
    assert str(refused.value) == (f"bundled font damaged: {tmp_path / fonts.SERIF_FILE} cannot be read (error: "
                                  "unpack requires a buffer of 2 bytes) (reinstall Baoku)")
