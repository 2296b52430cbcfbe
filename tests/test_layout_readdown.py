"""Blocks read down a column: one block right under another in a column (a line's white apart or
less) is read after it, however little the two overlap (core/layout/order.py, `_leaf`). Round
16b's train page f05 (five columns, body 30 px, a story running on under its picture): the
byline 本报记者　卢小满　文/图, a paragraph of two lines, its first line indented and its second
(满 文/图) short, overlapped by less than half a character and was read as a sub-column left of
its first line: 满文/图本报记者卢小."""

from __future__ import annotations

from .test_layout_briefs import laid_out


def test_an_indented_first_line_is_read_before_the_short_line_under_it():
    _, articles = laid_out("f05")
    story = next(a for a in articles if a.headline.startswith("一部电梯"))
    text = "".join(story.text().split())
    assert "本报记者卢小满文/图“以前下楼" in text, text[:120]
