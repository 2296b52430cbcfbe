"""The real main window, driven with pytest-qt (offscreen), on a temporary archive."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from baoku.cli import main as cli_main
from baoku.core.export import ExportOptions
from baoku.core.importing.metadata import IssueMeta
from baoku.core.export.text import fullwidth_punctuation
from baoku.core.search.normalize import fold
from baoku.core.store import Archive
from baoku.gui import importing as gui_importing
from baoku.gui.models import ArticleTableModel, IdRole
from baoku.gui.options import Settings
from baoku.gui.tasks import SyncPool, Tasks
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QDialog

from . import pdfcheck
from .conftest import SAMPLE_TXT


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def make_window(qtbot, path: Path, settings: Settings, tasks: Tasks | None = None, sample: bool = True):
    from baoku.gui.mainwindow import MainWindow

    window = MainWindow(path, settings=settings, tasks=tasks or Tasks(SyncPool()), first_run_sample=sample)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def window(qtbot, tmp_path, settings):
    """A new archive: on first run the window imports the sample issue (synchronously here)."""
    return make_window(qtbot, tmp_path / "archive.db", settings)


def tree_labels(window) -> list[str]:
    """Every label in the browse tree, each issue expanded (its pages load on expansion)."""
    out = []

    def walk(item):
        for r in range(item.rowCount()):
            child = item.child(r, 0)
            window.tree.expand(child.index())
            out.append(child.text())
            walk(child)

    walk(window.tree_model.invisibleRootItem())
    return out


def find_item(window, text: str):
    """The browse tree item labelled `text` (every issue expanded first)."""
    tree_labels(window)
    stack = [window.tree_model.invisibleRootItem()]
    while stack:
        item = stack.pop()
        for r in range(item.rowCount()):
            child = item.child(r, 0)
            if child.text() == text:
                return child
            stack.append(child)
    raise AssertionError(f"no {text} in the tree")


def sample_dated(folder: Path, date: str, name: str = "p", **meta) -> Path:
    """The sample page again in `folder`, its sidecar saying `date` (and any other field given)."""
    folder.mkdir(exist_ok=True)
    sidecar = json.loads(SAMPLE_TXT.with_suffix(".json").read_text(encoding="utf-8"))  # a daily paper
    shutil.copy(SAMPLE_TXT, folder / f"{name}.txt")
    (folder / f"{name}.json").write_text(json.dumps(dict(sidecar, date=date, **meta)), encoding="utf-8")
    return folder


def type_text(widget, text: str) -> None:
    """Type as a Chinese user does: each character committed by the input method."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for ch in text:
        event = QInputMethodEvent("", [])
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)


def search(window, query: str):
    """Type-and-Enter: run the query now, as the user pressing Enter does."""
    window.search.set_query(query)
    return window.search.result


