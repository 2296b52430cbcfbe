"""The recall layer (FTS5 phrases of character pairs) decides matches exactly, ranks titles first,
and stays consistent with the archive (the tests taking `any_archive` on a server archive too)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baoku.core.model import HEADLINE, PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage
from baoku.core.search.planner import term_forms
from baoku.core.search.index import SearchIndex, searchable_text
from baoku.core.search.match import contains
from baoku.core.search.normalize import fold
from baoku.core.search.query import Text
from baoku.core.store import Archive

from .conftest import search_of

_issues = itertools.count()


def store(archive: Archive, texts: list[tuple[str, str]], day: dt.date | None = None) -> None:
    """One issue, one page, one article per (headline, body)."""
    n = next(_issues)
    arts = [Article(blocks=[Block(HEADLINE, h), Block(PARAGRAPH, b)], headline=h) for h, b in texts]
    archive.save_issue(ParsedIssue(IssueInfo("测试报", day or dt.date(2024, 1, 1) + dt.timedelta(days=n)),
                                   [ParsedPage(PageInfo(1), arts)], source="test", source_hash=str(n),
                                   importer="test"))


def expected(index: SearchIndex, query: str) -> set[int]:
    forms = term_forms(Text(query))
    rows = index._rows(index.archive.article_ids())
    return {r["id"] for r in rows if any(contains(fold(searchable_text(r)), f) for f in forms)}


def hits(index: SearchIndex, query: str) -> set[int]:
    result = index.search(query, limit=0)
    assert result.total == len(result.hits) == len(result.ids)
    return {h.id for h in result.hits}


def test_a_phrase_never_spans_two_runs(any_archive):
    archive = any_archive
    store(archive, [("甲", "他说新质，质生产力不是一回事"), ("乙", "发展新质生产力"), ("丙", "新质R质生产力")])
    with search_of(archive) as index:
        assert hits(index, "新质生产力") == expected(index, "新质生产力") and len(hits(index, "新质生产力")) == 1
        assert len(hits(index, "质生产力")) == 3
        assert len(hits(index, "质")) == 3  # one character: its own token
        assert len(hits(index, "r")) == 1  # a whole Latin word


def test_mixed_latin_and_han_terms_are_verified(any_archive):
    archive = any_archive
    store(archive, [("甲", "r&d投入增长"), ("乙", "hr&dx投入"), ("丙", "2023年增长"), ("丁", "20231年")])
    with search_of(archive) as index:
        for q in ("r&d投入", "2023年", "r&d", "2023"):
            assert hits(index, q) == expected(index, q), q
        assert len(hits(index, "r&d投入")) == 1 and len(hits(index, "2023年")) == 1


ALPHABET = "新质生产力知识产权，。 r&d2023年"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(ALPHABET, min_size=1, max_size=30), min_size=1, max_size=6),
       picks=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 29), st.integers(1, 8)), min_size=1,
                      max_size=6))
def test_random_texts_and_substring_queries_agree_with_a_scan(tmp_path_factory, texts, picks):
    path = tmp_path_factory.mktemp("r") / "a.db"
    with Archive(path) as archive, SearchIndex(archive) as index:
        store(archive, [(f"标题{i}", t) for i, t in enumerate(texts)])
        for which, start, size in picks:
            text = texts[which % len(texts)]
            q = text[start % len(text):][:size].strip()
            if not q or any(c in q for c in "()\"|:") or q.startswith("-") or q.upper() in ("OR", "AND", "NOT"):
                continue
            quoted = f"“{q}”"  # one term, spaces and all
            assert hits(index, quoted) == expected(index, q), q


def test_titles_rank_first_and_the_first_page_equals_the_full_result(any_archive):
    archive = any_archive
    store(archive, [("农业新闻", "粮食产量增长，粮食丰收，粮食安全"), ("粮食丰收", "今年秋收顺利")] +
          [(f"其他{i}", "粮食" + "。" * i) for i in range(5)])
    with search_of(archive) as index:
        full = index.search("粮食", limit=3)
        quick = index.search("粮食", limit=3, facets=False, all_ids=False)
        assert full.hits[0].headline == "粮食丰收"  # in the title: boosted
        assert [h.id for h in quick.hits] == [h.id for h in full.hits] == full.ids[:3]
        assert quick.total == full.total == 7 and quick.ids == [] and quick.facets == {}
        assert sum(n for _, n in full.facets["year"]) == 7


@pytest.mark.parametrize("query", ["粮食 日期:2024", "粮食 -丰收", "-粮食", "日期:2020..2024", "粮食 OR 丰收"])
def test_compound_queries_are_exact(any_archive, query):
    archive = any_archive
    store(archive, [("旧闻", "粮食")], day=dt.date(2020, 1, 1))
    store(archive, [("新闻", "粮食丰收")], day=dt.date(2024, 1, 1))
    store(archive, [("另", "丰收")], day=dt.date(2010, 1, 1))
    with search_of(archive) as index:
        rows = {r["id"]: r for r in index._rows(archive.article_ids())}
        want = {
            "粮食 日期:2024": {i for i, r in rows.items() if "粮食" in r["blocks"] and r["date"] >= "2024"},
            "粮食 -丰收": {i for i, r in rows.items() if "粮食" in r["blocks"] and "丰收" not in r["blocks"]},
            "-粮食": {i for i, r in rows.items() if "粮食" not in r["blocks"]},
            "日期:2020..2024": {i for i, r in rows.items() if "2020" <= r["date"] <= "2024-12-31"},
            "粮食 OR 丰收": set(rows),
        }[query]
        assert hits(index, query) == want and want


def test_an_import_merges_only_a_bounded_number_of_small_word_segments(archive, monkeypatch):
    from collections import Counter

    from baoku.core.search import wordindex
    from baoku.core.search.segments import _tier

    monkeypatch.setattr(wordindex, "MERGE_FACTOR", 3)
    monkeypatch.setattr(wordindex, "MERGE_DOCS", 40)
    with SearchIndex(archive) as index:
        sizes = []
        for i in range(45):
            store(archive, [(f"标题{i}", "粮食丰收")])
            index.sync()
            sizes.append(sorted(s.doc_count_all() for s in index.files.words.open()._segments()))
        assert all(sum(s) == i for i, s in enumerate(sizes, 1))
        # Whoosh merges into the commit's new segment: three one-article segments and the new
        # article make one of 4, three of those and the new one 13, three of those 40; no tier
        # holds more than three segments, and no import merges more than 40 articles
        assert sizes[3] == [4] and sizes[12] == [13] and sizes[39] == [40] and sizes[-1] == [1, 4, 40]
        assert all(max(Counter(_tier(n, 3) for n in s).values()) <= 3 for s in sizes)
        assert index.search("粮食").total == 45
        assert index.files.words.doc_count() == 45


def test_everyday_imports_never_pile_up_word_segments(monkeypatch):
    """Two thousand issues of about 100 articles, each committed with the everyday merge policy
    as Whoosh applies it (on the segments before the issue's, merging into the issue's new
    segment): the segments stay few, one commit merges at most MERGE_DOCS documents, and a bulk
    update's segments are left alone. (Before, segments of about 1,100 articles never merged
    again: ten of them exceeded the cap, and they piled up.)"""
    from baoku.core.search import segments as seg
    from baoku.core.search.wordindex import MERGE_DOCS, MERGE_FACTOR

    class Segment:
        def __init__(self, n):
            self.n = n

        def doc_count_all(self):
            return self.n

    merged = []

    def merge_into(writer, take):
        merged.append(sum(s.doc_count_all() for s in take))

    monkeypatch.setattr(seg, "_merge_into", merge_into)
    policy = seg.merge_policy(MERGE_DOCS, MERGE_FACTOR)
    bulk = [Segment(50000), Segment(50000)]  # a rebuild's segments
    segments = list(bulk)
    most = 0
    for issue in range(2000):
        merged_before = len(merged)
        segments = policy(None, segments)
        new = 95 + issue % 11
        segments.append(Segment(new + (merged[-1] if len(merged) > merged_before else 0)))
        most = max(most, len(segments))
    assert sum(s.n for s in segments) == 100000 + sum(95 + i % 11 for i in range(2000))
    assert all(b in segments for b in bulk)
    assert max(merged) <= MERGE_DOCS and len(merged) >= 199 and max(merged) > 100000
    assert most <= 3 * MERGE_FACTOR + len(bulk) and len(segments) <= 15


def test_a_big_update_writes_words_in_a_second_process_segment_by_segment(archive, monkeypatch):
    from baoku.core.search import sync

    monkeypatch.setattr(sync, "WORKER_MIN", 1)
    monkeypatch.setattr(sync, "READ_BATCH", 3)
    monkeypatch.setattr(sync, "SEGMENT_DOCS", 5)
    store(archive, [(f"标题{i}", f"粮食丰收第{i}篇") for i in range(23)])
    with SearchIndex(archive) as index:
        assert index.sync() == 23
        segments = sorted(s.doc_count_all() for s in index.files.words.open()._segments())
        assert len(segments) >= 4 and sum(segments) == 23  # one segment per SEGMENT_DOCS, about
        assert index.ledger.recorded() == 23 and not index.ledger.behind()
        assert index.search("粮食").total == 23 == index.files.words.doc_count()


def test_the_stores_article_count_is_kept_by_triggers_and_added_to_an_older_store(archive):
    """The first check of every command compares the recall store's article count with the
    archive's record: it is kept in the store (not counted), through adds, replacements and
    deletions; a store made before the count was kept is counted until its next write adds it."""
    store(archive, [(f"粮食{i}", f"粮食丰收第{i}篇。") for i in range(6)])
    with SearchIndex(archive) as index:
        index.sync()
        recall = index._recall()

        def counted() -> int:
            return recall.db.execute("SELECT COUNT(*) FROM doc").fetchone()[0]

        assert recall.count() == counted() == 6
        with recall.db:  # as a store written before the count was kept
            recall.db.execute("DROP TRIGGER doc_counted")
            recall.db.execute("DROP TRIGGER doc_uncounted")
            recall.db.execute("DROP TABLE doc_count")
        assert recall.count() == 6
        store(archive, [(f"丰收{i}", f"又一篇{i}。") for i in range(3)])
        index.sync()
        assert recall.db.execute("SELECT n FROM doc_count").fetchone()[0] == counted() == 9
        ids = archive.article_ids()
        archive.conn.execute(f"DELETE FROM article WHERE id IN ({ids[0]}, {ids[4]})")
        archive.conn.execute("UPDATE article SET headline = '改了' WHERE id = ?", (ids[2],))
        archive.conn.commit()
        index.sync()
        assert recall.count() == counted() == 7
        assert index.search("粮食", limit=10).total == 4


def test_the_reprinted_articles_own_rows_answer_as_the_reprint_mark_does(archive):
    """`dupgrams` holds exactly the reprinted articles' `grams` rows, through first prints,
    reprints (the stored copy newly marked), edits and deletions; a store made before it gets it,
    filled from the archive's text, with its next write. A query asked of it gives what the
    query ANDed with the reprint mark gives over all articles."""
    from baoku.core.search.tokens import DUP

    def check(recall) -> None:
        assert recall.has_dups
        for expr in ['"粮食"', '"丰收"', '("粮食") NOT ("丰收")', '"今年"', '"秋粮 粮又"']:
            table = {r[0] for r in recall.db.execute("SELECT rowid FROM dupgrams WHERE dupgrams MATCH ?", (expr,))}
            marked = {r[0] for r in recall.db.execute("SELECT rowid FROM grams WHERE grams MATCH ?",
                                                      (f"({expr}) AND {DUP}",))}
            assert table == marked, expr

    store(archive, [("粮食丰收", "今年秋粮又获丰收。"), ("粮食", "粮食价格平稳。"), ("其他", "别的消息。")])
    with SearchIndex(archive) as index:
        index.sync()
        recall = index._recall()
        store(archive, [("粮食丰收", "今年秋粮又获丰收。")])  # a reprint: the first print is marked too
        index.sync()
        check(recall)
        assert recall.db.execute("SELECT COUNT(*) FROM doc WHERE dup = 1").fetchone()[0] == 2
        with recall.db:  # as a store written before the table was kept
            recall.db.execute("DROP TABLE dupgrams")
        recall.has_dups = recall._holds("dupgrams")
        assert index.search("粮食", limit=5, facets=False, all_ids=False).distinct == 2
        store(archive, [("粮食", "粮食价格平稳。"), ("新闻", "今年秋粮又获丰收。")])  # more reprints
        index.sync()
        check(recall)
        ids = archive.article_ids()
        archive.conn.execute(f"DELETE FROM article WHERE id = {ids[0]}")
        archive.conn.execute("UPDATE article SET blocks = ? WHERE id = ?",
                             ('[["headline", "粮食"], ["paragraph", "粮食价格上涨。"]]', ids[1]))
        archive.conn.commit()
        index.sync()
        check(recall)
        page = index.search("粮食", limit=5, facets=False, all_ids=False)
        full = index.search("粮食", limit=5)
        assert (page.total, page.distinct) == (full.total, full.distinct)
