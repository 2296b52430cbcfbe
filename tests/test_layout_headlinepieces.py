"""A head's line read in pieces (The Park Record's ALTO, 2 August 1935: Housewife's | dea Box I,
the second piece's first letter lost, so that it starts in lowercase and measures as text): the
piece beside the head, level with it in its column, is the head's, not an article of its own."""

from __future__ import annotations

from .test_layout_oldpages import body, left_story, line, two_columns


def test_a_piece_of_a_heads_line_read_as_text_beside_it_is_the_heads():
    lines = left_story()
    lines += [line("Housewife's", 450, 60, h=34, step=14), line("dea Box", 634, 62, h=30, step=12)]
    lines += body(420, 110, 10, width=280, start=5)
    parsed = two_columns(lines)
    assert len(parsed.articles) == 2, [a.text()[:50] for a in parsed.articles]
    assert parsed.articles[1].headline == "Housewife's dea Box"
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)  # nothing lost
