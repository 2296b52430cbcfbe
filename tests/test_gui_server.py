"""The real main window on a server archive (pytest-qt, offscreen, the real test server): it opens
and searches, edits, keeps collections, notes and the trash; another user's import appears in it by
itself (LISTEN/NOTIFY); the page view's tools and the backup work there as on a file; File →
连接服务器… never asks for a password."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from baoku.cli import main as cli_main
from baoku.core.address import ServerAddress
from baoku.core.changes import ARTICLES, COLLECTIONS, ISSUES, TRASH
from baoku.core.store import collections
from baoku.core.store.server import ServerArchive
from baoku.gui.connecting import ConnectDialog, address_of, parts_of
from baoku.gui.options import Settings
from baoku.gui.tasks import SyncPool, Tasks
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QLineEdit

from .conftest import SAMPLE_TXT
from .test_gui import sample_dated, tree_labels
from .test_server_backup import rows, second_database

DEADLINE_MS = 10_000


def cli(*argv) -> None:
    assert cli_main([str(a) for a in argv]) == 0


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def stocked(server_url) -> str:
    """A server archive holding the sample page (imported by another program: the command line)."""
    cli("--archive", server_url, "import", SAMPLE_TXT)
    return server_url


def open_window(qtbot, address, settings, tasks=None):
    from baoku.gui.mainwindow import MainWindow

    window = MainWindow(ServerAddress(address), settings=settings, tasks=tasks or Tasks(SyncPool()))
    qtbot.addWidget(window)
    window.show()
    errors = []
    window.messages.show_error = window.session.on_error = errors.append
    window.errors = errors
    qtbot.waitUntil(lambda: window.session.is_open, timeout=DEADLINE_MS)
    return window


@pytest.fixture
def window(qtbot, stocked, settings):
    return open_window(qtbot, stocked, settings)


def headlines(window) -> list[str]:
    return [window.model.data(window.model.index(r, 4)) for r in range(window.model.rowCount())]


def test_the_window_opens_a_server_archive_and_searches_it(window, stocked):
    assert window.session.on_server and isinstance(window.session.path, ServerAddress)
    database = stocked.split("?", 1)[0].rsplit("/", 1)[1]
    user = stocked.split("://", 1)[1].split("@", 1)[0] if "@" in stocked else ""
    title = window.windowTitle()  # as a user knows the archive: never the raw address (issue 52f)
    assert title.startswith(f"{database}（本机的服务器") and (not user or f"用户 {user}" in title), title
    assert "postgresql:" not in title and "host=" not in title and "?" not in title and "/" not in title, title
    window.search.set_query("人工智能")
    assert window.model.rowCount() >= 1 and not window.errors
    with ServerArchive(stocked) as archive:
        found = {archive.article(i).article.headline for i in window.model.ids()}
        assert all("人工智能" in archive.article(i).article.text() for i in window.model.ids())
    assert window.model.rowCount() < 6
    assert found and set(headlines(window)) == found
    assert any("泉州晚报" in t for t in tree_labels(window))


def test_another_users_import_appears_in_the_open_window_by_itself(qtbot, stocked, settings, tmp_path):
    window = open_window(qtbot, stocked, settings, tasks=Tasks())  # real worker threads, as the app runs
    qtbot.waitUntil(lambda: window.session.listener.listening, timeout=DEADLINE_MS)
    qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=DEADLINE_MS)  # the whole list, no query
    dates = tree_labels(window)
    heard = []
    window.session.changed.connect(heard.append)

    cli("--archive", stocked, "import", sample_dated(tmp_path / "more", "2024-10-01"), "--allow-duplicates")  # another user

    qtbot.waitUntil(lambda: window.model.rowCount() == 12, timeout=DEADLINE_MS)  # no user action in between
    assert any(ISSUES in c and ARTICLES in c for c in heard)
    assert "别人的改动" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: len(tree_labels(window)) > len(dates), timeout=DEADLINE_MS)
    window.close()


def test_the_windows_own_edit_is_announced_once_not_echoed_back(qtbot, window, stocked):
    heard = []
    window.session.changed.connect(heard.append)
    first = window.session.db.summaries(window.session.db.article_ids())
    article_id = sorted(first)[0]
    window.session.write(lambda b, job: b.update_article(article_id, {"headline": "改过的标题"}))
    assert window.session.db.article(article_id).article.headline == "改过的标题"
    for _ in range(20):
        qtbot.wait(25)  # time for a notice, were it not left out
    assert len(heard) == 1 and ARTICLES in heard[0]
    with ServerArchive(stocked) as other:  # then another user's edit is heard
        other.update_article(article_id, headline="别人改的标题")
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=DEADLINE_MS)
    assert ARTICLES in heard[1] and ISSUES not in heard[1]


def test_corrections_collections_notes_and_the_trash_work_on_a_server(qtbot, window, stocked):
    db = window.session.db
    article_id = sorted(db.article_ids())[0]
    write = window.session.write
    write(lambda b, job: b.correct_block(article_id, 0, "改正后的第一段。", "tester"))
    write(lambda b, job: b.update_article(article_id, {"note": "一条批注"}))
    write(lambda b, job: b.collect("专题甲", [article_id], "tester"))
    assert not window.errors, window.errors
    record = db.article(article_id)
    assert record.article.text().startswith("改正后的第一段。") and collections.note(db, article_id) == "一条批注"
    assert window.collections_pane.names == ["专题甲"]  # the pane refreshed from the Changes
    write(lambda b, job: b.delete("article", [article_id], "x", "tester"))
    assert article_id not in db.article_ids()
    entries = []
    window.session.read(lambda b, job: b.trash_entries(), entries.extend)
    assert len(entries) == 1
    write(lambda b, job: b.restore([entries[0].id], "x", "tester"))
    assert article_id in db.article_ids() and not window.errors


def test_saved_searches_on_a_server_are_the_newsrooms_and_another_users_appears(qtbot, stocked, settings):
    window = open_window(qtbot, stocked, settings, tasks=Tasks())  # real worker threads, as the app runs
    qtbot.waitUntil(lambda: window.session.listener.listening, timeout=DEADLINE_MS)
    assert window.save_search_action.isEnabled()

    def names() -> list[str]:
        return [window.saved_list.item(i).text().split("  —  ")[0] for i in range(window.saved_list.count())]

    window.session.write(lambda b, job: b.save_search("人工智能报道", "人工智能", "relevance"))
    qtbot.waitUntil(lambda: names() == ["人工智能报道"], timeout=DEADLINE_MS)
    with ServerArchive(stocked) as other:  # another user saves one: the list shows it by itself
        other.save_search("会议", "会议", "date")
    qtbot.waitUntil(lambda: names() == ["人工智能报道", "会议"], timeout=DEADLINE_MS)
    window.saved_list.item(0).setSelected(True)
    window.saved_list.itemClicked.emit(window.saved_list.item(0))
    qtbot.waitUntil(lambda: window.model.rowCount() >= 1, timeout=DEADLINE_MS)
    assert not window.errors, window.errors
    window.close()


def test_the_windows_backup_of_a_server_archive_is_pg_dumps_file(qtbot, window, stocked, tmp_path, monkeypatch,
                                                                  pg_server):
    """File → 备份档案… on a server: enabled, it suggests a .dump file and writes pg_dump's backup,
    which `baoku restore` reads back into an empty database."""
    from baoku.gui import archiving

    assert window.backup_action.isEnabled() and window.check_action.isEnabled()
    assert window.reader_tabs.isTabEnabled(window.reader_tabs.indexOf(window.page_panel))
    dest = tmp_path / "server.dump"
    asked = []
    monkeypatch.setattr(archiving.QFileDialog, "getSaveFileName",
                        lambda parent, title, suggested, kinds: asked.append((suggested, kinds)) or (str(dest), kinds))
    saved = []
    window.archive.backedUp.connect(saved.append)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(saved), timeout=3 * DEADLINE_MS)
    assert not window.errors, window.errors
    assert asked[0][0].endswith(".dump") and "*.dump" in asked[0][1]
    assert Path(saved[0]) == dest and dest.read_bytes()[:5] == b"PGDMP"
    other = second_database(pg_server, stocked)
    cli("--archive", other, "restore", dest)
    assert rows(other) == rows(stocked) and rows(other)["article"]
    pg_server.drop_database(other.rsplit("/", 1)[1].split("?", 1)[0])


def test_clipping_and_moving_blocks_in_the_window_work_on_a_server(qtbot, window, stocked):
    """The page view's tools reach a server archive as a file: a split, a merge and a block moved
    (the scanned page's case: test_the_page_tab_shows_a_scanned_page_from_the_servers_image_store)."""
    db = window.session.db
    first, second = sorted(db.article_ids())[:2]
    texts = db.article(first).article.text() + db.article(second).article.text()
    window.session.write(lambda b, job: b.merge(first, second, "tester"))
    assert not window.errors, window.errors
    assert second not in db.article_ids() and "".join(db.article(first).article.text().split()) == \
        "".join(texts.split())
def test_undo_and_redo_in_the_window_on_a_server(qtbot, window, stocked):
    """Ctrl+Z takes back the window's own edit on a server too (read back from its audit log);
    another user's change since stops it with nothing changed."""
    db = window.session.db
    article_id = sorted(db.article_ids())[0]
    headline = db.article(article_id).article.headline
    assert not window.edit.undo_action.isEnabled()
    window.session.write(lambda b, job: b.update_article(article_id, {"headline": "改过的标题"}))
    qtbot.waitUntil(lambda: window.edit.undo_action.isEnabled(), timeout=DEADLINE_MS)
    assert headline[:6] in window.edit.undo_action.text()  # 撤销 修改「the headline it had」
    window.edit.undo_action.trigger()
    qtbot.waitUntil(lambda: window.edit.redo_action.isEnabled(), timeout=DEADLINE_MS)
    assert db.article(article_id).article.headline == headline and not window.errors
    window.edit.redo_action.trigger()
    qtbot.waitUntil(lambda: db.article(article_id).article.headline == "改过的标题", timeout=DEADLINE_MS)
    with ServerArchive(stocked) as other:
        other.update_article(article_id, headline="别人改的标题")
    boxes = []
    window.messages.show_box = boxes.append
    window.edit.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(boxes), timeout=DEADLINE_MS)
    assert "别人" in boxes[0].text() and db.article(article_id).article.headline == "别人改的标题"


