"""A story's first text line boxed taller than its text and overlapping it (The Park Record's ALTO,
2 August 1935: I realize that The Park Record Is not, a letter's first line under its head, boxed
28 px high over lines of 17): it measures as display type, bigger than the deck over it, but it is
the text's first line, in mixed case, as wide as the text and running into it. It opens no article
of its own, parting the head from its story."""

from __future__ import annotations

from .test_layout_oldpages import body, left_story, line, two_columns


def test_a_first_text_line_boxed_tall_over_its_text_stays_with_its_head():
    lines = left_story()
    lines += [line("GREAT ORE FISSURES", 450, 60, h=40, step=14), line("CHARLES MOORE", 500, 108, h=24, step=12),
              line("I realize that The Park Record Is not", 436, 140, h=40, step=7)]
    lines += body(420, 172, 10, width=280, start=5)
    parsed = two_columns(lines)
    assert [a.headline for a in parsed.articles] == ["MINERS RETURN TO WORK", "GREAT ORE FISSURES"], \
        [a.text()[:50] for a in parsed.articles]
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)  # nothing lost
