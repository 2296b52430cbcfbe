"""The window's faults (issue-49e, docs/faults.md): what an action reports back after its window
closed is heard by no one (the real thread pool, as the app runs it)."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from baoku.core.errors import ValidationError
from baoku.gui.options import Settings
from baoku.gui.tasks import Tasks


def boxes() -> list[str]:
    return [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.fixture
def window(qtbot, tmp_path):
    from baoku.gui.mainwindow import MainWindow

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(tmp_path / "a.db", settings=settings, tasks=Tasks(), first_run_sample=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
    return window


@pytest.mark.parametrize("closed", [False, True])
def test_an_actions_error_after_its_window_closed_pops_up_nothing(qtbot, window, closed):
    """An action failing after its window closed (its error queued to the main thread) opened a
    message box over no window, and the application ran on behind it. The same error with the
    window open is shown, as before."""
    started, go_on = threading.Event(), threading.Event()

    def late_failure(backend, job):
        started.set()
        go_on.wait(5)
        raise ValidationError("失败得晚了")

    before = boxes()
    window.session.write(late_failure)
    assert started.wait(5)
    if closed:
        threading.Timer(0.05, go_on.set).start()  # fails while the window waits for it to stop
        window.close()
    else:
        go_on.set()
        qtbot.waitUntil(lambda: not window.session.writes.running, timeout=5_000)
    qtbot.wait(100)  # the queued report is delivered
    shown = [b for b in boxes() if b not in before]
    assert shown == ([] if closed else ["输入有误，没有保存。"])
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.close()


def test_an_archive_deleted_while_the_window_has_it_makes_nothing_where_it_was(tmp_path):
    """The archive's files deleted while the window has it open: a search (which asks whether an
    import holds the archive's lock) and an import (which takes it) made an empty `a.db.lock` again
    where the archive was, before the write's own check refused. Now each says the archive was
    moved or deleted, and nothing is made."""
    import shutil

    from baoku.core.app.actions.importing import ImportRequest, import_files
    from baoku.core.errors import ArchiveUnavailable
    from baoku.core.store import Archive
    from baoku.gui.backend import Backend

    from .conftest import SAMPLE_TXT

    db = tmp_path / "a.db"
    Archive(db).close()
    backend = Backend(db)
    try:
        backend.search("知识产权")  # open, as the window has it
        for f in tmp_path.iterdir():
            shutil.rmtree(f) if f.is_dir() else f.unlink()
        for act in (lambda: backend.search("会议"), lambda: import_files(backend.lib, ImportRequest((SAMPLE_TXT,)))):
            with pytest.raises(ArchiveUnavailable) as raised:
                act()
            assert raised.value.coded.code == "archive_moved"
            assert sorted(p.name for p in tmp_path.iterdir()) == []
    finally:
        backend.close()
