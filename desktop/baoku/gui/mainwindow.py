"""The main window: where the parts sit, the menus and the toolbar. It holds no logic of its own.

Each job has its controller (searching, browsing, articles, importflow, exportflow, archiving);
each hands one core call to a task pool through the Session and hears back on the main thread.
Views refresh from the Session's `changed` signal, never from one another.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.paths import resources_dir
from ..core.search.words import preload as preload_words
from .archiving import ArchiveController
from .articles import ArticleController
from .browse import set_headers
from .browsing import BrowseController
from .calendar import CalendarPanel
from .exportflow import ExportController
from .facets import CoverageChart, FacetTree
from .help import QueryHelp, about
from .importflow import ImportController
from .importing import JobsPanel
from .language import LanguageMenu
from .messages import Messages
from .metadata import MetadataPanel
from .models import COL_DATE, COL_HEADLINE, ArticleTableModel
from .options import Settings
from .pages import PageController
from .pagepanel import PagePanel
from .reader import ReaderPane
from .searchbar import SearchBar
from .searching import SavedSearches, SearchController
from .session import Session
from .tasks import Tasks
from .windowstate import WindowState

NAV_BROWSE, NAV_CALENDAR, NAV_FILTERS = range(3)
STALE_STYLE = 'QTableView[stale="true"] { color: #9e9e9e; background: #f4f4f4; }'


def article_table(model: ArticleTableModel) -> QTableView:
    """The article list's view: whole rows, several at once, sorted by a click on a header."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setSortingEnabled(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setStyleSheet(STALE_STYLE)
    header = table.horizontalHeader()
    header.setSectionResizeMode(COL_HEADLINE, QHeaderView.ResizeMode.Stretch)
    header.setSortIndicator(COL_DATE, Qt.SortOrder.AscendingOrder)
    for col, width in ((0, 96), (1, 80), (2, 36), (3, 90), (5, 100), (6, 80)):
        table.setColumnWidth(col, width)
    return table


