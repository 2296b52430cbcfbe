"""The README's screenshots of an editor's work (issue 26), as a user sees it, under Xvfb:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_editing_screenshots.py

At 1024×700 and at 1600×1000 (the window at the screen's corner, a dialog or menu over it, the
screen grabbed so that menus and dialogs show): the collections pane (专题) with a collection
listed and a note in the metadata panel, the trash, the list's right-click menu with 复制引文 open,
and a paper's settings beside the calendar's 缺期 audit. Writes docs/app-zh_CN-<w>x<h>-<view>.png.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "docs"))
OUT = ROOT / "docs"
SIZES = ((1024, 700), (1600, 1000))


def main(language: str = "zh_CN") -> None:
    from PySide6.QtCore import QDate, QPoint

    from make_screenshots import open_window, settle

    app, window, tmp = open_window(language)
    s = window.session
    s.write(lambda b, j: b.collect("知识产权选题", [2, 4, 6], "编辑"))
    s.write(lambda b, j: b.collect("新华社简讯", [3, 5], "编辑"))
    s.write(lambda b, j: b.update_article(4, {"note": "数据待与世界知识产权组织年报核对；可配图表"}, "编辑"))
    s.write(lambda b, j: b.delete("article", [9], "「1至8月 汽车产销量同比 分别增长2.5%和3%」", "编辑"))
    s.write(lambda b, j: b.delete("page", [2], "「2024-09-13 第5版 民企会客厅」", "编辑"))
    window.move(0, 0)
    window.show()
    screen = app.primaryScreen()

    def grab(name: str, w: int, h: int) -> None:
        window.statusBar().clearMessage()
        settle(app, 500)
        screen.grabWindow(0, 0, 0, w, h).save(str(OUT / f"app-{language}-{w}x{h}-{name}.png"))

    def centre(widget, w: int, h: int) -> None:
        widget.move(max(0, (w - widget.width()) // 2), max(0, (h - widget.height()) // 2))

    for w, h in SIZES:
        window.resize(w, h)
        # The collections pane: a collection listed, an article with its note.
        window.side_tabs.setCurrentWidget(window.collections_pane)
        window.collections.refresh()
        window.collections_pane.list.setCurrentItem(window.collections_pane.list.topLevelItem(1))
        window.collections.show("知识产权选题")
        window.table.selectRow(1)
        grab("collections", w, h)
        # The list's right-click menu, 复制引文 open.
        window.table.selectRow(0)
        menu = window.context_menus.list_menu()
        at = window.table.viewport().mapToGlobal(QPoint(300, 40))
        menu.popup(at)
        settle(app)
        cite = next(a for a in menu.actions() if a.menu() is not None and a.text() == "复制引文")
        menu.setActiveAction(cite)
        cite.menu().popup(at + QPoint(menu.width() - 4, menu.actionGeometry(cite).top()))
        grab("citation-menu", w, h)
        cite.menu().hide()
        menu.hide()
        # The trash.
        trash = window.edit.show_trash()
        trash.resize(min(820, w - 60), min(420, h - 100))
        centre(trash, w, h)
        trash.table.selectRow(0)
        grab("trash", w, h)
        trash.hide()
        # A paper's settings beside its calendar.
        window.side_tabs.setCurrentWidget(window.calendar)
        window.calendar.publication.setCurrentText("泉州晚报")
        window.calendar.calendar.setSelectedDate(QDate(2024, 9, 13))
        dialog = window.settings_flow.paper("泉州晚报")  # saved: Monday to Saturday, from the 9th…
        for n in range(7):
            dialog.days[n].setChecked(n < 6)
        dialog.other_names.setText("泉州晚報、Quanzhou Evening News")
        dialog.first.setDate(QDate(2024, 9, 9))
        dialog.accept()
        dialog = window.settings_flow.paper("泉州晚报")  # …and shown again beside the audit that follows it
        dialog.adjustSize()
        dialog.move(w - dialog.width() - 20, 60)
        grab("paper-settings", w, h)
        dialog.reject()
        window.edit.undo()  # the next size starts from the same settings
    window.close()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
