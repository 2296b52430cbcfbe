"""The query language: operators, fields, dates, and clear errors for bad queries, on the embedded
archive and on a server's."""

from __future__ import annotations

import pytest

from baoku.core.importing.run import import_paths
from baoku.core.search.index import QueryError
from baoku.core.search.normalize import fold
from baoku.core.search.query import And, DateRange, Not, Or, Page, Text, parse_query

from .conftest import SAMPLE_TXT, search_of

OTHER = ("我市召开知识产权工作会议\n\n本报讯 会议指出,要加强高价值发明专利培育,2023年全市专利授权量增长。\n\n"
         "九牧集团获评示范企业\n\n据新华社电 九牧集团等企业入选国家知识产权示范企业名单。\n")


@pytest.fixture
def index(any_archive, tmp_path):
    """The two issues in an archive of each kind, and its search."""
    import_paths(any_archive, [SAMPLE_TXT])
    other = tmp_path / "泉州晚报_2024-09-12_第1版_要闻.txt"
    other.write_text(OTHER, encoding="utf-8")
    import_paths(any_archive, [other])
    return search_of(any_archive)


def ids(index, query, **kw):
    result = index.search(query, limit=0, **kw)
    assert result.total == len(result.hits)
    return {h.id for h in result.hits}


def where(index, pred) -> set[int]:
    """The expected hit set, computed straight from the stored records."""
    out = set()
    for i in index.archive.article_ids():
        rec = index.archive.article(i)
        if pred(rec, fold(rec.article.text() + "\n" + rec.article.headline + "\n" + rec.article.byline)):
            out.add(i)
    return out


def has(word):
    return lambda rec, text: fold(word) in text


def test_or_not_and_parentheses(index):
    car, grain, ip = has("汽车产销量"), has("粮食"), has("知识产权")
    assert ids(index, "汽车产销量 OR 粮食") == where(index, lambda r, t: car(r, t) or grain(r, t))
    assert ids(index, "汽车产销量 | 粮食") == ids(index, "汽车产销量 OR 粮食")
    expected = where(index, lambda r, t: ip(r, t) and not has("李劲松")(r, t))
    assert expected and ids(index, "知识产权 -李劲松") == expected == ids(index, "知识产权 NOT 李劲松")
    assert ids(index, "(汽车产销量 OR 粮食) 新华社") == where(
        index, lambda r, t: (car(r, t) or grain(r, t)) and has("新华社")(r, t))
    assert ids(index, "知识产权 AND 九牧") == ids(index, "知识产权 九牧") != set()
    assert ids(index, "-知识产权") == where(index, lambda r, t: not ip(r, t)) != set()


def test_fields_in_chinese_and_english(index):
    assert ids(index, "标题:汽车产销量") == ids(index, "title:汽车产销量") == where(
        index, lambda r, t: "汽车产销量" in r.article.headline) != set()
    # 知识产权 is in many bodies, but in the title (kicker, headline, subhead) of only three.
    title = lambda r: r.article.kicker + r.article.headline + r.article.subhead  # noqa: E731
    assert ids(index, "标题:知识产权") == where(index, lambda r, t: "知识产权" in title(r))
    assert len(ids(index, "标题:知识产权")) == 3 < len(ids(index, "知识产权"))
    assert ids(index, "作者:郭剑平") == ids(index, "byline:郭剑平") == where(
        index, lambda r, t: any(c.name == "郭剑平" for c in r.article.contributors)) != set()
    assert ids(index, "栏目:记者手记") == where(index, lambda r, t: r.article.column == "记者手记") != set()
    assert ids(index, "来源:新华社") == ids(index, "source:新华社") == where(
        index, lambda r, t: "新华社" in r.article.source)
    assert len(ids(index, "来源:新华社")) == 4
    assert ids(index, "版:5") == ids(index, "page:第5版") == where(index, lambda r, t: r.page_number == 5)
    assert ids(index, "版:要闻") == where(index, lambda r, t: r.page_name == "要闻") != set()
    assert ids(index, "体裁:简讯 -来源:新华社") == set()
    assert ids(index, "栏目:記者手記") == ids(index, "栏目:记者手记")  # folding applies to fields too
    assert ids(index, "標題:汽车产销量") == ids(index, "TITLE:汽车产销量") == ids(index, "标题:汽车产销量")
    assert ids(index, "來源:新华社 日期:2024") == ids(index, "来源:新华社")


