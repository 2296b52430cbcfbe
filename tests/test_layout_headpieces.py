"""A head's deck read in pieces (The Park Record's ALTO, 2 August 1935: GREAT ORE FISSURES OF |
WONDERFUL PARK CITY DISTRICT over INTERESTINGLY DISCUSSED BY, its first word read as scraps of
text, ',,tltllul, and 11 msnutT, level with the head's lines): the pieces stand beside the head's
lines, not under them, and the deck after them goes on the same head, one story."""

from __future__ import annotations

from .test_layout_oldpages import body, left_story, line, two_columns


def test_scraps_read_level_with_a_heads_lines_do_not_part_its_decks():
    lines = left_story()
    lines += [line("GREAT ORE FISSURES OF", 440, 60, h=30, step=13), line("WONDERFUL PARK DISTRICT", 430, 92, h=30, step=12),
              line("11 msnutT", 650, 98, h=17, step=8), line("',,tltllul,", 440, 126, h=17, step=8),
              line("DISCUSSED BY", 560, 124, h=20, step=10), line("CHARLES MOORE", 500, 146, h=20, step=10)]
    lines += body(420, 172, 10, width=280, start=5)
    parsed = two_columns(lines)
    assert [a.headline for a in parsed.articles] == ["MINERS RETURN TO WORK", "GREAT ORE FISSURES OF WONDERFUL PARK DISTRICT"], \
        [a.text()[:50] for a in parsed.articles]
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)  # nothing lost
