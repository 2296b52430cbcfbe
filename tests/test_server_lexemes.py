"""A server search row keeps its tokens as text (sorted, so compressed to about half) under a GIN
index on the tsvector they make, not as a stored tsvector (10 bytes a token, barely
compressible): the same tokens, found the same way, in about half the space. An archive whose
rows hold a tsvector is upgraded in place, its rows kept, nothing made again."""

from __future__ import annotations

import datetime as dt
import random

from baoku.core.model import PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage

_LETTERS = [chr(0x4E00 + i) for i in range(0, 2400, 8)]  # 300 Han letters


def _issue(day: int, texts: list[str]) -> ParsedIssue:
    articles = [Article([Block(PARAGRAPH, t)], headline=t[:4], source="新华社") for t in texts]
    return ParsedIssue(IssueInfo("词元报", dt.date(2025, 5, day)), [ParsedPage(PageInfo(1, "要闻"), articles)],
                       source=f"lexemes-{day}", importer="test")


def _long_text(seed: int) -> str:
    rng = random.Random(seed)
    return "，".join("".join(rng.choice(_LETTERS) for _ in range(rng.randint(4, 20))) for _ in range(300)) + "。"


def test_a_rows_tokens_take_about_half_of_their_tsvector_and_are_found_by_the_index(server_url):
    from baoku.core.search.server import GRAMS, sync
    from baoku.core.search.servermatch import search_ids
    from baoku.core.store.server import ServerArchive

    with ServerArchive(server_url) as archive:
        text = _long_text(1)
        archive.save_issue(_issue(1, [text, "经济发展的新阶段。", "香港，知识产权。"]))
        assert sync(archive) == 3
        conn = archive.conn
        stored, as_tsvector, tokens = conn.execute(
            f"SELECT sum(pg_column_size(lexemes)), sum(pg_column_size({GRAMS})), sum(length({GRAMS})) "
            "FROM article_search s").fetchone()
        assert tokens > 3000 and stored < 0.65 * as_tsvector, (stored, as_tsvector, tokens)
        plan = "\n".join(r[0] for r in conn.execute(
            f"EXPLAIN SELECT article_id FROM article_search s WHERE {GRAMS} @@ %s::tsquery", ["'经济'"]))
        conn.rollback()
        assert "idx_article_search_lexemes" in plan or "Seq Scan" in plan  # the index is on the same expression
        with conn.transaction():
            conn.execute("SET LOCAL enable_seqscan = off")
            plan = "\n".join(r[0] for r in conn.execute(
                f"EXPLAIN SELECT article_id FROM article_search s WHERE {GRAMS} @@ %s::tsquery", ["'经济'"]))
        assert "idx_article_search_lexemes" in plan
        ids = archive.article_ids()
        assert search_ids(archive, "经济") == [ids[1]] and search_ids(archive, text[40:52]) == [ids[0]]
        assert search_ids(archive, "香港，知识产权") == [ids[2]] and search_ids(archive, "香港 知识") == [ids[2]]


def test_an_archive_whose_rows_hold_a_tsvector_is_upgraded_with_its_rows(server_url, monkeypatch):
    from baoku.core.search.server import GRAMS, pending, sync
    from baoku.core.search.servermatch import search_ids
    from baoku.core.store.server import ServerArchive, schema

    from .oldsearchrows import search_rows_as_before

    queries = ["经济", "香港，知识产权", "知识 -农民", "农民工", "发展 OR 天气", "来源:新华社", "经"]
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", [step for step in schema.MIGRATIONS if step[0] <= 20])
        m.setattr(schema, "SCHEMA_VERSION", 20)
        with ServerArchive(server_url) as old:
            old.save_issue(_issue(2, ["经济发展的新阶段。", "农民工的工资。", "香港，知识产权保护。", _long_text(2),
                                      "一篇只谈天气的短文。"]))
            with search_rows_as_before(old.conn):
                assert sync(old) == 5
            before = dict(old.conn.execute("SELECT article_id, grams::text FROM article_search"))
    with ServerArchive(server_url) as archive:
        assert pending(archive) == []  # nothing to make again
        after = dict(archive.conn.execute(f"SELECT article_id, {GRAMS}::text FROM article_search s"))
        assert after == before and len(after) == 5
        assert archive.conn.execute("SELECT count(*) FROM information_schema.columns WHERE "
                                    "table_name = 'article_search' AND column_name = 'grams'").fetchone()[0] == 0
        found = {q: search_ids(archive, q) for q in queries}
        assert all(found[q] for q in queries[:5])
        with archive.transaction() as conn:
            conn.execute("DELETE FROM article_search")  # every row made again by this Baoku
        assert sync(archive) == 5
        assert {q: search_ids(archive, q) for q in queries} == found


def test_a_rows_tokens_are_stored_in_their_tsvectors_order(server_url):
    """So the index's expression gets them sorted, and array_to_tsvector's sort only checks them
    (~0.1 ms of the server's CPU a row in the import bench: every insert and ANALYZE of a row)."""
    from baoku.core.search.server import GRAMS, sync
    from baoku.core.store.server import ServerArchive

    with ServerArchive(server_url) as archive:
        archive.save_issue(_issue(3, ["经济发展的新阶段，2023年 r&d投入。", "Café ḁb пример, 한국어 かな 中国",
                                      _long_text(3), "一篇只谈天气的短文。"]))
        assert sync(archive) == 4
        rows = archive.conn.execute(
            f"SELECT lexemes, array_to_string(tsvector_to_array({GRAMS}), ' ') FROM article_search s").fetchall()
        assert len(rows) == 4 and all(stored == ordered for stored, ordered in rows), rows


def test_a_bulk_builds_analyse_gathers_no_statistics_of_the_rows_tokens(server_url):
    """ANALYZE of the search rows evaluated the GIN index's expression for every sampled row and
    counted its ~990 tokens (0.22 ms of the server's CPU a row of a 2,000-row build): those
    statistics are not gathered (server migration 25), the table's own columns' still are, and
    a token is still found by the index."""
    from baoku.core.search.server import sync
    from baoku.core.search.servermatch import search_ids
    from baoku.core.store.server import ServerArchive

    with ServerArchive(server_url) as archive:
        archive.save_issue(_issue(1, [_long_text(2), "经济发展的新阶段。", "香港，知识产权。"]))
        assert sync(archive) == 3  # a first build: it vacuums and analyses the search tables
        stats = dict(archive.conn.execute(
            "SELECT c.relname, count(s.*) FROM pg_class c LEFT JOIN pg_statistic s ON s.starelid = c.oid "
            "WHERE c.relname IN ('article_search', 'idx_article_search_lexemes') GROUP BY c.relname").fetchall())
        assert stats["article_search"] > 0 and stats["idx_article_search_lexemes"] == 0, stats
        assert len(search_ids(archive, "知识产权")) == 1
