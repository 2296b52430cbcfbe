"""The word layer's runs and the vectorised ranking give what Whoosh's own matchers give: the same
documents with the same scores, a first page equal to the full result's, across segments,
deletions and merges."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest
from whoosh import query as wq

from baoku.core.model import HEADLINE, PARAGRAPH, Article, Block, Contributor, IssueInfo, PageInfo, ParsedIssue, \
    ParsedPage
from baoku.core.search import postings, searching, sync, vector
from baoku.core.search.damage import IndexDamaged
from baoku.core.search.index import SearchIndex
from baoku.core.search.rankquery import ranking
from baoku.core.search.query import parse_query
from baoku.core.store import Archive

_issues = itertools.count(5000)
WORDS = ["中国", "经济", "发展", "农民", "农民工", "粮食", "丰收", "知识产权", "保护", "社会主义", "市场经济", "改革",
         "科技", "创新", "香港"]
PAPERS = ["泉州晚报", "东南早报"]


def article(rnd: random.Random, k: int) -> Article:
    head = "".join(rnd.sample(WORDS, rnd.randint(1, 3)))
    body = "，".join("".join(rnd.choices(WORDS, k=rnd.randint(1, 4))) for _ in range(rnd.randint(1, 12))) + "。"
    return Article(blocks=[Block(HEADLINE, head), Block(PARAGRAPH, body)], headline=head,
                   genre=rnd.choice(["消息", "评论"]), source=rnd.choice(["新华社", "本报讯", ""]),
                   contributors=[Contributor(rnd.choice(["李劲松", "陈士华"]), "记者")])


def fill(archive: Archive, seed: int, issues: int = 12, per: int = 15, reprints: bool = True, first: int = 0) -> None:
    rnd = random.Random(seed)
    for n in range(first, first + issues):
        arts = [article(rnd, k) for k in range(per)]
        if reprints and n % 3 == 2:
            arts[0] = Article(blocks=list(arts[0].blocks), headline=arts[0].headline)  # a text printed twice
            arts[1] = Article(blocks=list(arts[0].blocks), headline=arts[0].headline)
        archive.save_issue(ParsedIssue(IssueInfo(PAPERS[n % 2], dt.date(2023, 1, 1) + dt.timedelta(days=n * 9)),
                                       [ParsedPage(PageInfo(n % 4 + 1), arts)], source="t",
                                       source_hash=str(next(_issues)), importer="t"), duplicates=True)


def whoosh_all(words, q) -> dict[int, float]:
    """Every document Whoosh's own matchers match, with its score. (Whoosh's AndNot matcher keeps
    a segment's first positive document when the negative list starts lower and holds it: its
    _find_first only looks at equal starts; the evaluation does not have that slip.)"""
    s = words.searcher()
    if isinstance(q, wq.AndNot):
        out = whoosh_all(words, q.b)
        return {d: score for d, score in whoosh_all(words, q.a).items() if d not in out}
    return {d: score for score, d in s.search(q, limit=None, scored=True, terms=False).top_n}


QUERIES = ["中国", "经济 发展", "中国经济", "农民 -农民工", "香港 OR 知识产权", "社会主义市场经济 改革",
           "经济 体裁:评论", "作者:李劲松 粮食", "来源:新华社 OR 科技", "标题:经济", "粮食 -标题:丰收"]


def check_same(index: SearchIndex) -> None:
    from baoku.core.search.rankquery import value_matcher

    words = index.files.words
    values_of = value_matcher(index._recall().values)
    for text in QUERIES:
        tree = parse_query(text)
        for q in (ranking(tree, None), ranking(tree, values_of), ranking(tree, values_of, parts=True)):
            if q is None:
                continue
            want = whoosh_all(words, q)
            got = words.candidates(q)
            assert got is not None, text
            mine = dict(zip(got.docnums.tolist(), got.scores.tolist()))
            assert mine.keys() == want.keys(), text
            assert all(abs(mine[d] - want[d]) < 1e-9 for d in want), text
            best = [d for d, _ in got.best(10)]
            assert best == [d for _, d in sorted((-s, d) for d, s in want.items())][:10], text


def test_the_evaluation_matches_whooshs_matchers_across_segments_deletions_and_merges(archive, monkeypatch):
    monkeypatch.setattr(sync, "WORKER_MIN", 10 ** 9)
    fill(archive, 1)
    with SearchIndex(archive) as index:
        index.sync()
        fill(archive, 2, issues=4, first=12)  # a second segment
        index.sync()
        assert len(index.files.words.open()._segments()) >= 2
        check_same(index)
        gone = archive.article_ids()[5:40:3]
        archive.db.execute(f"DELETE FROM article WHERE id IN ({','.join(map(str, gone))})")
        archive.db.conn.commit()
        index.sync()  # deletions, segments not merged
        assert any(s.has_deletions() for s in index.files.words.open()._segments())
        check_same(index)
        before = {q: [h.id for h in index.search(q, limit=10).hits] for q in QUERIES}
        index.optimize()  # one merged segment, deletions dropped
        assert len(index.files.words.open()._segments()) == 1
        check_same(index)
        assert {q: [h.id for h in index.search(q, limit=10).hits] for q in QUERIES} == before
        assert index.files.words.check() == len(archive.article_ids())


def test_check_decodes_every_run_from_the_file_not_from_the_cache(archive, monkeypatch):
    monkeypatch.setattr(postings, "CACHED_FROM", 0)  # every run cached, small as they are here
    fill(archive, 4)
    with SearchIndex(archive) as index:
        index.sync()
        index.search("中国", limit=10)
        assert postings.CACHE.runs

        def cached(*_):
            raise AssertionError("check read a run from the cache")

        monkeypatch.setattr(postings.CACHE, "get", cached)
        assert index.files.words.check() == len(archive.article_ids())


def test_a_prefix_is_ranked_by_whooshs_matchers_alone(archive):
    fill(archive, 3, issues=3)
    with SearchIndex(archive) as index:
        index.search("中国", limit=1)
        assert index.files.words.candidates(wq.Prefix("text", "中")) is None
        assert index.search("econom*", limit=5).total == 0


@pytest.mark.parametrize("filter_limit,restrict_max", [(5000, 40000), (0, 40000), (0, 3)])
def test_a_first_page_is_the_full_results_first_page(archive, monkeypatch, filter_limit, restrict_max):
    """The first page alone (its reprints found among its own hits, candidates checked against
    SQLite's matches, its total counted beside the ranking when the matches are many) lists what
    the full result lists first, with the same copies and scores."""
    monkeypatch.setattr(searching, "FILTER_LIMIT", filter_limit)
    monkeypatch.setattr(searching, "RESTRICT_MAX", restrict_max)
    monkeypatch.setattr(searching, "RANKED", min(searching.RANKED, max(restrict_max, 20)))
    fill(archive, 4, issues=15)
    with SearchIndex(archive) as index:
        for text in QUERIES + ["粮食 日期:2023-02", "版:2", "来源:新华社", "经", "中 济"]:  # (one-letter: `chars`)
            full = index.search(text, limit=20)
            page = index.search(text, limit=20, facets=False, all_ids=False)
            assert (page.total, page.distinct) == (full.total, full.distinct), text
            assert [(h.id, h.also, round(h.score, 9)) for h in page.hits] == \
                [(h.id, h.also, round(h.score, 9)) for h in full.hits], text


def test_a_run_keeps_ids_and_weights_and_reads_as_whoosh_postings():
    rnd = random.Random(7)
    ids = sorted(rnd.sample(range(200000), 3000))
    weights = [rnd.randint(1, 5000) / 64 for _ in ids]
    run = postings.Run.decode(postings.encode(ids, weights))
    assert run.ids.tolist() == ids and run.weights.tolist() == weights
    odd = postings.Run.decode(postings.encode([3, 70000 + 3], [0.3, 2000.5]))  # a wide gap, a weight not in 1/64
    assert odd.ids.tolist() == [3, 70003] and odd.weights.tolist() == pytest.approx([0.3, 2000.5], rel=1e-6)
    m = postings.RunMatcher(lambda: run, len(run), None)
    for target in sorted(rnd.sample(range(200000), 200)):
        if not m.is_active():
            break
        m.skip_to(target)
        if m.is_active():
            assert m.id() == min(i for i in ids if i >= target)
    with pytest.raises(IndexDamaged):  # a damaged file: the index is rebuilt (search.damage)
        postings.Run.decode(postings.encode(ids, weights)[:100])
    assert vector.Ranked(run.ids, run.weights).best(3) == sorted(zip(ids, weights), key=lambda p: (-p[1], p[0]))[:3]


def test_newest_first_in_slices_of_the_date_index_is_the_full_order(archive, monkeypatch):
    """Issues stored out of date order (ids do not follow dates): the newest matches read slice by
    slice from the date index are the newest of the full result, for sparse and dense matches."""
    rnd = random.Random(11)
    for n in rnd.sample(range(40), 40):
        arts = [article(rnd, k) for k in range(6)]
        archive.save_issue(ParsedIssue(IssueInfo(PAPERS[n % 2], dt.date(2022, 1, 1) + dt.timedelta(days=n)),
                                       [ParsedPage(PageInfo(1), arts)], source="t", source_hash=str(next(_issues)),
                                       importer="t"), duplicates=True)
    queries = ["来源:新华社", "体裁:评论", "报名:东南早报", "作者:李劲松 日期:2022-01-10..", "中国 -经济"]
    with SearchIndex(archive) as index:
        full = {q: [h.id for h in index.search(q, limit=0, sort="date").hits] for q in queries}
        monkeypatch.setattr(searching, "SLICE_FROM", 0)
        for q in queries:
            for limit in (1, 7, 30):
                page = index.search(q, limit=limit, sort="date", facets=False, all_ids=False)
                assert [h.id for h in page.hits] == full[q][:limit], (q, limit)


def test_a_first_pages_distinct_count_follows_new_reprints(archive):
    """The map of reprinted texts the first page counts with is read again when the index
    changes, in this process or another."""
    fill(archive, 5, issues=3)
    with SearchIndex(archive) as index:
        page = index.search("经济", limit=5, facets=False, all_ids=False)
        assert page.distinct < page.total  # (the map is read)
        text = [Block(HEADLINE, "经济新闻"), Block(PARAGRAPH, "经济发展，经济增长。")]
        for paper in PAPERS:  # the same text in two papers: one more article, no more texts
            archive.save_issue(ParsedIssue(IssueInfo(paper, dt.date(2023, 6, 1)), [ParsedPage(PageInfo(1), [
                Article(blocks=list(text), headline="经济新闻")])], source="t", source_hash=str(next(_issues)),
                importer="t"), duplicates=True)
        with SearchIndex(archive) as other:  # another connection indexes them
            other.sync()
        again = index.search("经济", limit=5, facets=False, all_ids=False)
        assert (again.total, again.distinct) == (page.total + 2, page.distinct + 1)
        for paper in PAPERS:  # and once more, indexed by this one
            archive.save_issue(ParsedIssue(IssueInfo(paper, dt.date(2023, 6, 2)), [ParsedPage(PageInfo(1), [
                Article(blocks=list(text), headline="经济新闻")])], source="t", source_hash=str(next(_issues)),
                importer="t"), duplicates=True)
        third = index.search("经济", limit=5, facets=False, all_ids=False)
        assert (third.total, third.distinct) == (page.total + 4, page.distinct + 1)


def spy(monkeypatch, cls, name, note) -> list:
    """Calls of cls.name go on as before; what `note` makes of each call's arguments is listed."""
    seen: list = []
    real = getattr(cls, name)

    def wrapper(self, *args):
        seen.append(note(*args))
        return real(self, *args)

    monkeypatch.setattr(cls, name, wrapper)
    return seen


def test_a_first_pages_total_over_many_matches_is_counted_beside_and_sees_new_articles(archive, monkeypatch):
    """Past RESTRICT_MAX (and RANKED) matches, the rest of the exact total is counted on the
    recall store's second connection while the page is ranked; that connection reads the latest
    commit, another process's too."""
    from baoku.core.search.beside import Beside

    monkeypatch.setattr(searching, "FILTER_LIMIT", 0)
    monkeypatch.setattr(searching, "RESTRICT_MAX", 5)
    monkeypatch.setattr(searching, "RANKED", 5)
    counted = spy(monkeypatch, Beside, "count", lambda sql, params: sql)
    fill(archive, 6, issues=4)
    with SearchIndex(archive) as index:
        full = index.search("经济", limit=20)
        page = index.search("经济", limit=20, facets=False, all_ids=False)
        assert counted and full.total > 5 and page.total == full.total
        fill(archive, 7, issues=2, first=30)
        with SearchIndex(archive) as other:  # another connection indexes them
            other.sync()
        again = index.search("经济", limit=20, facets=False, all_ids=False)
        assert again.total == index.search("经济", limit=20).total > page.total


def test_rescoring_sets_up_whooshs_matchers_only_in_the_segments_holding_the_documents(archive, monkeypatch):
    from whoosh.collectors import Collector

    monkeypatch.setattr(sync, "WORKER_MIN", 10 ** 9)
    fill(archive, 8, issues=4)
    with SearchIndex(archive) as index:
        index.sync()
        fill(archive, 9, issues=4, first=20)
        index.sync()
        words = index.files.words
        segments = words.searcher().leaf_searchers()
        assert len(segments) >= 2
        q = ranking(parse_query("经济"), None)
        last = segments[-1][1]
        chosen = [d for d, _ in words.candidates(q).best(200) if d >= last][:5]
        assert chosen
        visited = spy(monkeypatch, Collector, "set_subsearcher", lambda sub, offset: offset)
        got = words.rescore(q, chosen)
        assert visited == [last]
        ids = words.article_ids(chosen)
        whoosh = words.top(wq.And([words.articles(ids), q]), len(chosen))
        assert got == whoosh and sorted(i for i, _ in got) == sorted(ids)


@pytest.mark.parametrize("seed", range(6))
def test_positions_in_a_sorted_list_by_map_or_by_search_are_the_plain_answer(seed):
    import numpy as np

    rnd = random.Random(seed)
    hay = sorted(rnd.sample(range(3000), rnd.choice([0, 1, 40, 1500])))
    for n in (0, 1, 5, 60, 2000):
        needles = sorted(rnd.sample(range(3100), n))
        got = vector._positions(np.array(hay, dtype=np.int64), np.array(needles, dtype=np.int64))
        where = {v: i for i, v in enumerate(hay)}
        assert got.tolist() == [where.get(v, -1) for v in needles]
