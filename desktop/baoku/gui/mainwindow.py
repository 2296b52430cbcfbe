"""The main window: browse and search on the left, the article list, the reader and its metadata.

Thin by design: every action hands one core call to the task pool (`Tasks`) and shows the result
or the error when it comes back on the main thread. Reading single rows for display (the lazy list,
the reader) uses a second, read-only connection on the main thread; SQLite's WAL lets it read while
the worker writes.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import BaokuError
from ..core.export import ExportOptions
from ..core.importing.metadata import IssueMeta, needs_issue_metadata
from ..core.paths import sample_issue
from ..core.search.query import QueryError, parse_query
from ..core.store import Archive
from .backend import Backend
from .browse import PendingRole, ScopeRole, build_tree, fill_pages
from .calendar import CalendarPanel
from .exporting import ExportDialog
from .facets import CoverageChart, FacetTree
from .importing import IssueMetadataDialog, JobsPanel, summary_box, summary_text
from .metadata import MetadataPanel
from .models import COL_HEADLINE, ArticleTableModel, IdRole
from .options import Settings
from .reader import ReaderPane
from .tasks import Tasks


class MainWindow(QMainWindow):
    def __init__(self, archive_path: Path, *, settings: Settings | None = None, tasks: Tasks | None = None,
                 first_run_sample: bool = True):
        super().__init__()
        self.settings = settings or Settings()
        self.tasks = tasks or Tasks()
        self.tasks.default_error = self.show_error
        self.backend: Backend | None = None
        self.db: Archive | None = None  # the main thread's reading connection
        self.read_only = False
        self.query = ""
        self.scope: dict = {}
        self.last_result = None
        self.last_report = None
        self.last_export = None
        self.last_check = None
        self.open_dialogs: list = []
        self._build()
        self.setAcceptDrops(True)
        self.open_archive(Path(archive_path), first_run_sample=first_run_sample)

    # -- building the window -----------------------------------------------------------------------

    def _build(self) -> None:
        self.resize(1280, 820)
        self.model = ArticleTableModel(self._fetch_rows, self)
        self.model.sortRequested.connect(self._sort)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(COL_HEADLINE, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for col, width in ((0, 100), (1, 90), (2, 40), (3, 90), (5, 110), (6, 90)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("检索：知识产权  标题:新质  日期:2024-09  来源:新华社  (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(lambda: self.run_search(self.search_edit.text()))
        self.search_edit.textEdited.connect(self._check_query)
        self.sort_box = QComboBox()
        self.sort_box.addItem(self.tr("按相关度"), "relevance")
        self.sort_box.addItem(self.tr("按日期"), "date")
        self.sort_box.currentIndexChanged.connect(lambda: self.query and self.run_search(self.query))
        self.count_label = QLabel()
        self.query_error = QLabel()
        self.query_error.setStyleSheet("color:#b00020")
        self.chart = CoverageChart()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.sort_box)
        search_row.addWidget(self.count_label)

        self.reader = ReaderPane()
        self.metadata = MetadataPanel()
        self.metadata.saveRequested.connect(self.save_metadata)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.reader)
        bottom.addWidget(self.metadata)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(4, 4, 4, 0)
        top_layout.addLayout(search_row)
        top_layout.addWidget(self.query_error)
        top_layout.addWidget(self.chart)
        top_layout.addWidget(self.table)
        self.query_error.hide()
        centre = QSplitter(Qt.Orientation.Vertical)
        centre.addWidget(top)
        centre.addWidget(bottom)
        centre.setStretchFactor(0, 2)
        centre.setStretchFactor(1, 3)
        self.setCentralWidget(centre)

        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.clicked.connect(self._tree_clicked)
        self.tree.expanded.connect(self._tree_expanded)
        self.calendar = CalendarPanel()
        self.calendar.issueChosen.connect(lambda issue_id: self.browse({"issue_id": issue_id}))
        self.facets = FacetTree()
        self.facets.termChosen.connect(self._narrow)
        self.saved_list = QListWidget()
        self.saved_list.itemActivated.connect(self._run_saved)
        self.saved_list.itemClicked.connect(self._run_saved)
        search_tab = QSplitter(Qt.Orientation.Vertical)
        search_tab.addWidget(self.facets)
        saved_box = QWidget()
        saved_layout = QVBoxLayout(saved_box)
        saved_layout.setContentsMargins(0, 0, 0, 0)
        saved_layout.addWidget(QLabel(self.tr("保存的检索")))
        saved_layout.addWidget(self.saved_list)
        search_tab.addWidget(saved_box)
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.tree, self.tr("浏览"))
        self.side_tabs.addTab(self.calendar, self.tr("日历"))
        self.side_tabs.addTab(search_tab, self.tr("检索"))
        side = QDockWidget(self.tr("导航"), self)
        side.setObjectName("navigation")
        side.setWidget(self.side_tabs)
        side.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, side)
        self.resizeDocks([side], [300], Qt.Orientation.Horizontal)

        self.jobs = JobsPanel()
        self.jobs_dock = QDockWidget(self.tr("任务"), self)
        self.jobs_dock.setObjectName("jobs")
        self.jobs_dock.setWidget(self.jobs)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.jobs_dock)
        self.jobs_dock.hide()
        self._build_menus()

    def _build_menus(self) -> None:
        def action(menu, text, slot, shortcut=None):
            a = QAction(text, self)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            menu.addAction(a)
            return a

        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        action(file_menu, self.tr("新建档案…"), self._new_archive, QKeySequence.StandardKey.New)
        action(file_menu, self.tr("打开档案…"), self._open_dialog, "Ctrl+O")
        self.recent_menu = file_menu.addMenu(self.tr("最近的档案"))
        file_menu.addSeparator()
        self.import_action = action(file_menu, self.tr("导入…"), self._import_dialog, "Ctrl+I")
        self.export_action = action(file_menu, self.tr("导出 PDF…"), self._export_dialog, "Ctrl+E")
        file_menu.addSeparator()
        action(file_menu, self.tr("备份档案…"), self._backup_dialog)
        action(file_menu, self.tr("检查档案"), lambda: self.start_check(repair=False))
        file_menu.addSeparator()
        action(file_menu, self.tr("退出"), self.close, QKeySequence.StandardKey.Quit)
        edit_menu = self.menuBar().addMenu(self.tr("检索(&S)"))
        action(edit_menu, self.tr("检索"), self.focus_search, "Ctrl+F")
        action(edit_menu, self.tr("保存当前检索…"), self._save_search)
        action(edit_menu, self.tr("下一处命中"), lambda: self.reader.step(1), "F3")
        action(edit_menu, self.tr("上一处命中"), lambda: self.reader.step(-1), "Shift+F3")
        view_menu = self.menuBar().addMenu(self.tr("视图(&V)"))
        view_menu.addAction(self.jobs_dock.toggleViewAction())
        lang = view_menu.addMenu(self.tr("界面语言"))
        action(lang, "中文", lambda: self._set_language("zh_CN"))
        action(lang, "English", lambda: self._set_language("en"))

    # -- the archive -------------------------------------------------------------------------------

    def open_archive(self, path: Path, *, first_run_sample: bool = True) -> None:
        new = not path.exists()
        self.tasks.wait()
        if self.backend is not None:
            self.backend.close()
        if self.db is not None:
            self.db.close()
        try:
            self.db = Archive(path)
        except BaokuError as e:
            self.show_error(e)
            return
        self.read_only = self.db.read_only
        self.backend = Backend(path)
        self.settings.remember_archive(str(path))
        self._update_title()
        self._update_recent()
        for a in (self.import_action,):
            a.setEnabled(not self.read_only)
        self.metadata.setEnabled(not self.read_only)
        self.refresh_browse()
        self.browse({})
        if new and first_run_sample and sample_issue().is_file():
            self.start_import([sample_issue()], None, title=self.tr("导入示例版面"), summary=False)

    def _update_title(self) -> None:
        path = self.backend.path if self.backend else ""
        ro = self.tr("（只读）") if self.read_only else ""
        self.setWindowTitle(f"报库 Baoku — {path}{ro}")

    def _update_recent(self) -> None:
        self.recent_menu.clear()
        for p in self.settings.get("archive/recent"):
            a = self.recent_menu.addAction(p)
            a.triggered.connect(lambda _=False, p=p: self.open_archive(Path(p)))

    def refresh_browse(self) -> None:
        issues = self.db.issues()
        build_tree(self.tree_model, issues)
        self.tree.expandToDepth(0)
        self.tree.resizeColumnToContents(1)
        self.calendar.set_data(self.db.publications(), issues)
        self.tasks.run(lambda job: self.backend.saved_searches(), self._show_saved)

    def _fetch_rows(self, ids: list[int]) -> dict[int, dict]:
        return self.db.summaries(ids)

    # -- browsing and searching -------------------------------------------------------------------

    def browse(self, scope: dict) -> None:
        self.query, self.scope = "", scope
        self.last_result = None
        self.chart.set_months([])
        self.facets.set_facets({})
        self._sort(self.model.sort_key, self.model.descending)

    def _tree_expanded(self, index: QModelIndex) -> None:
        item = self.tree_model.itemFromIndex(index.siblingAtColumn(0))
        scope = item.data(ScopeRole) if item else None
        if item is not None and item.data(PendingRole) and scope and "issue_id" in scope:
            fill_pages(item, self.db.pages(scope["issue_id"]))

    def _tree_clicked(self, index: QModelIndex) -> None:
        scope = index.siblingAtColumn(0).data(ScopeRole)
        if scope is not None:
            self.search_edit.clear()
            self.browse(scope)

    def _sort(self, key: str, descending: bool) -> None:
        if self.backend is None:
            return
        ids = self.last_result.ids if self.query and self.last_result else None
        scope = dict(self.scope)
        self.tasks.run(lambda job: self.backend.sort(ids, key, descending, scope), self._show_ids)

    def _show_ids(self, ids: list[int], copies: dict[int, list[int]] | None = None) -> None:
        self.model.set_ids(ids, copies)
        total = len(ids) + sum(len(c) for c in (copies or {}).values())
        if total == len(ids):
            self.count_label.setText(self.tr("%1 篇").replace("%1", f"{total:,}"))
        else:  # reprints are listed once
            self.count_label.setText(self.tr("%1 篇（%2 种文本）").replace("%1", f"{total:,}")
                                     .replace("%2", f"{len(ids):,}"))
        if ids:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self._show_article(None)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _check_query(self, text: str) -> bool:
        try:
            if text.strip():
                parse_query(text)
        except QueryError as e:
            self.query_error.setText(str(e))
            self.query_error.show()
            return False
        self.query_error.hide()
        return True

    def run_search(self, query: str) -> None:
        query = query.strip()
        if self.search_edit.text().strip() != query:
            self.search_edit.setText(query)
        if not query:
            self.browse(self.scope)
            return
        if not self._check_query(query):
            return
        sort = self.sort_box.currentData()
        self.count_label.setText(self.tr("检索中…"))
        self.tasks.run(lambda job: self.backend.search(query, sort), lambda r: self._show_result(query, r),
                       self._search_failed)

    def _search_failed(self, error: BaseException) -> None:
        if isinstance(error, QueryError):
            self.query_error.setText(str(error))
            self.query_error.show()
            self.count_label.clear()
        else:
            self.show_error(error)

    def _show_result(self, query: str, result) -> None:
        self.query, self.last_result = query, result
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # by relevance
        self.facets.set_facets(result.facets)
        self.chart.set_months(result.months)
        self.side_tabs.setCurrentIndex(2)
        self._show_ids(result.ids, result.copies)

    def _narrow(self, term: str) -> None:
        base = self.query or self.search_edit.text().strip()
        self.run_search(f"{base} {term}".strip())

    def _show_saved(self, saved: list[dict]) -> None:
        self.saved_list.clear()
        for s in saved:
            item = QListWidgetItem(f"{s['name']}  —  {s['query']}")
            item.setData(Qt.ItemDataRole.UserRole, s["query"])
            self.saved_list.addItem(item)

    def _run_saved(self, item: QListWidgetItem) -> None:
        self.run_search(item.data(Qt.ItemDataRole.UserRole))

    def _save_search(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if not self.query:
            return
        name, ok = QInputDialog.getText(self, self.tr("保存检索"), self.tr("名称："), text=self.query)
        if ok and name.strip():
            sort = self.sort_box.currentData()
            self.tasks.run(lambda job: self.backend.save_search(name.strip(), self.query, sort),
                           lambda _: self.refresh_browse())

    # -- the reader and the metadata panel ----------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows]

    def _selection_changed(self, *_):
        index = self.table.selectionModel().currentIndex()
        self._show_article(index.data(IdRole) if index.isValid() else None)

    def _show_article(self, article_id: int | None) -> None:
        record = None
        if article_id is not None:
            try:
                record = self.db.article(article_id)
            except BaokuError:
                record = None
        self.reader.show_record(record, self.query)
        self.metadata.show_record(record)

    def save_metadata(self, article_id: int, changes: dict) -> None:
        def saved(record) -> None:
            self.model.refresh(article_id)
            if {"date", "page", "page_name"} & set(changes):
                self.refresh_browse()  # the article moved to another issue or page
            if self.metadata.record is not None and self.metadata.record.id == article_id:
                self.reader.show_record(record, self.query)
                self.metadata.show_record(record)
            self.statusBar().showMessage(self.tr("已保存"), 4000)

        def failed(error: BaseException) -> None:
            if isinstance(error, BaokuError):
                self.metadata.show_error(str(error))
            else:
                self.show_error(error)

        self.tasks.run(lambda job: self.backend.update_article(article_id, changes), saved, failed)

    # -- import --------------------------------------------------------------------------------

    def _import_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("导入"), self.settings.get("import/last_folder"),
            self.tr("报纸文件 (*.txt *.jsonl *.ndjson *.xml *.nitf *.pdf *.zip);;所有文件 (*)"))
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: list[Path]) -> None:
        """Ask for issue metadata where the files carry none, then import."""
        if self.read_only:
            return
        self.settings.set("import/last_folder", str(paths[0].parent))
        undescribed = [p for p in paths if needs_issue_metadata(p)]
        overrides = None
        if undescribed:
            dialog = IssueMetadataDialog([p.name for p in undescribed],
                                         [p["name"] for p in self.db.publications()], self.settings, self)
            if dialog.exec() != IssueMetadataDialog.DialogCode.Accepted:
                return
            overrides = dialog.meta()
        self.start_import(paths, overrides)

    def start_import(self, paths: list[Path], overrides: IssueMeta | None, *, title: str = "",
                     summary: bool = True):
        row = self.jobs.add(title or self.tr("导入 %1 项").replace("%1", str(len(paths))))
        self.jobs_dock.show()

        def done(report) -> None:
            self._job_finished(row)
            self.last_report = report
            self.refresh_browse()
            if self.query:
                self.run_search(self.query)
            else:
                self.browse(self.scope)
            if summary:
                self._show_box(summary_box(report, self))
            self.statusBar().showMessage(summary_text(report), 8000)

        def failed(error: BaseException) -> None:
            self._job_finished(row)
            self.show_error(error)

        job = self.tasks.job(row.set_progress)
        row.cancelRequested.connect(job.cancel)
        return self.tasks.run(lambda job: self.backend.import_files(paths, overrides, job), done, failed,
                              job=job)

    def _job_finished(self, row) -> None:
        self.jobs.remove(row)
        if not self.jobs.rows:
            self.jobs_dock.hide()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and not self.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.import_paths(paths)

    # -- export --------------------------------------------------------------------------------

    def _export_dialog(self) -> None:
        ids = self.selected_ids() or self.model.ids()
        if not ids:
            return
        dialog = ExportDialog(len(ids), self.settings, self)
        dialog.previewRequested.connect(lambda opts: self.tasks.run(
            lambda job: self.backend.preview(ids, opts), dialog.show_preview,
            lambda e: dialog.show_error(str(e)) if isinstance(e, BaokuError) else self.show_error(e)))
        dialog.request_preview()
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        dialog.remember()
        folder = self.settings.get("export/last_folder") or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存 PDF"), str(Path(folder) / "报库导出.pdf"),
                                              "PDF (*.pdf)")
        if path:
            self.settings.set("export/last_folder", str(Path(path).parent))
            self.start_export(ids, Path(path), dialog.options())

    def start_export(self, ids: list[int], path: Path, options: ExportOptions):
        row = self.jobs.add(self.tr("导出 %1 篇").replace("%1", str(len(ids))))
        row.cancel.hide()
        self.jobs_dock.show()

        def done(result) -> None:
            self._job_finished(row)
            self.last_export = result
            self.statusBar().showMessage(self.tr("已导出 %1（%2 页）").replace("%1", str(result.path))
                                         .replace("%2", str(result.pages)), 8000)

        def failed(error: BaseException) -> None:
            self._job_finished(row)
            self.show_error(error)

        return self.tasks.run(lambda job: self.backend.export(ids, path, options), done, failed)

    # -- backup and check --------------------------------------------------------------------------

    def _backup_dialog(self) -> None:
        name = f"{self.backend.path.stem}-备份-{QDate.currentDate().toString('yyyyMMdd')}.db"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("备份档案"), str(self.backend.path.parent / name),
                                              self.tr("报库档案 (*.db)"))
        if path:
            self.start_backup(Path(path))

    def start_backup(self, dest: Path):
        def done(path) -> None:
            self.statusBar().showMessage(self.tr("已备份到 %1").replace("%1", str(path)), 8000)

        return self.tasks.run(lambda job: self.backend.backup(dest), done)

    def start_check(self, repair: bool = False):
        def done(report) -> None:
            self.last_check = report
            box = QMessageBox(self)
            box.setWindowTitle(self.tr("检查档案"))
            if report.ok:
                box.setIcon(QMessageBox.Icon.Information)
                box.setText(self.tr("档案完好。"))
            else:
                box.setIcon(QMessageBox.Icon.Warning)
                box.setText(self.tr("发现 %1 个问题。").replace("%1", str(len(report.problems))))
                repair_button = box.addButton(self.tr("修复索引"), QMessageBox.ButtonRole.AcceptRole)
                repair_button.clicked.connect(lambda: self.start_check(repair=True))
                box.addButton(QMessageBox.StandardButton.Close)
            box.setDetailedText("\n".join(report.problems + report.notes))
            self._show_box(box)

        return self.tasks.run(lambda job: self.backend.check(repair), done)

    # -- other ---------------------------------------------------------------------------------

    def _new_archive(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("新建档案"), str(Path.home() / "报库.db"),
                                              self.tr("报库档案 (*.db)"))
        if path:
            self.open_archive(Path(path), first_run_sample=False)

    def _open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("打开档案"), "", self.tr("报库档案 (*.db);;所有文件 (*)"))
        if path:
            self.open_archive(Path(path))

    def _set_language(self, code: str) -> None:
        self.settings.set("ui/language", code)
        self.statusBar().showMessage(self.tr("界面语言将在重新启动后切换"), 6000)

    def show_error(self, error: BaseException) -> None:
        """A message the user can act on, or, for a bug, the details to report."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("报库"))
        if isinstance(error, BaokuError):
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(str(error))
        else:
            box.setIcon(QMessageBox.Icon.Critical)
            box.setText(self.tr("出现了意外错误，档案没有改动。请把详细信息报告给开发者。"))
            box.setDetailedText(getattr(error, "__traceback_text__", None)
                                or "".join(traceback.format_exception(error)))
        self._show_box(box)

    def _show_box(self, box: QMessageBox) -> None:
        """Open a message without blocking the window; keep it alive until it is closed."""
        self.open_dialogs.append(box)
        box.finished.connect(lambda _=0, box=box: self.open_dialogs.remove(box))
        box.open()

    def closeEvent(self, event) -> None:
        for job in list(self.tasks.running):
            job.cancel()
        self.tasks.wait()
        if self.backend:
            self.backend.close()
        if self.db:
            self.db.close()
        super().closeEvent(event)
