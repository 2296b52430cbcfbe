"""The reprinted articles a server archive keeps (store.server.reprints): every article whose
content hash another article has too, kept by triggers through imports, edits, deletions, restores
and two imports at once, and counted by a first page's distinct texts (search.serverpage)."""

from __future__ import annotations

import datetime as dt
import threading

from baoku.core.model import PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage


def _issue(paper: str, day: int, articles: list[tuple]) -> ParsedIssue:
    made = [Article([Block(PARAGRAPH, body)], headline=head, source=(source or [""])[0])
            for head, body, *source in articles]
    return ParsedIssue(IssueInfo(paper, dt.date(2025, 5, day)), [ParsedPage(PageInfo(1, "要闻"), made)],
                       source=f"{paper}-{day}", importer="test")


def _kept(archive) -> list[int]:
    return [r[0] for r in archive.conn.execute("SELECT article_id FROM search_reprint ORDER BY 1")]


def _scratch(archive) -> list[int]:
    from baoku.core.store.server.reprints import FROM_SCRATCH

    return [r[0] for r in archive.conn.execute(FROM_SCRATCH)]


def test_the_reprinted_articles_are_kept_through_imports_edits_deletions_and_restores(server_url):
    from baoku.core.store import trash
    from baoku.core.store.server import ServerArchive

    with ServerArchive(server_url) as archive:
        a1, b, c = archive.save_issue(_issue("甲报", 1, [("稻田", "稻田里的新技术。", "新华社"),
                                                       ("乙", "山区通了公路。", "新华社"),
                                                       ("乙", "山区通了公路。", "本报")])).article_ids
        assert _kept(archive) == [] == _scratch(archive)  # same heads and body, another source: other texts
        a2, = archive.save_issue(_issue("乙报", 2, [("稻田", "稻田里的新技术。", "新华社")])).article_ids
        assert _kept(archive) == [a1, a2] == _scratch(archive)
        archive.update_article(c, source="新华社")  # now a copy of b
        assert _kept(archive) == sorted([a1, a2, b, c]) == _scratch(archive)
        archive.update_article(a2, source="本报")  # no longer a copy of a1
        assert _kept(archive) == sorted([b, c]) == _scratch(archive)
        archive.update_article(b, genre="消息")  # a change of b's text (its metadata): c alone again
        assert _kept(archive) == [] == _scratch(archive)
        archive.update_article(c, genre="消息")
        assert _kept(archive) == sorted([b, c]) == _scratch(archive)
        trash.delete(archive, "article", [b])
        assert _kept(archive) == [] == _scratch(archive)
        trash.restore(archive, [e.id for e in trash.entries(archive)])
        assert _kept(archive) == sorted([b, c]) == _scratch(archive)


def test_an_edit_and_an_import_making_one_text_at_once_both_count_it_reprinted(server_url):
    """An archivist's edit makes an article a copy of a text while another's import stores that
    text: each transaction sees only what the other committed, so without the lock on the hash
    each found no other copy and neither was kept as reprinted. (Two imports never race so: the
    filing lock runs them one after the other.)"""
    from baoku.core.store.server import ServerArchive

    with ServerArchive(server_url) as first, ServerArchive(server_url) as second:
        y, = first.save_issue(_issue("甲报", 1, [("同题", "同一篇通稿的正文。", "本报")])).article_ids
        stored: dict[str, list[int]] = {}
        inside = threading.Event()

        def later() -> None:
            inside.wait(10)
            stored["ids"] = second.save_issue(_issue("乙报", 2, [("同题", "同一篇通稿的正文。", "新华社")])).article_ids

        thread = threading.Thread(target=later)
        thread.start()
        with first.transaction():
            first.update_article(y, source="新华社")  # y becomes the text the import stores
            inside.set()
            thread.join(1.0)  # the import waits for this commit (without the lock it stored, missing y)
        thread.join(20)
        assert not thread.is_alive()
        assert _kept(first) == sorted([y, *stored["ids"]]) == _scratch(first)


