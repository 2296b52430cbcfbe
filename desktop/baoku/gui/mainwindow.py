"""The main window: where the parts sit, the menus and the toolbar. It holds no logic of its own.

Each job has its controller (searching, browsing, articles, importflow, exportflow, archiving);
each hands one core call to a task pool through the Session and hears back on the main thread.
Views refresh from the Session's `changed` signal, never from one another.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.address import ServerAddress, archive_address
from ..core.paths import resources_dir
from ..core.search.words import preload as preload_words
from .archiving import ArchiveController
from .articles import ArticleController
from .browse import set_headers
from .browsing import BrowseController
from . import permits
from .calendar import CalendarPanel
from .exportflow import ExportController
from .facets import CoverageChart, FacetTree
from .collectionspane import CollectionController, CollectionsPane
from .contextmenus import ContextMenus
from .editing import EditController
from .help import QueryHelp
from .importflow import ImportController
from .importing import JobsPanel
from .menus import build_menus, build_toolbar
from .messages import Messages
from .metadata import MetadataPanel
from .models import COL_DATE, COL_HEADLINE, ArticleTableModel
from .options import Settings
from .pages import PageController
from .pagepanel import PagePanel
from .printing import PrintController
from .reader import ReaderPane
from .searchbar import SearchBar
from .searching import SavedSearches, SearchController
from .session import Session
from .screenfit import fit_to_screen, keep_on_screen
from .settingsflow import SettingsController
from .tasks import Tasks
from .windowstate import WindowState
from .wording import archive_name

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
    table.setTabKeyNavigation(False)  # Tab leaves the list for the reader (it went from cell to cell, for good)
    table.setStyleSheet(STALE_STYLE)
    header = table.horizontalHeader()
    header.setSectionResizeMode(COL_HEADLINE, QHeaderView.ResizeMode.Stretch)
    header.setSortIndicator(COL_DATE, Qt.SortOrder.AscendingOrder)
    for col, width in ((0, 96), (1, 80), (2, 36), (3, 90), (5, 100), (6, 80)):
        table.setColumnWidth(col, width)
    return table


class MainWindow(QMainWindow):
    def __init__(self, archive_path: Path | ServerAddress, *, settings: Settings | None = None, tasks: Tasks | None = None,
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
        build_menus(self)
        self.toolbar = build_toolbar(self)
        self.session.listener.heard.connect(lambda changes: self.statusBar().showMessage(
            self.tr("服务器上的档案有了别人的改动，已经更新。"), 8000))
        self.session.listener.lost.connect(lambda: self.statusBar().showMessage(
            self.tr("与服务器的连接断开了：暂时看不到别人的改动，报库正在重新连接…")))
        self.session.listener.resumed.connect(lambda: self.statusBar().showMessage(
            self.tr("又连上了服务器，已按服务器上的档案更新。"), 8000))
        self.context_menus = ContextMenus(self)
        self.state = WindowState(self.settings, self, self.splitters, self.table.horizontalHeader(), self.side_tabs)
        if not self.state.restore():
            self._default_layout()
        keep_on_screen(self)  # a geometry saved on a bigger screen, too
        self.metadata_action.setChecked(self.settings.get("window/metadata"))
        self.coverage_action.setChecked(self.settings.get("window/coverage"))
        self.setAcceptDrops(True)
        self.session.opened.connect(self._archive_opened)
        self.archive.open(archive_address(archive_path), first_run_sample=first_run_sample)

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
        self.metadata_scroll = self.metadata.scroll  # the form stays usable in a short window
        self.reader_split.addWidget(self.metadata)
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
        self.collections_pane = CollectionsPane()
        self.side_tabs.addTab(self.collections_pane, self.tr("专题"))
        # Every tab in sight, in any language: with scroll arrows, English's longer names hid one at
        # 1024×700. Without them the pane is at least as wide as its tabs.
        self.side_tabs.tabBar().setUsesScrollButtons(False)
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
        self.reader.placeRequested.connect(self._photo_place)
        self.imports = ImportController(s, self.settings, self.jobs, self.jobs_dock, self.messages, status, self)
        self.exports = ExportController(s, self.settings, self.jobs, self.jobs_dock, self.messages, status, self)
        self.recent_menu = QMenu(self.tr("最近的档案"), self)
        self.archive = ArchiveController(s, self.settings, self.imports, self.recent_menu, self.messages, status,
                                         self)
        self.help = QueryHelp(self)
        self.help.queryChosen.connect(self.search.set_query)
        self.edit = EditController(s, self.articles, self.search, self.messages, status, self)
        self.collections = CollectionController(s, self.collections_pane, self.articles, self.search, self.exports,
                                                self.edit, self.messages, status, self)
        self.printing = PrintController(s, self.settings, self.messages, status, self)
        self.settings_flow = SettingsController(s, self.messages, status, self)
        self.calendar.settingsRequested.connect(self.settings_flow.paper)

    def _photo_place(self, index: int) -> None:
        """A photo's link in the reader: the 版面 tab, on the photo where it stood."""
        record = self.reader.record
        if record is not None and record.scan:
            self.reader_tabs.setCurrentWidget(self.page_panel)
            self.pages.show_photo(record.id, index)

    def step(self, delta: int) -> None:
        """F3: the next hit, in the text and on the page together."""
        self.reader.step(delta)
        self.page_panel.step(delta)

    def _default_layout(self) -> None:
        """First start: 1280×820, or as much as a smaller screen has room for (the whole list area
        readable at 1024×700: at least ten rows)."""
        fit_to_screen(self, 1280, 820)
        self.main_split.setSizes([250, 1030])
        self.list_split.setSizes([470, 310])
        self.reader_split.setSizes([760, 270])

    # -- what the parts ask of the window ----------------------------------------------------------

    def _archive_opened(self) -> None:
        ro = self.tr("（只读）") if self.session.read_only else ""
        self.setWindowTitle(f"{archive_name(self.session.path)}{ro}")  # Qt adds " — 报库", the application's display name
        for a in (self.import_action, self.import_folder_action):
            permits.allow(a, self.session, permits.IMPORT)
        for a in (self.collections.up_action, self.collections.down_action):
            permits.allow(a, self.session, permits.COLLECT)
        permits.allow(self.calendar.settings_button, self.session, permits.EDIT, tip=self.calendar.settings_tip)
        kept = self.settings.get("search/restore_query")  # typed before a restart (a new language)
        if kept:
            self.settings.set("search/restore_query", "")
            self.search.set_query(kept)

    def focus_search(self) -> None:
        self.bar.edit.setFocus()
        self.bar.edit.selectAll()

    def export_selected(self) -> None:
        self.exports.choose(self.articles.selected_ids() or self.model.ids())

    def print_selected(self) -> None:
        self.printing.print_(self.articles.selected_ids())

    def print_preview(self) -> None:
        self.printing.preview(self.articles.selected_ids())

    def show_metadata(self, shown: bool) -> None:
        self.metadata.setVisible(shown)
        self.settings.set("window/metadata", shown)

    def show_coverage(self, shown: bool) -> None:
        self.chart.set_wanted(shown)
        self.settings.set("window/coverage", shown)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and permits.may(self.session, permits.IMPORT):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.imports.import_paths(paths)

    def closeEvent(self, event) -> None:
        """Save the layout, stop what runs (an import in progress rolls back), let go."""
        self.state.save()
        self.session.end()
        self.archive.release()
        super().closeEvent(event)