def select_rows(window, rows: list[int]) -> None:
    sel = window.table.selectionModel()
    sel.clearSelection()
    for r in rows:
        sel.select(window.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    sel.setCurrentIndex(window.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)


def test_first_run_imports_the_sample_and_lists_it(window):
    assert window.model.rowCount() == 6
    labels = tree_labels(window)
    assert "泉州晚报" in labels and "2024-09-11" in labels and "第5版 民企会客厅" in labels
    assert window.reader.record is not None  # the first article is open


def test_search_count_equals_the_command(window, capsys):
    result = search(window, "知识产权")
    assert window.search.query == "知识产权"
    capsys.readouterr()
    assert cli_main(["--archive", str(window.session.path), "search", "知识产权", "--json", "--limit", "0"]) == 0
    total = json.loads(capsys.readouterr().out)["total"]
    assert window.model.rowCount() == total == result.total == 4
    assert window.bar.count.text() == "4 篇"
    facets = [window.facets.topLevelItem(i).text(0) for i in range(window.facets.topLevelItemCount())]
    assert facets == ["年份", "报纸", "栏目", "来源"]
    assert window.chart.months == [("2024-09", 4)] and window.chart.isVisible()


def test_a_bad_query_is_explained_in_the_ui_language_and_marks_the_list_stale(window):
    search(window, "知识产权")
    assert window.model.rowCount() == 4 and not window.search.stale
    window.search.set_query('知识 "未闭合')
    assert window.bar.error.isVisible()
    text = window.bar.error.text()
    assert "引号没有配对" in text and "第 4 个字符处" in text and "quote" not in text
    assert "background:#ffcdd2" in text  # the character at fault, marked
    assert window.search.stale and window.table.property("stale") is True
    assert window.bar.count.text() == "（旧结果）4 篇" and "列表仍是上次的结果" in text
    assert window.model.rowCount() == 4 and window.search.query == "知识产权"  # the old answer, kept
    window.search.set_query('知识 "未闭合"')  # fixed: a fresh answer, no longer stale
    assert not window.search.stale and window.table.property("stale") is False
    assert not window.bar.error.isVisible() and window.bar.count.text().endswith("篇")


def test_open_article_highlights_exactly_the_hits(window):
    search(window, "知識產權")  # a traditional query highlights simplified text
    row = next(r for r in range(window.model.rowCount())
               if window.model.index(r, 0).data(IdRole) == 2)
    select_rows(window, [row])
    record = window.reader.record
    assert record.id == 2
    pieces = [t for _, t in record.reading_order()]
    expected = sum(p.count("知识产权") for p in pieces)
    assert expected > 20
    assert len(window.reader.spans) == expected
    for n, s, e in window.reader.spans:
        assert pieces[n][s:e] == "知识产权"
    shown = window.reader.highlighted()
    assert shown == ["知识产权"] * expected  # what the document really paints
    assert "1/" in window.reader.hit_label.text()
    window.reader.step(1)
    assert window.reader.current == 1


def test_import_through_the_flow_adds_the_issue_to_the_tree(window, qtbot, tmp_path, monkeypatch):
    page = tmp_path / "page.txt"  # no sidecar, no metadata in the name: the dialog asks
    shutil.copy(SAMPLE_TXT, page)

    def fill_and_accept(dialog):
        dialog.publication.setCurrentText("泉州晚报")
        dialog.date.setDate(dialog.date.date().fromString("2024-10-08", "yyyy-MM-dd"))
        dialog.page.setValue(3)
        dialog.page_name.setText("城事")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(gui_importing.IssueMetadataDialog, "exec", fill_and_accept)
    previewed = []

    def look_and_accept(dialog):  # the import preview: the page's proposed articles, then 导入
        previewed.append([a.title for a in dialog.current().articles()])
        dialog.accept()
        return QDialog.DialogCode.Accepted

    from baoku.gui.importreview import ImportReviewDialog

    monkeypatch.setattr(ImportReviewDialog, "exec", look_and_accept)
    heard = []
    window.session.changed.connect(heard.append)
    with qtbot.waitSignal(window.imports.imported) as imported:
        window.imports.import_paths([page])
    assert imported.args[0].articles_added == 6
    assert len(previewed) == 1 and len(previewed[0]) == 6 and previewed[0][0] == "聚力“新知”挖掘“新质”"
    assert heard and heard[0].kinds == {"issues", "articles"}  # announced, not wired by hand
    labels = tree_labels(window)
    assert "2024-10-08" in labels and "第3版 城事" in labels  # the tree heard it
    assert window.model.rowCount() == 12  # so did the list
    assert window.settings.get("import/page_name") == "城事"  # remembered for next time
    search(window, "知识产权 日期:2024-10")
    assert window.model.rowCount() == 4


def test_a_page_already_stored_elsewhere_is_refused_with_a_button_to_import_it_anyway(window, qtbot, tmp_path):
    folder = tmp_path / "again"
    folder.mkdir()
    meta = json.loads(SAMPLE_TXT.with_suffix(".json").read_text(encoding="utf-8"))
    shutil.copy(SAMPLE_TXT, folder / "p.txt")
    (folder / "p.json").write_text(json.dumps(dict(meta, date="2024-09-13")), encoding="utf-8")
    with qtbot.waitSignal(window.imports.imported) as first:
        window.imports.start([folder], None)
    assert first.args[0].articles_added == 0 and first.args[0].outcomes[0].stored_elsewhere
    box = window.messages.open_boxes[-1]
    assert "2024-09-11 第5版" in box.detailedText()
    anyway = next(b for b in box.buttons() if b.text() == "仍然导入重复的版面")
    with qtbot.waitSignal(window.imports.imported) as second:
        anyway.click()
    assert second.args[0].articles_added == 6
    assert window.model.rowCount() == 12
    box = window.messages.open_boxes[-1]
    assert not [b for b in box.buttons() if b.text() == "仍然导入重复的版面"]
    assert "6 篇也刊于 泉州晚报 2024-09-11 第5版" in box.detailedText()  # in the window's words


def test_a_page_stored_with_other_content_is_refused_with_a_button_to_replace_it(window, qtbot, tmp_path):
    # The window refused a corrected page ("already in the archive, with other content") and had
    # no way to replace it: only the command line's --replace could. Now the summary offers it,
    # and what the page's articles held is kept (the old articles in the trash, the note moved).
    from baoku.core.store import collections, trash

    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        collections.set_note(archive, archive.article_ids()[1], "核对数字")
    folder = tmp_path / "corrected"
    folder.mkdir()
    shutil.copy(SAMPLE_TXT.with_suffix(".json"), folder / "p.json")
    (folder / "p.txt").write_text(SAMPLE_TXT.read_text(encoding="utf-8").replace("。", "。（更正）", 1), encoding="utf-8")
    with qtbot.waitSignal(window.imports.imported) as refused:
        window.imports.start([folder], None)
    assert refused.args[0].articles_added == 0 and refused.args[0].outcomes[0].conflicting
    box = window.messages.open_boxes[-1]
    swap = next(b for b in box.buttons() if b.text() == "用新版本替换这些版面")
    with qtbot.waitSignal(window.imports.imported) as replaced:
        swap.click()
    assert replaced.args[0].articles_added == 6
    assert window.model.rowCount() == 6
    box = window.messages.open_boxes[-1]
    assert not [b for b in box.buttons() if b.text() == "用新版本替换这些版面"]
    assert "被替换的 6 篇文章已移入回收站" in box.detailedText() + box.text()
    with Archive(path) as archive:
        assert len(trash.entries(archive)) == 1
        assert [collections.note(archive, i) for i in archive.article_ids()].count("核对数字") == 1


def test_cancelled_import_leaves_the_archive_unchanged(window, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "batch"
    folder.mkdir()
    meta = json.loads(SAMPLE_TXT.with_suffix(".json").read_text(encoding="utf-8"))
    for day in range(1, 5):
        shutil.copy(SAMPLE_TXT, folder / f"p{day}.txt")
        (folder / f"p{day}.json").write_text(json.dumps(dict(meta, date=f"2024-11-0{day}")), encoding="utf-8")
    with Archive(window.session.path) as a:
        before = (a.stats(), a.issues(), a.article_ids())

    def cancel_after_two(row, done, total):  # the user presses 取消 while the third file is read
        original(row, done, total)
        if done == total // 2:  # the bar counts in hundredths of a file (OCR moves it page by page)
            row.cancel.click()

    original = gui_importing.JobRow.set_progress
    monkeypatch.setattr(gui_importing.JobRow, "set_progress", cancel_after_two)
    with qtbot.waitSignal(window.imports.imported) as imported:
        window.imports.start([folder], None)
    report = imported.args[0]
    assert report.cancelled and report.rolled_back and len(report.outcomes) == 2
    with Archive(window.session.path) as a:
        stats = a.stats()
        assert (stats, a.issues(), a.article_ids()) == before
    assert "2024-11-01" not in tree_labels(window)
    search(window, "知识产权")
    assert window.model.rowCount() == 4  # the index holds nothing of the cancelled batch


def test_edit_headline_then_search_finds_it(window):
    select_rows(window, [5])
    record = window.reader.record
    window.metadata.fields["headline"].setText("知识产权护航民营企业")
    window.metadata.fields["headline"].textEdited.emit("知识产权护航民营企业")
    window.metadata.save()
    assert window.session.db.article(record.id).article.headline == "知识产权护航民营企业"
    assert window.model.index(5, 4).data() == "知识产权护航民营企业"
    assert window.reader.record.id == record.id  # still reading the article just edited
    search(window, "标题:护航民营")
    assert window.model.rowCount() == 1 and window.model.index(0, 0).data(IdRole) == record.id


def test_a_refused_edit_is_explained_inline(window):
    select_rows(window, [0])
    with Archive(window.session.path) as other:  # another window deleted the article meanwhile
        other.delete_article(window.reader.record.id)
    window.metadata.fields["headline"].setText("新标题")
    window.metadata.save()
    assert "no article with id" in window.metadata.error.text()  # the store's reason, beside the fields
    assert window.metadata.fields["headline"].text() == "新标题"  # the edit is kept


def test_export_three_selected_articles(window, qtbot, tmp_path):
    select_rows(window, [2, 3, 4])
    ids = window.articles.selected_ids()
    assert len(ids) == 3
    out = tmp_path / "three.pdf"
    with qtbot.waitSignal(window.exports.exported) as exported:
        window.exports.start(ids, out, ExportOptions(columns=2))
    assert out.is_file() and exported.args[0].articles == 3
    assert all(f["embedded"] and f["subset"] for f in pdfcheck.fonts(out))
    text = pdfcheck.squash("".join(pdfcheck.page_texts(out)))
    for i in ids:
        assert pdfcheck.squash(fullwidth_punctuation(window.session.db.article(i).article.headline)) in text


def test_export_preview_pages_and_zooms(window, qtbot):
    dialog = window.exports.dialog([1, 2, 3])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.pageCount() >= 3, timeout=20000)
    count = dialog.document.pageCount()
    assert dialog.page_label.text() == f"第 1 / {count} 页" and not dialog.prev_button.isEnabled()
    dialog.next_button.click()
    assert dialog.page() == 1 and dialog.page_label.text() == f"第 2 / {count} 页"
    dialog.to_last.click()
    assert dialog.page() == count - 1 and not dialog.next_button.isEnabled()
    dialog.to_first.click()
    assert dialog.page() == 0
    fit = dialog._shown_zoom()
    dialog.zoom_in_button.click()
    bigger = dialog.zoom()
    assert bigger > fit and dialog.zoom_label.text() == f"{bigger * 100:.0f}%"
    dialog.zoom_out_button.click()
    dialog.zoom_out_button.click()
    assert dialog.zoom() < bigger
    dialog.fit_width_button.click()
    assert abs(dialog._shown_zoom() - fit) < 0.01
    dialog.go_to_page(2)
    dialog.crop_marks.setChecked(True)  # a changed option lays out again, on the same page
    qtbot.waitUntil(lambda: "3 毫米" in "" or dialog.options().crop_marks, timeout=1000)
    dialog.request_preview()
    qtbot.wait(50)
    assert dialog.page() == 2
    assert dialog.font_size.text() == "10.5 磅"  # a unit, not a bare 10.50
    assert dialog.fullwidth.isChecked() == ExportOptions().fullwidth_punctuation  # the CLI's default


def test_tree_and_calendar_filters_show_in_the_box_and_combine_with_the_query(window, qtbot):
    search(window, "知识产权")
    assert window.model.rowCount() == 4
    page = find_item(window, "第5版 民企会客厅")
    window.tree.clicked.emit(page.index())
    assert window.bar.edit.text() == "报纸:泉州晚报 日期:2024-09-11 版:5 知识产权"
    assert window.model.rowCount() == 4 and window.bar.clear_filter.isVisible()
    assert window.search.result.total == 4
    # a day on the calendar replaces the filter, the words stay
    from PySide6.QtCore import QDate

    window.calendar.calendar.clicked.emit(QDate(2024, 9, 11))
    assert window.bar.edit.text() == "报纸:泉州晚报 日期:2024-09-11 知识产权"
    assert window.model.rowCount() == 4
    # highlights follow the query the list answers
    assert all(t == "知识产权" for t in window.reader.highlighted()) and window.reader.highlighted()
    window.calendar.calendar.clicked.emit(QDate(2024, 9, 12))  # no issue that day: it says so
    assert "无此期" in window.calendar.notice.text() and "2024-09-12" in window.calendar.notice.text()
    assert window.bar.edit.text() == "报纸:泉州晚报 日期:2024-09-11 知识产权"  # nothing else changed
    window.bar.clear_filter.click()  # one click
    assert window.bar.edit.text() == "知识产权" and not window.bar.clear_filter.isVisible()
    window.bar.edit.clear()
    window.search.run_now()
    window.tree.clicked.emit(find_item(window, "2024-09-11").index())
    assert window.bar.edit.text() == "报纸:泉州晚报 日期:2024-09-11"
    assert window.model.ids() == sorted(window.model.ids())  # filters only: in print order
    window.tree.clicked.emit(find_item(window, "全部文章").index())
    assert window.bar.edit.text() == "" and window.model.rowCount() == 6


def test_search_runs_as_you_type_once_typing_pauses(window, qtbot):
    runs = []
    window.search.searched.connect(lambda r: runs.append(window.search.query))
    type_text(window.bar.edit, "知识产权")
    assert runs == []  # not on every key
    qtbot.waitUntil(lambda: runs == ["知识产权"], timeout=3000)
    assert window.model.rowCount() == 4
    type_text(window.bar.edit, " 泉州")
    qtbot.waitUntil(lambda: len(runs) == 2, timeout=3000)
    qtbot.wait(400)
    assert runs == ["知识产权", "知识产权 泉州"]  # one search per pause
    window.bar.edit.setText("新华社")
    window.bar.button.click()  # the button runs it at once
    assert runs[-1] == "新华社" and window.model.rowCount() == 3


def test_calendar_shows_a_missing_issue(window, tmp_path):
    folder = sample_dated(tmp_path / "later", "2024-09-13")
    window.imports.start([folder], None, duplicates=True)  # the same page again, on the 13th
    import datetime as dt

    window.calendar.publication.setCurrentText("泉州晚报")
    assert dt.date(2024, 9, 12) in window.calendar.calendar.missing
    assert set(window.calendar.calendar.held) == {dt.date(2024, 9, 11), dt.date(2024, 9, 13)}
    assert "缺 1 期" in window.calendar.legend.text() and "2024-09-12" in window.calendar.legend.text()


def test_real_thread_pool_delivers_results_on_the_main_thread(qtbot, tmp_path, settings):
    window = make_window(qtbot, tmp_path / "threaded.db", settings, Tasks())
    qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=30000)
    with qtbot.waitSignal(window.search.searched, timeout=30000) as searched:
        window.search.set_query("新华社")
    assert window.model.rowCount() == searched.args[0].total == 3
    db = window.session.db  # the main thread's connection only reads
    assert db.read_only and db.db.execute("PRAGMA query_only").fetchone()[0] == 1
    import sqlite3

    with pytest.raises(sqlite3.OperationalError):
        db.db.execute("DELETE FROM article")
    window.close()