def test_connect_dialog_asks_no_password_and_opens_the_address(qtbot, tmp_path, stocked, settings):
    from baoku.gui.mainwindow import MainWindow

    window = MainWindow(tmp_path / "local.db", settings=settings, tasks=Tasks(SyncPool()), first_run_sample=False)
    qtbot.addWidget(window)
    assert not window.session.on_server and window.check_action.isEnabled()
    parts = parts_of(stocked)
    dialog = window.archive.connect_dialog()
    assert not [e for e in dialog.findChildren(QLineEdit) if e.echoMode() != QLineEdit.EchoMode.Normal]
    assert ".pgpass" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    dialog.host.setText(parts["host"])
    dialog.port.setValue(parts["port"])
    dialog.database.setText(parts["database"])
    dialog.user.setText(parts["user"])
    dialog.accept()
    qtbot.waitUntil(lambda: window.session.on_server, timeout=DEADLINE_MS)
    assert window.session.db.article_ids() and window.backup_action.isEnabled()
    recent = settings.get("archive/recent")
    assert ServerAddress(recent[0]) == window.session.path and "password=" not in recent[0]
    again = ConnectDialog(recent)  # the recent address fills the form
    assert again.address() == address_of(parts["host"], parts["port"], parts["database"], parts["user"], "prefer")
    window.archive.open(tmp_path / "local.db")  # back to a file: what the server lacked is there again
    qtbot.waitUntil(lambda: not window.session.on_server, timeout=DEADLINE_MS)
    assert window.check_action.isEnabled() and window.save_search_action.isEnabled()
    assert window.reader_tabs.isTabEnabled(window.reader_tabs.indexOf(window.page_panel))
    window.close()


