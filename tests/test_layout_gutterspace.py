"""A subhead spanning two columns whose em space (　) fell in the gutter between them: round 16b's
page f07 (five columns, body 30 px) set 夜场开放延长至晚9点　青少年观众占四成 under its head across
columns two and three; the recogniser read it in two pieces, parted at the space, and the second
piece (青少年观众占四成) headed a story of its own that took the lead story's second column (110 of
243 characters wrong). Two level display pieces in one size, the first's ink running past its
column's end, the white between them taking in the gutter and an em's space wide or so, are one
line (core/layout/headpieces.py, `_past_gutter`)."""

from __future__ import annotations

from .test_layout_briefs import laid_out


def test_a_subheads_second_half_across_the_gutter_stays_with_its_head():
    _, articles = laid_out("f07")
    lead = next(a for a in articles if a.headline.startswith("市博物馆"))
    assert "青少年观众占四成" in lead.subhead, (lead.subhead, [a.headline for a in articles])
    assert not any(a.headline.startswith("青少年") for a in articles)
    assert "周六夜场延长至晚9点" in "".join(lead.text().split())  # its second column stays its own
