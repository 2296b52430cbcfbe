"""Help: the query language on one page, with examples that run when clicked; About."""

from __future__ import annotations

import html
from urllib.parse import quote, unquote

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from .. import __version__
from ..core.paths import resources_dir
from .screenfit import fit_to_screen

RUN = "baoku-run:"
translate = QCoreApplication.translate  # under this name, lupdate extracts the calls


class QueryHelp(QDialog):
    """A cheat sheet beside the window (not modal): click an example to run it."""

    queryChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("检索语法"))
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._clicked)
        self.view.setHtml(self._page())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 640)

    def examples(self) -> list[tuple[str, str]]:
        """(query, what it finds), in the order shown."""
        return [
            ("知识产权", self.tr("含有这个词的文章（繁体写法也算：知識產權）")),
            ("知识产权 民营企业", self.tr("两个词都有")),
            ("“高质量发展”", self.tr("整个短语，一字不差")),
            ("专利 OR 商标", self.tr("有其中一个即可（也可写 |）")),
            ("知识产权 -商标", self.tr("有前者，没有后者（也可写 NOT）")),
            ("(专利 OR 商标) 企业", self.tr("括号把条件分组")),
            ("标题:新质", self.tr("只在标题里找（引题、主题、副题）")),
            ("正文:新质", self.tr("只在正文里找")),
            ("作者:郭剑平", self.tr("作者、署名")),
            ("栏目:民企会客厅", self.tr("栏目")),
            ("来源:新华社", self.tr("来源，如“据新华社电”")),
            ("体裁:简讯", self.tr("体裁：导语、圆桌、简讯……")),
            ("报纸:泉州晚报", self.tr("只看这份报纸")),
            ("专题:新质生产力", self.tr("这个专题里的文章（点专题栏的专题即写入）")),
            ("批注:待核实", self.tr("编辑的批注里有这些字（批注不算正文）")),
            ("日期:2024-09", self.tr("某年、某月或某日：2024、2024-09、2024-09-11")),
            ("日期:2024-01..2024-06", self.tr("日期范围（可只写一端：2024-07..）")),
            ("版:5", self.tr("第 5 版；版:A05 是 A 叠第 5 版")),
            ("粮食 日期:2024 报纸:泉州晚报", self.tr("条件可以任意组合")),
        ]

    def _page(self) -> str:
        rows = "".join(
            f"<tr><td style='padding:3px 12px 3px 0'><a href='{RUN}{quote(q)}'>{html.escape(q)}</a></td>"
            f"<td style='padding:3px 0'>{html.escape(what)}</td></tr>" for q, what in self.examples())
        notes = [self.tr("简体、繁体、全角、半角都按同一个字找；大小写不分。"),
                 self.tr("一边输入一边检索；按回车立刻检索。"),
                 self.tr("点日历上的某一天、浏览树里的报纸或版面，会把相应的条件写进检索框，"
                         "和检索词一起生效；点“清除筛选”去掉这些条件。"),
                 self.tr("字段名也可用英文：title: body: byline: column: source: genre: paper: collection: note: "
                         "date: page:")]
        items = "".join(f"<li>{html.escape(n)}</li>" for n in notes)
        title, hint = html.escape(self.tr("检索语法")), html.escape(self.tr("点击例子即可运行："))
        return (f"<h3>{title}</h3>"
                f"<p>{hint}</p>"
                f"<table>{rows}</table><ul>{items}</ul>")

    def _clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(RUN):
            self.queryChosen.emit(unquote(text[len(RUN):]))


def about(parent: QWidget) -> QMessageBox:
    """Version, what it is built on, and the bundled fonts with their licences."""
    fonts = resources_dir() / "fonts"
    rows = [
        (translate("About", "AR PL UMing（明体，正文）"), "Arphic Public License", fonts / "LICENSE-ArphicPL.txt"),
        (translate("About", "Droid Sans Fallback（黑体，标题）"), "Apache License 2.0",
         fonts / "LICENSE-Apache-2.0.txt"),
    ]
    font_lines = "".join(f"<li>{html.escape(name)} — <a href='{QUrl.fromLocalFile(str(path)).toString()}'>"
                         f"{html.escape(licence)}</a></li>" for name, licence, path in rows)
    title = html.escape(translate("About", "报库 Baoku"))
    what = html.escape(translate("About", "报纸档案：导入、检索、导出可付印的 PDF。"))
    bundled = html.escape(translate("About", "随附字体（点击查看许可证）："))
    text = (f"<h3>{title} {__version__}</h3><p>{what}</p><p>{bundled}</p><ul>{font_lines}</ul>"
            f"<p style='color:#666'>Python · Qt {qVersion()} · PySide6 {pyside_version} · SQLite · Whoosh · "
            f"ReportLab</p>")
    box = QMessageBox(parent)
    box.setWindowTitle(translate("About", "关于报库"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(text)
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    label = box.findChild(QWidget, "qt_msgbox_label")
    if label is not None and hasattr(label, "linkActivated"):
        label.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
    return box
