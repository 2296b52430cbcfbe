"""A photo cut from a scan keeps its box on the page in columns of its own (x0, y0, x1, y1) on an
archive file and on a server, not in its file name; an archive whose photos were named with their
box (figure1@x0,y0,x1,y1.jpg, before) has the box moved into the columns when it is opened, and a
migrate between the two kinds copies it as it is."""

from __future__ import annotations

import copy

from baoku.core.model import Photo
from baoku.core.store import Archive
from baoku.core.store.schema import migrations

from .test_scan_photos_archive import picture_issue


def _rows(archive) -> list[tuple]:
    return [tuple(r) for r in archive.conn.execute("SELECT filename, x0, y0, x1, y1 FROM photo ORDER BY id")]


def _boxes(archive) -> list[tuple]:
    return [(p.filename, p.box) for aid in archive.article_ids() for p in archive.article(aid).article.photos]


def test_a_scans_photo_box_is_a_column_of_its_own_on_a_file_and_on_a_server(tmp_path, server_url):
    """Before, the box was only in the file name (figure1@120,340,560,700.jpg): no column held it."""
    from baoku.core.store.server import ServerArchive

    issue = picture_issue()
    with Archive(tmp_path / "a.db") as archive:
        archive.save_issue(copy.deepcopy(issue))
        [(name, *box)] = _rows(archive)
        assert "@" not in name and name.startswith("figure1.") and None not in box
        assert _boxes(archive) == [(name, tuple(box))]
    store = tmp_path / "images"
    store.mkdir()
    with ServerArchive(server_url) as server:
        server.set_image_store(store)
        server.save_issue(copy.deepcopy(issue))
        assert _rows(server) == [(name, *box)] and _boxes(server) == [(name, tuple(box))]


def _old_file(path) -> None:
    """An archive file at schema 15 (photos' boxes in their names), one scanned photo and one from an agency."""
    from sqlite_utils import Database

    old = Database(str(path))
    migrations.apply(old, stop_before="m016_photo_box")
    pub = old["publication"].insert({"name": "泉州晚报"}).last_pk
    issue = old["issue"].insert({"publication_id": pub, "date": "2024-09-11", "number": "", "edition": ""}).last_pk
    page = old["page"].insert({"issue_id": issue, "number": 5}).last_pk
    art = old["article"].insert({"page_id": page, "seq": 1, "headline": "图片新闻", "blocks": '[["paragraph", "正文"]]',
                                 "content_hash": "x", "created_at": "t", "updated_at": "t"}).last_pk
    for seq, name in ((1, "figure1@12,34,560,700.jpg"), (2, "agency.jpg")):
        old["photo"].insert({"article_id": art, "seq": seq, "caption": "图为", "filename": name, "mime": "image/jpeg"})
    old.conn.commit()
    old.close()


def test_an_older_archive_files_boxes_move_from_the_names_into_the_columns(tmp_path):
    _old_file(tmp_path / "old.db")
    with Archive(tmp_path / "old.db") as archive:
        assert _rows(archive) == [("figure1.jpg", 12, 34, 560, 700), ("agency.jpg", None, None, None, None)]
        assert _boxes(archive) == [("figure1.jpg", (12, 34, 560, 700)), ("agency.jpg", None)]
    # a row put back from what was kept before (a trash entry, an old export) still says where it stood
    assert Photo(filename="figure2@1,2,30,40.png").box == (1, 2, 30, 40)
    assert Photo(filename="figure2.png", box=(5, 6, 70, 80)).box == (5, 6, 70, 80)


def test_an_older_server_archives_boxes_move_from_the_names_into_the_columns(server_url, monkeypatch):
    from baoku.core.store.server import ServerArchive, schema

    from .test_server_store import continued_issue

    issue = continued_issue()
    issue.pages = issue.pages[:1]  # no continuation to join (joining reads the articles, as this Baoku does)
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", [step for step in schema.MIGRATIONS if step[0] < 19])  # before the box columns
        m.setattr(schema, "SCHEMA_VERSION", 18)
        with ServerArchive(server_url) as old:
            old.save_issue(issue)
            aid = old.article_ids()[0]
            with old.conn.transaction():
                for seq, name in ((1, "figure1@12,34,560,700.jpg"), (2, "agency.jpg")):
                    old.conn.execute("INSERT INTO photo (article_id, seq, caption, filename, mime) "
                                     "VALUES (%s, %s, '图为', %s, 'image/jpeg')", [aid, seq, name])
    with ServerArchive(server_url) as archive:
        assert _rows(archive) == [("figure1.jpg", 12, 34, 560, 700), ("agency.jpg", None, None, None, None)]
        assert [b for _, b in _boxes(archive) if b] == [(12, 34, 560, 700)]


def test_a_migrate_copies_the_box_both_ways(tmp_path, server_url):
    from baoku.core.address import ServerAddress
    from baoku.core.store.migration import migrate
    from baoku.core.store.server import ServerArchive

    _old_file(tmp_path / "old.db")
    with Archive(tmp_path / "old.db") as archive:
        before, hashes = _rows(archive), archive.conn.execute("SELECT id, content_hash FROM article").fetchall()
    migrate(tmp_path / "old.db", ServerAddress(server_url))
    with ServerArchive(server_url) as server:
        assert _rows(server) == before
        assert [tuple(r) for r in server.conn.execute("SELECT id, content_hash FROM article")] == hashes
    migrate(ServerAddress(server_url), tmp_path / "back.db")
    with Archive(tmp_path / "back.db") as back:
        assert _rows(back) == before
