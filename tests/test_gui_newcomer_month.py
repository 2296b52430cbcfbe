"""What an archivist's and an editor's first month in the window found (issue 52f), each with a
test that failed before its fix: a server archive's window title was its raw address
(`postgresql://postgres@/day2?host=/tmp/…&port=51989`)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from baoku.core.address import ServerAddress  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402

from .test_gui import make_window, settings  # noqa: E402,F401
from .test_gui_newcomer_day import english  # noqa: E402,F401


@pytest.mark.parametrize("address, database, hosts, user", [
    ("postgresql://alice:secret@db.example.org/news?sslmode=require&options=-c%20x", "news", ("db.example.org",), "alice"),
    ("postgresql://postgres@/day2?host=/tmp/baoku-pg-1/sock&port=51989", "day2", (), "postgres"),
    ("postgres://db.example.org:5433/baoku", "baoku", ("db.example.org:5433",), ""),
    ("postgresql://db.example.org:5432/baoku", "baoku", ("db.example.org",), ""),
    ("postgresql://[::1]:5433/b", "b", ("[::1]:5433",), ""),
    ("postgresql://h1,h2:5433/b?user=bob", "b", ("h1", "h2:5433"), "bob"),
    ("postgresql://%2Fvar%2Frun%2Fpostgresql/baoku", "baoku", (), ""),
    ("postgresql:///baoku?host=db.example.org&port=6000", "baoku", ("db.example.org:6000",), ""),
    ("postgresql://bob@db.example.org", "bob", ("db.example.org",), "bob"),  # libpq: the user's own database
])
def test_a_server_address_names_its_database_host_and_user(address, database, hosts, user):
    place = ServerAddress(address).place()
    assert (place.database, place.hosts, place.user) == (database, hosts, user)


@pytest.mark.parametrize("address, zh, en", [
    ("postgresql://alice:secret@db.example.org/news?sslmode=require", "news（服务器 db.example.org，用户 alice）",
     "news (server db.example.org, user alice)"),
    ("postgresql://postgres@/day2?host=/tmp/baoku-pg-1/sock&port=51989", "day2（本机的服务器，用户 postgres）",
     "day2 (server on this computer, user postgres)"),
    ("postgresql:///baoku?service=newsroom", "baoku（服务 newsroom）", "baoku (service newsroom)"),
])
def test_a_server_archive_is_named_without_its_password_socket_or_parameters(qtbot, address, zh, en, qapp):
    """The window's title (and the recent menu, the connect dialog's list) said the raw address:
    `postgresql://postgres@/day2?host=/tmp/baoku-pg-…/sock&port=…`."""
    from baoku.gui.app import install_translator
    from baoku.gui.wording import archive_name

    assert archive_name(ServerAddress(address)) == zh
    installed = install_translator(qapp, "en")
    try:
        assert archive_name(ServerAddress(address)) == en
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("zh_CN"))


def test_the_recent_menu_names_a_server_archive_as_the_title_does(qtbot, tmp_path, settings):  # noqa: F811
    address = "postgresql://alice@db.example.org/news?sslmode=require&host=db.example.org"
    window = make_window(qtbot, tmp_path / "a.db", settings, sample=False)
    settings.set("archive/recent", [address, str(tmp_path / "a.db")])
    window.archive.update_recent()
    shown = [a.text() for a in window.recent_menu.actions()]
    assert shown == ["news（服务器 db.example.org，用户 alice）", str(tmp_path / "a.db")], shown
    assert window.windowTitle().startswith(str(tmp_path / "a.db"))


def _in_sight(widget, area) -> bool:
    """The whole of `widget` is inside the visible part of the scroll area `area`."""
    from PySide6.QtCore import QRect

    top_left = widget.mapTo(area.viewport(), widget.rect().topLeft())
    return area.viewport().rect().contains(QRect(top_left, widget.size()))


def test_at_1024x700_the_note_and_the_save_button_are_in_sight(qtbot, tmp_path, settings):  # noqa: F811
    """At 1024×700 the metadata panel's note (批注) was below the fold, after eleven rows of the
    record, and so was 保存: an editor had to scroll the panel to write a note and to save it."""
    from PySide6.QtWidgets import QDialogButtonBox

    window = make_window(qtbot, tmp_path / "a.db", settings)
    window.resize(1008, 660)  # the first window on a 1024×700 screen (test_gui_newcomer)
    window.table.selectRow(0)
    qtbot.wait(50)
    panel, area = window.metadata, window.metadata_scroll
    assert area.isVisible() and area.viewport().height() < 300, area.viewport().height()
    assert area.verticalScrollBar().maximum() > 0  # the form does scroll here
    assert _in_sight(panel.note, area), (panel.note.mapTo(area.viewport(), panel.note.rect().topLeft()),
                                         area.viewport().rect())
    save = panel.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isVisible() and panel.rect().contains(save.mapTo(panel, save.rect().bottomRight()))
    assert window.rect().contains(save.mapTo(window, save.rect().bottomRight()))


def test_ctrl_s_in_the_metadata_panel_saves_the_note(qtbot, tmp_path, settings):  # noqa: F811
    """Typed into the note, the note is saved with the keyboard alone (it needed a click on 保存)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from baoku.core.store import collections

    window = make_window(qtbot, tmp_path / "a.db", settings)
    window.table.selectRow(0)
    article = window.model.id_at(0)
    window.activateWindow()  # a shortcut acts in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.metadata.note.setFocus()
    window.metadata.note.insertPlainText("周年专题备用")  # as typed (QTest types ASCII only)
    QTest.keyClick(window.metadata.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: collections.note(window.session.db, article) == "周年专题备用", timeout=5000)


