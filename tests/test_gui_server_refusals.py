"""What a newcomer's day on a server archive found (issue 50a): the server's refusals said in the
window's language, each with a test that failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from baoku.core.address import ServerAddress  # noqa: E402
from baoku.core.errors import ArchiveUnavailable  # noqa: E402
from baoku.gui.messages import Messages  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from .test_gui_server import DEADLINE_MS, open_window, settings  # noqa: E402,F401


def chinese_only(text: str) -> bool:
    """No English sentence of Baoku's own in the window (the server's quoted words may be English)."""
    return not any(word in text for word in ("the server archive", "nothing was changed", "cannot connect",
                                             "the roles this user"))


def _said(qtbot, error) -> str:
    """What the window's message box says of `error` (its text and its details)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    messages = Messages(parent)
    boxes = []
    messages.show_box = boxes.append
    messages.show_error(error)
    return boxes[0].text() + boxes[0].informativeText()


def test_an_editor_refused_by_the_server_is_told_it_is_their_role_in_chinese(qtbot, users, settings):  # noqa: F811
    """An editor's delete showed 档案现在无法打开或写入 (as if the archive were broken) over an English
    paragraph holding the whole address: it says the user's role does not allow it, in Chinese."""
    _, address = users["editor"]
    window = open_window(qtbot, address, settings)
    boxes = []
    window.messages.show_error = Messages(window).show_error  # the real box, caught as it opens
    window.messages.show_error.__self__.show_box = boxes.append
    window.table.selectRow(0)
    ids = window.articles.selected_ids()  # (the window disables Delete for an editor: asked past it)
    window.session.write(lambda b, job: b.delete("article", ids, "x", "alice"), on_error=window.messages.show_error)
    qtbot.waitUntil(lambda: bool(boxes), timeout=DEADLINE_MS)
    said = boxes[0].text() + boxes[0].informativeText()
    assert "角色" in boxes[0].text() and "无法打开或写入" not in said, said
    assert chinese_only(said), said
    assert window.model.rowCount() == 6  # nothing deleted


def test_a_server_that_cannot_be_reached_is_said_in_the_windows_language(qtbot, pg_server):
    """The server stopped: a search said `cannot connect to the server archive postgresql://…:
    connection is bad: …` under the Chinese headline. The refusal is coded and the window says it."""
    from baoku.core.store.server.connection import connect

    gone = ServerAddress(pg_server.url("postgres").replace(f"port={pg_server.port}", "port=1"))
    with pytest.raises(ArchiveUnavailable) as refused:
        connect(gone)
    assert str(refused.value).startswith(f"cannot connect to the server archive {gone.shown()}: ")  # the CLI's words
    said = _said(qtbot, refused.value)
    assert "无法连接" in said and chinese_only(said), said


def test_an_editors_import_is_refused_before_the_preview_not_after_it(qtbot, users, settings, tmp_path):  # noqa: F811
    """An editor's import went through the preview and the duplicate page's question, and only then
    did the server refuse it (permission denied for table publication): the window now says at once
    that importing is an archivist's right, and asks nothing."""
    from .conftest import SAMPLE_TXT

    _, address = users["editor"]
    window = open_window(qtbot, address, settings)
    boxes, asked = [], []
    window.messages.show_error = Messages(window).show_error  # the real box, caught as it opens
    window.messages.show_error.__self__.show_box = boxes.append
    window.imports.review = lambda *a, **k: asked.append("review")
    window.imports.start = lambda *a, **k: asked.append("start")
    window.imports.import_paths([Path(SAMPLE_TXT)])
    assert not asked and len(boxes) == 1
    assert "导入" in boxes[0].text() and "档案员" in boxes[0].text() and chinese_only(boxes[0].text())
    archivist = open_window(qtbot, users["archivist"][1], settings)
    archivist.imports.review = lambda *a, **k: asked.append("review")
    archivist.imports.import_paths([Path(SAMPLE_TXT)])
    assert asked == ["review"]  # an archivist is asked as before


def test_a_search_the_server_could_not_answer_marks_the_list_as_the_last_result(qtbot, tmp_path, settings,  # noqa: F811
                                                                                  monkeypatch):
    """The server stopped, a search for 经济 failed: the box said 经济 over the whole unsearched list,
    with no count and no mark. The list is marked as the last result, as after a query's typo, until a
    search answers."""
    from baoku.core.coded import Coded

    from .test_gui import make_window

    window = make_window(qtbot, tmp_path / "a.db", settings)
    errors = []
    window.session.on_error = errors.append
    listed = window.model.rowCount()
    gone = ArchiveUnavailable(Coded("server_unreachable", address="postgresql://alice@db.example/baoku",
                                    reason="connection refused"))

    def unreachable(*a, **k):
        raise gone

    monkeypatch.setattr(window.session.searcher, "search", unreachable)
    window.search.set_query("经济")
    window.search.run_now()
    assert errors and set(map(id, errors)) == {id(gone)} and window.model.rowCount() == listed
    assert window.search.stale and window.bar.count.text().startswith("（旧结果）"), window.bar.count.text()
    monkeypatch.undo()  # the server is back
    window.search.run_now()
    assert not window.search.stale and "旧结果" not in window.bar.count.text()


@pytest.mark.parametrize("database, reason", [("nosuchdb", 'database "nosuchdb" does not exist'),
                                              (None, "No such file or directory")])
def test_a_refused_connection_quotes_what_the_server_said_once_not_libpqs_whole_line(qtbot, pg_server, database,
                                                                                     reason):
    """Connecting to a database that is not there said `connection failed: connection to server on
    socket "/tmp/…/.s.PGSQL.54631" failed: FATAL:  database "nosuchdb" does not exist` and 档案没有改动
    twice: the reason is what the server (or the socket) said, and the box says once that nothing
    changed."""
    from baoku.core.store.server.connection import connect

    url = pg_server.url(database) if database else \
        pg_server.url("postgres").replace(f"port={pg_server.port}", "port=1")
    with pytest.raises(ArchiveUnavailable) as refused:
        connect(ServerAddress(url))
    assert refused.value.coded.params["reason"] == reason
    said = _said(qtbot, refused.value)
    assert said.count("档案没有改动") == 1 and "PGSQL" not in said, said


def test_the_status_bar_says_when_other_users_changes_are_not_heard_and_when_they_are_again(
        qtbot, users, settings):  # noqa: F811
    """The server stopped: the status bar kept saying 有了别人的改动，已经更新 and nothing said the
    window no longer heard other users. It says the connection is lost, then that it is back."""
    import psycopg

    window = open_window(qtbot, users["archivist"][1], settings)
    listener = window.session.listener
    qtbot.waitUntil(lambda: listener.listening, timeout=DEADLINE_MS)
    listener.retry.setInterval(100)  # not the 5 s a window waits between tries
    said = []
    window.statusBar().messageChanged.connect(said.append)
    lost = listener.listener.conn.info.backend_pid
    with psycopg.connect(users["archivist"][1].replace(users["archivist"][0] + "@", "postgres@"),
                         autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [lost])
    qtbot.waitUntil(lambda: listener.listening and listener.listener.conn.info.backend_pid != lost,
                    timeout=3 * DEADLINE_MS)
    qtbot.waitUntil(lambda: any("又连上" in s for s in said), timeout=DEADLINE_MS)
    gone = [i for i, s in enumerate(said) if "断开" in s]
    back = [i for i, s in enumerate(said) if "又连上" in s]
    assert gone and back and gone[0] < back[0], said