def test_article_model_passes_the_model_tester(qtmodeltester, window):
    model = ArticleTableModel(window.session.db.summaries)
    model.set_ids(window.session.db.article_ids())
    qtmodeltester.check(model)
    qtmodeltester.check(window.tree_model)


def test_article_model_fetches_rows_lazily(window):
    fetched: list[int] = []

    def fetch(ids):
        fetched.extend(ids)
        return window.session.db.summaries(ids)

    model = ArticleTableModel(fetch)
    model.set_ids(list(range(1, 100_001)))  # 100k ids, most of them not even in this archive
    assert model.rowCount() == 100_000 and fetched == []
    model.index(50_000, 4).data()
    assert len(fetched) == 200  # one block around the row asked for
    assert model.index(2, 4).data() == window.session.db.article(3).article.headline


def test_options_registry_defaults_and_types(settings):
    assert settings.get("export/paper") == "A4" and settings.get("export/columns") == 1
    settings.set("export/columns", 2)
    assert settings.get("export/columns") == 2
    with pytest.raises(KeyError):
        settings.set("no/such/option", 1)
    settings.remember_archive("/a.db")
    settings.remember_archive("/b.db")
    settings.remember_archive("/a.db")
    assert settings.get("archive/recent") == ["/a.db", "/b.db"]


