"""The plans PostgreSQL runs a server archive's searches by, read as the server made them
(auto_explain, its plans sent to the client as notices). A plan's cost must not hang on an
estimate: the planner takes a word's postings (an unnested array) for ten rows and the articles
holding several tokens at once for a few, and with those a nested loop looks cheap; at 100,000
articles the full result of 中国特色社会主义 (17,946 matches) took 105 s so, every match
unpacking each word's 50,000 postings again. These tests make such statements on a small
archive, where the same estimates give the same plans, and check that none loops over a
posting array or over the matches."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from baoku.core.model import PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage

PHRASE = "中国特色社会主义"


def _issue(day: int, texts: list[str]) -> ParsedIssue:
    articles = [Article([Block(PARAGRAPH, t)], headline=t[:8]) for t in texts]
    return ParsedIssue(IssueInfo("计划报", dt.date(2025, 3, day)), [ParsedPage(PageInfo(1, "要闻"), articles)],
                       source=f"plans-{day}", importer="test")


@pytest.fixture(scope="module")
def searched(pg_server):
    """A server archive of 160 articles, 120 of them with the phrase (its words common: most
    articles hold 中国 and 社会主义 apart too), every search row made; its search."""
    from baoku.core.search.server import sync
    from baoku.core.search.serversearch import ServerSearch
    from baoku.core.store.server import ServerArchive

    url = pg_server.create_database("search_plans")
    with_phrase = [f"第{n}篇：坚持{PHRASE}道路，中国经济发展第{n * 7 % 31}年。" for n in range(120)]
    apart = [f"第{n}篇：中国的特色产业与社会主义市场。" for n in range(40)]
    with ServerArchive(url) as archive:
        for day in range(4):
            archive.save_issue(_issue(day + 1, with_phrase[day * 30:(day + 1) * 30] + apart[day * 10:(day + 1) * 10]))
        sync(archive)
        archive.conn.execute("ANALYZE")
        yield ServerSearch(archive)
    pg_server.drop_database("search_plans")


def plans(conn, run, analyze: bool = False) -> list[dict]:
    """The plan of every statement `run()` sends on the connection (auto_explain's JSON; with
    `analyze`, each node's actual rows too)."""
    got: list[str] = []

    def keep(diag) -> None:
        if diag.message_primary and "Plan" in diag.message_primary:
            got.append(diag.message_primary)

    conn.execute("LOAD 'auto_explain'")
    conn.execute("SET auto_explain.log_min_duration = 0")
    conn.execute("SET auto_explain.log_format = 'json'")
    conn.execute("SET auto_explain.log_level = 'notice'")
    conn.execute(f"SET auto_explain.log_analyze = {'on' if analyze else 'off'}")
    conn.add_notice_handler(keep)
    try:
        run()
    finally:
        conn.remove_notice_handler(keep)
        conn.execute("SET auto_explain.log_min_duration = -1")
    return [json.loads(m[m.index("{"):]) for m in got]


def nodes(plan: dict):
    yield plan
    for child in plan.get("Plans", []):
        yield from nodes(child)


def looped(plan: dict) -> list[str]:
    """What this plan rescans once for each row of an outer side that may be large: the inner
    side of a nested loop (the second child) when it unpacks arrays (a function scan) or scans a
    CTE or a table without an index. A word's row unpacked beside it (`search_word p,
    unnest(p.ids, …)`: the outer side that row, the inner its array) is each array read once."""
    found = []
    for node in nodes(plan["Plan"]):
        if node["Node Type"] != "Nested Loop":
            continue
        outer, inner = node["Plans"]
        if outer.get("Relation Name") == "search_word" and inner["Node Type"] == "Function Scan":
            continue
        for n in nodes(inner):
            if n["Node Type"] in ("Function Scan", "CTE Scan", "Seq Scan", "Materialize", "Memoize"):
                found.append(f"{n['Node Type']} {n.get('Alias', n.get('Function Name', ''))}")
    return found


def test_a_full_result_ranks_its_matches_with_no_loop_over_a_words_postings(searched):
    """The full result of a phrase of common words (every match in order, ranked by its three
    words): the ranking statement joins each word's postings to the matches by hashing, never in
    a loop (it looped: 105 s at 100,000 articles)."""
    found = {}
    shown = plans(searched.conn, lambda: found.update(r=searched.search(PHRASE, limit=20, facets=True, all_ids=True)))
    assert found["r"].total == 120 and len(found["r"].ids) == 120
    ranking = [p for p in shown if "search_word" in json.dumps(p) and "unnest" in json.dumps(p)]
    assert ranking, [p["Query Text"][:80] for p in shown]
    for p in ranking:
        assert looped(p) == [], (p["Query Text"][:200], looped(p))


def texts_read(plan: dict) -> int:
    """How many rows a plan tested a text condition (strpos) on: each filtering node's rows kept
    and removed, over its loops."""
    return sum((n.get("Actual Rows", 0) + n.get("Rows Removed by Filter", 0)) * n.get("Actual Loops", 1)
               for n in nodes(plan["Plan"]) if "strpos" in n.get("Filter", ""))


@pytest.mark.parametrize("query, total, most", [
    ("市场 -" + PHRASE, 40, 0),  # 市场 only beside the words apart: no candidate holds the phrase's tokens
    ("中国 -" + PHRASE, 40, 120),  # the 120 that hold them are read; not the 160 holding 中国
])
def test_a_not_reads_the_text_only_where_the_candidates_hold_the_excluded_terms_tokens(searched, query, total, most):
    """`A -B` read B's text in every candidate of A (`农民 -农民工` at 100,000 articles: 8,225 texts
    for 农民工, 334 ms); the NOT is an anti-join now, B's text read only in the candidates that hold
    B's tokens too (~1,500 there, 82 ms)."""
    found = {}
    shown = plans(searched.conn, lambda: found.update(r=searched.search(query, limit=20)), analyze=True)
    assert found["r"].total == total
    matching = [p for p in shown if "article_search" in json.dumps(p)]
    assert matching and sum(texts_read(p) for p in matching) <= most, [(p["Query Text"][:120], texts_read(p))
                                                                        for p in matching]
