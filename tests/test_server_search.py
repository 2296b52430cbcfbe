"""Exact search on a server archive (search/server.py): for every query, the articles the server
finds are exactly the ones the embedded archive finds (FTS5 over the same tokens, Whoosh aside).
Both archives hold the same issues, imported the same way."""

from __future__ import annotations

import datetime as dt

import pytest

from baoku.core.model import PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage
from baoku.core.search.index import SearchIndex
from baoku.core.store import Archive

from .conftest import SAMPLE_DIR
from .test_server_store import continued_issue, feed, parsed

QUERIES = [
    "知识产权", "知識產權", "知识产权 李劲松", "新质生产力", '"新质 生产力"', "专利", "专", "產",
    "知识产权 -李劲松", "知识产权 OR 泉州", "(专利 OR 商标) 企业", "-知识产权", "2024年", "2024", "202",
    "café", "zürich", "Naïve", "econom*", "caf*", "，", "“quoted”", "新时代，新征程", "A summary",
    "知识产权保护。知识产权", "第二段", "开头结尾", "跨版", "𠀀𪚥", "e\u0301", "全角空格", "葛", "國際新聞",
    "r&d投入", "R&D", "经济 发展", '"经济发展"', "保护", "-保护 -知识", "引题", "Reuters contributed.",
]


def extra_issue() -> ParsedIssue:
    """Text made for the query list: numbers beside Han, Latin words and their neighbours,
    punctuation between runs, a phrase split across paragraphs, a long article."""
    texts = [
        ["2024年，经济发展迈上新台阶。", "新时代，新征程，r&d投入再创新高。", "economy and economics; Economist."],
        ["经济", "发展", "20241年的数字与2024相邻", "cafés are not café, but CAFÉ is."],
        ["知识产权" + "保护与发展。" * 3000],  # past PostgreSQL's positions: kept without them
        ["新质，质生产力", "新质生产力", "商标与专利并重的企业"],
    ]
    articles = [Article([Block(PARAGRAPH, t) for t in paragraphs], headline=f"第{i}篇")
                for i, paragraphs in enumerate(texts, 1)]
    return ParsedIssue(IssueInfo("检索测试报", dt.date(2025, 1, 2)),
                       [ParsedPage(PageInfo(2, "经济"), articles, complete=False)], source="extra", importer="test")


@pytest.fixture
def both(tmp_path, server_url):
    from baoku.core.store.server import ServerArchive

    issues = [*parsed(SAMPLE_DIR / "000_a63266adadd608e6.txt"), *parsed(feed(tmp_path / "in")), continued_issue(),
              extra_issue()]
    with Archive(tmp_path / "embedded.db") as embedded, ServerArchive(server_url) as server:
        for archive in (embedded, server):
            for issue in issues:
                assert archive.save_issue(issue).outcome == "imported"
        with SearchIndex(embedded) as index:
            index.sync()
            yield index, server


def embedded_ids(index: SearchIndex, query: str) -> list[int]:
    result = index.search(query, sort="date", limit=0, facets=False)
    found = set(result.ids) | {i for copies in result.copies.values() for i in copies}
    assert len(found) == result.total
    return sorted(found)


def test_the_server_finds_exactly_what_the_embedded_archive_finds(both):
    from baoku.core.search.servermatch import search_ids

    index, server = both
    differ = {q: (embedded_ids(index, q), search_ids(server, q)) for q in QUERIES}
    differ = {q: pair for q, pair in differ.items() if pair[0] != pair[1]}
    assert not differ
    found = {q: len(search_ids(server, q)) for q in QUERIES}
    assert found["知识产权"] > 3 and found["新质生产力"] >= 1 and found["，"] > 3  # the list is no list of misses
    assert found["知识产权"] == found["知識產權"] and found["2024"] > found["202"] == 0


def test_a_long_article_is_found_whole(both):
    from baoku.core.search.server import GRAMS, sync
    from baoku.core.search.servermatch import search_ids

    index, server = both
    assert sync(server) == len(server.article_ids()) and sync(server) == 0
    long_id = next(i for i in server.article_ids() if len(server.article(i).article.text()) > 16000)
    assert server.conn.execute(f"SELECT length(g) > 0 AND strip(g)::text = g::text FROM (SELECT {GRAMS} AS g "
                               "FROM article_search s WHERE article_id = %s) t", [long_id]).fetchone()[0]  # every token, no positions
    assert long_id in search_ids(server, "与发展。保护") == embedded_ids(index, "与发展。保护")


def test_search_rows_follow_a_changed_article(both):
    from baoku.core.search.server import pending
    from baoku.core.search.servermatch import search_ids

    index, server = both
    target = search_ids(server, "商标与专利")[0]
    with server.transaction() as conn:
        conn.execute("UPDATE article SET blocks = %s, content_hash = 'changed' WHERE id = %s",
                     ['[["paragraph", "改过的文字"]]', target])
    assert pending(server) == [target]
    assert search_ids(server, "商标与专利") == [] and search_ids(server, "改过的文字") == [target]
    assert pending(server) == []


def test_a_letter_has_a_token_of_its_own_only_where_no_pair_starts_with_it():
    from baoku.core.search.server import CHAR, grams

    lexemes = set(grams(("好人。人说：好", "他")).split(" "))
    assert {"好人", "人说", CHAR + "他"} <= lexemes  # 他 stands alone in its column: no pair holds it
    assert CHAR + "好" not in lexemes and CHAR + "人" not in lexemes  # 好人 and 人说 start with them
    assert CHAR + "说" in lexemes  # 说 only ends runs


def test_letters_that_only_end_runs_are_found_as_on_the_embedded_archive(both):
    from baoku.core.search.servermatch import search_ids, token_query
    from baoku.core.search.query import parse_query

    index, server = both
    issue = ParsedIssue(IssueInfo("检索测试报", dt.date(2025, 1, 3)), [ParsedPage(PageInfo(3, "副刊"), [
        Article([Block(PARAGRAPH, "他说：好。")], headline="说", source="刘"),
        Article([Block(PARAGRAPH, "说好了的事")], headline="好说", source="刘一"),
    ])], source="letters", importer="test")
    server.save_issue(issue)
    index.archive.save_issue(issue)
    index.sync()
    for q in ("好", "说", "他", "刘", "来源:刘", "说 -好了", "好 OR 刘", "来源:刘 说好"):
        assert token_query(parse_query(q)) is not None  # decided by the tokens alone, no text read
        assert search_ids(server, q) == embedded_ids(index, q) != [], q
