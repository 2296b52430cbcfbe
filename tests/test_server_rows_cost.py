"""What making a batch of search rows costs on a server archive (issue 27's import rate), and that
the postings it writes stay exact: a batch's rows must go to the server as a fixed number of
statements whatever its size (each statement fires article_search's statement triggers: one
INSERT a row fired them once a row), and every word's packed postings hold exactly the articles
that have it, in id order with their weights, across blocks, deletions and rows made again."""

from __future__ import annotations

import datetime as dt

from baoku.core.model import PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage


def _issue(day: int, texts: list[str]) -> ParsedIssue:
    articles = [Article([Block(PARAGRAPH, t)], headline=t[:4], source="新华社") for t in texts]
    return ParsedIssue(IssueInfo("行成本报", dt.date(2025, 4, day)), [ParsedPage(PageInfo(1, "要闻"), articles)],
                       source=f"rows-{day}", importer="test")


def test_a_batch_of_rows_is_written_by_as_many_statements_whatever_its_size(server_url):
    from psycopg import pq

    from baoku.core.search.server import sync
    from baoku.core.store.server import ServerArchive

    def statements(run) -> int:
        import tempfile

        with tempfile.TemporaryFile() as log:
            archive.conn.pgconn.trace(log.fileno())
            archive.conn.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
            try:
                run()
            finally:
                archive.conn.pgconn.untrace()
            log.seek(0)
            kinds = [p[2].split(" ")[0] for p in (line.split("\t") for line in log.read().decode().splitlines())
                     if p[0] == "F" and len(p) > 2]
        return sum(k in ("Bind", "Query", "CopyData") for k in kinds)

    with ServerArchive(server_url) as archive:
        archive.save_issue(_issue(1, ["一篇谈经济的文章。"]))
        one = statements(lambda: sync(archive))
        archive.save_issue(_issue(2, [f"第{n}篇谈经济与民生的文章。" for n in range(40)]))
        forty = statements(lambda: sync(archive))
        assert archive.conn.execute("SELECT count(*) FROM article_search").fetchone()[0] == 41
        # the shard the statement trigger adds to was updated once for the batch's inserts
        assert forty == one, (one, forty)


def _postings(archive) -> dict[tuple[int, str], list[tuple[int, float]]]:
    """Every (field, word)'s postings as (article, weight), blocks together, and that each
    block's arrays are aligned and in id order."""
    out: dict[tuple[int, str], list[tuple[int, float]]] = {}
    for field, word, ids, weights in archive.conn.execute(
            "SELECT field, word, ids, weights FROM search_word ORDER BY field, word, block"):
        assert len(ids) == len(weights) and ids == sorted(ids) and len(set(ids)) == len(ids)
        out.setdefault((field, word), []).extend(zip(ids, weights))
    return {k: sorted(v) for k, v in out.items()}


def _expected(archive) -> dict[tuple[int, str], list[tuple[int, float]]]:
    """The postings the articles' rows should hold: each article's words and weights (the
    embedded index's own weigh), made from the articles as they stand."""
    from baoku.core.search.server import search_row

    out: dict[tuple[int, str], list[tuple[int, float]]] = {}
    for r in archive.index_rows(archive.article_ids()):
        _, fields = search_row(r)[:2]
        for f, weights in fields.items():
            for w, x in weights.items():
                out.setdefault((f, w), []).append((r["id"], x))
    return {k: sorted(v) for k, v in out.items()}


def test_the_packed_postings_hold_every_word_of_every_row_exactly(server_url, monkeypatch):
    """A word held by articles of several blocks (two batches), a deleted article's words, a row
    made again after an edit, and weights of several sizes (a title word, a long text)."""
    import baoku.core.search.server as rows
    from baoku.core.search.server import sync
    from baoku.core.store.server import ServerArchive

    monkeypatch.setattr(rows, "BATCH", 3)  # several blocks
    with ServerArchive(server_url) as archive:
        archive.save_issue(_issue(1, ["经济发展的新阶段。", "农民工的工资。", "经济 经济 经济，发展。",
                                      "香港知识产权保护。" * 40, "Café économie 2023年 r&d投入。"]))
        sync(archive)
        archive.save_issue(_issue(2, ["经济的农民。", "一篇只谈天气的短文。"]))
        sync(archive)
        assert _postings(archive) == _expected(archive)
        ids = archive.article_ids()
        archive.delete_article(ids[0])
        archive.update_article(ids[2], headline="改过的经济标题")
        sync(archive)
        got = _postings(archive)
        assert got == _expected(archive)
        assert all(a != ids[0] for ps in got.values() for a, _ in ps)
        assert any(a == ids[2] for a, _ in got[(2, "标题")])  # the title field's new word
