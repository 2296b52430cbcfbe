"""A block's packed postings sent by COPY as the client packs them (search.server.postings_copy,
issue-48e) are row for row, in the same order, what the server packed before from each article's
words and weights (its statement is kept here as the reference), on varied text: Han, traditional,
Latin with accents, digits, mixed, punctuation, repeated words and long articles."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from baoku.core.model import PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage

# The statement that packed a batch's postings on the server until issue-48e.
_REFERENCE = ("INSERT INTO ref (field, word, block, ids, weights) "
              "SELECT f, w, %s, array_agg(i), array_agg(x) FROM ("
              "SELECT a.f, u.w COLLATE \"C\" AS w, a.i, u.x "
              "FROM unnest(%s::bigint[], %s::int[], %s::text[], %s::text[]) a(i, f, ws, xs), "
              "unnest(string_to_array(a.ws, ' '), string_to_array(a.xs, ' ')::real[]) u(w, x) "
              "ORDER BY 1, 2, 3) p GROUP BY f, w ORDER BY f, w")

_PIECES = ["中华人民共和国", "知识产权", "农民工", "经济发展", "香港特別行政區", "臺灣經濟", "的", "。", "，", "“", "”",
           " ", "Café", "économie", "R&D", "COVID-19", "2023年", "3.5%", "１２３", "新质生产力", "中国", "記者",
           "GDP", "5G", "x", "Ω", "ß", "第十四个五年规划", "…", "\n"]


def _reference_lists(made) -> tuple[list, list, list, list]:
    """Each article's ranked fields as the reference statement took them: ids, fields, and the
    words and weights each space-separated."""
    ids, fields, words, weights = [], [], [], []
    for row, by_field in made:
        for f, ws in by_field.items():
            if ws:
                ids.append(row[0])
                fields.append(f)
                words.append(" ".join(ws))
                weights.append(" ".join(repr(x) for x in ws.values()))
    return ids, fields, words, weights


def _issue() -> ParsedIssue:
    rnd = random.Random(48)
    texts = ["经济 经济 经济，发展。", "香港知识产权保护。" * 60, "Café économie 2023年 r&d投入。", "臺灣經濟與大陸經濟。"]
    texts += ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 200))) for _ in range(40)]
    articles = [Article([Block(PARAGRAPH, t)], headline=t[:rnd.randint(0, 6)], source="新华社") for t in texts]
    return ParsedIssue(IssueInfo("行成本报", dt.date(2025, 4, 1)), [ParsedPage(PageInfo(1, "要闻"), articles)],
                       source="copy-1", importer="test")


def test_the_clients_copy_holds_the_rows_the_server_packed_in_the_same_order(server_url, monkeypatch):
    from baoku.core.search import server
    from baoku.core.search.server import postings_copy, search_row, sync
    from baoku.core.store.server import ServerArchive

    with ServerArchive(server_url) as archive:
        archive.save_issue(_issue())
        made = [search_row(r) for r in archive.index_rows(archive.article_ids())]
        conn = archive.conn
        conn.execute("CREATE TEMP TABLE ref (LIKE search_word)")
        conn.execute("CREATE TEMP TABLE got (LIKE search_word)")
        conn.execute(_REFERENCE, [7, *_reference_lists(made)])
        with conn.cursor().copy("COPY got (field, word, block, ids, weights) FROM STDIN") as copy:
            copy.write(postings_copy(made, 7))
        read = "SELECT field, word, block, ids, weights FROM {} ORDER BY ctid"  # as written
        ref, got = conn.execute(read.format("ref")).fetchall(), conn.execute(read.format("got")).fetchall()
        assert len(ref) > 200 and got == ref
        assert {w.isascii() for _, w, *_ in got} == {True, False}  # Latin and digits, and Han
        text = postings_copy(made, 7)
        monkeypatch.setattr(server, "_NUMPY_WORD", 0)  # the words sorted by Python's sort: the same text
        assert postings_copy(made, 7) == text
        monkeypatch.undo()
        assert sync(archive) == len(made)  # and a build writes the same rows
        built = conn.execute("SELECT field, word, ids, weights FROM search_word ORDER BY ctid").fetchall()
        assert built == [(f, w, i, x) for f, w, _, i, x in ref]


def test_a_word_copy_would_have_to_escape_or_a_weight_too_large_is_refused():
    from baoku.core.search.server import EXACT_WEIGHTS, postings_copy

    assert postings_copy([((1,), {0: {}})], 5) == ""
    assert postings_copy([((1,), {0: {"中国": 0.5}}), ((2,), {0: {"中国": 1.0, "a": 2.0}})], 5) == \
        "0\ta\t5\t{2}\t{2.0}\n0\t中国\t5\t{1,2}\t{0.5,1.0}\n"
    long = "supercalifragilisticexpialidocious" * 3  # wider than numpy's array of a batch's words takes
    assert postings_copy([((1,), {0: {"中国": 0.5, long: 0.25}}), ((2,), {0: {"b": 1.0, "a": 2.0}})], 5) == \
        f"0\ta\t5\t{{2}}\t{{2.0}}\n0\tb\t5\t{{2}}\t{{1.0}}\n0\t{long}\t5\t{{1}}\t{{0.25}}\n0\t中国\t5\t{{1}}\t{{0.5}}\n"
    for word in ("a\tb", "a\\b", "a\nb"):
        with pytest.raises(ValueError):
            postings_copy([((1,), {0: {word: 1.0}})], 5)
    with pytest.raises(ValueError):
        postings_copy([((1,), {0: {"中国": EXACT_WEIGHTS}})], 5)


def test_a_batchs_rows_go_by_copy_exactly_tabs_backslashes_and_newlines_too(server_url):
    """article_search's rows are written by COPY since issue-48e: each column as search_row made it,
    and the rows counted once (search_count's statement trigger)."""
    import json

    from baoku.core.search.server import SEARCH_ROWS, search_row, sync
    from baoku.core.store.server import ServerArchive

    texts = ["路径 C:\\新建\\报\\n 不是换行。", "一\t二\t三，\\t 字面。", "第一行。\n第二行\r\n第三行。", "“引号” '单' \"双\" {x} [y] ,;"]
    articles = [Article([Block(PARAGRAPH, t), Block(PARAGRAPH, t[::-1])], headline=t[:3], source="新\\华社") for t in texts]
    issue = ParsedIssue(IssueInfo("行成本报", dt.date(2025, 4, 2)), [ParsedPage(PageInfo(1, "要\t闻"), articles)],
                        source="copy-2", importer="test")
    with ServerArchive(server_url) as archive:
        archive.save_issue(issue)
        want = {r[0]: r for r, _ in (search_row(x) for x in archive.index_rows(archive.article_ids()))}
        assert sync(archive) == 4
        got = archive.conn.execute("SELECT article_id, content_hash, title, blocks, meta, lexemes, fields, made "
                                   "FROM article_search ORDER BY article_id").fetchall()
        assert [(*g[:6], g[6], g[7]) for g in got] == [(*want[g[0]][:6], json.loads(want[g[0]][6]), want[g[0]][7])
                                                        for g in got]
        assert any("\\" in g[3] for g in got) and any("\t" in g[3] or "\n" in g[3] for g in got)
        assert archive.conn.execute(f"SELECT {SEARCH_ROWS}").fetchone()[0] == 4
