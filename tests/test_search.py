"""Search never misses and never lies: exact hit sets on the sample issue, 简繁 and full-width folding
(the tests taking `searched` on the embedded archive and on a server's)."""

from __future__ import annotations

import random
import re

import opencc
import pytest

from baoku.core.importing.run import import_paths
from baoku.core.search.index import QueryError, SearchIndex, searchable_text
from baoku.core.search.normalize import fold

from .conftest import SAMPLE_TXT, search_of

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def fill(archive, tmp_path) -> None:
    import_paths(archive, [SAMPLE_TXT])
    # A second page with different content, so hit sets are not all-or-nothing.
    other = tmp_path / "泉州晚报_2024-09-12_第1版_要闻.txt"
    other.write_text("我市召开知识产权工作会议\n\n会议指出,要加强高价值发明专利培育,2023年全市专利授权量增长。\n\n"
                     "九牧集团获评示范企业\n\n据新华社电 九牧集团等企业入选国家知识产权示范企业名单。\n",
                     encoding="utf-8")
    import_paths(archive, [other])


@pytest.fixture
def indexed(archive, tmp_path):
    fill(archive, tmp_path)
    return SearchIndex(archive)


@pytest.fixture
def searched(any_archive, tmp_path):
    """The same archive, of each kind in turn, and its search."""
    fill(any_archive, tmp_path)
    return search_of(any_archive)


def texts(index: SearchIndex) -> dict[int, str]:
    return {r["id"]: searchable_text(r) for r in index._rows(index.archive.article_ids())}


def expected(index: SearchIndex, query: str) -> set[int]:
    q = fold(query)
    return {i for i, t in texts(index).items() if q in fold(t)}


def hits(index: SearchIndex, query: str) -> set[int]:
    result = index.search(query, limit=0)
    assert result.total == len(result.hits)
    return {h.id for h in result.hits}


def han_substrings(text: str) -> list[str]:
    subs = set()
    for run in HAN_RUN.findall(text):
        for n in range(2, 9):
            subs.update(run[i:i + n] for i in range(len(run) - n + 1))
    return sorted(subs)


def test_every_sampled_substring_finds_exactly_the_articles_containing_it(searched):
    subs = han_substrings(SAMPLE_TXT.read_text(encoding="utf-8"))
    sample = random.Random(7).sample(subs, 600)
    for q in sample:
        assert hits(searched, q) == expected(searched, q), q


def test_traditional_queries_find_the_simplified_text(searched):
    t2s = opencc.OpenCC("s2t")
    subs = random.Random(11).sample(han_substrings(SAMPLE_TXT.read_text(encoding="utf-8")), 150)
    for q in subs:
        assert hits(searched, t2s.convert(q)) == expected(searched, q), q
    assert hits(searched, "知識產權") == expected(searched, "知识产权") != set()


@pytest.mark.parametrize("name", ["陈雪莹", "李劲松", "李万青", "庄勤勤", "郭剑平"])
def test_person_names(searched, name):
    found = hits(searched, name)
    assert found and found == expected(searched, name)


@pytest.mark.parametrize("query", ["知识产权", "质生产", "专利代理", "九牧集团", "新质生产力", "高价值发明专利"])
def test_the_issue_examples(searched, query):
    assert hits(searched, query) == expected(searched, query) != set()


def test_full_width_digits_and_latin(searched):
    assert hits(searched, "２０２３") == hits(searched, "2023") == expected(searched, "2023") != set()
    assert hits(searched, "R&D") == expected(searched, "R&D") != set()
    assert hits(searched, "202") == set()  # numbers match whole: 202 is not 2023


def test_terms_are_anded_and_phrases_kept_whole(searched):
    both = hits(searched, "九牧集团 示范企业")
    assert both == expected(searched, "九牧集团") & expected(searched, "示范企业") != set()
    assert hits(searched, '"专利代理"') == expected(searched, "专利代理")


def test_highlights_mark_exactly_the_matched_characters(searched):
    for query in ["知识产权", "知識產權", "２０２３"]:
        for h in searched.search(query, limit=0).hits:
            assert h.highlights
            for s, e in h.highlights:
                assert fold(h.snippet[s:e]) == fold(query)


