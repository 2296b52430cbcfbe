"""A server archive's search gives exactly the embedded archive's totals, for every query of the
search tests (test_search, test_query, test_recall, test_ranking, test_server_search) over the
same issues imported into both: the total, the distinct texts, the matches themselves, the facets
and the months; `baoku search` prints the same on both; and the first page ranked on the server
(SQL over the stored BM25F weights) is the embedded archive's (Whoosh) first page."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from baoku.cli import main
from baoku.core.importing.run import import_paths
from baoku.core.model import HEADLINE, PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage
from baoku.core.search.index import SearchIndex
from baoku.core.search.serversearch import ServerSearch
from baoku.core.store import Archive

from .conftest import SAMPLE_TXT
from .test_query import OTHER
from .test_ranking import FIELD_QUERIES, fill_varied
from .test_server_search import QUERIES as SERVER_QUERIES
from .test_server_search import extra_issue
from .test_server_store import continued_issue, feed, parsed

QUERIES = sorted({
    *SERVER_QUERIES,
    # test_search
    "陈雪莹", "李劲松", "李万青", "庄勤勤", "郭剑平", "知识产权", "质生产", "专利代理", "九牧集团", "新质生产力",
    "高价值发明专利", "２０２３", "2023", "R&D", "202", "九牧集团 示范企业", '"专利代理"', "知識產權",
    # test_query
    "汽车产销量 OR 粮食", "汽车产销量 | 粮食", "知识产权 -李劲松", "知识产权 NOT 李劲松", "(汽车产销量 OR 粮食) 新华社",
    "知识产权 AND 九牧", "知识产权 九牧", "-知识产权", "标题:汽车产销量", "title:汽车产销量", "标题:知识产权",
    "作者:郭剑平", "byline:郭剑平", "栏目:记者手记", "来源:新华社", "source:新华社", "版:5", "page:第5版", "版:要闻",
    "体裁:简讯 -来源:新华社", "栏目:記者手記", "標題:汽车产销量", "TITLE:汽车产销量", "來源:新华社 日期:2024",
    "日期:2024-09", "日期:2024", "date:2024-09-12", "日期:2024-01..2024-06", "日期:2024-09-12..", "日期:..2024-09-11",
    "from:2024-09-12", "to:2024-09-11", "知识产权 日期:2024-09-12", "日期:2024年9月", "知识 -",
    # test_recall
    "质生产力", "质", "r", "r&d投入", "2023年", "r&d", "粮食 日期:2024", "粮食 -丰收", "-粮食", "日期:2020..2024",
    "粮食 OR 丰收", "粮食", "农民",
    # test_ranking
    *(q for q, _, _ in FIELD_QUERIES), *(f"{q} 农民" for q, _, _ in FIELD_QUERIES),
    *(f"农民 -{q}" for q, _, _ in FIELD_QUERIES), *(f"{q} 日期:2024-03-01" for q, _, _ in FIELD_QUERIES),
    *(f"{q} OR 粮食" for q, _, _ in FIELD_QUERIES),
    "版:2", "标题:标题3", "标题:标题1", "作者:李劲松 农民", "体裁:评论 -农民 日期:2024-03", "来源:新华社 OR 栏目:今日关注",
    "“农民 增收”", "农", "标题:题", "作者:李", "农 -民", "粮食 报名:东南早报", "日期:..2000-02", "日期:1980..1990",
    "日期:2001..", "版:A03", "版:B01", "批注:没有", "专题:没有",
})
RANKED = [q for q in ("知识产权", "专利", "企业", "发展", "新质生产力", "农民", "粮食", "经济", "保护", "知识产权 企业",
                      "标题:知识产权", "粮食 OR 丰收", "农民 -粮食", "九牧集团", "创新")]


def issues(folder) -> list[ParsedIssue]:
    reprint = [Article([Block(HEADLINE, "全国粮食总产量再创新高"), Block(PARAGRAPH, "据新华社电 全国粮食总产量再创新高。")],
                       headline="全国粮食总产量再创新高")]
    copies = [ParsedIssue(IssueInfo(paper, dt.date(2024, 10, 20)), [ParsedPage(PageInfo(page), reprint)],
                          source=paper, importer="test") for paper, page in (("泉州晚报", 1), ("东南早报", 4))]
    return [*parsed(feed(folder)), continued_issue(),
            extra_issue(), *copies]


@pytest.fixture(scope="module")
def pair(pg_server, tmp_path_factory):
    """The same issues in an embedded archive and in a server archive, with each one's search."""
    from baoku.core.store.server import ServerArchive

    folder = tmp_path_factory.mktemp("totals")
    other = folder / "泉州晚报_2024-09-12_第1版_要闻.txt"
    other.write_text(OTHER, encoding="utf-8")
    name = f"t_totals_{os.getpid()}"
    url = pg_server.create_database(name)
    with Archive(folder / "embedded.db") as embedded, ServerArchive(url) as server:
        for archive in (embedded, server):
            import_paths(archive, [SAMPLE_TXT, other])
            for issue in issues(folder / "in"):
                assert archive.save_issue(issue, duplicates=True).outcome == "imported"
            fill_varied(archive)
        assert embedded.article_ids() == server.article_ids()
        with SearchIndex(embedded) as index:
            index.sync()
            yield index, ServerSearch(server), url, folder / "embedded.db"
    pg_server.drop_database(name)


def summary(result) -> dict:
    return {"total": result.total, "distinct": result.distinct, "ids": sorted(result.ids),
            "copies": {i: sorted(c) for i, c in result.copies.items()}, "facets": result.facets,
            "months": result.months}


