"""Paragraphs on a Chinese page whose lines are set ragged (core/layout/chunks.py): a line that
stops short of its column's edge ends its paragraph, save a line of prose stopping short
mid-sentence, because it holds half-width figures or letters (the next character would not fit)
or its last character was carried down with a mark that never starts a line (避头). Round 16b's
train page f03: a brief's text 本报讯　星港港口物流集团16日发布2024年度ESG报 / 告，披露… was cut
into two paragraphs there, and the page-text rules, seeing two short unpunctuated lines under a
small head, made them the brief's headline and subhead (its own head pushed up as a kicker)."""

from __future__ import annotations

from .test_layout_briefs import laid_out


def _paragraphs(article) -> list[str]:
    return ["".join(b.text.split()) for b in article.blocks if b.kind == "paragraph"]


def test_a_line_of_half_width_figures_stopping_short_goes_on_in_its_paragraph():
    _, articles = laid_out("f03")
    esg = next(a for a in articles if "碳排放" in a.text())
    assert esg.headline.replace(" ", "") == "港口物流集团发布首份ESG报告" and not esg.kicker and not esg.subhead
    assert any("2024年度ESG报告，披露" in p for p in _paragraphs(esg)), _paragraphs(esg)


def test_a_byline_stopping_short_stays_a_paragraph_of_its_own():
    """(A guard: the start kept it so; a first version of the rule ran it into the paragraph under
    it, 本报记者　何静怡走进星港…, the byline's line stopping short by two characters.)"""
    _, articles = laid_out("f03")
    story = next(a for a in articles if a.headline.startswith("一条生产线"))
    assert ["".join(b.text.split()) for b in story.blocks if b.kind == "byline"] == ["本报记者何静怡"]
    assert _paragraphs(story)[0].startswith("走进星港高新区")
