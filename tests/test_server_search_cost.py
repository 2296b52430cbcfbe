"""What a search on a server archive costs the server, measured on the wire (libpq's trace of
the connection): what the client sends and how often it waits for an answer. A first page must
not grow with its matches on the way to the server, and must not wait for the server more often
than its statements need."""

from __future__ import annotations

import datetime as dt
import tempfile

import pytest

from baoku.core.model import PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage

MATCHES = 120  # articles holding 经济; the first 40 printed twice (reprints)


def issue(day: int, texts: list[str], paper: str = "成本测试报") -> ParsedIssue:
    articles = [Article([Block(PARAGRAPH, t)], headline=t[:6]) for t in texts]
    return ParsedIssue(IssueInfo(paper, dt.date(2025, 1, day)), [ParsedPage(PageInfo(1, "要闻"), articles)],
                       source=f"cost-{day}", importer="test")


@pytest.fixture(scope="module")
def searched(pg_server):
    """A server archive of MATCHES articles with 经济 (40 of them reprinted in a second paper's
    issue) and 21 without, every search row made; its search."""
    from baoku.core.search.server import sync
    from baoku.core.search.serversearch import ServerSearch
    from baoku.core.store.server import ServerArchive

    url = pg_server.create_database("search_cost")
    texts = [f"第{n}号文章谈经济与民生，编号{n * 7919 % 10007}。" for n in range(MATCHES - 40)]
    reprinted = [f"转载第{n}号经济评论，编号{n}。" for n in range(40)]
    with ServerArchive(url) as archive:
        archive.save_issue(issue(2, texts[: len(texts) // 2]))
        archive.save_issue(issue(3, texts[len(texts) // 2:] + reprinted))
        archive.save_issue(issue(4, [f"无关的第{n}篇，谈天气。" for n in range(20)] + ["罕见的鹦鹉。"]))
        archive.save_issue(issue(5, reprinted, "转载报"))
        sync(archive)
        yield ServerSearch(archive)
    pg_server.drop_database("search_cost")


def wire(conn, run) -> dict:
    """What `run()` did on the connection's wire: bytes the client sent, and how many times it
    waited for the server (a Sync of the extended protocol, a Flush not right after one, or a
    simple Query), and the bytes of the rows it received."""
    from psycopg import pq

    with tempfile.TemporaryFile() as log:
        conn.pgconn.trace(log.fileno())
        conn.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
        try:
            run()
        finally:
            conn.pgconn.untrace()
        log.seek(0)
        lines = [line.split("\t") for line in log.read().decode("utf-8", "replace").splitlines()]
    sent = [p for p in lines if p[0] == "F"]
    kinds = [p[2].split(" ")[0] for p in sent]
    waits = sum(k in ("Sync", "Query") or (k == "Flush" and before != "Sync") for before, k in zip(["", *kinds], kinds))
    return {"bytes": sum(int(p[1]) for p in sent), "waits": waits,
            "received": sum(int(p[1]) for p in lines if p[0] == "B" and len(p) > 2 and p[2].startswith("DataRow")),
            "rows": sum(p[0] == "B" and len(p) > 2 and p[2].startswith("DataRow") for p in lines),
            "statements": [p[3][4:60] for p in sent if p[2] == "Parse"] + [k for k in kinds if k == "Query"]}


def first_pages(searched, *words: str) -> tuple[dict, list[dict]]:
    """Each word's first page (no facets, no ids), and what each cost on the wire."""
    found: dict = {}
    costs = [wire(searched.conn, lambda w=w: found.update({w: searched.search(w, limit=20, facets=False, all_ids=False)}))
             for w in words]
    return found, costs


def test_a_first_page_does_not_send_its_matches_back_to_the_server(searched):
    """The reprint groups and the count of distinct texts come with the matches: the first page
    of a common word never sends every match's id back (it sent them all, to group the reprints,
    which at 10,000 matches was the search's slowest statement)."""
    found, (common, rare) = first_pages(searched, "经济", "鹦鹉")
    r = found["经济"]
    assert r.total == MATCHES + 40 and r.distinct == MATCHES and len(r.hits) == 20 and found["鹦鹉"].total == 1
    assert common["bytes"] - rare["bytes"] < 400, (common, rare)  # the ids alone are MATCHES x 4-5 bytes
    full = searched.search("经济", limit=20)
    assert (full.total, full.distinct) == (r.total, r.distinct) and len(full.copies) == 40
    assert all(len(c) == 1 for c in full.copies.values())


def test_a_first_page_waits_for_the_server_only_for_what_it_needs(searched):
    """A first page of one word waits for the server once for the pending articles, once for its
    matches (the GIN-only token test: a transaction of its own, its statements sent together),
    once for the word's best postings with its document frequency, and once for the hits' rows.
    It waited 12 times: the pending articles read twice, the token test's transaction a
    statement at a time with its settings put back though its end puts them back, the document
    frequency alone."""
    result = {}
    cost = wire(searched.conn, lambda: result.update(r=searched.search("经济", limit=20, facets=False,
                                                                        all_ids=False)))
    assert result["r"].total == MATCHES + 40 and len(result["r"].hits) == 20
    assert cost["waits"] <= 4, cost
    with searched.archive.transaction():  # inside a caller's transaction too: its settings are put back
        again = searched.search("经济", limit=20, facets=False, all_ids=False)
        assert searched.conn.execute("SHOW enable_seqscan").fetchone()[0] == "on"
    assert [h.id for h in again.hits] == [h.id for h in result["r"].hits]


@pytest.mark.parametrize("query", ["经济", "经济与民生", "经济 版:1"])
def test_a_first_page_with_facets_decides_its_matches_once(searched, query):
    """The window's first page counts the facets over every match: they come in the statement
    that counts and ranks the matches, from the same matches (`m`), so a phrase's candidates are
    read once and the page waits for the server no more often than one without facets. The
    facets were a statement of their own that decided the matches again (a phrase of common
    words at 100,000 articles: 1.06 s beside the page's 1.78 s). Same counts as the whole search's."""
    plain, with_facets = {}, {}
    bare = wire(searched.conn, lambda: plain.update(r=searched.search(query, limit=20, facets=False, all_ids=False)))
    cost = wire(searched.conn, lambda: with_facets.update(r=searched.search(query, limit=20, facets=True,
                                                                            all_ids=False)))
    whole = searched.search(query, limit=20, facets=True, all_ids=True)
    r = with_facets["r"]
    assert r.facets and (r.facets, r.months) == (whole.facets, whole.months)
    assert [h.id for h in r.hits] == [h.id for h in plain["r"].hits]
    assert cost["waits"] == bare["waits"], (bare, cost)


def test_a_first_page_receives_the_content_hash_of_reprints_only(searched):
    """The matches come with the content hash of those that share it with another match (the
    reprint groups), not with every match's 64-letter hash: under load a large answer is moved
    in many turns between the server's process and the client's, each waiting for a core."""
    found, (common, rare) = first_pages(searched, "经济", "鹦鹉")
    r = found["经济"]
    assert r.total == MATCHES + 40 and r.distinct == MATCHES and len([h for h in r.hits if h.also]) > 0
    # 19 more hits' rows and the ids make ~11 KB more than the rare word's page (the 80 reprints'
    # hashes ~5 KB of it); every match's hash would add 64 bytes a match
    assert common["received"] - rare["received"] < 64 * (MATCHES + 40) + 9000, (common, rare)


@pytest.mark.parametrize("query", ["经济", "经济与民生", "经济 -编号1", "转载", "经济 版:1"])
def test_a_first_page_receives_rows_for_its_page_not_for_its_matches(searched, query):
    """The server counts the matches, ranks them and finds the page's reprints among them
    (search.serverpage): a first page of 5 receives a few rows for each hit, however many match.
    Every match's id (and the reprints' hashes) came to the client, to be counted, grouped and
    sent back to rank them."""
    found, (cost,) = first_pages_of(searched, 5, query)
    r = found[query]
    assert r.total >= 40 and len(r.hits) == 5, (r.total, len(r.hits))
    assert cost["rows"] <= 4 * 10 + 2, cost  # the order read (2 x 5), their reprints, the hits and their places


def first_pages_of(searched, limit: int, *words: str) -> tuple[dict, list[dict]]:
    found: dict = {}
    costs = [wire(searched.conn, lambda w=w: found.update({w: searched.search(w, limit=limit, facets=False,
                                                                               all_ids=False)}))
             for w in words]
    return found, costs


@pytest.mark.parametrize("query,total", [("经济与民生", MATCHES - 40), ("报名:转载报", 40), ("经济评论 -编号1", 78)])
def test_the_matches_of_a_phrase_come_in_one_statement(searched, query, total):
    """A phrase (or a field term) the tokens do not decide alone: its candidates are found by
    the GIN index and decided on their text in one statement, so finding its matches waits for
    the server once and receives only the matches. The candidates came to the client first, to
    be sent back in a second statement (`= ANY` of every candidate's id)."""
    from baoku.core.search.query import parse_query
    from baoku.core.search.servermatch import matched

    found = {}
    cost = wire(searched.conn, lambda: found.update(m=matched(searched.archive, parse_query(query), stale=[])))
    assert len(found["m"]) == total
    # (the transaction and its settings aside: they are parsed again until psycopg prepares them,
    # so their count hung on how many searches ran before this test on the connection)
    # (a prepared statement's Parse carries its name before the text, and the trace shortens a long
    # message, so the transaction's own statements are known by what they hold)
    finding = [t for t in cost["statements"] if not any(k in t for k in ('BEGIN"', 'COMMIT"', "set_config"))]
    assert cost["waits"] == 1 and len(finding) == 1, (finding, cost["statements"])
