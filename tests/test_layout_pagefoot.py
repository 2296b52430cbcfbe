"""The line at a Chinese page's foot that names its staff (本版责编：韩知远　美编：陈一苇　校对：刘思齐)
is the page's furniture, as its running head is: never an article, nor a line of one
(core/layout/folio.py `credits`). Round 17's train page g01 (five columns, skew 1.5°, blur, noise,
JPEG 40; tests/layoutset.py) laid out on its kept reading (tests/layoutocr.py): the line was
stored as an article of its own."""

from __future__ import annotations

from .test_layout_briefs import laid_out


def test_the_staff_line_at_the_foot_is_no_article():
    page, articles = laid_out("g01")
    assert page.footer.startswith("本版责编")
    assert not any("责编" in a.text() or "校对" in a.text() for a in articles), [a.text()[:30] for a in articles]
    assert len(articles) == len(page.articles)


def test_a_staff_line_is_told_from_text():
    from baoku.core.layout.folio import credits

    assert credits("本版责编：韩知远 美编：陈一苇 校对：刘思齐")
    assert credits("本版责编：沈可欣，美编：吴子墨 校对：钱立秋")  # (a space read as a comma)
    assert credits("责任编辑 王晓岚")
    assert not credits("校对工作很重要，要认真")
    assert not credits("本报记者 王某")
    assert not credits("（编辑：王某）")  # a note closing a letter is the article's
