"""The page-text splitter on the labelled page set (tests/pageset/{train,dev,test}, see its README)
and on each failure class found on real pages. The scorer is fitted on train only; dev chose its
settings; test is written after the method was frozen and holds it to the issue's targets.
The words in the small cases here are not the pages' words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from baoku.core.importing.pagetext import parse_page_text, repair_paragraphs, split_chunks
from baoku.core.model import BYLINE, CAPTION, SUBHEADING, PageInfo

from .pageset import Score, all_pages, score

PAGE = PageInfo(3, "综合")
ROOT = Path(__file__).resolve().parent.parent
# The targets (issue 25): articles exactly right (boundaries and heads), wrong joins per page.
TARGET_EXACT, TARGET_WRONG_JOINS_PER_PAGE = 0.92, 0.1
# What the method reaches on dev (round 5, refitted on round 4's spent pages too and every head line labelled to one
# convention, dev relabelled alike: 91.7% exact, 93.5% boundaries, no wrong join on 36 pages; round 4 had 91.2% and
# 94.9% on the old labels, round 3 90.7% and 94.0%, round 2 89.4% and 93.5%, round 1 87.0% and 94.0%): a floor, so a
# change that loses ground on pages it was not fitted on fails here.
DEV_FLOOR_EXACT, DEV_FLOOR_BOUNDARIES = 0.91, 0.93


def split_score(name: str) -> tuple[Score, int]:
    pages = all_pages(name)
    total = Score()
    for page in pages:
        total.add(score(page))
    return total, len(pages)


def test_the_train_split_is_read_as_labelled():
    total, pages = split_score("train")
    assert pages >= 249 and total.articles >= 2597
    assert total.heads / total.articles >= 0.98, total.problems
    # The three cuts left open, all refused by the join step's limits: after a colon (社會必須認真思考：), where a new
    # paragraph starts more often, a numbered caption cut short of its verb (③　村民在新建的蔬菜大棚里|采摘黄瓜。), and a
    # paragraph cut right after a full stop (…将直接影响冲超形势。|俱乐部表示…), which only the missing indent shows.
    assert total.wrong_joins == 0 and total.missed_joins <= 3


def test_the_labels_follow_the_head_line_convention():
    # tests/pageset/README.md, "Which head line is which": tools/check_heads.py lists what breaks its mechanical parts.
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "check_heads.py")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout


def test_the_dev_split_holds_the_level_reached():
    total, pages = split_score("dev")
    assert pages >= 36
    assert total.boundaries / total.articles >= DEV_FLOOR_BOUNDARIES, total.problems
    assert total.heads / total.articles >= DEV_FLOOR_EXACT, total.problems
    assert total.wrong_joins <= TARGET_WRONG_JOINS_PER_PAGE * pages


# The test split: round 5's 36 fresh pages (519 articles by three writers who saw neither the method nor
# any page of the set, to the head-line convention of tests/pageset/README.md), kept sealed until the
# method froze (0d69c90) and measured once there: 95.8% exactly right with heads, 97.1% boundaries, one
# wrong join. It is held at that level (a floor) and to the targets. When a round moves these
# pages to train, the split is empty and both tests skip, saying why.
TEST_FLOOR_EXACT, TEST_FLOOR_BOUNDARIES = 0.95, 0.97
EMPTY_TEST = "the test split is empty between rounds: a fresh one is written by others after the method is frozen"


def scored_test_split() -> tuple[Score, int]:
    total, n = split_score("test")
    if not n:
        pytest.skip(EMPTY_TEST)
    return total, n


def test_the_test_split_holds_the_level_measured():
    total, n = scored_test_split()
    assert total.boundaries / total.articles >= TEST_FLOOR_BOUNDARIES, total.problems
    assert total.heads / total.articles >= TEST_FLOOR_EXACT, total.problems
    assert total.wrong_joins <= TARGET_WRONG_JOINS_PER_PAGE * n


def test_the_test_split_meets_the_targets():
    """Issue 25's targets: at least 92% of articles exactly right (boundaries and heads), at most one
    wrong join in ten pages (round 4 missed the first at 90.3%; round 5 met both, 95.8% and 1 in 36)."""
    total, n = scored_test_split()
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


def test_a_byline_under_an_article_s_text_is_only_one_in_brackets():
    # In every labelled page a byline inside an article stands under its head, a note, a photo credit or another
    # byline; under the text only a bracketed one closing it (（记者 姚 远）). An unbracketed name under a verse is
    # the next piece's author, so the line above is that piece's title, and decoding never reads it otherwise.
    import numpy as np

    from baoku.core.importing.linelabels import LABELS, closing_bylines, decode, label

    def labels(texts: list[str]) -> list[str]:
        emit = np.zeros((len(texts), len(LABELS)))
        emit[0, label(True, "headline")] = emit[1, label(False, "body")] = emit[3, label(False, "body")] = 5.0
        emit[2, label(False, "byline")], emit[2, label(False, "body")] = 4.0, 1.0
        emit[1, label(True, "headline")] = 2.0
        return [LABELS[i] for i in decode(emit, np.zeros((len(LABELS) + 1, len(LABELS))), None,
                                          closing_bylines(texts))[0]]

    assert labels(["春天的诗", "屋檐下的旧巢还在", "肖　岚", "你站了六百年"])[1:3] == ["B-headline", "I-byline"]
    assert labels(["春天的诗", "屋檐下的旧巢还在", "（肖　岚）", "你站了六百年"])[1:3] == ["I-body", "I-byline"]


@pytest.mark.parametrize("line", ["诗／陈默", "詩／林　茵", "圖／王大明", "攝影／記者鄭浩然", "文字／記者王思涵", "文／林清遠"])
def test_a_writer_credited_by_the_word_for_the_form_is_seen_as_one(line):
    # 文／某 was seen; a poem's 诗／某, a picture's 圖／某 and a photo story's 攝影／某 were read as any short line.
    from baoku.core.importing.linefeatures import own_features

    assert "f=writer" in own_features(line, False, "")


@pytest.mark.parametrize("head", ["街头修鞋匠　一干二十年（组图）", "莫斯科初雪（传真照片）", "秋韵（摄影）", "墨竹（国画）",
                                  "秋分（外二首）", "江南的雨（三首）", "長河（連載之二十七）", "秋收正忙（附图片）"])
def test_a_head_ending_in_a_note_of_its_kind_ends_no_sentence(head):
    # A closing bracket ends a signature (（山东济南　王明远）); a head's note that a photo set, a picture, poems or
    # an instalment follows does not, or the head reads like a signature closing the story above it.
    from baoku.core.importing.linefeatures import ends_sentence

    assert not ends_sentence(head)
    assert ends_sentence("（山东济南　王明远）") and ends_sentence("（本报记者 张三 摄影）")


# -- 3. subheadings inside a story -----------------------------------------------------------------

def test_numbered_and_repeated_subheadings_stay_inside_their_story():
    body = "记者在现场看到，工人们正在紧张施工，各项工作有序推进，预计年底前完工。"
    arts = split("城市更新进行时", "本报记者 孟凡", body, "一、老旧管网全面改造", body, "二、口袋公园遍布街巷", body)
    assert len(arts) == 1
    assert [b.text for b in arts[0].blocks if b.kind == SUBHEADING] == ["一、老旧管网全面改造", "二、口袋公园遍布街巷"]
    arts = split("小镇的新产业", "本报记者 孟凡", body, "从零起步", body, "越做越大", body, "律师提示", body)
    assert len(arts) == 1
    assert [b.text for b in arts[0].blocks if b.kind == SUBHEADING] == ["从零起步", "越做越大", "律师提示"]


@pytest.mark.xfail(strict=True, reason="rounds 3 and 4: refitted with the spent test pages in train, the scorer reads "
                                       "this lone line as a subheading at a margin of 3.9, outside the doubt band (2); "
                                       "round 2's features refitted on the same pages do the same (2.45), so it comes "
                                       "from the pages (many lone subheadings among them) more than from a feature")
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
    # Round 5's convention (tests/pageset/README.md): a kicker speaks of the article's own matter.
    arts = split("社区长者食堂开进老小区", "让老人吃上热乎饭", "——社区长者食堂见闻", "本报记者 孟凡",
                 "中午时分，社区长者食堂里飘出阵阵饭香，老人们围坐在一起，边吃边聊。")
    a = arts[0]
    assert (a.column, a.kicker, a.headline, a.subhead) == ("", "社区长者食堂开进老小区", "让老人吃上热乎饭", "社区长者食堂见闻")


def test_a_rubric_over_a_headline_is_its_column_not_a_kicker():
    # ... and a label that would stand as well over another article on another day is the column.
    arts = split("聚焦民生实事", "让老人吃上热乎饭", "——社区长者食堂见闻", "本报记者 孟凡",
                 "中午时分，社区长者食堂里飘出阵阵饭香，老人们围坐在一起，边吃边聊。")
    a = arts[0]
    assert (a.column, a.kicker, a.headline, a.subhead) == ("聚焦民生实事", "", "让老人吃上热乎饭", "社区长者食堂见闻")


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


def joined(*lines: str, indent: tuple[int, ...] = ()) -> list[str]:
    """The page's lines after paragraph repair (lines whose index is in `indent` get a 　　 indent)."""
    text = "\n\n".join(("\u3000\u3000" if i in indent else "") + t for i, t in enumerate(lines)) + "\n"
    return [c.text for c in repair_paragraphs(split_chunks(text))[0]]


