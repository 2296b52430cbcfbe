"""The window's menus and toolbar: each entry names a controller's action and its key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar

from .help import about
from .language import LanguageMenu

translate = QCoreApplication.translate  # under this name, lupdate extracts the calls

NAV_BROWSE, NAV_CALENDAR, NAV_FILTERS, NAV_COLLECTIONS = range(4)


def action(w, text: str, slot, shortcut=None, icon: QStyle.StandardPixmap | None = None, tip: str = "") -> QAction:
    a = QAction(text, w)
    if shortcut:
        a.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        a.setIcon(w.style().standardIcon(icon))
    if tip:
        a.setToolTip(tip)
    a.triggered.connect(slot)
    return a


def build_menus(w) -> None:
    """File, Edit, Search, Proofread, View, Help."""
    P = QStyle.StandardPixmap
    w.import_action = action(w, translate("MainWindow", "导入…"), w.imports.choose, "Ctrl+I", P.SP_DialogOpenButton,
                             translate("MainWindow", "导入报纸文件 (Ctrl+I)，也可以把文件拖进窗口"))
    w.import_folder_action = action(w, translate("MainWindow", "导入文件夹…"), w.imports.choose_folder, "Ctrl+Shift+I")
    w.export_action = action(w, translate("MainWindow", "导出…"), w.export_selected, "Ctrl+E", P.SP_DialogSaveButton,
                             translate("MainWindow", "把选中的文章（或整个列表）导出为 PDF、Word、网页等 (Ctrl+E)"))
    w.print_action = action(w, translate("MainWindow", "打印…"), w.print_selected, QKeySequence.StandardKey.Print)
    w.search_action = action(w, translate("MainWindow", "检索"), w.focus_search, "Ctrl+F", P.SP_FileDialogContentsView, translate("MainWindow", "到检索框 (Ctrl+F)"))
    w.calendar_action = action(w, translate("MainWindow", "日历"), lambda: w.side_tabs.setCurrentIndex(NAV_CALENDAR), "Ctrl+D",
                               P.SP_FileDialogDetailedView, translate("MainWindow", "按日期看各期 (Ctrl+D)"))
    w.check_action = action(w, translate("MainWindow", "检查档案"), lambda: w.archive.check(), None, P.SP_DialogApplyButton,
                            translate("MainWindow", "检查档案和检索索引是否完好"))
    menu = w.menuBar().addMenu(translate("MainWindow", "文件(&F)"))
    menu.addAction(action(w, translate("MainWindow", "新建档案…"), w.archive.new_dialog, QKeySequence.StandardKey.New))
    menu.addAction(action(w, translate("MainWindow", "打开档案…"), w.archive.open_dialog, "Ctrl+O"))
    menu.addAction(action(w, translate("MainWindow", "连接服务器…"), w.archive.connect_dialog))
    menu.addMenu(w.recent_menu)
    menu.addSeparator()
    menu.addAction(w.import_action)
    menu.addAction(w.import_folder_action)
    menu.addAction(w.export_action)
    menu.addSeparator()
    menu.addAction(w.print_action)
    menu.addAction(action(w, translate("MainWindow", "打印预览…"), w.print_preview))
    menu.addSeparator()
    w.backup_action = action(w, translate("MainWindow", "备份档案…"), w.archive.backup_dialog)
    menu.addAction(w.backup_action)
    menu.addAction(w.check_action)
    menu.addSeparator()
    menu.addAction(action(w, translate("MainWindow", "退出"), w.close, QKeySequence.StandardKey.Quit))
    w.edit.add_menu(w.menuBar(), w.collections)
    menu = w.menuBar().addMenu(translate("MainWindow", "检索(&S)"))
    menu.addAction(w.search_action)
    menu.addAction(action(w, translate("MainWindow", "清除筛选"), w.search.clear_filter, "Ctrl+Shift+L"))
    w.save_search_action = action(w, translate("MainWindow", "保存当前检索…"), w.search.save_current)
    menu.addAction(w.save_search_action)
    menu.addSeparator()
    menu.addAction(action(w, translate("MainWindow", "下一处命中"), lambda: w.step(1), "F3"))
    menu.addAction(action(w, translate("MainWindow", "上一处命中"), lambda: w.step(-1), "Shift+F3"))
    w.pages.add_menu(w.menuBar(), lambda: w.reader_tabs.setCurrentWidget(w.page_panel))
    menu = w.menuBar().addMenu(translate("MainWindow", "视图(&V)"))
    w.metadata_action = QAction(translate("MainWindow", "元数据栏"), w, checkable=True, checked=True)
    w.metadata_action.toggled.connect(w.show_metadata)
    w.coverage_action = QAction(translate("MainWindow", "每月报道量"), w, checkable=True, checked=True)
    w.coverage_action.toggled.connect(w.show_coverage)
    menu.addAction(w.metadata_action)
    menu.addAction(w.coverage_action)
    menu.addAction(w.calendar_action)
    menu.addAction(action(w, translate("MainWindow", "专题"), lambda: w.side_tabs.setCurrentIndex(NAV_COLLECTIONS), "Ctrl+K"))
    menu.addAction(w.jobs_dock.toggleViewAction())
    w.language = LanguageMenu(w.settings, w)
    w.language.keep = lambda: w.bar.edit.text()
    menu.addMenu(w.language.menu)
    menu = w.menuBar().addMenu(translate("MainWindow", "帮助(&H)"))
    menu.addAction(action(w, translate("MainWindow", "检索语法"), w.help.show, QKeySequence.StandardKey.HelpContents))
    menu.addAction(action(w, translate("MainWindow", "关于报库"), lambda: w.messages.show_box(about(w))))


def build_toolbar(w) -> QToolBar:
    bar = QToolBar(translate("MainWindow", "工具栏"), w)
    bar.setObjectName("toolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setMovable(False)
    for a in (w.import_action, w.export_action, w.search_action, w.calendar_action, w.check_action):
        bar.addAction(a)
    w.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
