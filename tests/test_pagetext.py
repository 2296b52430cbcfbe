"""The page-text importer on the real sample page: articles, paragraph repair, nothing lost."""

from __future__ import annotations

import re

import pytest

from baoku.core.importing.pagetext import Chunk, ends_sentence, parse_page_text, repair_paragraphs
from baoku.core.model import CAPTION, GUEST, HEADLINE, SUBHEADING

from .conftest import SAMPLE_PAGE

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# The 9 places where the layout cut a paragraph mid-sentence: (end of the cut line, start of the rest).
CUTS = [
    ("把一些新", "技术新产品在我市转化落地"),
    ("及时申请专利", "保护,以防止侵权行为"),
    ("第三,是设立", "知识产权激励机制"),
    ("重视程", "度,提升企业知识产权"),
    ("而对", "于技术从业者来说"),
    ("生成式人工智能技术的", "创新发展过程中"),
    ("结合自身行", "业的实际情况"),
    ("合作共赢的运行", "机制,通过市场化手段"),
    ("系统集成了企业自身", "专利信息、行业信息"),
]


@pytest.fixture
def page(sample_text):
    return parse_page_text(sample_text, SAMPLE_PAGE)


def all_blocks(page):
    return [b for a in page.articles for b in a.blocks]


def test_finds_the_articles_of_the_sample_page(page):
    arts = page.articles
    assert len(arts) >= 6
    genres = [a.genre for a in arts]
    assert genres.count("简讯") == 3
    assert "圆桌" in genres and "导语" in genres and "记者手记" in genres

    lead = next(a for a in arts if a.genre == "导语")
    assert lead.headline == "聚力“新知”挖掘“新质”"
    assert lead.kicker.startswith("本期话题")
    assert lead.column == "民企会客厅"

    table = next(a for a in arts if a.genre == "圆桌")
    assert [(c.name, c.role) for c in table.contributors if c.role in ("本期主持", "嘉宾")] == [
        ("郭剑平", "本期主持"), ("陈雪莹", "嘉宾"), ("李劲松", "嘉宾"), ("李万青", "嘉宾"), ("庄勤勤", "嘉宾")]
    assert "福建海峡知识产权研究院" in next(c.note for c in table.contributors if c.name == "李劲松")
    assert [b.text for b in table.blocks if b.kind == SUBHEADING] == [
        "利用大数据技术指导研发方向", "从人、财、物保障知识产权建设", "加快新领域新业态知识产权立法",
        "以市场为指引提升创新能力", "形成协同创新合力助推产业发展"]

    briefs = [a for a in arts if a.genre == "简讯"]
    for brief, word in zip(briefs, ["汽车产销量", "制造业增加值", "粮食总产量"]):
        assert word in brief.headline
        assert brief.source == "据新华社电"
        assert brief.paragraphs[0].startswith("据新华社电")

    note = next(a for a in arts if a.genre == "记者手记")
    assert note.column == "记者手记"
    assert note.headline == "创“新”求“质” 为高质量发展添动能"
    assert note.paragraphs[-1].endswith("(剑平)")
    assert ("剑平", "记者") in [(c.name, c.role) for c in note.contributors]


def test_photo_caption_is_attached_not_an_article(page):
    holders = [a for a in page.articles if a.photos]
    assert len(holders) == 1
    photo = holders[0].photos[0]
    assert photo.credit == "郭剑平"
    assert photo.caption.startswith("创新是助推企业发展的“主引擎”。图为参观者")
    assert not photo.caption.endswith("摄)")
    assert ("郭剑平", "摄") in [(c.name, c.role) for c in holders[0].contributors]
    for a in page.articles:  # no article is only a caption
        assert any(b.kind != CAPTION for b in a.blocks)
        assert not a.headline.startswith("创新是助推")


def test_every_han_character_is_kept_in_order(sample_text, page):
    source = "".join(HAN.findall(sample_text))
    stored = "".join(HAN.findall("".join(b.text for b in all_blocks(page))))
    assert stored == source


def test_every_character_is_kept_ignoring_only_whitespace(sample_text, page):
    strip = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    assert strip("".join(b.text for b in all_blocks(page))) == strip(sample_text)


