"""The page-text splitter on the labelled page set (tests/pageset/{train,dev,test}, see its README)
and on each failure class found on real pages. The scorer is fitted on train only; dev chose its
settings; test is written after the method was frozen and holds it to the issue's targets.
The words in the small cases here are not the pages' words."""

from __future__ import annotations

import pytest

from baoku.core.importing.pagetext import parse_page_text, repair_paragraphs, split_chunks
from baoku.core.model import BYLINE, CAPTION, SUBHEADING, PageInfo

from .pageset import Score, all_pages, score

PAGE = PageInfo(3, "综合")
# The targets (issue 25): articles exactly right (boundaries and heads), wrong joins per page.
TARGET_EXACT, TARGET_WRONG_JOINS_PER_PAGE = 0.92, 0.1
# What the frozen method reaches on dev (87.0% exact, 94.0% boundaries, no wrong join on 36 pages): a floor, so a
# change that loses ground on pages it was not fitted on fails here.
DEV_FLOOR_EXACT, DEV_FLOOR_BOUNDARIES = 0.87, 0.93


def split_score(name: str) -> tuple[Score, int]:
    pages = all_pages(name)
    total = Score()
    for page in pages:
        total.add(score(page))
    return total, len(pages)


def test_the_train_split_is_read_as_labelled():
    total, pages = split_score("train")
    assert pages >= 84 and total.articles >= 475
    assert total.heads / total.articles >= 0.98, total.problems
    assert total.wrong_joins == 0 and total.missed_joins == 0


def test_the_dev_split_holds_the_level_reached():
    total, pages = split_score("dev")
    assert pages >= 36
    assert total.boundaries / total.articles >= DEV_FLOOR_BOUNDARIES, total.problems
    assert total.heads / total.articles >= DEV_FLOOR_EXACT, total.problems
    assert total.wrong_joins <= TARGET_WRONG_JOINS_PER_PAGE * pages


def test_the_test_split_meets_the_targets():
    pages = all_pages("test")
    if not pages:
        pytest.skip("tests/pageset/test is empty until the test pages are written (after the method froze)")
    total, n = split_score("test")
    assert total.heads / total.articles >= TARGET_EXACT, total.problems
    assert total.wrong_joins <= TARGET_WRONG_JOINS_PER_PAGE * n


def split(*lines: str):
    return parse_page_text("\n\n".join(lines) + "\n", PAGE).articles


def test_the_test_pages_split_as_printed():
    pages = [p for p in all_pages("train") if p.style == "city"]
    assert len(pages) >= 20
    total = Score()
    for page in pages:
        total.add(score(page))
    assert total.articles >= 90
    assert total.boundaries / total.articles >= 0.95, total.problems
    assert total.heads / total.articles >= 0.95, total.problems
    assert total.wrong_joins == 0 and total.missed_joins == 0


@pytest.mark.parametrize("page", all_pages(), ids=lambda p: p.name)
def test_each_page_keeps_every_character(page):
    parsed = parse_page_text(page.raw, page.info())
    kept = "".join(b.text.strip() for a in parsed.articles for b in a.blocks)
    assert kept == "".join(a.text() for a in page.articles)
    assert score(page).articles == len(page.articles)


# -- 1. photo stories ------------------------------------------------------------------------------

def test_a_photo_story_keeps_its_headline_and_its_credit_line():
    arts = split("江畔油菜花开成海（附图片）",
                 "3月10日，游客在江边花海中拍照。连日来，沿江两岸油菜花竞相绽放。",
                 "本报记者 苏明亮 摄",
                 "雨后山村云雾缭绕（附图片3张）",
                 "3月9日，山村被云雾环绕，宛如水墨画卷。",
                 "特约记者 韩雪 摄")
    assert [a.headline for a in arts] == ["江畔油菜花开成海（附图片）", "雨后山村云雾缭绕（附图片3张）"]
    assert [b.kind for b in arts[0].blocks][-1] == CAPTION
    assert [(c.name, c.role) for c in arts[0].contributors] == [("苏明亮", "摄")]


def test_each_captioned_photo_under_a_photo_news_label_is_a_story():
    arts = split("图片新闻",
                 "3月8日，市民在植物园赏花。（马小兵 摄）",
                 "3月8日，学生在科技馆体验机器人编程。（田野 摄）",
                 "图为3月7日，工人在港口装卸集装箱。（万里 摄）")
    assert len(arts) == 3 and arts[0].column == "图片新闻"
    assert all(a.photos and not a.headline for a in arts)


# -- 2. bylines ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line,people", [
    ("本报记者 孟凡 通讯员 杜鹃", [("孟凡", "记者"), ("杜鹃", "通讯员")]),
    ("特约记者 韩雪", [("韩雪", "特约记者")]),
    ("□ 邵远", [("邵远", "")]),
    ("常晓光", [("常晓光", "")]),
])
def test_a_byline_under_a_headline_is_a_byline(line, people):
    arts = split("老街区焕发新活力", line, "走进改造后的老街区，青石板路干净整洁，沿街店铺生意红火，游客络绎不绝。")
    assert len(arts) == 1 and arts[0].headline == "老街区焕发新活力" and not arts[0].kicker
    assert arts[0].blocks[1].kind == BYLINE
    assert [(c.name, c.role) for c in arts[0].contributors] == people


def test_a_verse_line_is_not_taken_for_a_bare_name():
    arts = split("春雨", "□ 常晓光", "细雨落在窗前", "还有一只燕", "在檐下低语", "等风来")
    assert len(arts) == 1 and arts[0].headline == "春雨"
    assert [b.text for b in arts[0].blocks[2:]] == ["细雨落在窗前", "还有一只燕", "在檐下低语", "等风来"]


