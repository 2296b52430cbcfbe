"""A ruled table inside a story (指标 | 增速, four rows, a heavy rule over the first row and a thin
one under each), in round 17's train page g03 (five columns, body 27 px, skew 0.8°, blur, noise,
JPEG 40), laid out on its kept reading (tests/layoutocr.py): each row rule parted the rows from
the story and from each other, and the header cell 指标, a word measured 1.36 times the body,
opened an article of its own: six articles of table rows. A table's row rules part nothing
(core/layout/parting.py), and its cells are text (core/layout/tables.py `ruled_cells`)."""

from __future__ import annotations

from .test_layout_briefs import laid_out


def test_a_ruled_table_stays_in_its_story():
    _, articles = laid_out("g03")
    story = [a for a in articles if "统计局" in a.text()]
    assert len(story) == 1 and story[0].headline.startswith("全市地区生产总值"), [a.headline for a in story]
    flat = "".join(story[0].text().split())
    for cell in ("指标", "增速", "地区生产总值", "规上工业增加值", "固定资产投资", "社会消费品零售总额", "巩固经济回升向好态势"):
        assert cell in flat, cell
    assert not any(a.headline in ("指标", "增速", "地区生产总值") for a in articles)
    assert len(articles) == 8


def test_a_vertical_head_beside_its_story_is_no_tables_cell():
    """Train page x01 (vertical heads, 竖题, beside their stories): a first form of `ruled_cells`
    took the vertical head 各地抓紧春耕生产, narrow and level with its story's text, for a cell, and
    its story lost its head to the next one's kicker."""
    _, articles = laid_out("x01")
    story = next(a for a in articles if "土壤化冻" in a.text())
    assert story.headline == "各地抓紧春耕生产", (story.kicker, story.headline)