class MainWindow(QMainWindow):
    def __init__(self, archive_path: Path, *, settings: Settings | None = None, tasks: Tasks | None = None,
                 first_run_sample: bool = True):
        super().__init__()
        preload_words()  # a worker thread loading it would hold the GIL 0.1 s, freezing the window
        self.settings = settings or Settings()
        self.session = Session(tasks)
        self.messages = Messages(self)
        self.session.on_error = self.messages.show_error
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "baoku.svg")))
        self._build_panes()
        self._build_controllers()
        self._build_menus()
        self._build_toolbar()
        self.state = WindowState(self.settings, self, self.splitters, self.table.horizontalHeader(), self.side_tabs)
        if not self.state.restore():
            self._default_layout()
        self.metadata_action.setChecked(self.settings.get("window/metadata"))
        self.coverage_action.setChecked(self.settings.get("window/coverage"))
        self.setAcceptDrops(True)
        self.session.opened.connect(self._archive_opened)
        self.archive.open(Path(archive_path), first_run_sample=first_run_sample)

    # -- the parts ---------------------------------------------------------------------------------

    def _build_panes(self) -> None:
        self.model = ArticleTableModel(lambda ids: self.session.db.summaries(ids) if self.session.db else {}, self)
        self.table = article_table(self.model)
        self.bar = SearchBar()
        self.chart = CoverageChart()
        list_area = QWidget()
        list_layout = QVBoxLayout(list_area)
        list_layout.setContentsMargins(4, 4, 4, 0)
        list_layout.setSpacing(3)
        list_layout.addWidget(self.bar)
        list_layout.addWidget(self.chart)
        list_layout.addWidget(self.table, 1)

        self.reader = ReaderPane()
        self.metadata = MetadataPanel()
        self.page_panel = PagePanel()
        self.reader_tabs = QTabWidget()  # the text, and the printed page beside it
        self.reader_tabs.addTab(self.reader, self.tr("文字"))
        self.reader_tabs.addTab(self.page_panel, self.tr("版面"))
        self.reader_tabs.setDocumentMode(True)
        self.reader_split = QSplitter(Qt.Orientation.Horizontal)
        self.reader_split.addWidget(self.reader_tabs)
        self.metadata_scroll = QScrollArea()  # the form stays usable in a short window
        self.metadata_scroll.setWidget(self.metadata)
        self.metadata_scroll.setWidgetResizable(True)
        self.metadata_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.metadata_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reader_split.addWidget(self.metadata_scroll)
        self.reader_split.setStretchFactor(0, 3)
        self.reader_split.setStretchFactor(1, 1)
        self.list_split = QSplitter(Qt.Orientation.Vertical)
        self.list_split.addWidget(list_area)
        self.list_split.addWidget(self.reader_split)
        self.list_split.setChildrenCollapsible(False)

        self.tree_model = QStandardItemModel(self)
        set_headers(self.tree_model)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setIndentation(14)
        self.calendar = CalendarPanel()
        self.facets = FacetTree()
        self.saved_list = QListWidget()
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
        self.side_tabs.addTab(search_tab, self.tr("筛选"))
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(self.side_tabs)
        self.main_split.addWidget(self.list_split)
        self.main_split.setStretchFactor(0, 0)  # a narrower window takes room from the list, not the tree
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setCollapsible(1, False)
        self.setCentralWidget(self.main_split)
        self.splitters = {"main": self.main_split, "list": self.list_split, "reader": self.reader_split,
                          "filters": search_tab}

        self.jobs = JobsPanel()
        self.jobs_dock = QDockWidget(self.tr("任务"), self)
        self.jobs_dock.setObjectName("jobs")
        self.jobs_dock.setWidget(self.jobs)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.jobs_dock)
        self.jobs_dock.hide()

    def _build_controllers(self) -> None:
        s, status = self.session, self.statusBar()
        self.search = SearchController(s, self.bar, self.model, self.table, self.facets, self.chart, self)
        self.saved = SavedSearches(s, self.saved_list, self.search, self)
        self.browse = BrowseController(s, self.tree, self.tree_model, self.calendar, self.search, status, self)
        self.articles = ArticleController(s, self.table, self.model, self.reader, self.metadata, self.search,
                                          status, self)
        self.pages = PageController(s, self.page_panel, self.articles, self.search, self)
        self.imports = ImportController(s, self.settings, self.jobs, self.jobs_dock, self.messages, status, self)
        self.exports = ExportController(s, self.settings, self.jobs, self.jobs_dock, self.messages, status, self)
        self.recent_menu = QMenu(self.tr("最近的档案"), self)
        self.archive = ArchiveController(s, self.settings, self.imports, self.recent_menu, self.messages, status,
                                         self)
        self.help = QueryHelp(self)
        self.help.queryChosen.connect(self.search.set_query)

    def _step(self, delta: int) -> None:
        """F3: the next hit, in the text and on the page together."""
        self.reader.step(delta)
        self.page_panel.step(delta)

    def _action(self, text: str, slot, shortcut=None, icon: QStyle.StandardPixmap | None = None,
                tip: str = "") -> QAction:
        a = QAction(text, self)
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            a.setIcon(self.style().standardIcon(icon))
        if tip:
            a.setToolTip(tip)
        a.triggered.connect(slot)
        return a

    def _build_menus(self) -> None:
        P = QStyle.StandardPixmap
        self.import_action = self._action(self.tr("导入…"), self.imports.choose, "Ctrl+I", P.SP_DialogOpenButton,
                                          self.tr("导入报纸文件 (Ctrl+I)，也可以把文件拖进窗口"))
        self.export_action = self._action(self.tr("导出 PDF…"), self.export_selected, "Ctrl+E",
                                          P.SP_DialogSaveButton, self.tr("把选中的文章（或整个列表）导出为 PDF (Ctrl+E)"))
        self.search_action = self._action(self.tr("检索"), self.focus_search, "Ctrl+F", P.SP_FileDialogContentsView,
                                          self.tr("到检索框 (Ctrl+F)"))
        self.calendar_action = self._action(self.tr("日历"), lambda: self.side_tabs.setCurrentIndex(NAV_CALENDAR),
                                            "Ctrl+D", P.SP_FileDialogDetailedView, self.tr("按日期看各期 (Ctrl+D)"))
        self.check_action = self._action(self.tr("检查档案"), lambda: self.archive.check(), None,
                                         P.SP_DialogApplyButton, self.tr("检查档案和检索索引是否完好"))
        menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        menu.addAction(self._action(self.tr("新建档案…"), self.archive.new_dialog, QKeySequence.StandardKey.New))
        menu.addAction(self._action(self.tr("打开档案…"), self.archive.open_dialog, "Ctrl+O"))
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.export_action)
        menu.addSeparator()
        menu.addAction(self._action(self.tr("备份档案…"), self.archive.backup_dialog))
        menu.addAction(self.check_action)
        menu.addSeparator()
        menu.addAction(self._action(self.tr("退出"), self.close, QKeySequence.StandardKey.Quit))
        menu = self.menuBar().addMenu(self.tr("检索(&S)"))
        menu.addAction(self.search_action)
        menu.addAction(self._action(self.tr("清除筛选"), self.search.clear_filter, "Ctrl+Shift+L"))
        menu.addAction(self._action(self.tr("保存当前检索…"), self.search.save_current))
        menu.addSeparator()
        menu.addAction(self._action(self.tr("下一处命中"), lambda: self._step(1), "F3"))
        menu.addAction(self._action(self.tr("上一处命中"), lambda: self._step(-1), "Shift+F3"))
        self.pages.add_menu(self.menuBar(), lambda: self.reader_tabs.setCurrentWidget(self.page_panel))
        menu = self.menuBar().addMenu(self.tr("视图(&V)"))
        self.metadata_action = QAction(self.tr("元数据栏"), self, checkable=True, checked=True)
        self.metadata_action.toggled.connect(self._show_metadata)
        self.coverage_action = QAction(self.tr("每月报道量"), self, checkable=True, checked=True)
        self.coverage_action.toggled.connect(self._show_coverage)
        menu.addAction(self.metadata_action)
        menu.addAction(self.coverage_action)
        menu.addAction(self.calendar_action)
        menu.addAction(self.jobs_dock.toggleViewAction())
        self.language = LanguageMenu(self.settings, self)
        menu.addMenu(self.language.menu)
        menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        menu.addAction(self._action(self.tr("检索语法"), self.help.show, QKeySequence.StandardKey.HelpContents))
        menu.addAction(self._action(self.tr("关于报库"), lambda: self.messages.show_box(about(self))))

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("工具栏"), self)
        bar.setObjectName("toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setMovable(False)
        for a in (self.import_action, self.export_action, self.search_action, self.calendar_action,
                  self.check_action):
            bar.addAction(a)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _default_layout(self) -> None:
        """First start: the whole list area readable at 1024×700 (at least ten rows)."""
        self.resize(1280, 820)
        self.main_split.setSizes([250, 1030])
        self.list_split.setSizes([470, 310])
        self.reader_split.setSizes([760, 270])

    # -- what the parts ask of the window ----------------------------------------------------------

    def _archive_opened(self) -> None:
        ro = self.tr("（只读）") if self.session.read_only else ""
        name = self.tr("报库")
        self.setWindowTitle(f"{name} — {self.session.path}{ro}")
        self.import_action.setEnabled(not self.session.read_only)

    def focus_search(self) -> None:
        self.bar.edit.setFocus()
        self.bar.edit.selectAll()

    def export_selected(self) -> None:
        self.exports.choose(self.articles.selected_ids() or self.model.ids())

    def _show_metadata(self, shown: bool) -> None:
        self.metadata_scroll.setVisible(shown)
        self.settings.set("window/metadata", shown)

    def _show_coverage(self, shown: bool) -> None:
        self.chart.set_wanted(shown)
        self.settings.set("window/coverage", shown)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and not self.session.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.imports.import_paths(paths)

    def closeEvent(self, event) -> None:
        """Save the layout, stop what runs (an import in progress rolls back), let go."""
        self.state.save()
        self.session.close()
        super().closeEvent(event)
