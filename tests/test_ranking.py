"""Whoosh ranks, SQLite decides: field queries answered from an index, word matches before
matches inside longer words, reprints as one hit, and the first page in Whoosh's BM25F order (the
tests taking `varied` or `any_archive` run on a server archive too, ranked there by SQL)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from whoosh import query as wq

from baoku.core.model import HEADLINE, PARAGRAPH, Article, Block, Contributor, IssueInfo, PageInfo, ParsedIssue, \
    ParsedPage
from baoku.core.search import searching, words
from baoku.core.search.index import SearchIndex
from baoku.core.search.match import contains
from baoku.core.search.normalize import fold
from baoku.core.search.recall import RecallStore
from baoku.core.store import Archive

from .conftest import search_of

_issues = itertools.count(1000)

PAPERS = ["泉州晚报", "东南早报"]
GENRES = ["消息", "评论", "通讯"]
COLUMNS = ["民企会客厅", "今日关注", ""]
SOURCES = ["据新华社电", "本报讯", "新华社北京9月10日电"]
PEOPLE = ["李劲松", "陈士华", "郭剑平"]
PAGE_NAMES = ["要闻", "经济", "体育"]
WORDS = ["农民增收", "农民工返乡", "粮食丰收", "知识产权保护", "经济发展"]


def article(i: int) -> Article:
    body = f"{WORDS[i % 5]}，{WORDS[(i * 3) % 5]}。第{i}篇。"
    person = PEOPLE[i % 3]
    return Article(blocks=[Block(HEADLINE, f"标题{i}"), Block(PARAGRAPH, body)], headline=f"标题{i}",
                   genre=GENRES[i % 3], column=COLUMNS[i % 3], source=SOURCES[(i // 2) % 3],
                   contributors=[Contributor(person, "记者")])


@pytest.fixture
def varied(any_archive):
    """The articles of `fill_varied` in an archive of each kind."""
    return fill_varied(any_archive)


@pytest.fixture
def varied_embedded(archive: Archive):
    return fill_varied(archive)


def fill_varied(archive):
    """36 articles over two papers, three dates and three pages, every field varied."""
    i = 0
    for day in range(3):
        for paper in PAPERS:
            pages = []
            for p in range(3):
                arts = []
                for _ in range(2):
                    arts.append(article(i))
                    i += 1
                pages.append(ParsedPage(PageInfo(p + 1, PAGE_NAMES[p]), arts))
            archive.save_issue(ParsedIssue(IssueInfo(paper, dt.date(2024, 3, 1 + day * 10)), pages,
                                           source="t", source_hash=f"{paper}{day}", importer="t"))
    return archive


def rows(index: SearchIndex) -> list[dict]:
    return index._rows(index.archive.article_ids())


def has(row: dict, field: str, value: str) -> bool:
    v = fold(value)
    if field == "byline":
        return v in fold(row["byline"] or "") or any(v in fold(p) for p in (row["people"] or "").split("\x1f"))
    return v in fold(row[{"column": "column_name", "pagename": "page_name"}.get(field, field)] or "")


FIELD_QUERIES = [
    ("作者:李劲松", "byline", "李劲松"), ("作者:劲松", "byline", "劲松"), ("体裁:评论", "genre", "评论"),
    ("报名:晚报", "publication", "晚报"), ("栏目:会客厅", "column", "会客厅"), ("来源:新华社", "source", "新华社"),
    ("版:经济", "pagename", "经济"),
]


@pytest.mark.parametrize("query,field,value", FIELD_QUERIES)
def test_a_field_query_finds_exactly_the_articles_with_that_field(varied, query, field, value):
    with search_of(varied) as index:
        all_rows = rows(index)
        want = {r["id"] for r in all_rows if has(r, field, value)}
        assert want and len(want) < len(all_rows)
        assert {h.id for h in index.search(query, limit=0).hits} == want
        words_ = {r["id"] for r in all_rows if "农民" in r["blocks"]}
        assert {h.id for h in index.search(f"{query} 农民", limit=0).hits} == want & words_
        assert {h.id for h in index.search(f"农民 -{query}", limit=0).hits} == words_ - want
        march1 = {r["id"] for r in all_rows if r["date"] == "2024-03-01"}
        assert {h.id for h in index.search(f"{query} 日期:2024-03-01", limit=0).hits} == want & march1
        grain = {r["id"] for r in all_rows if "粮食" in r["blocks"]}
        assert {h.id for h in index.search(f"{query} OR 粮食", limit=0).hits} == want | grain


def test_page_numbers_and_titles_are_fields_too(varied):
    with search_of(varied) as index:
        all_rows = rows(index)
        assert {h.id for h in index.search("版:2", limit=0).hits} == {r["id"] for r in all_rows if r["page"] == 2}
        # 3 is a number: whole (标题3 is not in 标题30)
        assert {h.id for h in index.search("标题:标题3", limit=0).hits} == \
            {r["id"] for r in all_rows if contains(r["headline"], "标题3")} == {4}


@pytest.mark.parametrize("query", [q for q, _, _ in FIELD_QUERIES] + [
    "版:2", "标题:标题1", "作者:李劲松 农民", "体裁:评论 -农民 日期:2024-03", "来源:新华社 OR 栏目:今日关注",
    "新时代，新征程", "2023年", "r&d投入", "“农民 增收”", "农", "标题:题", "作者:李", "农 -民"])
def test_field_and_punctuation_queries_never_read_article_text(varied_embedded, monkeypatch, query):
    """Answered from the index alone: no candidate's text is read to decide it."""

    def no_reading(self, ids):
        raise AssertionError(f"{query}: read the text of {len(ids)} articles")

    monkeypatch.setattr(RecallStore, "get", no_reading)
    with SearchIndex(varied_embedded) as index:
        index.search(query, limit=0)