def test_a_collection_is_reordered_in_the_window_and_the_move_undone(qtbot, tmp_path, settings):  # noqa: F811
    """An editor building an anniversary collection could not reorder it in the window: the
    backend's move had no action, menu entry or key. Alt+Down moves the current article one place
    later, the list follows in the collection's order with the article still selected; Ctrl+Z
    puts it back, and the list follows that too."""
    from baoku.core.store import collections
    from baoku.gui.collectionspane import collection_term

    window = make_window(qtbot, tmp_path / "a.db", settings)
    first, second, third = (window.model.id_at(r) for r in range(3))

    def settled():  # every write and read on the workers back, and their answers handled
        return not window.session.writes.running and not window.session.reads.running

    window.collections.add("周年", [first, second, third])
    qtbot.waitUntil(settled, timeout=5000)
    window.collections.refresh()
    window.collections.show("周年")
    # the pane's names come back from a worker: the list shows the collection once they have
    qtbot.waitUntil(lambda: settled() and window.collections.current() == "周年", timeout=5000)
    qtbot.waitUntil(lambda: window.model.ids() == [first, second, third], timeout=5000)
    window.table.selectRow(0)

    def entries():
        return [a.text() for a in window.context_menus.list_menu().actions()]

    # each entry with its key as Qt names it natively (translated too, once Qt's own Chinese is loaded)
    keys = {a.text(): a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            for a in (window.collections.down_action, window.collections.up_action)}
    assert set(keys) == {"在专题里下移", "在专题里上移"} and all(keys.values()), keys
    assert {f"{text}\t{key}" for text, key in keys.items()} <= set(entries()), entries()
    window.collections.down_action.trigger()
    assert collections.members(window.session.db, "周年") == [second, first, third], (
        window.statusBar().currentMessage(), window.articles.current_id(), window.collections.current(), window.search.query,
        window.collections.pane.names, window.collections.down_action.isEnabled())
    qtbot.waitUntil(lambda: window.model.ids() == [second, first, third], timeout=5000)
    assert window.articles.current_id() == first and window.search.query == collection_term("周年")
    window.collections.up_action.trigger()
    window.collections.up_action.trigger()  # already first: nothing changes, nothing is said wrong
    qtbot.waitUntil(lambda: window.model.ids() == [first, second, third], timeout=5000)
    assert window.edit.undo_action.text().startswith("撤销 调整专题")
    window.edit.undo_action.trigger()
    qtbot.waitUntil(lambda: window.model.ids() == [second, first, third], timeout=5000)
    assert window.collections.down_action.isEnabled() and window.collections.up_action.shortcut().toString() == "Alt+Up"


def test_moving_outside_a_collection_says_what_to_do(qtbot, tmp_path, settings):  # noqa: F811
    window = make_window(qtbot, tmp_path / "a.db", settings)
    window.table.selectRow(0)
    window.collections.down_action.trigger()
    assert "专题" in window.statusBar().currentMessage()


def test_the_import_preview_says_why_a_file_cannot_be_read_in_the_windows_language(qtbot, tmp_path):
    """A month's folder with an empty file and a binary one among the pages: the import preview
    (and the page-text dialog) listed `/…/江城日报_2025-03-30_第3版_副刊.txt: the file is empty；
    /…/…_副刊.txt: cannot tell this file's encoding: it holds NUL bytes, …` in the Chinese window,
    the command line's English with each whole path. The NUL-bytes reason was the one reason of a
    whole file the core had not coded."""
    from baoku.core.importing.preview import preview_import
    from baoku.core.importing.review import review_files
    from baoku.core.store import Archive
    from baoku.gui.importreview import ImportReviewDialog

    folder = tmp_path / "三月"
    folder.mkdir()
    (folder / "江城日报_2025-03-01_第1版_要闻.txt").write_text("春耕备耕有序推进\n\n　　全市春耕备耕工作有序推进。\n", encoding="utf-8")
    (folder / "江城日报_2025-03-30_第3版_副刊.txt").write_bytes(b"")
    (folder / "江城日报_2025-03-31_第3版_副刊.txt").write_bytes(bytes(range(256)) * 20)
    pages, problems = review_files([folder])
    assert len(pages) == 1 and len(problems) == 2
    dialog = ImportReviewDialog(pages, problems)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    said = [w.text() for w in dialog.findChildren(QLabel) if w.text().startswith("无法导入")]  # a file a line
    assert said == ["无法导入：江城日报_2025-03-30_第3版_副刊.txt：文件是空的。\n江城日报_2025-03-31_第3版_副刊.txt："
                    "文件里有空字节（NUL），按 UTF-16 或 UTF-8 都读不成文本：看来是二进制文件，不是文本。"], said
    with Archive(tmp_path / "a.db") as archive:  # the page-text dialog's preview: the same words
        preview = preview_import(archive, [folder])
    assert sorted(p.code for p in preview.problems) == ["unreadable", "unreadable"]
    assert str(preview.problems[0]).startswith(str(folder))  # the command line's English is as it was


