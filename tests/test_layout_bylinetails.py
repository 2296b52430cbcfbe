"""A byline cut at a gutter (The Park Record, 2 August 1935: (By EDGAR | GUEST), set across two
narrow columns' gutter): its tail, which closes a bracket it never opened, heads nothing and goes
with the piece that opened it, in its head's article."""

from __future__ import annotations

from .test_layout_oldpages import body, line
from .test_layout_signatures import _parsed


def test_a_bylines_tail_cut_off_at_a_gutter_heads_nothing():
    lines = [line("FIRST AT HOME", 120, 60, h=24, step=12), line("(By EDGAR", 300, 88), line("GUEST)", 412, 88)]
    lines += body(60, 116, 12) + body(420, 116, 12, start=5)
    parsed = _parsed(lines)
    assert "GUEST)" not in [a.headline for a in parsed.articles], [a.text()[:40] for a in parsed.articles]
    home = [a for a in parsed.articles if "(By EDGAR" in a.text()]
    assert len(home) == 1 and "GUEST)" in home[0].text()  # the byline's tail with its head
    words = " ".join(a.text() for a in parsed.articles)
    assert all(ln.text in words for ln in lines)  # nothing lost