def test_query_meta_is_not_needed_for_the_sample(tmp_path):
    from baoku.core.importing.metadata import needs_issue_metadata

    assert not needs_issue_metadata(SAMPLE_TXT)  # its sidecar says everything
    bare = tmp_path / "bare.txt"
    shutil.copy(SAMPLE_TXT, bare)
    assert needs_issue_metadata(bare)
    named = tmp_path / "泉州晚报_2024-09-11_第5版_民企会客厅.txt"
    shutil.copy(SAMPLE_TXT, named)
    assert not needs_issue_metadata(named)
    assert fold("知識") == fold("知识") and IssueMeta().missing()


def test_every_ui_string_has_english(tmp_path):
    import html
    import re
    import subprocess
    import sys

    from baoku.core.paths import PROJECT_DIR, resources_dir

    sys.path.insert(0, str(resources_dir() / "i18n"))
    from english import ENGLISH

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed beside this Python")
    ts = tmp_path / "check.ts"
    sources = sorted((PROJECT_DIR / "desktop" / "baoku" / "gui").glob("*.py"))
    subprocess.run([str(lupdate), *map(str, sources), "-ts", str(ts)], check=True, capture_output=True)
    found = {html.unescape(s) for s in re.findall(r"<source>(.*?)</source>", ts.read_text("utf-8"), re.S)}
    assert found and not found - set(ENGLISH), sorted(found - set(ENGLISH))
    # Every literal the code hands to tr() or translate() must be one lupdate extracted: a call
    # it cannot see (inside an f-string, say) is never translated at run time.
    in_code = set()
    for path in sources:
        text = path.read_text(encoding="utf-8")
        in_code |= {m.group(2) for m in re.finditer(r"""\btr\((["'])(.*?)\1(?:, "", [^()]*(?:\([^()]*\))?[^()]*)?\)""",
                                                     text)}
        in_code |= {m.group(2) for m in re.finditer(r"""\btranslate\("\w+", (["'])(.*?)\1\)""", text)}
    assert in_code and not in_code - found, sorted(in_code - found)
    assert (resources_dir() / "i18n" / "baoku_en.qm").is_file()


