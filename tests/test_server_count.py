"""The number of search rows (idf's N in every ranked search) is kept by the server as rows are
written, made again, deleted with their articles and truncated, and always equals count(*): a
search no longer counts the rows, which at a million articles is a scan of a million keys."""

from __future__ import annotations

import datetime as dt

from baoku.core.model import PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage


def _issue(day: int, n: int) -> ParsedIssue:
    articles = [Article([Block(PARAGRAPH, f"第{day}日第{k}篇，谈经济与民生。")], headline=f"标题{day}-{k}") for k in range(n)]
    return ParsedIssue(IssueInfo("计数报", dt.date(2025, 3, day)), [ParsedPage(PageInfo(1, "要闻"), articles)],
                       source=f"count-{day}", importer="test")


def test_the_search_rows_are_counted_as_they_are_written(pg_server):
    from baoku.core.search.server import SEARCH_ROWS, sync
    from baoku.core.search.serverrank import _counts
    from baoku.core.store.server import ServerArchive

    url = pg_server.create_database("search_count")
    try:
        with ServerArchive(url) as archive:
            conn = archive.conn

            def counts():
                return (conn.execute(f"SELECT {SEARCH_ROWS}").fetchone()[0],
                        conn.execute("SELECT count(*) FROM article_search").fetchone()[0])

            assert counts() == (0, 0)
            archive.save_issue(_issue(1, 12))
            archive.save_issue(_issue(2, 7))
            sync(archive)
            assert counts() == (19, 19)
            ids = archive.article_ids()
            archive.delete_article(ids[0])  # its row goes by the cascade
            archive.refile_article(ids[1], date=dt.date(2025, 3, 9))  # its row is dropped, to be made again
            assert counts() == (17, 17)
            archive.update_article(ids[2], headline="改过的标题")  # its row is made again in place
            sync(archive)
            assert counts() == (18, 18)
            conn.execute("TRUNCATE article_search CASCADE")
            assert counts() == (0, 0)
            conn.execute("INSERT INTO search_pending SELECT id, content_hash FROM article "
                         "ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash")
            sync(archive)  # every row made again, as a new format's migration has them
            assert counts() == (18, 18)
            # A ranked search's counts read the kept number, not the rows.
            plan = "\n".join(r[0] for r in conn.execute("EXPLAIN " + _counts([("text", "经济")])[0],
                                                         _counts([("text", "经济")])[1]))
            assert "article_search" not in plan
    finally:
        pg_server.drop_database("search_count")