def test_an_address_is_made_from_its_parts_and_read_back():
    made = address_of("db.example.org", 6543, "baoku", "wang", "verify-full")
    assert made == "postgresql://wang@db.example.org:6543/baoku?sslmode=verify-full"
    assert parts_of(made) == {"host": "db.example.org", "port": 6543, "database": "baoku", "user": "wang",
                              "sslmode": "verify-full"}
    assert address_of("/run/postgresql", 5432, "b", "", "prefer") == "postgresql:///b?host=/run/postgresql"


def test_kinds_reach_every_view(window):
    """The notices' kinds are the window's own (trash and collections views refresh on them)."""
    from baoku.core.store.server.notices import TABLE_KINDS

    assert set(TABLE_KINDS.values()) == {ISSUES, ARTICLES, COLLECTIONS, TRASH}


def test_a_lost_listening_connection_is_made_again_and_the_views_look_again(qtbot, window, stocked):
    import psycopg

    listener = window.session.listener
    assert listener.listening
    lost = listener.listener.conn.info.backend_pid
    heard = []
    window.session.changed.connect(heard.append)
    with psycopg.connect(stocked, autocommit=True) as admin:  # the server drops the window's listener
        admin.execute("SELECT pg_terminate_backend(%s)", [lost])
    qtbot.waitUntil(lambda: listener.listening and listener.listener.conn.info.backend_pid != lost,
                    timeout=3 * DEADLINE_MS)
    assert heard and ARTICLES in heard[-1] and ISSUES in heard[-1]  # what it missed meanwhile, looked at again
    with ServerArchive(stocked) as other:
        other.update_article(other.article_ids()[0], headline="重连之后")
    count = len(heard)
    qtbot.waitUntil(lambda: len(heard) > count, timeout=DEADLINE_MS)
    assert not window.errors