def test_the_interface_switches_to_english(qtbot, tmp_path, settings, qapp):
    from baoku.gui.app import install_translator

    installed = install_translator(qapp, "en")
    try:
        window = make_window(qtbot, tmp_path / "en.db", settings)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&File", "&Edit", "&Search", "&Proofread", "&View", "&Help"]
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Date"
        assert window.side_tabs.tabText(0) == "Browse"
        assert "All articles" in tree_labels(window)
        search(window, "李劲松")  # counts take the plural they need
        assert window.bar.count.text() == "1 article"
        search(window, "知识产权")
        assert window.bar.count.text() == "4 articles"
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("zh_CN"))


def test_qts_own_file_dialog_is_chinese_in_the_chinese_ui(qtbot, qapp, tmp_path):
    """qtbase_zh_CN leaves "&Look in:", "Files of &type:", "Folder" and some buttons in English,
    and calls a file's size 体积: baoku_zh_CN.qm fills and fixes them."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    from baoku.gui.app import install_translator

    (tmp_path / "folder").mkdir()
    installed = install_translator(qapp, "zh_CN")
    try:
        dialog = QFileDialog(None, "导入", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        qtbot.addWidget(dialog)
        words = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton) if w.text()]
        from PySide6.QtWidgets import QTreeView

        view = dialog.findChild(QTreeView, "treeView")
        model = view.model()
        words += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 1)
        words.append(model.index(0, 2, view.rootIndex()).data())  # the kind of the folder
        english = [w for w in words if re.search(r"[A-Za-z]{2,}", w.replace("&", ""))]
        assert not english, english
        assert "大小" in words and "体积" not in words and "文件夹" in words
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_a_system_without_a_locale_takes_the_ui_language_for_dates_and_sizes():
    from baoku.gui.app import ui_locale_for_system

    for env in ({}, {"LANG": "C.UTF-8"}, {"LC_ALL": "POSIX"}):
        ui_locale_for_system("zh_CN", env)
        assert env == {"LANG": "zh_CN.UTF-8"}
    env = {"LANG": "de_DE.UTF-8"}
    ui_locale_for_system("zh_CN", env)  # a real system locale is the user's choice
    assert env == {"LANG": "de_DE.UTF-8"}


def test_backup_and_check_from_the_window(window, qtbot, tmp_path):
    with qtbot.waitSignal(window.archive.backedUp):
        window.archive.backup(tmp_path / "copy.db")
    with Archive(tmp_path / "copy.db", create=False) as copy:
        assert copy.stats()["articles"] == 6
    with qtbot.waitSignal(window.archive.checked) as checked:
        window.archive.check()
    assert checked.args[0].ok


def test_refile_an_article_to_its_real_date_and_page(window):
    select_rows(window, [5])
    article_id = window.reader.record.id
    panel = window.metadata
    panel.date.setDate(panel.date.date().addDays(1))
    panel.page.setValue(7)
    panel.page_name.setText("评论")
    assert panel.changes() == {"date": "2024-09-12", "page": 7, "page_name": "评论"}
    panel.save()
    record = window.session.db.article(article_id)
    assert record.source_line() == "泉州晚报 2024年9月12日 第7版 评论"
    assert "2024-09-12" in tree_labels(window) and "第7版 评论" in tree_labels(window)
    assert "第5版 民企会客厅" in tree_labels(window)  # the page it left keeps the rest
    search(window, "日期:2024-09-12")
    assert window.model.ids() == [article_id]


def test_a_read_only_archive_opens_in_read_only_mode(qtbot, tmp_path, settings, monkeypatch):
    path = tmp_path / "ro.db"
    first = make_window(qtbot, path, settings)  # creates it, with the sample, indexed on search
    search(first, "知识产权")
    first.close()
    import baoku.core.store.archive as store_archive

    monkeypatch.setattr(store_archive, "writable", lambda p: False)  # as if on a CD or chmod 444
    window = make_window(qtbot, path, settings, sample=False)
    assert window.session.read_only and "只读" in window.windowTitle()
    # the archive and its state; Qt ends the title with the application's name (报库), once
    assert window.windowTitle() == f"{path}（只读）"
    assert not window.import_action.isEnabled()
    search(window, "知识产权")
    assert window.model.rowCount() == 4  # reading and searching work
    window.table.selectRow(0)  # the record is shown, none of it can be changed, and the fields say why
    assert window.metadata.record is not None
    for field in (window.metadata.fields["headline"], window.metadata.note, window.metadata.date):
        assert not field.isEnabled() and "只读" in field.toolTip()


def test_a_reprinted_text_is_one_row_that_says_where_else_it_was_printed(qtbot, tmp_path, settings):
    from baoku.core.model import HEADLINE, PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage
    import datetime as dt

    path = tmp_path / "reprints.db"
    with Archive(path) as archive:
        for n, paper in enumerate(["泉州晚报", "东南早报"]):
            art = Article(blocks=[Block(HEADLINE, "粮食总产量再创新高"), Block(PARAGRAPH, "据新华社电 粮食丰收。")],
                          headline="粮食总产量再创新高")
            archive.save_issue(ParsedIssue(IssueInfo(paper, dt.date(2024, 9, 11)), [ParsedPage(PageInfo(n + 2), [art])],
                                           source="t", source_hash=paper, importer="t"), duplicates=True)
    window = make_window(qtbot, path, settings, sample=False)
    search(window, "粮食")
    assert window.model.rowCount() == 1
    assert window.bar.count.text() == "2 篇（1 种文本）"
    head = window.model.data(window.model.index(0, 4))
    tip = window.model.data(window.model.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert head.endswith("〔另载1处〕")
    assert len(window.model.copies(window.model.id_at(0))) == 1
    assert ("东南早报" in tip) != ("泉州晚报" in tip)  # the other copy, not the listed one


def test_the_window_comes_back_as_it_was_left(qtbot, tmp_path, settings):
    window = make_window(qtbot, tmp_path / "a.db", settings)
    # A size the window can take whatever the fonts make its minimum (777×555 fits the offscreen
    # screen with ours; a machine with wider fonts has a larger minimum, which the window keeps).
    window.resize(777, 555)
    qtbot.wait(10)
    size = (window.width(), window.height())
    window.main_split.setSizes([233, 544])
    window.list_split.setSizes([300, 150])
    window.table.setColumnWidth(1, 155)
    window.side_tabs.setCurrentIndex(1)
    window.metadata_action.setChecked(False)
    qtbot.wait(10)
    sizes = (window.main_split.sizes(), window.list_split.sizes())
    window.close()
    again = make_window(qtbot, tmp_path / "a.db", settings, sample=False)
    qtbot.wait(10)
    assert (again.width(), again.height()) == size
    assert (again.main_split.sizes(), again.list_split.sizes()) == sizes
    assert again.table.columnWidth(1) == 155
    assert again.side_tabs.currentIndex() == 1
    assert not again.metadata_action.isChecked() and not again.metadata_scroll.isVisible()


def test_the_layout_fits_ten_list_rows_at_1024_by_700(qtbot, tmp_path, settings):
    window = make_window(qtbot, tmp_path / "a.db", settings)
    window.resize(1024, 700)
    search(window, "知识产权")  # the coverage strip shows after a search
    qtbot.wait(50)
    rows = (window.table.viewport().height()) // window.table.verticalHeader().defaultSectionSize()
    assert rows >= 10, rows
    assert window.toolbar.isVisible() and [a.text() for a in window.toolbar.actions()] == [
        "导入…", "导出…", "检索", "日历", "检查档案"]
    # the tree's labels can be read at the default width
    item = find_item(window, "第5版 民企会客厅")
    rect = window.tree.visualRect(item.index())
    assert window.tree.fontMetrics().horizontalAdvance("第5版 民企会客厅") <= rect.width()


def test_the_language_menu_checks_the_language_in_use_and_offers_a_restart(window, qtbot):
    menu = window.language
    assert menu.actions["zh_CN"].isChecked() and not menu.actions["en"].isChecked()
    assert menu.checked() == "zh_CN"
    box = menu.choose("en")
    qtbot.addWidget(box)
    assert menu.actions["en"].isChecked() and not menu.actions["zh_CN"].isChecked()
    assert window.settings.get("ui/language") == "en"
    assert "重新启动" in box.text() and "restarts" in box.text()  # said in both languages
    assert any("Later" in b.text() for b in box.buttons())
    box.reject()
    assert menu.choose("zh_CN") is None  # back to the language running: nothing to restart


def test_help_examples_run_when_clicked_and_about_names_the_font_licences(window, qtbot):
    from PySide6.QtCore import QUrl
    from urllib.parse import quote

    from baoku.gui.help import RUN, about

    examples = [q for q, _ in window.help.examples()]
    assert "日期:2024-09" in examples and len(examples) >= 12
    window.help.view.anchorClicked.emit(QUrl(RUN + quote("来源:新华社")))
    assert window.bar.edit.text() == "来源:新华社" and window.model.rowCount() == 3
    box = about(window)
    qtbot.addWidget(box)
    assert "Arphic Public License" in box.text() and "Apache License 2.0" in box.text()
    from baoku import __version__

    assert __version__ in box.text()


def test_the_import_dialog_proposes_what_the_file_says_asks_the_rest_and_shows_what_will_come(window, qtbot, tmp_path):
    from baoku.core.importing.metadata import known_metadata
    from baoku.gui.importing import IssueMetadataDialog

    named = tmp_path / "泉州晚报_2024-09-11.txt"  # the paper and date, but no page
    shutil.copy(SAMPLE_TXT, named)
    previews = []

    def preview(meta, show):
        window.session.read(lambda b, j: b.preview_import([named], meta), lambda p: (previews.append(p), show(p)))

    dialog = IssueMetadataDialog([named.name], ["泉州晚报"], window.settings, window, known=known_metadata(named),
                                 preview=preview)
    qtbot.addWidget(dialog)
    assert dialog.date.date().toString("yyyy-MM-dd") == "2024-09-11"  # proposed from the name
    assert dialog.page.value() == 0 and "版次" in dialog.summary.text()  # asked, not guessed
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "版次" in dialog.error.text()
    dialog.page.setValue(5)
    dialog.page_name.setText("民企会客厅")
    qtbot.waitUntil(lambda: bool(previews))
    text = dialog.summary.text()
    assert "将导入 6 篇" in text and "聚力“新知”挖掘“新质”" in text
    assert "其中 6 篇已在档案中：泉州晚报 2024-09-11 第5版 民企会客厅" in text  # the sample is already in
    bare = tmp_path / "page.txt"
    shutil.copy(SAMPLE_TXT, bare)
    empty = IssueMetadataDialog([bare.name], [], window.settings, window, known=known_metadata(bare))
    qtbot.addWidget(empty)
    assert empty.date.date() == IssueMetadataDialog.EMPTY_DATE and empty.date.text() == "（请选择日期）"


def test_wire_items_stand_apart_in_tree_calendar_list_and_reader(window, tmp_path):
    """An agency's story (no page): its own node in the tree, blue days in the calendar with none
    missing, 通稿 in the list, and the reader shows its abstract and note (issue 31)."""
    import datetime as dt

    from baoku.gui.calendar import WIRE_DAY

    from .test_agency import NITF_WITH_DOCTYPE

    (tmp_path / "wire.xml").write_text(NITF_WITH_DOCTYPE, encoding="utf-8")
    window.imports.start([tmp_path / "wire.xml"], None)
    labels = tree_labels(window)
    assert "通讯社稿（未见报）" in labels and "nitf.org" in labels and "2002-02-26" in labels
    wire = find_item(window, "通讯社稿（未见报）")
    assert find_item(window, "nitf.org").parent() is wire  # apart from the papers
    day = find_item(window, "2002-02-26")
    assert day.rowCount() == 0  # a wire's day lists no pages
    window.calendar.publication.setCurrentText("nitf.org")
    cal = window.calendar.calendar
    assert cal.wire and set(cal.held) == {dt.date(2002, 2, 26)} and not cal.missing
    assert "通讯社稿" in window.calendar.legend.text() and WIRE_DAY.name() == "#1565c0"
    search(window, "版:通稿")
    assert window.model.rowCount() == 1
    from baoku.gui.models import COL_PAGE

    assert window.model.data(window.model.index(0, COL_PAGE)) == "通稿"
    with Archive(window.session.db.path) as archive:
        rec = archive.article(archive.article_ids()[-1])
    window.reader.show_record(rec, "tides")
    shown = window.reader.view.toPlainText()
    assert "提要：Superb weather today." in shown and "编辑提示：Written to show" in shown
    assert "Stewart Kilometers contributed" in shown
    window.metadata.show_record(rec)
    assert not window.metadata.page.isEnabled() and window.metadata.page.text() == "通稿"
    assert not window.metadata.changes()


class HeldPool:
    """A pool that keeps each task until released: a search still on its way."""

    def __init__(self):
        self.held = []

    def start(self, runnable) -> None:
        self.held.append(runnable)

    def waitForDone(self, msecs: int = -1) -> bool:
        self.release()
        return True

    def release(self) -> None:
        while self.held:
            self.held.pop(0).run()


def test_a_change_while_a_newer_search_is_on_its_way_never_drops_it(window):
    from baoku.core.changes import ARTICLES, Changes

    search(window, "知识产权")
    assert window.search.query == "知识产权"
    held = HeldPool()
    window.session.reads.pool = held
    window.search.set_query("新华社")  # asked for, not answered yet
    window.session.changed.emit(Changes.of(ARTICLES))  # an import lands meanwhile
    held.release()
    assert window.search.bar.edit.text() == "新华社"
    assert window.search.query == "新华社"  # the list answers the box, not the query before it
    assert window.search.result.total == window.session.searcher.search("新华社").total


def test_the_page_tab_leaves_the_metadata_panel_its_room_at_1024_pixels(qtbot, tmp_path, settings):
    # The page panel's buttons sit on a tool bar whose » holds those that do not fit: with the
    # 版面 tab open at 1024×700 the metadata panel is not squeezed under its own width (it was cut
    # at the window's edge, its 保存 button half off), and every button can still be reached.
    window = make_window(qtbot, tmp_path / "a.db", settings)
    window.resize(1024, 700)
    window.table.selectRow(0)
    window.reader_tabs.setCurrentWidget(window.page_panel)
    window.reader_split.setSizes([1024, 1024 // 5])  # the page given all it asks (the screenshot's sizes)
    qtbot.wait(50)
    panel = window.page_panel
    assert panel.minimumSizeHint().width() < sum(b.sizeHint().width() for b in panel.buttons.values())
    assert window.width() <= 1024
    form = window.metadata_scroll.widget()
    assert form.width() <= window.metadata_scroll.viewport().width()  # the form is not cut at the edge
    save = window.metadata.buttons
    assert save.mapTo(window, save.rect().topRight()).x() < window.width()
    bar = panel.buttons["layout"].parentWidget()
    assert len([a for a in bar.actions() if a.isVisible()]) == len(panel.buttons)  # all on the bar or behind »


def test_the_export_dialog_gives_a_typed_name_its_formats_suffix(window, qtbot, tmp_path, monkeypatch):
    """A name typed in the save dialog without the format's suffix (or with another) is written
    with it added, never as a PDF named 选题.odt."""
    from PySide6.QtWidgets import QFileDialog

    from baoku.gui.exporting import ExportDialog

    monkeypatch.setattr(ExportDialog, "exec", lambda self: ExportDialog.DialogCode.Accepted)
    for typed, written in (("选题.odt", "选题.odt.pdf"), ("选题", "选题.pdf"), ("选题.PDF", "选题.PDF")):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / typed), ""))
        with qtbot.waitSignal(window.exports.exported, timeout=20000) as exported:
            window.exports.choose([2])
        assert exported.args[0].path == tmp_path / written and (tmp_path / written).read_bytes()[:5] == b"%PDF-"
        assert not (tmp_path / typed).exists() or typed == written
    # The name offered is made from a collection's name safely: in the last folder, whatever the name
    # (test_tester_round: ../../出去 was offered, and written, two folders up).
    folder = tmp_path / "out"
    folder.mkdir()
    window.settings.set("export/last_folder", str(folder))
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, caption, where, *rest: (offered.append(where)
                                                                                              or ("", "")))
    monkeypatch.setattr(ExportDialog, "request_preview", lambda self: None)
    for title in ("CON", "长" * 500, ".隐藏", "../../出去"):
        window.exports.choose([2], title=title)
    assert [Path(p).parent for p in offered] == [folder] * 4
    assert [Path(p).name[:4] for p in offered] == ["_CON", "长" * 4, "隐藏.p", "_.._"]
    assert all(len(Path(p).name.encode()) <= 255 for p in offered)


def test_the_metadata_panels_source_line_keeps_its_wrapped_lines_at_1024_pixels(qtbot, tmp_path, settings):
    # A window opened at 1024×700, its first article shown once the worker has read it: the
    # panel's 出处 line (paper, date, page, page name) wraps to two lines, and the scrolled form
    # gave it one line's height, so the second line was cut off (seen on a screenshot).
    from baoku.gui.mainwindow import MainWindow

    window = MainWindow(tmp_path / "a.db", settings=settings, tasks=Tasks(), first_run_sample=True)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitUntil(lambda: window.reader.record is not None, timeout=30000)
    qtbot.wait(100)
    where = window.metadata.where
    assert where.text() and where.heightForWidth(where.width()) > where.fontMetrics().lineSpacing()  # it wraps
    assert where.height() >= where.heightForWidth(where.width())
    window.close()
