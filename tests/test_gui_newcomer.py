"""What a newcomer tripped on (issue 26), each with a test that failed before its fix."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QDate  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from baoku.cli import main as cli_main  # noqa: E402

from .test_gui import (make_window, sample_dated, search, select_rows, settings, tree_labels,  # noqa: E402,F401
                       type_text, window)
from .test_pageview import window_on_scan  # noqa: E402,F401
from .test_scans import scanned  # noqa: E402,F401


def test_the_import_dialog_shows_scans_and_pdfs_and_a_folder_can_be_chosen(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from baoku.gui.importflow import FILE_TYPES

    for pattern in ("*.png", "*.PNG", "*.jpg", "*.JPG", "*.jpeg", "*.tif", "*.tiff", "*.TIF", "*.pdf", "*.PDF",
                    "*.webp", "*.txt", "*.zip"):
        assert pattern in FILE_TYPES.split(), pattern
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "feed.jsonl").write_text(json.dumps({
        "publication": "泉州晚报", "date": "2024-10-08", "page": 1, "headline": "秋粮收购开始",
        "paragraphs": ["本报讯 秋粮收购今起开始。"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    assert window.import_folder_action.text() == "导入文件夹…"
    window.import_folder_action.trigger()
    assert "2024-10-08" in tree_labels(window)


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup offscreen: no raise, no keyboard grab
def test_the_date_field_takes_a_typed_date_and_its_calendar_opens_near_now(qtbot):
    from baoku.gui.importing import IssueMetadataDialog
    from baoku.gui.options import Settings
    from PySide6.QtCore import QSettings

    dialog = IssueMetadataDialog(["page.txt"], [], Settings(QSettings()), None)
    qtbot.addWidget(dialog)
    field = dialog.date
    assert field.date() == IssueMetadataDialog.EMPTY_DATE and field.text() == "（请选择日期）"
    field.popup()
    today = QDate.currentDate()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (today.year(), today.month())  # not 1800
    field.menu.hide()
    field.setFocus()
    QTest.keyClicks(field.edit, "2024-10-08")
    assert field.date().toString("yyyy-MM-dd") == "2024-10-08"
    field.edit.clear()
    type_text(field.edit, "2024年9月1日")  # through the input method, as Chinese is typed
    assert field.date() == QDate(2024, 9, 1)
    field.popup()  # opens at the date typed
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2024, 9)
    field.menu.hide()
    field.edit.setText("")
    QTest.keyClicks(field.edit, "2024-02-30")  # not a date: empty, and it says so in red
    assert field.date() == IssueMetadataDialog.EMPTY_DATE and "b00020" in field.edit.styleSheet()


def test_the_line_editor_shows_the_whole_line_within_the_screen(qtbot):
    from PySide6.QtGui import QGuiApplication, QImage

    from baoku.gui.proofing import LineEditor

    image = QImage(6000, 400, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    line = {"id": 1, "box": (10, 10, 5900, 90), "text": "金秋稻谷飘香", "confidence": 0.5}
    dialog = LineEditor(line, image)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = QGuiApplication.primaryScreen().availableGeometry()
    picture = dialog.picture.pixmap().size()
    assert dialog.frameGeometry().width() <= room.width()  # the dialog fits the screen…
    assert dialog.picture.width() >= picture.width() and dialog.picture.height() >= picture.height()  # …and the picture it


def test_proofreading_opens_on_the_article_whose_line_was_just_corrected_and_closes(window_on_scan):
    w = window_on_scan
    search(w, "")
    select_rows(w, [0])
    reading = w.reader.record.id
    other = next(ln for ln in w.page_panel.view.lines if ln["article_id"] not in (None, reading))
    w.pages.correct_line(other["id"], other["text"] + "。")  # a line of another article, from the page
    w.pages.open_proof()
    assert w.pages.proof.article_id == other["article_id"] != reading
    close = w.pages.proof.close_buttons.button(w.pages.proof.close_buttons.StandardButton.Close)
    assert close.text() == "关闭"
    close.click()
    assert w.pages.proof is None or not w.pages.proof.isVisible()
    select_rows(w, [1])  # choosing an article again: 校对… follows the reader once more
    select_rows(w, [0])
    assert w.reader.record.id == reading
    w.pages.open_proof()
    assert w.pages.proof.article_id == reading


def test_import_report_lines_are_in_the_windows_language(window, tmp_path):
    folder = sample_dated(tmp_path / "again", "2024-10-08", "闽南日报", publication="闽南日报")
    (folder / "broken.jsonl").write_text("{not json\n", encoding="utf-8")
    window.imports.start([folder], None, duplicates=True)
    box = window.messages.open_boxes[-1]
    lines = box.detailedText().splitlines()
    stored = next(ln for ln in lines if ln.startswith("[已导入]"))
    assert stored == (f"[已导入] {folder / '闽南日报.txt'}：闽南日报 2024-10-08：新增 6 篇文章，1 个版面，"
                      "6 篇也刊于 泉州晚报 2024-09-11 第5版 民企会客厅")
    assert not any(word in stored for word in ("imported", "articles", "page"))
    failed = lines.index(f"[失败] {folder / 'broken.jsonl'}")
    assert lines[failed + 1].startswith("    ")  # the reader's own words, on a line of their own


def test_the_english_window_uses_english_separators_and_brackets(qtbot, tmp_path, settings, qapp):
    from baoku.gui.app import install_translator
    from baoku.gui.importing import IssueMetadataDialog

    installed = install_translator(qapp, "en")
    try:
        window = make_window(qtbot, tmp_path / "en.db", settings)
        dialog = IssueMetadataDialog(["page.txt"], [], settings, window)
        qtbot.addWidget(dialog)
        dialog.publication.setCurrentText("泉州晚报")
        dialog.refresh_preview()
        assert dialog.summary.text() == "Please fill in: Date, Page number"
        search(window, "知识产权")
        papers = window.facets.topLevelItem(1)
        child = papers.child(0)
        assert (child.text(0), child.text(1)) == ("泉州晚报", "4")  # the count in its own column, no （4）
        assert "（" not in window.calendar.legend.text() and "、" not in window.calendar.legend.text()
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("zh_CN"))


def test_a_command_line_import_shows_in_the_open_window(window, tmp_path):
    assert window.model.rowCount() == 6
    folder = sample_dated(tmp_path / "cli", "2024-10-09")
    assert cli_main(["--archive", str(window.session.path), "import", str(folder), "--allow-duplicates"]) == 0
    assert "2024-10-09" not in tree_labels(window)
    window.session.watcher.poll()  # the window's timer, once a second
    assert "2024-10-09" in tree_labels(window) and window.model.rowCount() == 12
    heard = []
    window.session.changed.connect(heard.append)
    window.session.watcher.poll()
    assert heard == []  # nothing new: nothing heard
    select_rows(window, [0])
    window.metadata.fields["genre"].setText("导读")
    window.metadata.save()  # the window's own change is not taken for another program's
    window.session.watcher.poll()
    assert heard and all("issues" not in c.kinds for c in heard)


def test_a_second_window_on_the_same_archive_asks_first(qtbot, tmp_path, settings):
    path = tmp_path / "a.db"
    first = make_window(qtbot, path, settings)
    assert first.session.is_open
    second = make_window(qtbot, path, settings, sample=False)
    assert not second.session.is_open  # not opened silently
    box = second.messages.open_boxes[-1]
    assert "已在另一个报库窗口中打开" in box.text() and str(os.getpid()) in box.text()
    next(b for b in box.buttons() if b.text() == "仍然打开").click()
    assert second.session.is_open
    second.close()
    first.close()
    third = make_window(qtbot, path, settings, sample=False)  # closed windows let go of it
    assert third.session.is_open and not third.messages.open_boxes


def test_the_query_typed_survives_a_language_restart(qtbot, tmp_path, settings, monkeypatch):
    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QApplication

    path = tmp_path / "a.db"
    window = make_window(qtbot, path, settings)
    window.bar.edit.setText("知识产权 日期:2024")
    started = []
    monkeypatch.setattr(QProcess, "startDetached", lambda *a: started.append(a) or True)
    monkeypatch.setattr(QApplication, "quit", lambda *a: None)
    window.language.choose("en", ask=False)
    window.language.restart()
    assert started
    settings.set("ui/language", "zh_CN")
    again = make_window(qtbot, path, settings, sample=False)
    assert again.bar.edit.text() == "知识产权 日期:2024" and again.search.query == "知识产权 日期:2024"
    assert again.model.rowCount() == 4
    assert settings.get("search/restore_query") == ""  # once only


HARNESS = """
import sys, time
from PySide6.QtCore import QDate, QLocale, QTimer
from PySide6.QtWidgets import QApplication
from baoku.gui import app, mainwindow
old = mainwindow.MainWindow.__init__
def init(self, *a, **k):
    old(self, *a, **k)
    def done():
        print("date", QLocale.system().toString(QDate(2026, 12, 2), QLocale.FormatType.ShortFormat), flush=True)
        self.close(); QApplication.quit()
    QTimer.singleShot(300, done)