def test_bad_queries_say_what_is_wrong(searched):
    with pytest.raises(QueryError, match="unclosed quote at character 4"):
        searched.search('知识 "专利')
    with pytest.raises(QueryError, match="empty"):
        searched.search("   ")


def test_crash_between_store_commit_and_index_commit(indexed, archive, tmp_path):
    """Articles committed to SQLite but never indexed (the process died) are found next time;
    articles indexed whose record was not written are indexed again, not duplicated."""
    before = hits(indexed, "知识产权")
    extra = tmp_path / "泉州晚报_2024-09-13_第2版.txt"
    extra.write_text("知识产权新闻\n\n本报讯 知识产权保护中心揭牌。\n", encoding="utf-8")
    import_paths(archive, [extra])  # SQLite committed; the index was not told
    with archive.transaction() as db:  # and one indexed article lost its record
        db.execute("DELETE FROM search_state WHERE article_id = ?", [min(before)])
    after = hits(indexed, "知识产权")
    assert after == expected(indexed, "知识产权") and len(after) == len(before) + 1
    fresh = SearchIndex(archive)
    fresh.sync(rebuild=True)
    assert hits(fresh, "知识产权") == after


def test_a_deleted_index_is_rebuilt(indexed):
    before = hits(indexed, "知识产权")
    import shutil

    shutil.rmtree(indexed.path)
    assert hits(indexed, "知识产权") == before


def test_sort_by_date(searched):
    dates = [h.date for h in searched.search("知识产权", sort="date", limit=0).hits]
    assert dates == sorted(dates, reverse=True)


def test_search_follows_edits_and_deletes(indexed, archive):
    note = next(h.id for h in indexed.search("记者手记", limit=0).hits
                if archive.article(h.id).article.genre == "记者手记")
    rec = archive.update_article(note, headline="创新赋能高质量发展", column="评论")
    assert rec.article.headline == "创新赋能高质量发展"
    assert [b.text for b in rec.article.blocks if b.kind == "headline"] == ["创新赋能高质量发展"]
    assert rec.content_hash == rec.article.content_hash()
    assert note in hits(indexed, "标题:创新赋能高质量发展")
    assert note not in hits(indexed, "为高质量发展添动能")
    assert note in hits(indexed, "栏目:评论")
    archive.delete_article(note)
    assert note not in hits(indexed, "创新赋能")
    assert hits(indexed, "知识产权") == expected(indexed, "知识产权")


def test_edits_are_validated_and_leave_the_article_unchanged(indexed, archive):
    from baoku.core.errors import NotFound, ValidationError

    first = archive.article_ids()[0]
    before = archive.article(first)
    with pytest.raises(ValidationError, match="cannot edit"):
        archive.update_article(first, date="2024-01-01")
    with pytest.raises(ValidationError, match="one line"):
        archive.update_article(first, headline="两行\n标题")
    assert archive.article(first) == before
    with pytest.raises(NotFound):
        archive.delete_article(99999)


def test_adding_a_kicker_puts_its_block_before_the_headline(indexed, archive):
    brief = next(i for i in archive.article_ids() if archive.article(i).article.genre == "简讯")
    rec = archive.update_article(brief, kicker="国家统计局发布")
    assert [b.kind for b in rec.article.blocks[:2]] == ["kicker", "headline"]
    assert brief in hits(indexed, "标题:国家统计局发布")


def test_more_like_this(searched):
    """Whoosh's more-like-this: the key terms of the article's text, searched as one query (on a
    server, the same rule in SQL: search.serverlike)."""
    archive = searched.archive
    table = next(i for i in archive.article_ids() if archive.article(i).article.genre == "圆桌")
    similar = [h.id for h in searched.more_like(table, limit=7)]
    assert table not in similar and len(similar) >= 4
    heads = [archive.article(i).article.headline for i in similar]
    # The pieces on intellectual property on the same page (the roundtable's lead-in and the
    # reporter's note about it) share its vocabulary best; the other page's IP meeting comes
    # before the Xinhua briefs on grain and cars, if those share a key term at all.
    assert set(heads[:2]) == {"聚力“新知”挖掘“新质”", "创“新”求“质” 为高质量发展添动能"}
    meeting = heads.index("我市召开知识产权工作会议")
    assert all(meeting < i for i, h in enumerate(heads) if "粮食" in h or "汽车" in h)


