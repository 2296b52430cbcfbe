"""The text rule decided by PostgreSQL for every form, not only substrings: a form that begins or
ends with a word character (a number, a Latin letter: 2023年, café, econom*) matches whole words
there (search.match), and the server decides that on the stored folded text, so the candidates'
texts never travel to the client to be decided in Python."""

from __future__ import annotations

import datetime as dt

import pytest

from baoku.core.model import PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage

from .test_server_search_cost import wire

FILLER = "这是一段用来加长文章的文字，" * 20  # ~280 characters: a candidate's text is no small row
MISSES = 40  # candidates of 2023年 (the word 2023 and a number ending in 3 before 年) without it


def issue(day: int, texts: list[str]) -> ParsedIssue:
    articles = [Article([Block(PARAGRAPH, t)], headline=f"第{n}篇") for n, t in enumerate(texts)]
    return ParsedIssue(IssueInfo("规则测试报", dt.date(2025, 2, day)), [ParsedPage(PageInfo(1, "要闻"), articles)],
                       source=f"rule-{day}", importer="test")


@pytest.fixture(scope="module")
def searched(pg_server):
    from baoku.core.search.server import sync
    from baoku.core.search.serversearch import ServerSearch
    from baoku.core.store.server import ServerArchive

    url = pg_server.create_database("text_rule")
    with ServerArchive(url) as archive:
        archive.save_issue(issue(1, [f"编号2023，已经{n}3年了。{FILLER}" for n in range(MISSES)]))
        archive.save_issue(issue(2, ["2023年的经济。", "回顾12023年。", "café au lait", "cafés et café",
                                     "economics and economy", "the economist's view"]))
        sync(archive)
        yield ServerSearch(archive)
    pg_server.drop_database("text_rule")


def test_a_number_and_unit_is_decided_on_the_server(searched):
    """2023年's candidates (MISSES articles hold its tokens, not it) were all read into the client,
    their texts (and content hashes) with them, to be decided in Python: now only their ids come
    before the match, and its first page receives little more than the first page of 经济 (the
    same one article, found by its token) does."""
    found = {}
    costs = [wire(searched.conn, lambda q=q: found.update({q: searched.search(q, limit=20, facets=False,
                                                                                all_ids=False)}))
             for q in ("2023年", "经济")]
    assert found["2023年"].total == found["经济"].total == 1
    assert found["2023年"].hits[0].id == found["经济"].hits[0].id
    # the candidates' ids come (~16 bytes each); their texts came too (~900 bytes each)
    assert costs[0]["received"] - costs[1]["received"] < 30 * MISSES, costs


FORMS = ["2023年", "2023", "café", "caf\ue0ff", "econom\ue0ff", "r&d", "a.b", "c++", "(x)", "[1]", "x|y", "a\\d",
         "$5", "^a", "b$", "a{2}", "?", "*a", "é", "3年", "e\u0301", "𠀀a", "a b", "a-b", "0", "z"]
TEXTS = ["2023年的经济", "12023年", "2023", "x2023", "2023x", "café", "cafés", "écafé", "CAFÉ", "economy", "reconomy",
         "r&d", "xr&d", "r&dx", "a.b", "axb", "c++", "(x)", "[1]", "x|y", "a\\d", "ad", "$5", "^a", "b$", "aa",
         "a{2}", "?", "*a", "é", "ée", "13年", "3年", "e\u0301", "𠀀a", "𠀀ab", "a b", "a-b", "0", "z", "ž", "",
         "第一行\n2023年", "2023\n年", "aa\na{2}"]


def test_the_servers_text_rule_is_pythons_for_every_form(searched):
    """The condition the server tests a stored text by (serverrule.form_sql) holds exactly where
    match.contains finds the form: word boundaries at both ends, a prefix's run-on, characters a
    regular expression would take for syntax, letters outside the Basic Plane, line breaks."""
    from baoku.core.search.match import contains
    from baoku.core.search.serverrule import form_sql

    conn = searched.conn
    differ = {}
    for form in FORMS:
        sql, params = form_sql("t.x", form)
        got = dict(conn.execute(f"SELECT t.x, {sql} FROM unnest(%s::text[]) t(x)", [*params, TEXTS]).fetchall())
        want = {t: contains(t, form) for t in TEXTS}
        if got != want:
            differ[form] = {t: (got[t], want[t]) for t in TEXTS if got[t] != want[t]}
    assert not differ


@pytest.mark.parametrize("query", ["2023年", "2023", "café", "caf*", "econom*", "2023年 OR café", "2023年 -café",
                                  "标题:第1篇", "经济 2023年", "经济 (2023年 -回顾 OR café)", "2023年 (经济 -回顾 OR café)"])
def test_queries_with_word_boundaries_are_decided_in_sql_as_in_python(searched, query):
    from baoku.core.search.query import parse_query
    from baoku.core.search.servermatch import exact_ids, matching, rule_sql

    tree = parse_query(query)
    assert rule_sql(tree, exact_ids(tree) is not None) is not None
    assert matching(searched.archive, tree) == matching(searched.archive, tree, False)
