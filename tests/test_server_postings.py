"""The packed postings a server archive's search rows write (packed by the server from each
article's words since issue-45e, by the client before) hold exactly the articles that have each
word, in id order with their weights, across blocks, deletions and rows made again."""

from __future__ import annotations

import datetime as dt

from baoku.core.model import PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage


def _issue(day: int, texts: list[str]) -> ParsedIssue:
    articles = [Article([Block(PARAGRAPH, t)], headline=t[:4], source="新华社") for t in texts]
    return ParsedIssue(IssueInfo("行成本报", dt.date(2025, 4, day)), [ParsedPage(PageInfo(1, "要闻"), articles)],
                       source=f"rows-{day}", importer="test")


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