def test_lines_of_a_list_or_a_table_are_never_joined():
    # Items of a labelled list, table rows parted by single spaces, numbered items ending in a semicolon,
    # an interview's turns: each line stands alone, however much it looks like prose cut short.
    notices = ["限行:6月3日7:00—19:00 滨江路 北门桥至南门桥、沿江大道东段",
               "封路:6月4日9:00—17:00 学府路 体育馆至文化宫、青年路口"]
    assert joined(*notices) == notices
    items = ["（一）在公园绿地内践踏草坪、攀折花木、采摘果实的；",
             "（二）在河道、水塘内洗涤衣物、倾倒杂物或者其他废弃物的；"]
    assert joined(*items) == items
    turns = ["采访快结束时，这位老船长说起了他最放心不下的一件事，也就是船队",
             "记者：您说的是年轻船员的培训，还是远洋航线的安全？这两件事一直是大家关心的"]
    assert joined(*turns) == turns


def test_a_caption_ending_in_its_credit_is_not_joined_to_the_next_caption():
    captions = ["5月6日，果农在山坡上的果园里为樱桃树疏果，今年樱桃预计增产两成。特约记者 蓝海 摄",
                "5月7日，渔民在港口整理渔网，准备出海捕捞，码头上一派繁忙景象，渔船来来往往"]
    assert joined(*captions) == captions


