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
from baoku.core.search.normalize import fold
from baoku.core.store import Archive
from baoku.gui import importing as gui_importing
from baoku.gui.browse import ScopeRole
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
    window.run_search("知识产权")
    assert window.query == "知识产权"
    capsys.readouterr()
    assert cli_main(["--archive", str(window.backend.path), "search", "知识产权", "--json", "--limit", "0"]) == 0
    total = json.loads(capsys.readouterr().out)["total"]
    assert window.model.rowCount() == total == window.last_result.total == 4
    assert "4" in window.count_label.text()
    facets = [window.facets.topLevelItem(i).text(0) for i in range(window.facets.topLevelItemCount())]
    assert facets == ["年份", "报名", "栏目", "来源"]
    assert window.chart.months == [("2024-09", 4)]


def test_a_bad_query_is_shown_inline(window):
    window.search_edit.setText('"未闭合')
    window.run_search('"未闭合')
    assert window.query_error.isVisible() and "quote" in window.query_error.text()
    assert window.model.rowCount() == 6  # the list is left as it was


def test_open_article_highlights_exactly_the_hits(window):
    window.run_search("知識產權")  # a traditional query highlights simplified text
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


def test_import_through_the_flow_adds_the_issue_to_the_tree(window, tmp_path, monkeypatch):
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
    window.import_paths([page])
    assert window.last_report.articles_added == 6
    labels = tree_labels(window)
    assert "2024-10-08" in labels and "第3版 城事" in labels
    assert window.settings.get("import/page_name") == "城事"  # remembered for next time
    window.run_search("知识产权 日期:2024-10")
    assert window.model.rowCount() == 4


def test_cancelled_import_leaves_the_archive_unchanged(window, tmp_path, monkeypatch):
    folder = tmp_path / "batch"
    folder.mkdir()
    meta = json.loads(SAMPLE_TXT.with_suffix(".json").read_text(encoding="utf-8"))
    for day in range(1, 5):
        shutil.copy(SAMPLE_TXT, folder / f"p{day}.txt")
        (folder / f"p{day}.json").write_text(json.dumps(dict(meta, date=f"2024-11-0{day}")), encoding="utf-8")
    with Archive(window.backend.path) as a:
        before = (a.stats(), a.issues(), a.article_ids())

    def cancel_after_two(row, done, total):  # the user presses 取消 while the third file is read
        original(row, done, total)
        if done == 2:
            row.cancel.click()

    original = gui_importing.JobRow.set_progress
    monkeypatch.setattr(gui_importing.JobRow, "set_progress", cancel_after_two)
    window.start_import([folder], None)
    report = window.last_report
    assert report.cancelled and report.rolled_back and len(report.outcomes) == 2
    with Archive(window.backend.path) as a:
        stats = a.stats()
        assert (stats, a.issues(), a.article_ids()) == before
    assert "2024-11-01" not in tree_labels(window)
    window.run_search("知识产权")
    assert window.model.rowCount() == 4  # the index holds nothing of the cancelled batch


def test_edit_headline_then_search_finds_it(window):
    select_rows(window, [5])
    record = window.reader.record
    window.metadata.fields["headline"].setText("知识产权护航民营企业")
    window.metadata.fields["headline"].textEdited.emit("知识产权护航民营企业")
    window.metadata.save()
    assert window.db.article(record.id).article.headline == "知识产权护航民营企业"
    assert window.model.index(5, 4).data() == "知识产权护航民营企业"
    window.run_search("标题:护航民营")
    assert window.model.rowCount() == 1 and window.model.index(0, 0).data(IdRole) == record.id


def test_a_refused_edit_is_explained_inline(window):
    select_rows(window, [0])
    with Archive(window.backend.path) as other:  # another window deleted the article meanwhile
        other.delete_article(window.reader.record.id)
    window.metadata.fields["headline"].setText("新标题")
    window.metadata.save()
    assert "no article with id" in window.metadata.error.text()  # the store's reason, beside the fields
    assert window.metadata.fields["headline"].text() == "新标题"  # the edit is kept


def test_export_three_selected_articles(window, tmp_path):
    select_rows(window, [1, 2, 3])
    ids = window.selected_ids()
    assert len(ids) == 3
    out = tmp_path / "three.pdf"
    window.start_export(ids, out, ExportOptions(columns=2))
    assert out.is_file() and window.last_export.articles == 3
    assert all(f["embedded"] and f["subset"] for f in pdfcheck.fonts(out))
    text = pdfcheck.squash("".join(pdfcheck.page_texts(out)))
    for i in ids:
        assert pdfcheck.squash(window.db.article(i).article.headline) in text