def test_every_query_of_the_search_tests_has_the_embedded_totals_on_a_server(pair):
    index, server, _, _ = pair
    differ, found = {}, 0
    for q in QUERIES:
        embedded, remote = index.search(q, limit=0), server.search(q, limit=0)
        found += embedded.total > 0
        a, b = summary(embedded), summary(remote)
        # one text a hit: which copy of a reprint stands for it follows the ranking
        a["ids"] = sorted(sorted([i, *embedded.copies.get(i, [])]) for i in embedded.ids)
        b["ids"] = sorted(sorted([i, *remote.copies.get(i, [])]) for i in remote.ids)
        del a["copies"], b["copies"]
        if a != b:
            differ[q] = (a, b)
    assert not differ
    assert len(QUERIES) > 150 and found > 100  # the list is no list of misses


def overlap(index, server, query: str) -> float:
    a = [h.id for h in index.search(query, limit=10, facets=False, all_ids=False).hits]
    b = [h.id for h in server.search(query, limit=10, facets=False, all_ids=False).hits]
    return len(set(a) & set(b)) / max(len(a), 1)


def test_the_first_page_ranked_on_the_server_is_the_embedded_archives(pair):
    index, server, _, _ = pair
    shares = {q: overlap(index, server, q) for q in RANKED}
    assert all(index.search(q, limit=10).total > 1 for q in RANKED)
    assert shares == dict.fromkeys(RANKED, 1.0)
    differ = [q for q in RANKED if [h.id for h in index.search(q, limit=10).hits] !=
              [h.id for h in server.search(q, limit=10).hits]]
    assert not differ  # the same order too, ties included


@pytest.mark.parametrize("argv", [["知识产权"], ["知识产权", "--json"], ["来源:新华社", "--sort", "date", "--limit", "0"],
                                  ["粮食", "--json", "--limit", "0"], ["作者:李劲松 农民", "--json"], ["日期:2024-09"]])
def test_baoku_search_prints_the_same_on_a_server(pair, capsys, monkeypatch, argv):
    monkeypatch.setenv("COLUMNS", "200")
    _, _, url, path = pair
    said = []
    for archive in (path, url):
        code = main(["--archive", str(archive), "search", *argv])
        out = capsys.readouterr()
        assert code == 0, out.err
        said.append(out.out)
    if "--json" in argv:  # the scores aside: the embedded archive's carry a constant its
        said = [json.loads(s) for s in said]  # restriction to the matches adds (the order is the same)
        for s in said:
            for h in s["hits"]:
                del h["score"]
    assert said[0] == said[1] and said[0]


@pytest.mark.parametrize("query,order", [("知识产权", None), ("粮食", ("headline", False)), ("来源:新华社", None),
                                         ("农民 -粮食", ("date", True)), ("专题:没有", None)])
def test_the_application_layers_search_lists_the_same_on_a_server(pair, query, order):
    """The search action the window and the command line share (core/app/actions/searching.py),
    over a Library of each kind."""
    from baoku.core.address import ServerAddress
    from baoku.core.app import Library
    from baoku.core.app.actions.searching import list_search

    _, _, url, path = pair
    listed = []
    for where in (path, ServerAddress(url)):
        with Library(where, create=False) as lib:
            result = list_search(lib, query, order=order)
            listed.append((result.total, result.ids, [h.id for h in result.hits]))
    assert listed[0] == listed[1] and (listed[0][0] > 0 or query == "专题:没有")


def test_the_server_decides_a_query_on_its_text_as_python_does(pair):
    """Where a substring test decides every term, PostgreSQL decides the candidates on their
    stored folded text (search.server.rule_sql); that decision is the planner's own in Python."""
    from baoku.core.search.query import parse_query
    from baoku.core.search.servermatch import exact_ids, matching, rule_sql

    _, server, _, _ = pair
    in_sql = [q for q in QUERIES if rule_sql(parse_query(q), exact_ids(parse_query(q)) is not None) is not None]
    assert len(in_sql) > 120  # most queries are decided by the server; the rest (Latin words, prefixes) here
    differ = {q: (a, b) for q in QUERIES
              if (a := matching(server.archive, parse_query(q))) != (b := matching(server.archive, parse_query(q), False))}
    assert not differ


def page(result) -> dict:
    return {"total": result.total, "distinct": result.distinct, "facets": result.facets, "months": result.months,
            "hits": [(h.id, round(h.score, 9), h.also, h.also_printed, h.snippet) for h in result.hits]}


def test_a_first_page_counted_and_ranked_on_the_server_is_the_whole_searchs_first_page(pair):
    """A first page (no list of every match) is counted, ranked and grouped by the server
    (search.serverpage) without its matches coming to the client: its total, distinct texts,
    facets, hits (scores, reprints and where they were printed) are the whole search's first
    `limit`, for a fifth of the queries of the search tests by relevance, and a twentieth by date
    (the whole search of every query is a few seconds); and its totals and facets are the
    embedded archive's."""
    index, server, _, _ = pair
    differ, reprinted = {}, 0
    for q, sort, limit in [*((q, "relevance", 3) for q in QUERIES[::5]), *((q, "date", 4) for q in QUERIES[1::20])]:
        a = page(server.search(q, sort=sort, limit=limit, all_ids=False))
        b = page(server.search(q, sort=sort, limit=limit))
        local = index.search(q, sort=sort, limit=limit, all_ids=False)
        reprinted += any(h[2] for h in a["hits"])
        if a != b or (a["total"], a["distinct"], a["facets"]) != (local.total, local.distinct, local.facets):
            differ[q, sort] = (a, b)
    assert not differ
    assert reprinted > 2  # the list has pages with reprints folded in
