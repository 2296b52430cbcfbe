"""A server search while search rows wait to be made (search/server.py): it makes at most
SEARCH_MAKES of them itself, none while another makes rows, and its totals stay exactly the
embedded archive's meanwhile: the pending articles are decided on their stored text as it stands
(a new article with no row, an edited one whose row holds its old text)."""

from __future__ import annotations

import threading

import psycopg
import pytest

from baoku.core.search import server as rows
from baoku.core.search.server import BUILDING_LOCK, pending, sync
from baoku.core.search.servermatch import search_ids
from baoku.core.search.serversearch import ServerSearch

from .test_server_search import QUERIES, both, embedded_ids  # noqa: F401  (both: the fixture)


def count(server) -> int:
    return server.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0]


def test_a_search_makes_at_most_its_share_and_stays_exact(both, monkeypatch):  # noqa: F811
    index, server = both
    backlog = count(server)
    assert backlog > 8  # nothing made yet: every stored article waits for its row
    monkeypatch.setattr(rows, "SEARCH_MAKES", 0)
    differ = {q: pair for q in QUERIES if (pair := (embedded_ids(index, q), search_ids(server, q)))[0] != pair[1]}
    assert not differ and count(server) == backlog  # every article decided on its text, no row made
    result = ServerSearch(server).search("知识产权", limit=5)
    assert result.total == len(embedded_ids(index, "知识产权")) and len(result.hits) == 5
    monkeypatch.setattr(rows, "SEARCH_MAKES", 3)
    assert search_ids(server, "知识产权") == embedded_ids(index, "知识产权")
    assert count(server) == backlog - 3  # three made, the rest decided on their text
    differ = {q: pair for q in QUERIES if (pair := (embedded_ids(index, q), search_ids(server, q)))[0] != pair[1]}
    assert not differ


def test_a_first_page_while_rows_wait_is_the_whole_searchs(both, monkeypatch):  # noqa: F811
    """A first page counted and ranked by the server (search.serverpage) with articles pending,
    half of them with no row and half with a row of another text: the pending ones decided on
    their text, its total, distinct texts and hits are the whole search's, and the embedded
    archive's total."""
    index, server = both
    sync(server)
    ids = server.article_ids()
    with server.transaction():  # half the rows dropped, the other half made from another text
        server.conn.execute("DELETE FROM article_search WHERE article_id = ANY(%s)", [ids[::2]])
        server.conn.execute("UPDATE search_pending SET content_hash = 'x' WHERE article_id = ANY(%s)", [ids[::2]])
        server.conn.execute("INSERT INTO search_pending SELECT id, content_hash FROM article WHERE id = ANY(%s) "
                            "ON CONFLICT DO NOTHING", [ids[1::4]])
    monkeypatch.setattr(rows, "SEARCH_MAKES", 0)
    search = ServerSearch(server)
    for q in ("知识产权", "新质生产力", "来源:新华社", "粮食 OR 专利", "2023年"):
        page = search.search(q, limit=3, facets=False, all_ids=False)
        whole = search.search(q, limit=3, facets=False)
        assert (page.total, page.distinct) == (whole.total, whole.distinct) == \
            (len(embedded_ids(index, q)), index.search(q, limit=3).distinct), q
        assert [(h.id, h.also) for h in page.hits] == [(h.id, h.also) for h in whole.hits], q
    assert count(server) > 0


def test_an_edited_article_is_found_by_its_new_text_before_its_row_is_made(both, monkeypatch):  # noqa: F811
    index, server = both
    sync(server)
    assert count(server) == 0
    monkeypatch.setattr(rows, "SEARCH_MAKES", 0)
    (target,) = [i for i in search_ids(server, "新质生产力") if i in search_ids(server, "商标与专利并重")]
    server.update_article(target, headline="蓦然回首灯火阑珊")
    text = server.article(target).article.blocks_json().replace("商标与专利并重", "鸢飞鱼跃各得其所")
    with server.transaction():
        server.conn.execute("UPDATE article SET blocks = %s, content_hash = md5(%s) WHERE id = %s",
                            [text, text, target])
    assert pending(server) == [target]  # its row still holds the old text
    assert search_ids(server, "鸢飞鱼跃") == [target] and search_ids(server, "灯火阑珊") == [target]
    assert target not in search_ids(server, "商标与专利并重")
    assert target in search_ids(server, "新质生产力")  # what the new text still holds
    assert pending(server) == [target]  # and the searches made nothing
    monkeypatch.setattr(rows, "SEARCH_MAKES", 100)
    assert search_ids(server, "鸢飞鱼跃") == [target] and pending(server) == []


def test_a_search_never_waits_for_another_builder(both, server_url):  # noqa: F811
    index, server = both
    backlog = count(server)
    with psycopg.connect(server_url, autocommit=True) as other, other.transaction():
        other.execute("SELECT pg_advisory_xact_lock(%s)", [BUILDING_LOCK])  # an import making rows
        answered = []
        t = threading.Thread(target=lambda: answered.append(search_ids(server, "知识产权")))
        t.start()
        t.join(timeout=60)
        assert not t.is_alive(), "the search waited for the other builder"
    assert answered == [embedded_ids(index, "知识产权")]
    assert count(server) == backlog  # it made no row itself


