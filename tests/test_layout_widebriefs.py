"""A briefs column set two columns wide under a story's last column and the column beside it
(round 17's train page g01, five columns, skew 1.5°, blur, noise, JPEG 40; laid out on its kept
reading, tests/layoutocr.py). The briefs' lines cross the gutter, 37% as many as a column's lines
cover it, and the two columns above were taken for one (core/layout/geometry.py `_halved`): the
long 通讯's fourth column went to the head over the fifth (夏粮收购全面展开), read before its own
text. Halved, a brief's short last line (个。) stood under its first line's indent in the left half,
not under it across, and was read first (core/layout/order.py `_leaf`)."""

from __future__ import annotations

from .test_layout_briefs import laid_out


def _flat(a) -> str:
    return "".join(a.text().split())


def test_a_long_story_keeps_its_last_column_over_a_wide_briefs_column():
    _, articles = laid_out("g01")
    story = next(a for a in articles if a.headline == "一条老码头的新航程")
    grain = next(a for a in articles if a.headline == "夏粮收购全面展开")
    assert "江豚出水" in _flat(story) and "岸线还给了市民" in _flat(story)
    assert "江豚" not in _flat(grain) and _flat(grain).startswith("夏粮收购全面展开本报讯")


def test_a_briefs_last_short_line_is_read_after_its_first():
    _, articles = laid_out("g01")
    park = next(a for a in articles if "口袋公园" in a.text())
    assert "边角地新建口袋公园20个。" in _flat(park), _flat(park)