# -- 3. subheadings inside a story -----------------------------------------------------------------

def test_numbered_and_repeated_subheadings_stay_inside_their_story():
    body = "记者在现场看到，工人们正在紧张施工，各项工作有序推进，预计年底前完工。"
    arts = split("城市更新进行时", "本报记者 孟凡", body, "一、老旧管网全面改造", body, "二、口袋公园遍布街巷", body)
    assert len(arts) == 1
    assert [b.text for b in arts[0].blocks if b.kind == SUBHEADING] == ["一、老旧管网全面改造", "二、口袋公园遍布街巷"]
    arts = split("小镇的新产业", "本报记者 孟凡", body, "从零起步", body, "越做越大", body, "律师提示", body)
    assert len(arts) == 1
    assert [b.text for b in arts[0].blocks if b.kind == SUBHEADING] == ["从零起步", "越做越大", "律师提示"]


def test_a_lone_headline_between_two_commentaries_starts_the_next_one_or_is_marked_doubtful():
    # A lone short line between paragraphs is a subheading in one paper and the next commentary's
    # headline in another: the scorer decides, and where it hardly can, the archivist is shown.
    body = "这件事看似不大，却关系到千家万户，值得各方认真对待、持续用力。"
    page = parse_page_text("\n\n".join(["让街巷更有温度", "□ 邵远", body, body, "为基层干部减负", body, body]) + "\n",
                           PAGE)
    heads = [a.headline for a in page.articles]
    doubted = [d.text for d in page.doubts]
    assert heads == ["让街巷更有温度", "为基层干部减负"] or "为基层干部减负" in doubted, (heads, doubted)
    assert heads[0] == "让街巷更有温度"


# -- 4. heads of several lines ---------------------------------------------------------------------

def test_kicker_headline_and_subhead():
    arts = split("聚焦民生实事", "让老人吃上热乎饭", "——社区长者食堂见闻", "本报记者 孟凡",
                 "中午时分，社区长者食堂里飘出阵阵饭香，老人们围坐在一起，边吃边聊。")
    a = arts[0]
    assert (a.kicker, a.headline, a.subhead) == ("聚焦民生实事", "让老人吃上热乎饭", "社区长者食堂见闻")


# -- 5. joins ----------------------------------------------------------------------------------------

def test_a_dateline_always_starts_a_new_paragraph_and_its_brief_gets_the_source():
    chunks, log = repair_paragraphs(split_chunks(
        "当地将继续加大投入，完善配套设施，推动项目尽快建成投用\n\n"
        "据新华社澳门2月3日电 澳门特区政府统计暨普查局3日公布，1月入境旅客同比增长。\n"))
    assert len(chunks) == 2 and not log
    # (Whether a dateline under a headline starts a story of its own is the scorer's call: a
    # roundup prints several dispatches under one headline, so "always" was wrong.)
    arts = split("某地新区建设提速", "当地将继续加大投入，完善配套设施，推动项目尽快建成投用。",
                 "澳门入境旅客增长", "据新华社澳门2月3日电 澳门特区政府统计暨普查局3日公布，1月入境旅客同比增长。")
    assert len(arts) == 2 and arts[1].source.startswith("据新华社澳门") and arts[1].genre == "简讯"


def test_a_headline_with_a_colon_is_not_joined_to_the_text_below():
    chunks, log = repair_paragraphs(split_chunks(
        "世界气象组织：去年全球平均气温比工业化前高出约一点五摄氏度\n\n"
        "报告说，去年全球平均气温比工业化前高约1.5摄氏度，多地遭遇极端高温。\n"))
    assert len(chunks) == 2 and not log


# -- continuations ---------------------------------------------------------------------------------

@pytest.mark.parametrize("order", [("city_15_xuban_a", "city_16_xuban_b"), ("city_16_xuban_b", "city_15_xuban_a")])
def test_an_article_continued_on_another_page_is_joined_once_both_are_in(tmp_path, order):
    from baoku.core.importing.run import import_paths
    from baoku.core.store import Archive

    from .pageset import load, page_path

    files = {}
    for name in order:
        page = load(page_path(name))
        files[name] = tmp_path / f"闽南日报_{page.meta['date']}_{page.meta['page']}_{name}.txt"
        files[name].write_text(page.raw, encoding="utf-8")
    with Archive(tmp_path / "a.db") as archive:
        assert import_paths(archive, [files[order[0]]]).ok
        waiting = [archive.article(i).article for i in archive.article_ids()]
        marked = [a for a in waiting if a.headline == "海丝文化节开幕"]
        assert len(marked) == 1 and marked[0].continues in ("to:第3版", "from:第1版")
        assert "尚未入库" in marked[0].continuation_note()
        report = import_paths(archive, [files[order[1]]])
        assert report.ok and "joined into one" in report.outcomes[0].message
        arts = [archive.article(i).article for i in archive.article_ids()]
        assert len(arts) == 3 + 4 - 1
        whole = [a for a in arts if a.headline == "海丝文化节开幕"]
        assert len(whole) == 1 and whole[0].continues == "joined:A01版+A03版"
        text = whole[0].text()
        assert text.index("（下转第3版）") < text.index("（上接第1版）") and text.count("海丝文化节开幕") == 1
        # the other continued article's rest (转第2版) is not in the archive: still marked
        assert [a.continues for a in arts if a.headline.startswith("园区")] == ["to:第2版"]
