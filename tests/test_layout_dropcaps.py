"""A paragraph opened by a drop capital (The Park Record, 2 August 1935: the review's items,
IMMEDIATE convocation of the | League of Nations…, the I set two lines high): OCR reads the first
line's words in capitals apart from its lowercase rest (MMEDIATE | convocation of the, the
capital unread). The capitals head nothing: the line is one, the paragraph's first, and the
paragraph is not cut from it."""

from __future__ import annotations

from .test_layout_oldpages import body, left_story, line, two_columns


def test_a_drop_capitals_first_line_read_in_two_pieces_stays_the_paragraphs():
    lines = left_story()
    lines += [line("MMEDIATE", 450, 60, h=30, step=12), line("convocation of the", 550, 58, h=32, step=8)]
    lines += [line("League of Nations council to", 450, 92, step=8),
              line("deal with the question was", 450, 120, step=8)] + body(420, 148, 8, width=280, start=5)
    parsed = two_columns(lines)
    assert [a.headline for a in parsed.articles if a.headline] == ["MINERS RETURN TO WORK"], \
        [a.text()[:40] for a in parsed.articles]
    home = [a for a in parsed.articles if "MMEDIATE" in a.text()]
    assert len(home) == 1 and "MMEDIATE convocation of the" in home[0].text().replace("\n", " ")
    assert lines[-1].text in home[0].text()  # the paragraph with its first line
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)  # nothing lost