def test_an_indented_line_is_never_the_rest_of_a_cut_on_a_page_that_indents_its_paragraphs():
    lines = ["三、完善社区服务设施，提升老年人生活便利程度",
             "社区服务站的建设要从老人的实际需要出发。调研中发现，一些社区的服务站离居民楼较远，",
             "老人往返不便。"]
    assert joined(*lines, indent=(1,)) == [lines[0], lines[1] + lines[2]]


def test_a_short_line_stopping_on_a_dangling_word_is_joined_to_its_rest():
    lines = ["这几年，沿江各县之间开展的", "合作越来越多，从旅游线路到农产品销售，都在一条江上做文章。"]
    assert joined(*lines) == ["".join(lines)]


def test_a_dateline_with_spaces_in_its_byline_is_prose_and_its_cut_is_joined():
    first = "本报南湖5月8日电（记者　高　远）入夏以来，南湖区多个乡镇遭遇持续干旱，当地组织抗旱服务队深入田间，"
    assert joined(first, "帮助农户抽水灌溉。") == [first + "帮助农户抽水灌溉。"]


def test_a_continuation_note_in_full_width_letters_and_digits_is_read():
    arts = split("山区公路网加快建设", "记者从省交通部门获悉，今年全省将新建改建农村公路五千公里，打通一批断头路，",
                 "（下转Ｂ２版）")
    assert len(arts) == 1 and arts[0].continues == "to:B02版"


def test_a_continuation_note_with_the_page_in_chinese_numerals_is_read_and_is_no_head():
    # Many papers print the page in Chinese numerals: （下转第二版）, （上接第一版）. Neither was read as a
    # continuation, and a （上接第一版） line alone above the rest of a story was taken for its headline.
    arts = split("山区公路网加快建设", "记者从省交通部门获悉，今年全省将新建改建农村公路五千公里，打通一批断头路，",
                 "（下转第二版）")
    assert len(arts) == 1 and arts[0].continues == "to:第2版"
    rest = split("（上接第十二版）", "　　各地还将加强农村公路养护，建立县乡村三级路长制，确保路有人管、有人护。",
                 "　　交通部门表示，明年将继续加大投入，让群众出行更加便捷。",
                 "市场供应充足", "　　本报讯　记者从市商务局获悉，节日期间全市主要农贸市场蔬菜供应充足，价格总体平稳。")
    assert [a.headline for a in rest] == ["", "市场供应充足"] and rest[0].continues == "from:第12版"


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