def test_an_archive_made_before_is_given_its_reprinted_articles(server_url, monkeypatch):
    from baoku.core.store.server import ServerArchive, schema

    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", [x for x in schema.MIGRATIONS if x[0] < 22])
        m.setattr(schema, "SCHEMA_VERSION", 21)
        with ServerArchive(server_url) as old:
            old.save_issue(_issue("甲报", 1, [("稻田", "稻田里的新技术。"), ("乙", "山区通了公路。")]))
            old.save_issue(_issue("乙报", 2, [("稻田", "稻田里的新技术。")]))
            assert old.conn.execute("SELECT to_regclass('search_reprint')").fetchone()[0] is None
    with ServerArchive(server_url) as archive:
        assert len(_kept(archive)) == 2 and _kept(archive) == _scratch(archive)


def test_a_first_page_counts_distinct_texts_from_the_reprinted_articles(server_url):
    """The distinct texts of a first page (counted on the server from the reprinted articles'
    hashes alone) are the whole search's (every match's hash grouped on the client)."""
    from baoku.core.search.server import sync
    from baoku.core.search.serversearch import ServerSearch
    from baoku.core.store.server import ServerArchive

    with ServerArchive(server_url) as archive:
        texts = [(f"题{n}", f"第{n}篇谈经济。") for n in range(12)]
        archive.save_issue(_issue("甲报", 1, texts))
        archive.save_issue(_issue("乙报", 2, texts[:5]))
        archive.save_issue(_issue("丙报", 3, texts[:2] + [("另题", "第0篇谈经济。")]))
        sync(archive)
        search = ServerSearch(archive)
        for query in ("经济", "第0篇", "经济 报名:乙报", "谈经济 -第1篇"):
            page = search.search(query, limit=3, facets=False, all_ids=False)
            whole = search.search(query, limit=3, facets=False, all_ids=True)
            assert (page.total, page.distinct) == (whole.total, whole.distinct), query
        assert (page.total, page.distinct) != (0, 0)
        first = search.search("经济", limit=3, facets=False, all_ids=False)
        assert (first.total, first.distinct) == (20, 13)



def test_storing_finds_copies_by_the_hash_index_in_a_young_archive(server_url):
    """Each page's statement looks up its articles' copies by their content hashes. In an archive
    autovacuum had not analysed yet, the planner took a hash for a dozen rows and read the whole
    article table for every page stored (0.27 ms of the server's CPU an article at 2,000, growing
    with the archive); the trigger's statements (their plans read here as auto_explain's notices)
    find them by the hash index now, and still find them."""
    from baoku.core.store.server import ServerArchive

    with ServerArchive(server_url) as archive:
        archive.conn.execute("ALTER TABLE article SET (autovacuum_enabled = off)")  # young: never analysed
        for day in range(1, 4):
            archive.save_issue(_issue("甲报", day, [(f"题{day}-{i}", f"第{day}天的第{i}篇。") for i in range(200)]))
        plans: list[str] = []
        archive.conn.add_notice_handler(lambda d: plans.append(d.message_primary or ""))
        for setting in ("LOAD 'auto_explain'", "SET auto_explain.log_min_duration = 0",
                        "SET auto_explain.log_nested_statements = on", "SET auto_explain.log_level = notice"):
            archive.conn.execute(setting)
        page = [("题1-7", "第1天的第7篇。")] + [(f"新{i}", f"新的第{i}篇。") for i in range(30)]  # a page of 31
        ids = archive.save_issue(_issue("乙报", 9, page)).article_ids
        archive.conn.execute("SET auto_explain.log_min_duration = -1")
        reprints = [p for p in plans if "INSERT INTO search_reprint" in p]
        assert reprints and not [p for p in reprints if "Seq Scan on article" in p], reprints
        assert ids[0] in _kept(archive) and _kept(archive) == _scratch(archive) and len(_kept(archive)) == 2
