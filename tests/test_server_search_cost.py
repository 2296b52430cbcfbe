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
    waited for the server (a Sync of the extended protocol or a simple Query)."""
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
    return {"bytes": sum(int(p[1]) for p in sent), "waits": sum(p[2].startswith(("Sync", "Query")) for p in sent)}


def test_a_first_page_does_not_send_its_matches_back_to_the_server(searched):
    """The reprint groups and the count of distinct texts come with the matches: the first page
    of a common word never sends every match's id back (it sent them all, to group the reprints,
    which at 10,000 matches was the search's slowest statement)."""
    found = {}

    def first_page(word):
        return wire(searched.conn, lambda: found.update({word: searched.search(word, limit=20, facets=False,
                                                                               all_ids=False)}))

    common, rare = first_page("经济"), first_page("鹦鹉")
    r = found["经济"]
    assert r.total == MATCHES + 40 and r.distinct == MATCHES and len(r.hits) == 20 and found["鹦鹉"].total == 1
    assert common["bytes"] - rare["bytes"] < 400, (common, rare)  # the ids alone are MATCHES x 4-5 bytes
    full = searched.search("经济", limit=20)
    assert (full.total, full.distinct) == (r.total, r.distinct) and len(full.copies) == 40
    assert all(len(c) == 1 for c in full.copies.values())
