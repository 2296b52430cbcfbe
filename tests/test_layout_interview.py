"""A Q&A interview (记者：… / 许望川：…) in round 17's train page g05 (seven columns, body 24 px, skew 1°,
blur, noise, JPEG 40), laid out on its kept reading (tests/layoutocr.py): a question's short last
line (写故乡？), flush left under its first line's indent (记者：为什么总是, filling the column to its
edge) and not under it across, was read before it, opened an article of its own, and took the
answers under it; the question's first line ran on into the next column (core/layout/order.py `_leaf`)."""

from __future__ import annotations

from .test_layout_briefs import laid_out


def test_an_interview_is_one_article_in_its_order():
    _, articles = laid_out("g05")
    talk = [a for a in articles if "许望川：" in a.text()]
    assert len(talk) == 1, [a.headline for a in talk]
    flat = "".join(talk[0].text().split())
    assert "记者：为什么总是写故乡？许望川：故乡是我认识世界的起点。" in flat, flat
    assert not any(a.headline.startswith("写故乡") for a in articles)