def test_repair_joins_exactly_the_nine_layout_cuts(page):
    assert len(page.repairs) == 9
    texts = [b.text for b in all_blocks(page)]
    for end, start in CUTS:
        joined = [t for t in texts if end + start in t]
        assert len(joined) == 1, f"{end}/{start} not joined"
    for line in page.repairs:
        assert re.match(r"joined line \d+ 「….+」 with line \d+ 「.+…」$", line)


@pytest.mark.parametrize("end,start", CUTS)
def test_each_cut_is_logged(page, end, start):
    assert any(end[-3:] in r and start[:3] in r for r in page.repairs)


def test_repair_leaves_headlines_guests_and_finished_paragraphs_alone(sample_text, page):
    texts = [b.text for b in all_blocks(page)]
    # A headline that is followed by body text stays on its own.
    assert "利用大数据技术指导研发方向" in texts
    assert "本期主持:郭剑平" in texts
    guests = [b.text for b in all_blocks(page) if b.kind == GUEST]
    assert len(guests) == 4 and all(len(g) < 40 for g in guests)
    # Every block that was a separate non-blank line in the source and ended a sentence is intact.
    lines = [line.strip() for line in sample_text.split("\n") if line.strip()]
    continuations = {start for _, start in CUTS}
    for line in lines:
        if any(line.startswith(c) for c in continuations):
            continue
        assert any(t.startswith(line) for t in texts), line
    assert sum(1 for t in texts if t in lines) == len(lines) - 2 * len(CUTS)


def test_headlines_are_headline_blocks(page):
    heads = [b.text for b in all_blocks(page) if b.kind == HEADLINE]
    assert heads == ["聚力“新知”挖掘“新质”", "1至8月 汽车产销量同比 分别增长2.5%和3%",
                     "我国制造业增加值 占全球比重约三成", "75年来 全国粮食总产量 增长5.1倍",
                     "创“新”求“质” 为高质量发展添动能"]


@pytest.mark.parametrize("a,b,joined", [
    ("他说,这件事要从长计议,今天下午我们大家先来把", "方案定下来。", True),
    ("他说,这件事要从长计议,我们先把方案定下来。", "第二天,大家又开会讨论。", False),
    ("嘉宾名片:", "陈雪莹 福建省专利代理人协会副会长", False),
    ("聚力“新知”挖掘“新质”", "民企会客厅", False),
    ("他说,这件事要从长计议,今天下午我们大家先来把", "李劲松:我认为应该先讨论。", False),
    ("他说,这件事要从长计议,今天下午我们大家先来把", "据新华社电 记者10日获悉。", False),
    ("The committee said, on Monday, that the new", "rules would apply from May.", True),
])
def test_repair_rules(a, b, joined):
    out, log = repair_paragraphs([Chunk(a, 1), Chunk(b, 3)])
    assert (len(out) == 1) is joined
    assert len(log) == (1 if joined else 0)
    if joined:
        sep = " " if a[-1].isascii() else ""
        assert out[0].text == a + sep + b


@pytest.mark.parametrize("line,ends", [
    ("这是一句话。", True), ("他问:为什么?", True), ("“汽车行业即将迎来旺季。”", True),
    ("新动能。(剑平)", True), ("聚力“新知”挖掘“新质”", False), ("把一些新", False), ("设立", False),
])
def test_ends_sentence(line, ends):
    assert ends_sentence(line) is ends


def test_full_width_and_half_width_are_preserved():
    text = "标题行\n\nＡＢＣ公司２０２３年营收增长2.5%，R&D投入增加,占比(约)三成。\n"
    page = parse_page_text(text, SAMPLE_PAGE)
    body = page.articles[0].paragraphs[0]
    assert body == "ＡＢＣ公司２０２３年营收增长2.5%，R&D投入增加,占比(约)三成。"


def test_text_without_headlines_is_one_article():
    page = parse_page_text("第一段文字,说明了情况。\n\n第二段文字,继续说明。\n", SAMPLE_PAGE)
    assert len(page.articles) == 1
    assert page.articles[0].paragraphs == ["第一段文字,说明了情况。", "第二段文字,继续说明。"]