def test_a_refused_split_or_merge_is_said_in_the_windows_language(qtbot, tmp_path, settings):  # noqa: F811
    """Splitting a scanned article at its first line said, in the Chinese page view, `the cut is at
    the start of article 193's text: nothing of it would be left before the cut; cut further down`:
    the page view's split, merge and clip refusals were the core's English only."""
    import pytest as _pytest

    from baoku.core.errors import ValidationError
    from baoku.core.store.clipping import split_article
    from baoku.gui.codedwords import error_words

    window = make_window(qtbot, tmp_path / "a.db", settings)
    article = window.model.id_at(0)
    from baoku.core.store import Archive

    with Archive(tmp_path / "a.db") as archive, _pytest.raises(ValidationError) as cut:
        split_article(archive, article, 0, 0)
    assert error_words(cut.value) == "这一行是文章的开头，在这里拆分，前一篇就没有正文了：请选正文中间的一行。"
    assert str(cut.value).startswith(f"the cut is at the start of article {article}'s text")  # the command line's
    window.table.selectRow(0)
    window.pages.article_id = article
    window.pages.merge_into_current(article)
    said = window.page_panel.said  # whole, on a line of its own: the bar's line cut it at 1024×700
    assert said.text() == "不能把文章并入它自己：请选另一篇。" and not said.isHidden() and said.wordWrap()


def test_the_keyboard_goes_from_the_box_to_the_list_and_tab_leaves_the_list(qtbot, tmp_path, settings):  # noqa: F811
    """An hour with the keyboard only: Down in the search box stayed in the box (the list was three
    Tabs away), and Tab in the list went from cell to cell and never left it (Qt's table default),
    so the reader and the metadata panel could not be reached without the mouse."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = make_window(qtbot, tmp_path / "a.db", settings)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.focus_search()
    QTest.keyClick(window.bar.edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.table and window.articles.current_id() is not None
    seen = []
    for _ in range(12):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is not window.table:
            break
    assert seen[-1] is not window.table, "Tab never left the list"
    assert len(seen) == 1  # the next widget at once, not after each of the row's cells


def test_the_calendar_does_not_say_none_missing_when_it_cannot_tell(qtbot):
    """A month of a daily imported without its frequency, the 9th and the 17th missing: the
    calendar said 出版周期未知 · 在库 29 期，不缺期. Nothing is due without a frequency, so it cannot
    know; it now says so and where to set it. With the frequency set it counts the two."""
    import datetime as dt

    from baoku.gui.calendar import CalendarPanel

    panel = CalendarPanel()
    qtbot.addWidget(panel)
    days = [dt.date(2025, 3, d) for d in range(1, 32) if d not in (9, 17)]
    issues = [{"id": i, "date": d.isoformat(), "publication": "江城日报"} for i, d in enumerate(days, 1)]
    panel.set_data([{"name": "江城日报", "frequency": ""}], issues)
    legend = panel.legend.text()
    assert "不缺期" not in legend and "看不出缺期" in legend and "出版设置…" in legend and "在库 29 期" in legend, legend
    panel.set_data([{"name": "江城日报", "frequency": "daily"}], issues)
    assert "缺 2 期" in panel.legend.text() and "2025-03-09" in panel.legend.text(), panel.legend.text()


def test_in_english_at_1024x700_the_note_takes_the_panels_width(qtbot, tmp_path, settings, english):  # noqa: F811
    """In English the labels (Printed in, Collections) are wide and the panel narrow: the note and
    the heads beside their labels were 77 pixels of a 183-pixel panel, three words a line. A field
    that narrow now has its label above it."""
    window = make_window(qtbot, tmp_path / "a.db", settings)
    window.resize(1008, 660)
    window.table.selectRow(0)
    qtbot.wait(50)
    panel = window.metadata
    assert panel.note.width() >= 0.8 * panel.scroll.viewport().width(), (panel.note.width(), panel.width())
    assert panel.fields["headline"].width() >= 0.8 * panel.scroll.viewport().width()