def test_dates_and_ranges(index):
    day11 = where(index, lambda r, t: r.date.isoformat() == "2024-09-11")
    day12 = where(index, lambda r, t: r.date.isoformat() == "2024-09-12")
    assert ids(index, "日期:2024-09") == day11 | day12
    assert ids(index, "日期:2024") == day11 | day12
    assert ids(index, "date:2024-09-12") == day12
    assert ids(index, "日期:2024-01..2024-06") == set()
    assert ids(index, "日期:2024-09-12..") == day12
    assert ids(index, "日期:..2024-09-11") == day11
    assert ids(index, "from:2024-09-12") == day12
    assert ids(index, "to:2024-09-11") == day11
    assert ids(index, "知识产权 日期:2024-09-12") == day12 & where(index, has("知识产权"))
    assert ids(index, "日期:2024年9月") == day11 | day12


def test_parse_tree():
    assert parse_query('知识产权 "专利 代理" -李劲松') == And((Text("知识产权"), Text("专利 代理"), Not(Text("李劲松"))))
    assert parse_query("汽车 OR 粮食 新华社") == Or((Text("汽车"), And((Text("粮食"), Text("新华社")))))
    assert parse_query("标题：新质") == Text("新质", "title")
    assert parse_query("日期:2024-02") == DateRange("2024-02-01", "2024-02-29")
    assert parse_query("版:A05") == Page(5, section="A")  # page 5 of section A, not every page 5
    assert parse_query("版:第5版") == parse_query("版:05") == Page(5)
    assert parse_query("R&D 2.5%") == And((Text("R&D"), Text("2.5%")))
    assert parse_query("新冠-19") == Text("新冠-19")  # a hyphen inside a word is text


@pytest.mark.parametrize("query,message", [
    ('知识 "专利', 'unclosed quote at character 4'),
    ("(知识 产权", "unclosed parenthesis at character 1"),
    ("知识 产权)", "unmatched closing parenthesis at character 6"),
    ("日期:2024-13", "「2024-13」 is not a real calendar date"),
    ("日期:last-week", "「last-week」 is not a date"),
    ("日期:2024-02-30", "「2024-02-30」 is not a real calendar date"),
    ("日期:2024-06..2024-01", "ends before it starts"),
    ("from:2024-01..2024-06", "from: takes one date"),
    ("titel:知识", "unknown field 「titel:」"),
    ("主持人:企业", "unknown field 「主持人:」"),
    ("标题:", "needs a value right after the colon"),
    ("知识 OR", "「OR」 needs a term after it"),
    ("OR 知识", "「OR」 needs a term before it"),
    ("知识 -", None),  # a lone dash is searched as text, not an error
    ("()", "empty parentheses"),
    ("   ", "the query is empty"),
])
def test_bad_queries_get_a_message_that_points_at_the_error(index, query, message):
    if message is None:
        index.search(query)
        return
    with pytest.raises(QueryError) as e:
        index.search(query)
    assert message in str(e.value)
    if "character" in message or "「" in message:
        assert "character" in str(e.value)


def test_facets_count_every_match(index):
    result = index.search("知识产权", limit=1)
    assert len(result.hits) == 1
    assert result.facets["year"] == [("2024", result.total)]
    assert sum(n for _, n in result.facets["publication"]) == result.total
    columns = dict(result.facets["column"])
    assert columns["记者手记"] == 1 and columns["民企会客厅"] == 2
    assert dict(ids_by := result.facets["source"]) and all(n >= 1 for _, n in ids_by)