def test_saved_searches_live_in_the_archive(indexed, archive):
    from baoku.core.errors import NotFound
    from baoku.core.search import saved

    saved.save(archive, "知识产权报道", "知识产权 日期:2024", sort="date")
    saved.save(archive, "知识产权报道", "知识产权 日期:2024-09")  # saving again replaces
    assert [(s["name"], s["query"], s["sort"]) for s in saved.all_saved(archive)] == [
        ("知识产权报道", "知识产权 日期:2024-09", "relevance")]
    with pytest.raises(QueryError):
        saved.save(archive, "坏的", '"未闭合')
    assert [s["name"] for s in saved.all_saved(archive)] == ["知识产权报道"]
    assert hits(indexed, saved.get(archive, "知识产权报道")["query"]) == expected(indexed, "知识产权")
    saved.delete(archive, "知识产权报道")
    with pytest.raises(NotFound):
        saved.get(archive, "知识产权报道")


def test_an_index_entry_without_record_or_article_is_dropped(indexed, archive):
    """The index committed an article, its record was never written, and the article was then
    deleted: the stray entry must not be counted, even by queries the index answers alone."""
    victim = min(hits(indexed, "专利"))
    with archive.transaction() as db:
        db.execute("DELETE FROM search_state WHERE article_id = ?", [victim])
        db.execute("DELETE FROM article WHERE id = ?", [victim])
    assert victim not in archive.article_ids()
    assert hits(indexed, "专利") == expected(indexed, "专利")  # answered by the index alone
    assert hits(indexed, "高价值发明专利") == expected(indexed, "高价值发明专利")  # verified
    assert hits(indexed, "-专利") == set(archive.article_ids()) - expected(indexed, "专利")
    assert indexed.pending() == ([], [])


def test_a_lost_recall_store_is_rebuilt(indexed, archive):
    before = hits(indexed, "高价值发明专利")
    indexed.close()
    (indexed.path / "recall.sqlite").unlink()
    fresh = SearchIndex(archive)
    assert hits(fresh, "高价值发明专利") == before == expected(fresh, "高价值发明专利")
    assert fresh._recall().count() == len(archive.article_ids())


@pytest.mark.parametrize("text,query", [
    ("增长2023年", "2023"), ("20231", "2023"), ("r&d经费", "r&d"), ("hr&dx", "r&d"), ("知识产权", "产权"),
    ("产权产权", "产权"), ("", "产权"), ("x", ""),
])
def test_fast_match_agrees_with_find_all(text, query):
    from baoku.core.search.match import contains, count, find_all

    assert contains(text, query) == bool(find_all(text, query))
    assert (count(text, query) > 0) == bool(find_all(text, query))


def test_a_query_nested_too_deeply_is_one_query_error_on_either_backend(searched):
    """11 chained NOTs overflowed SQLite's parser and 260 parentheses Python's recursion: NOT NOT x
    is x, parentheses around one group add nothing, and past MAX_DEPTH levels of AND, OR and NOT
    inside one another the query is refused the same way by both backends."""
    from baoku.core.search.query import MAX_DEPTH, nesting, parse_query

    term = hits(searched, "知识产权")
    assert term and hits(searched, "NOT " * 11 + "知识产权") == hits(searched, "NOT " * 1 + "知识产权")
    assert hits(searched, "NOT " * 30 + "知识产权") == term
    assert hits(searched, "(" * 60 + "知识产权" + ")" * 60) == term
    deepest = "知识产权"
    for n in range(MAX_DEPTH // 2):  # the shape that nests SQL set operations most: NOT (x OR NOT (...))
        deepest = f"NOT (w{n} OR {deepest})"
    assert nesting(parse_query(deepest)) == MAX_DEPTH
    searched.search(deepest, limit=10)  # answered
    for query in (f"保 OR ({deepest})", "(" * 300 + "知识产权", "(" * 260 + "知识产权" + ")" * 260,
                  "-(" * 200 + "知识产权" + ")" * 200):
        with pytest.raises(QueryError) as e:
            searched.search(query, limit=10)
        assert e.value.code == "too_deep" and "nested too deeply" in str(e.value)