def store(archive: Archive, texts: list[tuple[str, str]], paper: str = "测试报", page: int = 1,
          day: dt.date | None = None) -> list[int]:
    n = next(_issues)
    arts = [Article(blocks=[Block(HEADLINE, h), Block(PARAGRAPH, b)], headline=h) for h, b in texts]
    archive.save_issue(ParsedIssue(IssueInfo(paper, day or dt.date(2020, 1, 1) + dt.timedelta(days=n)),
                                   [ParsedPage(PageInfo(page), arts)], source="t", source_hash=str(n),
                                   importer="t"), duplicates=True)
    return archive.article_ids()[-len(texts):]


def test_a_word_ranks_above_the_same_string_inside_a_longer_word(any_archive):
    archive = any_archive
    inside = store(archive, [(f"返乡{i}", "农民工返乡，农民工就业，农民工培训，农民工权益。") for i in range(3)])
    word = store(archive, [("增收", "这位农民很高兴。"), ("会议", "会议指出，要让农民得实惠，长篇报道" * 20)])
    with search_of(archive) as index:
        result = index.search("农民", limit=0)
        assert result.total == 5
        assert {h.id for h in result.hits[:2]} == set(word)  # the word itself, however often 农民工 is said
        assert {h.id for h in result.hits[2:]} == set(inside)
        first = index.search("农民", limit=2, facets=False, all_ids=False)
        assert [h.id for h in first.hits] == [h.id for h in result.hits[:2]]


def test_a_reprinted_text_is_one_hit(any_archive):
    archive = any_archive
    text = [("全国粮食总产量再创新高", "据新华社电 全国粮食总产量再创新高。")]
    first = store(archive, text, paper="泉州晚报", page=1)
    second = store(archive, text, paper="东南早报", page=4)
    other = store(archive, [("秋粮收获", "各地粮食收获进度过半。")])
    with search_of(archive) as index:
        result = index.search("粮食", limit=0)
        assert result.total == 3 and result.distinct == 2
        assert len(result.hits) == len(result.ids) == 2
        reprint = next(h for h in result.hits if h.id in first + second)
        assert reprint.also == [i for i in first + second if i != reprint.id]
        assert reprint.also_printed[0][0] in ("泉州晚报", "东南早报")
        assert other[0] in result.ids
        assert index.search("粮食", limit=1, all_ids=False).distinct == 2
        # the copies are in every index layer: a query that only one copy matches lists it alone
        only = index.search("粮食 报名:东南早报", limit=0)
        assert [h.id for h in only.hits] == second and only.hits[0].also == []


def whoosh_order(index: SearchIndex, word: str) -> list[int]:
    q = wq.Term("text", word)
    return [i for i, _ in index.files.words.top(q, 50)]


@pytest.mark.parametrize("restricted", [True, False])
def test_the_first_page_is_whooshs_bm25f_order(archive, monkeypatch, restricted):
    """Whoosh's own top N, whether it is restricted to SQLite's few matches or asked for its best
    candidates, which are then checked against them."""
    if not restricted:
        monkeypatch.setattr(searching, "FILTER_LIMIT", 0)
    store(archive, [(f"报道{i}", "粮食" * (i % 5 + 1) + "。" + "其他内容，" * (i % 7)) for i in range(30)])
    store(archive, [("粮食丰收", "今年秋粮丰收。"), ("粮食安全", "粮食安全是大事。")])
    with SearchIndex(archive) as index:
        ranked = [h.id for h in index.search("粮食", limit=10, facets=False, all_ids=False).hits]
        assert ranked == whoosh_order(index, "粮食")[:10]
        scores = [h.score for h in index.search("粮食", limit=10).hits]
        assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1]