mainwindow.MainWindow.__init__ = init
def leave(code):
    print("exit", code, flush=True)
    import os; os._exit(code)
app.run(sys.argv[1], exit=leave)
print("python tears down", flush=True)
"""


def test_quitting_ends_at_once_and_the_file_dialog_dates_follow_the_ui_language(tmp_path):
    """Quitting used to take 2–3 s: Python tore down every module after the window was gone. And
    under LANG=C.UTF-8 the file dialog wrote 2 12 2026: a QSettings made before LANG was set had
    fixed Qt's system locale as C."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="C.UTF-8", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(sys.path))
    r = subprocess.run([sys.executable, "-c", HARNESS, str(tmp_path / "a.db")], capture_output=True, text=True,
                       env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "date 2026/12/2" in r.stdout
    assert "exit 0" in r.stdout and "python tears down" not in r.stdout
    conf = Path(tmp_path / "config" / "Baoku" / "Baoku.conf").read_text("utf-8")
    assert "geometry" in conf  # the window's layout was written before the process ended


def test_the_first_window_fits_a_small_screen_and_keeps_its_size_on_a_big_one(window):
    """The first window was 1280×820 on any screen: on 1024×700 the metadata panel and the
    reader's bottom edge were off it (the offscreen screen here is 800×800)."""
    from PySide6.QtCore import QRect, QSize

    from baoku.gui.screenfit import fitted

    room = window.screen().availableGeometry()
    assert room.contains(window.frameGeometry()), (room, window.frameGeometry())
    assert window.size() == fitted(QSize(1280, 820), room)
    assert fitted(QSize(1280, 820), QRect(0, 0, 1920, 1080)) == QSize(1280, 820)  # today's size on a big screen
    small = fitted(QSize(1280, 820), QRect(0, 24, 1024, 676))  # 1024×700 less a top panel
    assert small.width() <= 1024 and small.height() <= 676 and small.width() >= 1000


def test_a_geometry_saved_on_a_bigger_screen_is_brought_onto_this_one(qtbot, tmp_path, settings):
    first = make_window(qtbot, tmp_path / "archive.db", settings)
    first.resize(1600, 1000)
    first.move(500, 300)  # as it was left on a 2560×1440 screen
    first.state.save()
    first.close()
    again = make_window(qtbot, tmp_path / "archive.db", settings, sample=False)
    qtbot.waitExposed(again)
    room = again.screen().availableGeometry()
    assert room.contains(again.frameGeometry()), (room, again.frameGeometry())


def test_the_export_dialog_fits_the_screen(window, qtbot):
    dialog = window.exports.dialog([1, 2])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()
    assert room.contains(dialog.frameGeometry()), (room, dialog.frameGeometry())


def test_every_side_tab_shows_in_the_english_window_at_1024x700(qtbot, tmp_path, settings, qapp):
    """In English at 1024×700 the side pane held three of its four tabs (Browse, Calendar, Filters,
    Collections) and scroll arrows: Collections, or Browse once it was chosen, was out of sight."""
    from baoku.gui.app import install_translator

    installed = install_translator(qapp, "en")
    try:
        window = make_window(qtbot, tmp_path / "en.db", settings, sample=False)
        window.resize(1008, 660)
        bar = window.side_tabs.tabBar()
        for current in (3, 0):
            window.side_tabs.setCurrentIndex(current)
            qtbot.wait(50)
            shown = [bar.tabText(i) for i in range(bar.count()) if bar.rect().contains(bar.tabRect(i))]
            assert shown == ["Browse", "Calendar", "Filters", "Collections"], shown
        assert window.centralWidget().width() <= 1008
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("zh_CN"))


def test_the_english_export_dialog_asks_for_a_title_not_a_headline(qtbot, settings, qapp):
    """The export dialog's 标题 (the booklet's title on its cover) read 'Headline' in English, the
    list's word for an article's headline."""
    from PySide6.QtWidgets import QFormLayout

    from baoku.gui.app import install_translator
    from baoku.gui.exporting import ExportDialog

    installed = install_translator(qapp, "en")
    try:
        dialog = ExportDialog(3, settings, title="")
        qtbot.addWidget(dialog)
        form = next(f for f in dialog.findChildren(QFormLayout) if f.labelForField(dialog.title))
        assert form.labelForField(dialog.title).text() == "Title"
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("zh_CN"))