@pytest.mark.parametrize("given", ["option", "environment"])
def test_baoku_with_no_command_opens_the_window_on_a_server_address(monkeypatch, given):
    from baoku.gui import app

    url = "postgresql://editor@db.example/baoku?sslmode=verify-full"
    opened = []
    monkeypatch.setattr(app, "run", lambda where: opened.append(where) or 0)
    monkeypatch.setenv("BAOKU_ARCHIVE", url if given == "environment" else "elsewhere.db")
    assert cli_main(["--archive", url] if given == "option" else []) == 0
    assert opened == [url] and isinstance(opened[0], ServerAddress)


def test_the_page_tab_shows_a_scanned_page_from_the_servers_image_store(qtbot, server_url, settings, tmp_path):
    """A scanned page on a server: the 版面 tab draws its image (from the image store the archive
    names) with each article's region; a block moved there goes to the other article, as on a file."""
    import datetime as dt
    import io

    from PIL import Image

    from baoku.core.store.layoutedits import page_blocks
    from baoku.core.model import (
        HEADLINE, PARAGRAPH, Article, Block, IssueInfo, LayoutBlock, PageInfo, PageScan, ParsedIssue, ParsedPage,
        ScanLine,
    )

    buf = io.BytesIO()
    Image.new("RGB", (400, 300), (250, 250, 245)).save(buf, "PNG")
    texts = [("头条新闻", "正文第一段"), ("第二篇", "正文第二段")]
    articles = [Article([Block(HEADLINE, h), Block(PARAGRAPH, t)], headline=h) for h, t in texts]
    lines = [ScanLine(text, (20 + 200 * k, 20 + 40 * n, 180 + 200 * k, 50 + 40 * n), 0.95,
                      [(c, (20 + 200 * k + 20 * i, 20 + 40 * n, 38 + 200 * k + 20 * i, 50 + 40 * n), 0.95)
                       for i, c in enumerate(text)], article=k, block=k)
             for k, pair in enumerate(texts) for n, text in enumerate(pair)]
    scan = PageScan(buf.getvalue(), "image/png", 0, 400, 300, lines,
                    blocks=[LayoutBlock("text", (20 + 200 * k, 20, 180 + 200 * k, 90), k) for k in range(2)])
    issue = ParsedIssue(IssueInfo("扫描报", dt.date(2024, 10, 12)),
                        [ParsedPage(PageInfo(1, "要闻"), articles, raw_text="", scan=scan)],
                        source="scan.png", source_hash="1" * 64, importer="test")
    store = tmp_path / "store"
    store.mkdir()
    with ServerArchive(server_url) as archive:
        archive.set_image_store(store)
        archive.save_issue(issue)
        ids = archive.article_ids()
        blocks = [b["id"] for b in page_blocks(archive, archive.pages()[0]["id"])]
    window = open_window(qtbot, server_url, settings)
    window.articles.show(ids[0])
    panel = window.page_panel
    qtbot.waitUntil(lambda: set(panel.view.regions) == set(ids), timeout=DEADLINE_MS)
    assert panel.view.sceneRect().width() == 400 and panel.view.tiles and not window.errors
    window.session.write(lambda b, job: b.move_block(blocks[0], blocks[1], "tester"))
    assert not window.errors, window.errors
    assert ids[0] not in window.session.db.article_ids()  # its only block went: the article with it
    assert "头条新闻" in window.session.db.article(ids[1]).article.text()
    window.close()
