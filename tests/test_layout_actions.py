"""A layout block moved as the application does it (core/app/actions/layout.py): one step of the
window's undo history, undone and redone whole; the command line's `baoku pages blocks` and
`baoku pages move-block`; a page's layout going to the trash and back with it (each on an archive
file and on a server archive); and an archive from before layout blocks (schema 12) migrated to
schema 13."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from baoku.cli import main
from baoku.core.app import Library
from baoku.core.app.actions import layout
from baoku.core.model import (HEADLINE, PARAGRAPH, Article, Block, IssueInfo, LayoutBlock, PageInfo, PageScan,
                              ParsedIssue, ParsedPage, ScanLine)
from baoku.core.store import SCHEMA_VERSION, Archive, history, trash
from baoku.core.store.layoutedits import edits, page_blocks
from baoku.core.store.schema import migrations

TABLES = ("article", "scan_line", "layout_block", "layout_edit")


def rows(archive) -> dict:
    return {t: [tuple(r) for r in archive._sql(f"SELECT * FROM {t} ORDER BY 1").fetchall()] for t in TABLES}


def _page() -> ParsedPage:
    """Two stories, each a headline block over a text block."""
    arts = [Article(blocks=[Block(HEADLINE, "农民丰收节在全市举行"), Block(PARAGRAPH, "本报讯昨天农民丰收节隆重举行。")],
                    headline="农民丰收节在全市举行"),
            Article(blocks=[Block(HEADLINE, "秋粮收购开始"), Block(PARAGRAPH, "秋粮收购今起开始。")],
                    headline="秋粮收购开始")]
    lines = [ScanLine("农民丰收节在全市举行", (0, 0, 500, 40), 0.99, article=0, block=0),
             ScanLine("本报讯昨天农民丰收节隆重举行。", (0, 60, 500, 90), 0.95, article=0, block=1),
             ScanLine("秋粮收购开始", (0, 200, 300, 240), 0.99, article=1, block=2),
             ScanLine("秋粮收购今起开始。", (0, 260, 300, 290), 0.97, article=1, block=3)]
    blocks = [LayoutBlock("title", (0, 0, 500, 40), 0), LayoutBlock("text", (0, 60, 500, 90), 0),
              LayoutBlock("title", (0, 200, 300, 240), 1), LayoutBlock("text", (0, 260, 300, 290), 1)]
    return ParsedPage(PageInfo(1), arts, scan=PageScan(b"\x89PNG fake page", "image/png", 0, 600, 400, lines,
                                                       blocks=blocks))


@pytest.fixture
def lib(tmp_path, backend, request):
    """The page stored in an archive file, or (`backend`) in a server archive with an image store."""
    if backend == "sqlite":
        where = tmp_path / "a.db"
    else:
        from baoku.core.address import ServerAddress
        from baoku.core.store.server import ServerArchive

        where = ServerAddress(request.getfixturevalue("server_url"))
        (tmp_path / "nas").mkdir()
        with ServerArchive(where) as server:
            server.set_image_store(tmp_path / "nas")
    with Library(where) as lib:
        lib.archive.save_issue(ParsedIssue(IssueInfo("晋江日报", dt.date(1998, 5, 4)), [_page()], source="t",
                                           source_hash="t", importer="scan"))
        yield lib


def _blocks(archive) -> list[dict]:
    page_id = archive._sql("SELECT id FROM page").fetchone()[0]
    return page_blocks(archive, page_id)


def test_a_block_moved_in_the_window_is_one_step_undone_and_redone_whole(lib):
    archive = lib.archive
    before = rows(archive)
    title1, text1, title2, text2 = _blocks(archive)
    done = layout.move_block(lib, text1["id"], title2["id"], "编辑", record=True)
    assert sorted(done.value) == [1, 2] and done.changes.ids == {1, 2}
    assert archive.article(2).article.text().split("\n")[:2] == ["秋粮收购开始", "本报讯昨天农民丰收节隆重举行。"]
    assert [b["id"] for b in _blocks(archive)] == [title1["id"], title2["id"], text1["id"], text2["id"]]
    step = history.next_steps(archive)[0]
    assert (step.action, step.label) == ("move_block", "秋粮收购开始")  # named by the article it went to
    moved = rows(archive)
    assert len(moved["layout_edit"]) == 1
    undone = history.undo(archive)
    assert rows(archive) == before  # the text, the lines' articles, the reading order and the kept move
    assert "articles" in undone.changes
    history.redo(archive)
    assert rows(archive) == moved


def test_a_block_moved_from_the_command_line_is_no_undo_step(lib, tmp_path, capsys):
    archive = lib.archive
    title1, text1, title2, _ = _blocks(archive)
    page_id = archive._sql("SELECT id FROM page").fetchone()[0]
    db = str(archive.path)
    assert main(["--archive", db, "pages", "blocks", str(page_id), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(b["id"], b["kind"], b["article_id"]) for b in listed] == \
        [(title1["id"], "title", 1), (text1["id"], "text", 1), (title2["id"], "title", 2), (listed[3]["id"], "text", 2)]
    assert main(["--archive", db, "pages", "move-block", str(text1["id"]), "--after", str(title2["id"]),
                 "--by", "tester"]) == 0
    assert "block" in capsys.readouterr().out
    with Library(archive.path) as again_lib:  # another connection: what was committed
        again = again_lib.archive
        assert "本报讯" in again.article(2).article.text() and "本报讯" not in again.article(1).article.text()
        [kept] = edits(again, page_id)
        assert kept["who"] == "tester"
        assert history.next_steps(again) == (None, None)
    assert main(["--archive", db, "pages", "move-block", str(text1["id"]), "--after", str(text1["id"])]) == 1
    capsys.readouterr()
    assert main(["--archive", db, "pages", "blocks", str(page_id + 100)]) == 1  # no such page: not "no blocks"
    assert f"no page with id {page_id + 100}" in capsys.readouterr().err


def test_a_page_and_an_issue_go_to_the_trash_and_come_back_with_their_layout(lib):
    archive = lib.archive
    _, text1, title2, _ = _blocks(archive)
    layout.move_block(lib, text1["id"], title2["id"], "编辑")
    before = rows(archive)
    (t,) = trash.delete(archive, "page", [1]).value
    assert archive._sql("SELECT COUNT(*) FROM layout_block").fetchone()[0] == 0
    assert len(rows(archive)["layout_edit"]) == 1  # kept for the page's place in its issue
    trash.restore(archive, [t])
    assert rows(archive) == before
    (t,) = trash.delete(archive, "issue", [1]).value
    assert rows(archive)["layout_edit"] == []
    trash.restore(archive, [t])
    assert rows(archive) == before


def test_an_archive_at_schema_12_migrates_to_13_and_its_scanned_pages_have_no_blocks_yet(tmp_path):
    from sqlite_utils import Database

    assert [m.name for m in migrations._migrations][12:14] == ["m013_layout_blocks", "m014_search_previous"]
    path = tmp_path / "old.db"
    old = Database(str(path))
    migrations.apply(old, stop_before="m013_layout_blocks")
    assert old.execute("PRAGMA user_version").fetchone()[0] == 12
    pub = old["publication"].insert({"name": "晋江日报"}).last_pk
    issue = old["issue"].insert({"publication_id": pub, "date": "1998-05-04", "number": "", "edition": ""}).last_pk
    page = old["page"].insert({"issue_id": issue, "number": 1}).last_pk
    article = old["article"].insert({"page_id": page, "seq": 1, "headline": "秋粮收购开始",
                                     "blocks": '[["headline", "秋粮收购开始"]]', "content_hash": "x",
                                     "created_at": "t", "updated_at": "t"}).last_pk
    old["page_scan"].insert({"page_id": page, "sha256": "", "width": 600, "height": 400})
    old["scan_line"].insert({"page_id": page, "seq": 1, "article_id": article, "text": "秋粮收购开始",
                             "x0": 0, "y0": 200, "x1": 300, "y1": 240, "confidence": 0.99})
    old.conn.commit()
    old.close()
    with Archive(path) as a:
        assert a.schema_version == SCHEMA_VERSION >= 14
        assert {"layout_block", "layout_edit"} <= set(a.db.table_names())
        [line] = a.scan_lines(page_id=page)
        assert line["block_id"] is None and line["text"] == "秋粮收购开始"
        assert page_blocks(a, page) == [] and edits(a, page) == []
        a.save_issue(ParsedIssue(IssueInfo("晋江日报", dt.date(1998, 5, 5)), [_page()], source="t",
                                 source_hash="t", importer="scan"))  # a page stored now keeps its blocks
        assert len(a.db.execute("SELECT * FROM layout_block").fetchall()) == 4
    [kept] = tmp_path.glob(f"old.before-schema-{SCHEMA_VERSION}-*.db")
    with sqlite3.connect(str(kept)) as k:
        assert k.execute("PRAGMA user_version").fetchone()[0] == 12


def test_the_window_hears_which_page_ocr_is_reading():
    pytest.importorskip("PySide6")
    from baoku.gui.backend import _FileSteps

    heard = []

    class Job:
        def progress(self, done, total, detail=None):
            heard.append((done, total, detail))

        def cancelled(self):
            return False

    steps = _FileSteps(Job(), 2)
    steps.pages("a.tif", 1.5, 4)
    steps.item(None)
    assert heard == [(37, 200, (1.5, 4)), (100, 200, None)]