def test_the_title_boost_in_the_schema_changes_the_order(archive, monkeypatch):
    filler = "各地秋收进度过半，农机作业有序推进，" * 40  # articles of a realistic length
    in_title = store(archive, [("粮食丰收", "今年秋收顺利。" + filler)])
    in_body = store(archive, [("秋收", "粮食，粮食，粮食。" + filler)])
    with SearchIndex(archive) as index:
        assert [h.id for h in index.search("粮食", limit=2).hits] == in_title + in_body
    monkeypatch.setattr(words, "TITLE_BOOST", 0.0)
    with SearchIndex(archive) as index:
        index.sync(rebuild=True)
        assert index.files.words.title_boost() == 0.0
        assert [h.id for h in index.search("粮食", limit=2).hits] == in_body + in_title


def test_overlapping_terms_are_highlighted_once(archive):
    store(archive, [("知识产权", "加强知识产权保护。")])
    with SearchIndex(archive) as index:
        hit = index.search("知识 知识产权", limit=1).hits[0]
    marked = "".join(hit.snippet[s:e] for s, e in hit.highlights)
    assert "知识知识产权" not in marked
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["知识产权"] * 2


def test_date_ranges_are_decided_by_year_month_and_day_tokens(archive):
    import random

    days = [dt.date(1999, 12, 30) + dt.timedelta(days=k * 17) for k in range(40)]  # across years and months
    for k, d in enumerate(days):
        store(archive, [("粮食", f"粮食丰收第{k}篇")], day=d)
    rnd = random.Random(3)
    with SearchIndex(archive) as index:
        dates = {r["id"]: r["date"] for r in rows(index)}
        for _ in range(60):
            a, b = sorted(rnd.sample(days, 2))
            a -= dt.timedelta(days=rnd.randint(0, 40))
            b += dt.timedelta(days=rnd.randint(0, 40))
            q = f"日期:{a.isoformat()}..{b.isoformat()}"
            want = {i for i, d in dates.items() if a.isoformat() <= d <= b.isoformat()}
            assert {h.id for h in index.search(q, limit=0).hits} == want, q
            assert {h.id for h in index.search(f"粮食 -{q}", limit=0).hits} == set(dates) - want, q
        assert index.search("日期:2001..", limit=0).total == sum(d >= "2001" for d in dates.values())
        assert index.search("日期:..2000-02", limit=0).total == sum(d <= "2000-02-29" for d in dates.values())
        assert index.search("日期:1980..1990", limit=0).total == 0


def test_a_narrow_date_window_ranks_inside_it_in_the_same_order(archive, monkeypatch):
    """When Whoosh is asked for its best candidates (more matches than it ranks exactly), a narrow
    date window is a conjunct of the Whoosh query: the order is still BM25F's, and the candidates
    outside the window, which used to make it ask again and again, are never fetched."""
    for month in range(1, 13):
        store(archive, [(f"报道{month}-{i}", "粮食" * (i % 5 + 1) + "。" + "其他内容，" * (i % 7)) for i in range(8)],
              day=dt.date(2021, month, 3))
    query = "粮食 日期:2021-03"
    with SearchIndex(archive) as index:
        exact = [h.id for h in index.search(query, limit=5, facets=False, all_ids=False).hits]
    monkeypatch.setattr(searching, "FILTER_LIMIT", 0)  # the large-set path
    from baoku.core.search.wordindex import WordIndex

    asked = []  # what Whoosh's matchers were asked to order: its top N, or the chosen candidates
    real_top, real_rescore = WordIndex.top, WordIndex.rescore

    def top(self, q, limit, exclude=frozenset(), within=None):
        found = real_top(self, q, limit, exclude, within)
        asked.append(len(found))
        return found

    def rescore(self, q, docnums, within=None):
        found = real_rescore(self, q, docnums, within)
        asked.append(len(found))
        return found

    monkeypatch.setattr(WordIndex, "top", top)
    monkeypatch.setattr(WordIndex, "rescore", rescore)
    with SearchIndex(archive) as index:
        result = index.search(query, limit=5, facets=False, all_ids=False)
    assert [h.id for h in result.hits] == exact and result.total == 8
    assert len(asked) == 1 and asked[0] <= 8  # one call, and only among the month's 8 articles
