"""The store: schema, pragmas, idempotent imports, one transaction an issue (the tests taking
`any_archive` run on the embedded archive and on a server's)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from baoku.core.errors import ArchiveUnavailable, NotFound
from baoku.core.importing.pagetext import parse_page_text
from baoku.core.model import IssueInfo, PageInfo, ParsedIssue
from baoku.core.store import SCHEMA_VERSION, Archive
from baoku.core.store.schema import migrations

from .conftest import SAMPLE_PAGE, file_digest

INFO = IssueInfo("泉州晚报", dt.date(2024, 9, 11), place="泉州", frequency="daily")


def sample_issue(text: str, info: IssueInfo = INFO, page: PageInfo = SAMPLE_PAGE) -> ParsedIssue:
    return ParsedIssue(info=info, pages=[parse_page_text(text, page)], source="sample.txt",
                       source_hash="abc", importer="page-text")


def held(archive) -> dict:
    """What an archive's stats say it holds (a server's database keeps the room a rolled-back
    transaction took, so its size is left out)."""
    return {k: v for k, v in archive.stats().items() if k != "file_bytes"}


def test_new_archive_has_schema_wal_and_foreign_keys(archive):
    assert archive.schema_version == SCHEMA_VERSION == len(migrations._migrations)
    assert archive.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert archive.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"publication", "issue", "page", "article", "contributor", "photo",
            "import_batch"} <= set(archive.db.table_names())


def test_foreign_keys_are_enforced(archive):
    with pytest.raises(sqlite3.IntegrityError):
        with archive.transaction() as db:
            db.execute("INSERT INTO issue (publication_id, date) VALUES (999, '2024-01-01')")


def test_save_and_read_back(any_archive, sample_text):
    archive = any_archive  # either kind: these hold on a server archive too
    result = archive.save_issue(sample_issue(sample_text))
    assert result.outcome == "imported" and len(result.article_ids) == 6
    rec = archive.article(result.article_ids[1])
    assert rec.article.genre == "圆桌"
    assert rec.source_line() == "泉州晚报 2024年9月11日 第5版 民企会客厅"
    assert rec.content_hash == rec.article.content_hash()
    assert rec.article.photos[0].credit == "郭剑平"
    assert archive.stats()["articles"] == 6
    batch = archive.batches()[0]
    assert batch["outcome"] == "imported" and batch["articles_added"] == 6
    assert "joined line 42" in batch["log"]
    pubs = archive.publications()
    assert pubs[0]["name"] == "泉州晚报" and pubs[0]["place"] == "泉州" and pubs[0]["issues"] == 1


def test_same_material_twice_changes_nothing_and_says_so(any_archive, sample_text):
    archive = any_archive  # either kind: these hold on a server archive too
    archive.save_issue(sample_issue(sample_text))
    before = archive.stats()
    again = archive.save_issue(sample_issue(sample_text))
    assert again.outcome == "duplicate" and again.article_ids == []
    assert "already in the archive" in again.message and "nothing changed" in again.message
    assert archive.stats() == before


def test_same_page_with_other_content_is_a_conflict_unless_replace(any_archive, sample_text):
    archive = any_archive  # either kind: these hold on a server archive too
    archive.save_issue(sample_issue(sample_text))
    edited = sample_text.replace("记者手记", "编者按")
    before = archive.stats()
    refused = archive.save_issue(sample_issue(edited))
    assert refused.outcome == "refused" and [r.reason for r in refused.refused] == ["conflict"]
    assert "--replace" in refused.refused[0].message()
    assert archive.stats() == before
    result = archive.save_issue(sample_issue(edited), replace=True)
    assert result.outcome == "imported"
    assert archive.stats()["articles"] == 6
    assert archive.stats()["pages"] == 1


def test_ids_are_stable_and_never_reused(any_archive, sample_text):
    archive = any_archive  # either kind: these hold on a server archive too
    first = archive.save_issue(sample_issue(sample_text)).article_ids
    second = archive.save_issue(sample_issue(sample_text.replace("记者手记", "编者按")), replace=True).article_ids
    assert min(second) > max(first)
    with pytest.raises(NotFound):
        archive.article(first[0])


def test_a_failing_issue_writes_nothing(any_archive, sample_text, monkeypatch):
    archive = any_archive  # either kind: these hold on a server archive too
    archive.save_issue(sample_issue(sample_text))
    before = held(archive)
    other = sample_issue(sample_text, IssueInfo("泉州晚报", dt.date(2024, 9, 12)))
    # a server stores a page's articles in one statement (_insert_articles): it fails at the
    # first, after the issue, its batch and its page were written; a file fails at the fourth article
    name = "_insert_articles" if hasattr(type(archive), "_insert_articles") else "_insert_article"
    original = getattr(type(archive), name)
    calls = {"n": 0}

    def boom(self, *a, **k):
        calls["n"] += 1
        if calls["n"] == (1 if name == "_insert_articles" else 4):
            raise sqlite3.OperationalError("database or disk is full")
        return original(self, *a, **k)

    monkeypatch.setattr(type(archive), name, boom)
    with pytest.raises(sqlite3.OperationalError):
        archive.save_issue(other, duplicates=True)
    assert held(archive) == before


def test_opening_an_up_to_date_archive_writes_nothing(archive_path, sample_text):
    with Archive(archive_path) as a:
        a.save_issue(sample_issue(sample_text))
    digest = file_digest(archive_path)
    with Archive(archive_path) as a:
        a.stats()
        a.article_rows()
    assert file_digest(archive_path) == digest


def test_not_an_archive_is_a_clear_error(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ArchiveUnavailable, match="cannot be opened as a Baoku archive"):
        Archive(junk)
    with pytest.raises(ArchiveUnavailable, match="folder"):
        Archive(tmp_path)


def test_articles_listed_in_print_order(any_archive, sample_text):
    archive = any_archive  # either kind: these hold on a server archive too
    archive.save_issue(sample_issue(sample_text))
    archive.save_issue(sample_issue(sample_text, page=PageInfo(1, "要闻")), duplicates=True)
    rows = archive.article_rows()
    assert [r["page"] for r in rows] == [1] * 6 + [5] * 6
    assert [r["seq"] for r in rows[:6]] == list(range(1, 7))
    assert len(archive.article_rows(date="2024-09")) == 12
    assert archive.issues()[0]["pages"] == 2


def test_an_archive_from_every_earlier_schema_version_upgrades(tmp_path, sample_text):
    from sqlite_utils import Database

    names = [m.name for m in migrations._migrations]
    for i, stop in enumerate(names[1:], 1):
        path = tmp_path / f"v{i}.db"
        db = Database(path)
        migrations.apply(db, stop_before=stop)
        assert db.execute("PRAGMA user_version").fetchone()[0] == i
        db.close()
        with Archive(path) as a:
            assert a.schema_version == SCHEMA_VERSION
            assert a.save_issue(sample_issue(sample_text)).outcome == "imported"


def test_refile_moves_an_article_and_loses_nothing(archive, sample_text):
    from baoku.core.errors import ValidationError

    ids = archive.save_issue(sample_issue(sample_text)).article_ids
    before = archive.article(ids[-1])
    raw_query = "SELECT raw_text FROM page WHERE id = ?"
    raw_before = archive.db.execute(raw_query, [before.page_id]).fetchone()[0]
    assert raw_before
    for bad in (dict(date="2024-02-30"), dict(page=0), dict(page="五")):
        with pytest.raises(ValidationError):
            archive.refile_article(ids[-1], **bad)
    assert archive.article(ids[-1]).page_id == before.page_id
    moved = archive.refile_article(ids[-1], date="2024-09-12", page=7, page_name="评论")
    assert (moved.date, moved.page_number, moved.page_name) == (dt.date(2024, 9, 12), 7, "评论")
    assert moved.content_hash == before.content_hash and moved.article.text() == before.article.text()
    # the page it left keeps its source text
    assert archive.db.execute(raw_query, [before.page_id]).fetchone()[0] == raw_before
    assert archive.db.execute("SELECT COUNT(*) FROM search_dirty WHERE article_id = ?", [ids[-1]]).fetchone()[0]
    back = archive.refile_article(ids[-1], date="2024-09-11", page=5)
    assert back.page_id == before.page_id and back.seq == 6  # back on its page, after the other five


@pytest.mark.parametrize("version", [1, 2, 3])
def test_every_earlier_schema_is_backed_up_then_migrated(tmp_path, sample_text, version):
    from sqlite_utils import Database

    names = [m.name for m in migrations._migrations]
    path = tmp_path / "old.db"
    old = Database(str(path))
    migrations.apply(old, stop_before=names[version])  # an archive as version `version` left it
    assert old.execute("PRAGMA user_version").fetchone()[0] == version
    pub = old["publication"].insert({"name": "泉州晚报"}).last_pk
    issue = old["issue"].insert({"publication_id": pub, "date": "2024-09-11", "number": "", "edition": ""}).last_pk
    batch = old["import_batch"].insert({"started_at": "t", "finished_at": "t", "source": "s",
                                        "source_hash": "h", "importer": "page-text", "outcome": "imported",
                                        "pages_added": 1, "articles_added": 1, "log": "[]"}).last_pk
    page = old["page"].insert({"issue_id": issue, "number": 5, "batch_id": batch}).last_pk
    old["article"].insert({"page_id": page, "seq": 1, "headline": "旧档案里的文章", "blocks": '[["paragraph", "正文"]]',
                           "content_hash": "x", "batch_id": batch, "created_at": "t", "updated_at": "t"})
    old.conn.commit()
    old.close()
    with Archive(path) as a:
        assert a.schema_version == SCHEMA_VERSION
        assert a.article(1).article.headline == "旧档案里的文章"
        from baoku.core.search.index import SearchIndex

        with SearchIndex(a) as index:
            assert index.search("旧档案").total == 1
    kept = list(tmp_path.glob(f"old.before-schema-{SCHEMA_VERSION}-*.db"))
    assert len(kept) == 1
    with sqlite3.connect(str(kept[0])) as k:  # the archive as it was before the migration
        assert k.execute("PRAGMA user_version").fetchone()[0] == version
        assert k.execute("SELECT headline FROM article").fetchall() == [("旧档案里的文章",)]


def test_a_newer_archive_is_refused(tmp_path):
    path = tmp_path / "new.db"
    with sqlite3.connect(str(path)) as c:
        c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(ArchiveUnavailable, match="newer Baoku"):
        Archive(path)


def test_a_read_only_archive_reads_and_searches_and_refuses_writes(tmp_path, sample_text):
    from baoku.core.search.index import SearchIndex

    path = tmp_path / "a.db"
    with Archive(path) as a:
        ids = a.save_issue(sample_issue(sample_text)).article_ids
        with SearchIndex(a) as index:
            index.sync()
    digest = file_digest(path)
    with Archive(path, read_only=True) as ro:
        assert ro.read_only and ro.stats()["articles"] == 6
        assert ro.article(ids[1]).article.headline
        with SearchIndex(ro) as index:
            assert index.search("知识产权").total == 4
        with pytest.raises(ArchiveUnavailable, match="read-only"):
            ro.update_article(ids[1], headline="改不了")
        with pytest.raises(ArchiveUnavailable, match="read-only"):
            ro.save_issue(sample_issue(sample_text, IssueInfo("泉州晚报", dt.date(2024, 9, 12))))
    assert file_digest(path) == digest


def test_an_import_computes_each_articles_content_hash_once(archive, sample_text, monkeypatch):
    """The plan computes each incoming article's hash once and carries it to the insert (it was
    computed four times: plan, evidence, re-import check, insert)."""
    from collections import Counter

    from baoku.core.model import Article

    computed: Counter = Counter()
    original = Article.content_hash

    def counted(self):
        computed[id(self)] += 1
        return original(self)

    monkeypatch.setattr(Article, "content_hash", counted)
    first = sample_issue(sample_text)
    archive.save_issue(first)
    again = sample_issue(sample_text, IssueInfo("泉州晚报", dt.date(2024, 9, 12)))  # weighed as a re-import
    refused = archive.save_issue(again)
    assert refused.outcome == "refused"
    for issue in (first, again):
        articles = [a for p in issue.pages for a in p.articles]
        assert articles and [computed[id(a)] for a in articles] == [1] * len(articles)
    stored = [r[0] for r in archive.db.execute("SELECT content_hash FROM article ORDER BY id")]
    assert stored == [original(a) for a in first.pages[0].articles]


def test_the_record_of_what_is_indexed_is_counted_from_a_narrow_index(tmp_path):
    """Every command's first check counts search_state: from an index of its key alone, not over
    the table's rows with their content hashes (30 ms at a million articles, against 4)."""
    with Archive(tmp_path / "a.db") as archive:
        plan = archive.conn.execute("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM search_state").fetchall()
        assert "COVERING INDEX idx_search_state_count" in plan[0][-1]