def test_export_dialog_previews_the_pdf(window, qtbot):
    from baoku.gui.exporting import ExportDialog

    dialog = ExportDialog(2, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.crop_marks.setChecked(True)
    data = window.backend.preview([2, 3], dialog.options())
    dialog.show_preview(data)
    assert dialog.document.pageCount() >= 3
    assert dialog.options().crop_marks and dialog.options().paper == "A4"


def test_browse_tree_scopes_the_list(window):
    tree_labels(window)  # expands every issue, loading its pages
    page_item = None
    root = window.tree_model.invisibleRootItem()
    stack = [root]
    while stack:
        item = stack.pop()
        for r in range(item.rowCount()):
            child = item.child(r, 0)
            if child.text().startswith("第5版"):
                page_item = child
            stack.append(child)
    assert page_item is not None and "page_id" in page_item.data(ScopeRole)
    window._tree_clicked(page_item.index())
    assert window.model.rowCount() == 6 and window.query == ""


def test_calendar_shows_a_missing_issue(window, tmp_path):
    folder = tmp_path / "later"
    folder.mkdir()
    meta = json.loads(SAMPLE_TXT.with_suffix(".json").read_text(encoding="utf-8"))  # a daily paper
    shutil.copy(SAMPLE_TXT, folder / "p.txt")
    (folder / "p.json").write_text(json.dumps(dict(meta, date="2024-09-13")), encoding="utf-8")
    window.start_import([folder], None)
    import datetime as dt

    window.calendar.publication.setCurrentText("泉州晚报")
    assert dt.date(2024, 9, 12) in window.calendar.calendar.missing
    assert set(window.calendar.calendar.held) == {dt.date(2024, 9, 11), dt.date(2024, 9, 13)}
    assert "缺1期" in window.calendar.legend.text() and "2024-09-12" in window.calendar.legend.text()


def test_real_thread_pool_delivers_results_on_the_main_thread(qtbot, tmp_path, settings):
    window = make_window(qtbot, tmp_path / "threaded.db", settings, Tasks())
    qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=30000)
    window.run_search("新华社")
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=30000)
    assert window.model.rowCount() == window.last_result.total == 3
    window.close()


def test_article_model_passes_the_model_tester(qtmodeltester, window):
    model = ArticleTableModel(window.db.summaries)
    model.set_ids(window.db.article_ids())
    qtmodeltester.check(model)
    qtmodeltester.check(window.tree_model)


def test_article_model_fetches_rows_lazily(window):
    fetched: list[int] = []

    def fetch(ids):
        fetched.extend(ids)
        return window.db.summaries(ids)

    model = ArticleTableModel(fetch)
    model.set_ids(list(range(1, 100_001)))  # 100k ids, most of them not even in this archive
    assert model.rowCount() == 100_000 and fetched == []
    model.index(50_000, 4).data()
    assert len(fetched) == 200  # one block around the row asked for
    assert model.index(2, 4).data() == window.db.article(3).article.headline


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
    assert (resources_dir() / "i18n" / "baoku_en.qm").is_file()


def test_the_interface_switches_to_english(qtbot, tmp_path, settings, qapp):
    from baoku.gui.app import install_translator

    installed = install_translator(qapp, "en")
    try:
        window = make_window(qtbot, tmp_path / "en.db", settings)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&File", "&Search", "&View"]
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Date"
        assert window.side_tabs.tabText(0) == "Browse"
        assert "All articles" in tree_labels(window)
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("zh_CN"))


def test_backup_and_check_from_the_window(window, tmp_path):
    window.start_backup(tmp_path / "copy.db")
    with Archive(tmp_path / "copy.db", create=False) as copy:
        assert copy.stats()["articles"] == 6
    window.start_check()
    assert window.last_check is not None and window.last_check.ok


def test_refile_an_article_to_its_real_date_and_page(window):
    select_rows(window, [5])
    article_id = window.reader.record.id
    panel = window.metadata
    panel.date.setDate(panel.date.date().addDays(1))
    panel.page.setValue(7)
    panel.page_name.setText("评论")
    assert panel.changes() == {"date": "2024-09-12", "page": 7, "page_name": "评论"}
    panel.save()
    record = window.db.article(article_id)
    assert record.source_line() == "泉州晚报 2024年9月12日 第7版 评论"
    assert "2024-09-12" in tree_labels(window) and "第7版 评论" in tree_labels(window)
    assert "第5版 民企会客厅" in tree_labels(window)  # the page it left keeps the rest
    window.run_search("日期:2024-09-12")
    assert window.model.ids() == [article_id]


def test_a_read_only_archive_opens_in_read_only_mode(qtbot, tmp_path, settings, monkeypatch):
    path = tmp_path / "ro.db"
    first = make_window(qtbot, path, settings)  # creates it, with the sample, indexed on search
    first.run_search("知识产权")
    first.close()
    import baoku.core.store.archive as store_archive

    monkeypatch.setattr(store_archive, "writable", lambda p: False)  # as if on a CD or chmod 444
    window = make_window(qtbot, path, settings, sample=False)
    assert window.read_only and "只读" in window.windowTitle()
    assert not window.import_action.isEnabled() and not window.metadata.isEnabled()
    window.run_search("知识产权")
    assert window.model.rowCount() == 4  # reading and searching work


def test_a_reprinted_text_is_one_row_that_says_where_else_it_was_printed(qtbot, tmp_path, settings):
    from baoku.core.model import HEADLINE, PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage
    import datetime as dt

    path = tmp_path / "reprints.db"
    with Archive(path) as archive:
        for n, paper in enumerate(["泉州晚报", "东南早报"]):
            art = Article(blocks=[Block(HEADLINE, "粮食总产量再创新高"), Block(PARAGRAPH, "据新华社电 粮食丰收。")],
                          headline="粮食总产量再创新高")
            archive.save_issue(ParsedIssue(IssueInfo(paper, dt.date(2024, 9, 11)), [ParsedPage(PageInfo(n + 2), [art])],
                                           source="t", source_hash=paper, importer="t"))
    window = make_window(qtbot, path, settings, sample=False)
    window.run_search("粮食")
    assert window.model.rowCount() == 1
    assert window.count_label.text() == "2 篇（1 种文本）"
    head = window.model.data(window.model.index(0, 4))
    tip = window.model.data(window.model.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert head.endswith("〔另载1处〕")
    assert len(window.model.copies(window.model.id_at(0))) == 1
    assert ("东南早报" in tip) != ("泉州晚报" in tip)  # the other copy, not the listed one
