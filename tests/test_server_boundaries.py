"""A server search row's columns keep no boundary tokens (search.server.grams, format 7): what stands
between two segments (2023年's 3|年, 香港，知识's 港，知) was ~73 of an article's ~990 GIN keys, half of
them in no other article. A term spanning segments is still found exactly, as the embedded archive
finds it: its other tokens and its lone letters narrow the candidates, its text decides them. An
archive whose rows hold boundary tokens is converted in place by server migration 22."""

from __future__ import annotations

import datetime as dt

from baoku.core.model import PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage
from baoku.core.search.normalize import fold
from baoku.core.search.tokens import GAP

from .conftest import open_archive, search_of

TEXTS = {
    "甲": "我们在中，国家的事里。2023年专利授权增长，r&d投入也增长。",
    "乙": "中。国家安全，3年以后再说 a中b 之事。",
    "丙": "中国，国家和香港，知识产权保护 2024年。",
    "丁": "中 国 与 中、国 都不是那个词。",
    "戊": "经济。中，国 二〇二三年 R&D投入",
    "己": "一篇只谈天气的短文，没有别的。",
    "庚": "Café ḁb пример, 한국어 かな 中国",  # scripts whose tokens sort among the Han pairs
}
QUERIES = ["中，国", "中，国家", "2023年", "3年", "2024年", "年专", "a中", "中b", "a中b", "r&d投入", "d投入",
           "香港，知识产权", "港，知", '"中 国"', "中、国", "。中，国", "中，", "，国", "经济。中", "r&d",
           "香港，知识产权保护 2024年", "在中，国家的事"]


def _issue() -> ParsedIssue:
    articles = [Article([Block(PARAGRAPH, t)], headline=h, source="新华社，北京") for h, t in TEXTS.items()]
    return ParsedIssue(IssueInfo("边界报", dt.date(2025, 6, 1)), [ParsedPage(PageInfo(1, "要闻"), articles)],
                       source="boundaries", importer="test")


def _found(search, query: str) -> set[str]:
    result = search.search(query, limit=0)
    assert result.total == len(result.hits)
    return {h.headline for h in result.hits}


def _expected(query: str) -> set[str]:
    """The articles holding the term as a substring (what the search finds where no Latin word or
    number is cut)."""
    form = fold(query.strip('"'))
    return {h for h, t in TEXTS.items() if form in fold(h + "\n" + t)}


def test_a_rows_columns_keep_no_boundary_tokens_and_terms_across_segments_are_found_exactly(server_url, request):
    from baoku.core.search.server import sync

    with open_archive("postgresql", request) as server, open_archive("sqlite", request) as embedded:
        server.save_issue(_issue())
        embedded.save_issue(_issue())
        assert sync(server) == len(TEXTS)
        tokens = [t for (lexemes,) in server.conn.execute("SELECT lexemes FROM article_search")
                  for t in lexemes.split(" ")]
        assert tokens and not [t for t in tokens if t.startswith(GAP)]  # the columns' boundaries are gone
        assert [t for t in tokens if t[1:2] == GAP]  # a field's (source 新华社，北京) stay
        on_server, at_home = search_of(server), search_of(embedded)
        for query in QUERIES:  # (a Latin word or a number is matched whole: 3年 is not in 2023年)
            found = _found(on_server, query)
            assert found and found == _found(at_home, query), query
            assert any(c.isascii() and c.isalnum() for c in query) or found == _expected(query), query
        both = [("中，国 -中国", _expected("中，国") - _expected("中国")),
                ("中，国 OR 中。国", _expected("中，国") | _expected("中。国")),
                ("港，知 年", _expected("港，知") & _expected("年")),
                ("来源:新华社，北京", set(TEXTS)), ("来源:社，北", set(TEXTS))]
        for query, hits in both:
            assert _found(on_server, query) == _found(at_home, query) == hits, query


def test_an_archive_whose_rows_hold_boundary_tokens_is_converted_in_place(server_url, monkeypatch):
    from baoku.core.search import server as search
    from baoku.core.search.servermatch import search_ids
    from baoku.core.store.server import ServerArchive, schema

    from .test_server_grams import _reference

    def with_boundaries(columns, values=None) -> str:  # the tokens as format 6 made them
        pairs = sorted(t for t in _reference(columns) if len(t) == 2 and t.isalpha())
        rest = set(_reference(columns, values)) - set(pairs)
        for text in columns:
            rest.update(t for t in search._tokens(text)[0] if t.startswith(GAP))
        return " ".join([*pairs, *rest])

    queries = [q for q in QUERIES if not q.startswith('"')] + ["中，国 -中国", "来源:社，北"]
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", [step for step in schema.MIGRATIONS if step[0] <= 21])
        m.setattr(schema, "SCHEMA_VERSION", 21)
        m.setattr(search, "grams", with_boundaries)
        m.setattr(search, "FORMAT", 6)
        with ServerArchive(server_url) as old:
            old.save_issue(_issue())
            assert search.sync(old) == len(TEXTS)
            before = dict(old.conn.execute("SELECT article_id, lexemes FROM article_search"))
            assert sum(t.startswith(GAP) for v in before.values() for t in v.split(" ")) > 20
            found = {q: search_ids(old, q) for q in queries}
    with ServerArchive(server_url) as archive:
        assert search.pending(archive) == []  # nothing to make again
        after = dict(archive.conn.execute("SELECT article_id, lexemes FROM article_search"))
        assert after == {i: " ".join(sorted(t for t in v.split(" ") if not t.startswith(GAP)))
                         for i, v in before.items()}
        assert {m for (m,) in archive.conn.execute("SELECT made FROM article_search")} == {search.FORMAT}
        assert {q: search_ids(archive, q) for q in queries} == found
        rows = dict(archive.conn.execute("SELECT article_id, lexemes FROM article_search"))
        with archive.transaction() as conn:
            conn.execute("DELETE FROM article_search")  # every row made again by this Baoku
        assert search.sync(archive) == len(TEXTS)
        remade = dict(archive.conn.execute("SELECT article_id, lexemes FROM article_search"))
        assert remade == rows  # the same tokens in the same order: Python's sort is the tsvector's
        assert {q: search_ids(archive, q) for q in queries} == found
        assert archive.conn.execute("SELECT count(*) FROM pg_indexes WHERE indexname = "
                                    "'idx_article_search_lexemes'").fetchone()[0] == 1