def test_two_builders_share_the_backlog_and_make_each_row_once(both, server_url, monkeypatch):  # noqa: F811
    from baoku.core.store.server import ServerArchive

    index, server = both
    backlog = count(server)
    monkeypatch.setattr(rows, "BATCH", 2)  # many batches, so that both take some
    made = []
    with ServerArchive(server_url, create=False) as second:
        threads = [threading.Thread(target=lambda a=a: made.append(sync(a))) for a in (server, second)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert sum(made) == backlog and count(server) == 0
    assert server.conn.execute("SELECT count(*) FROM article_search").fetchone()[0] == backlog
    assert search_ids(server, "知识产权") == embedded_ids(index, "知识产权")


def postings_of(server, article_id: int) -> int:
    """How many postings (search_word's packed entries) hold this article."""
    return server.conn.execute("SELECT count(*) FROM search_word p, unnest(p.ids) i WHERE i = %s",
                               [article_id]).fetchone()[0]


@pytest.mark.parametrize("how", ["row dropped", "article deleted"])
def test_postings_go_with_their_row(both, how):  # noqa: F811
    index, server = both
    sync(server)
    (target, *_) = search_ids(server, "知识产权")
    block = server.conn.execute("SELECT block FROM article_search WHERE article_id = %s", [target]).fetchone()[0]
    others = {i: postings_of(server, i) for (i,) in server.conn.execute(
        "SELECT article_id FROM article_search WHERE block = %s AND article_id <> %s", [block, target])}
    assert postings_of(server, target) > 0 and others  # its block holds other articles' postings too
    with server.transaction() as conn:
        if how == "row dropped":
            conn.execute("DELETE FROM article_search WHERE article_id = %s", [target])
        else:
            server.delete_article(target)
    assert postings_of(server, target) == 0
    assert {i: postings_of(server, i) for i in others} == others  # theirs stay, whole
    assert pending(server) == ([target] if how == "row dropped" else [])


def test_two_drops_in_one_block_at_once_leave_no_posting_behind(both, server_url):  # noqa: F811
    """Two transactions dropping rows of the same block at once (two editors' corrections made
    into rows by two builders): the second waits for the first and then rewrites the block as the
    first left it. Before, it skipped the rows the first had replaced, and its article's postings
    stayed in the replacements."""
    index, server = both
    sync(server)
    blocks = dict(server.conn.execute("SELECT article_id, block FROM article_search").fetchall())
    found = search_ids(server, "知识产权")
    first_id, second_id = [i for i in found if blocks[i] == blocks[found[0]]][:2]
    shared = server.conn.execute("SELECT count(*) FROM search_word WHERE ids @> %s::bigint[]",
                                 [[first_id, second_id]]).fetchone()[0]
    assert shared > 0  # rows both hold: each drop rewrites them
    done = []

    def second():
        with psycopg.connect(server_url) as conn:
            conn.execute("DELETE FROM article_search WHERE article_id = %s", [second_id])
            conn.commit()
        done.append(True)

    with psycopg.connect(server_url) as first, psycopg.connect(server_url, autocommit=True) as watch:
        first.execute("DELETE FROM article_search WHERE article_id = %s", [first_id])
        t = threading.Thread(target=second)
        t.start()
        for _ in range(600):  # until the second waits for the first
            if watch.execute("SELECT count(*) FROM pg_locks WHERE NOT granted").fetchone()[0]:
                break
            t.join(timeout=0.05)
        assert not done, "the second drop did not wait for the first"
        first.commit()
    t.join(timeout=60)
    assert done
    assert postings_of(server, first_id) == 0 and postings_of(server, second_id) == 0
    assert sorted(pending(server)) == sorted([first_id, second_id])


def test_builders_enter_their_rows_into_the_gin_index_one_at_a_time(both, server_url):  # noqa: F811
    """A builder enters its batch's rows into the GIN index only when no other builder, VACUUM or
    ANALYZE is at the table: otherwise the index's pending list ran long (each appending while the
    other merged) and its freed pages stayed in the file (57% of the index at 20,000 articles)."""
    from baoku.core.store.server import ServerArchive

    index, server = both
    backlog = count(server)
    done = []
    with psycopg.connect(server_url) as first, psycopg.connect(server_url, autocommit=True) as watch, \
            ServerArchive(server_url, create=False) as second:
        first.execute("LOCK TABLE article_search IN SHARE UPDATE EXCLUSIVE MODE")  # a builder writing, or a VACUUM
        t = threading.Thread(target=lambda: done.append(sync(second)))
        t.start()
        for _ in range(600):  # until the second builder waits for the first
            if watch.execute("SELECT count(*) FROM pg_locks WHERE relation = 'article_search'::regclass "
                             "AND NOT granted").fetchone()[0]:
                break
            t.join(timeout=0.05)
        assert not done, "the second builder did not wait for the first"
        first.commit()
        t.join(timeout=60)
    assert done == [backlog] and count(server) == 0
    assert search_ids(server, "知识产权") == embedded_ids(index, "知识产权")


def test_a_search_making_rows_never_waits_for_a_vacuum(both, server_url, monkeypatch):  # noqa: F811
    index, server = both
    sync(server)
    monkeypatch.setattr(rows, "_estimated_rows", lambda archive: 10**6)  # a large archive: no VACUUM after
    with server.transaction():  # two rows to make again: a search makes them itself
        server.conn.execute("DELETE FROM article_search WHERE article_id = ANY(%s)", [server.article_ids()[:2]])
    with psycopg.connect(server_url) as other:
        other.execute("LOCK TABLE article_search IN SHARE UPDATE EXCLUSIVE MODE")  # a VACUUM under way
        answered = []
        t = threading.Thread(target=lambda: answered.append(search_ids(server, "知识产权")))
        t.start()
        t.join(timeout=60)
        assert not t.is_alive(), "the search waited for the VACUUM"
    assert answered == [embedded_ids(index, "知识产权")] and count(server) == 0
