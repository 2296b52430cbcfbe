"""Text blocks whose boxes overlap down a column (The Park Record's ALTO, 2 August 1935: Brisbane's
column beside its picture, 1 deal longer than … boxed down past the top of ; J by organized dol-
under it), and ink inside the upper one's lines read as a short rule: that rule stands inside the
story's own text, so it parts nothing, and the lower block stays in the story."""

from __future__ import annotations

from baoku.core.layout.articles import group_articles
from baoku.core.layout.blocks import TEXT, TITLE
from baoku.core.layout.graphics import Graphics
from baoku.core.layout.pieces import Block, Page

from .test_layout_oldpages import line


def _page(rule):
    lines = [line("BRISBANE", 100, 100, h=40, step=30)]
    lines += [line("words of the column run on here", 100, 160 + 20 * k, h=20) for k in range(5)]
    lines += [line("words of the column run on here", 100, 250 + 20 * k, h=20) for k in range(7)]
    lines += [line("and the column runs on here", 100, 340 + 20 * k, h=20) for k in range(5)]
    head = Block(TITLE, [0], (100, 100, 400, 140), 40)
    upper = Block(TEXT, list(range(1, 6)), (100, 160, 400, 260), 20)
    over = Block(TEXT, list(range(6, 13)), (100, 250, 400, 390), 20)  # boxed down past the next one's top
    lower = Block(TEXT, list(range(13, 18)), (100, 340, 400, 440), 20)
    page = Page(600, 600, lines, 20.0, Graphics(hrules=[rule]), [head, upper, over, lower], [(100, 400)],
                [40.0] + [20.0] * 17, latin=True)
    return page, [head, upper, over, lower]


def test_a_rule_inside_the_storys_own_text_parts_nothing():
    page, order = _page((150, 300, 350, 303))
    assert len(group_articles(page, order, {})) == 1


def test_a_rule_between_two_blocks_with_no_text_over_it_still_parts_them():
    page, order = _page((150, 300, 350, 303))
    order[2].box = (100, 250, 400, 290)  # the middle block ends over the rule
    assert len(group_articles(page, order, {})) == 2


def test_a_block_opening_a_sentence_under_the_rule_is_still_parted():
    page, order = _page((150, 300, 350, 303))
    page.lines[13] = line("The Average Family in the United", 100, 340, h=20)
    assert len(group_articles(page, order, {})) == 2
