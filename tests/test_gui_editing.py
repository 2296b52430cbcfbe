"""An editor's daily work in the window (issue 26): delete to the trash and back, undo and redo,
citations and copying, collections and notes, printing, a paper's schedule and the 缺期 count,
bulk edits, and the right-click menus."""

from __future__ import annotations


import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtWidgets import QApplication  # noqa: E402

from baoku.core.store import Archive  # noqa: E402

from .test_gui import (find_item, sample_dated, search, select_rows, settings, tree_labels,  # noqa: E402,F401
                       window)

CITATION_6 = "剑平. 创“新”求“质” 为高质量发展添动能[N]. 泉州晚报, 2024-09-11(5)."


def row_of(window, article_id: int) -> int:
    return window.model.row_of(article_id)


def test_delete_goes_to_the_trash_and_comes_back_from_it(window):
    select_rows(window, [2, 3])
    ids = window.articles.selected_ids()
    window.edit.delete_action.trigger()  # Del
    assert window.model.rowCount() == 4 and not set(ids) & set(window.model.ids())
    assert "已移到回收站" in window.statusBar().currentMessage()
    assert search(window, "新华社").total == 1  # search follows at once
    trash = window.edit.show_trash()
    assert trash.table.rowCount() == 2 and trash.table.item(0, 1).text() == "文章"
    assert "汽车产销量" in trash.table.item(1, 2).text() or "汽车产销量" in trash.table.item(0, 2).text()
    trash.table.selectAll()
    trash.restore_button.click()
    assert trash.table.rowCount() == 0 and "回收站是空的" in trash.status.text() or trash.table.rowCount() == 0
    assert search(window, "新华社").total == 3
    search(window, "")
    assert sorted(window.model.ids()) == [1, 2, 3, 4, 5, 6]
    trash.close()


def test_a_page_deleted_from_the_tree_menu_is_undone_with_ctrl_z(window):
    page = find_item(window, "第5版 民企会客厅")
    menu = window.context_menus.tree_menu(page)
    box = next(a for a in menu.actions() if a.text() == "删除这个版面…")
    box.trigger()
    question = window.messages.open_boxes[-1]
    assert "民企会客厅" in question.text()
    next(b for b in question.buttons() if b.text() == "移到回收站").click()
    assert window.model.rowCount() == 0 and "第5版 民企会客厅" not in tree_labels(window)
    assert window.edit.undo_action.isEnabled() and window.edit.undo_action.text().startswith("撤销 删除")
    window.edit.undo_action.trigger()
    assert window.model.rowCount() == 6 and "第5版 民企会客厅" in tree_labels(window)
    assert window.edit.redo_action.isEnabled() and not window.edit.undo_action.isEnabled()
    window.edit.redo_action.trigger()  # Ctrl+Shift+Z
    assert window.model.rowCount() == 0
    window.edit.undo_action.trigger()
    with Archive(window.session.path) as a:
        assert a.db.execute("SELECT COUNT(*) FROM trash").fetchone()[0] == 0  # undoing the delete emptied it


def test_undo_and_redo_of_a_metadata_edit(window):
    select_rows(window, [5])
    article_id = window.reader.record.id
    window.metadata.fields["genre"].setText("评论")
    window.metadata.fields["headline"].setText("为高质量发展添动能")
    window.metadata.save()
    assert window.session.db.article(article_id).article.genre == "评论"
    assert window.edit.undo_action.text() == "撤销 修改「创“新”求“质” 为高质量发展添动能」"  # as it was
    assert window.edit.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.edit.redo_action.shortcut().toString() == "Ctrl+Shift+Z"
    window.edit.undo()
    record = window.session.db.article(article_id)
    assert (record.article.genre, record.article.headline) == ("记者手记", "创“新”求“质” 为高质量发展添动能")
    assert window.metadata.fields["genre"].text() == "记者手记"  # the panel shows the article as it is again
    assert window.model.index(row_of(window, article_id), 4).data() == "创“新”求“质” 为高质量发展添动能"
    assert search(window, "标题:为高质量发展添动能").total == 1
    window.edit.redo()
    assert window.session.db.article(article_id).article.genre == "评论"


def test_undo_that_cannot_be_done_says_why_and_changes_nothing(window):
    select_rows(window, [5])
    article_id = window.reader.record.id
    window.metadata.fields["genre"].setText("评论")
    window.metadata.save()
    with Archive(window.session.path) as other:  # the command line changes it again
        other.update_article(article_id, genre="通讯")
    window.edit.undo()
    box = window.messages.open_boxes[-1]
    assert "无法撤销" in box.text() and "档案没有改动" in box.text()
    assert window.session.db.article(article_id).article.genre == "通讯"


def test_copy_citation_and_copy_the_article_with_its_citation(window):
    select_rows(window, [5])
    menu = window.edit.citation_menu(window)
    assert [a.text() for a in menu.actions()] == ["GB/T 7714", "RIS", "CSL-JSON", "BibTeX"]
    menu.actions()[0].trigger()  # 复制引文 → GB/T 7714
    assert QApplication.clipboard().text() == CITATION_6 + "\n"
    menu.actions()[1].trigger()
    assert QApplication.clipboard().text().startswith("TY  - NEWS\nAU  - 剑平\n")
    window.table.setFocus()
    window.edit.copy_action.trigger()  # Ctrl+C on the list: the article, then its citation
    text = QApplication.clipboard().text()
    assert "创“新”求“质” 为高质量发展添动能" in text and text.rstrip().endswith("引用：" + CITATION_6)


def test_export_citations_writes_the_chosen_style(window, tmp_path):
    select_rows(window, [1, 5])
    out = tmp_path / "refs.bib"
    window.edit.save_citations(window.articles.selected_ids(), "bibtex", out)
    text = out.read_text("utf-8")
    assert text.count("@article{") == 2 and "entrysubtype = {newspaper}" in text


def test_a_collection_is_made_listed_with_its_query_and_exported_in_its_order(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    select_rows(window, [5, 3])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("知识产权选题", True))
    menu = window.context_menus.list_menu()
    add = next(a for a in menu.actions() if a.text() == "加入专题").menu()
    next(a for a in add.actions() if a.text() == "新建专题…").trigger()
    pane = window.collections_pane
    assert pane.list.topLevelItemCount() == 1
    item = pane.list.topLevelItem(0)
    assert (item.text(0), item.text(1)) == ("知识产权选题", "2")
    pane.list.itemClicked.emit(item, 0)
    assert window.bar.edit.text() == "专题:知识产权选题"
    assert sorted(window.model.ids()) == [4, 6]
    assert search(window, "专题:知识产权选题 制造业").total == 1
    select_rows(window, [0])
    assert window.metadata.in_collections.text() == "知识产权选题"
    window.collections.add("知识产权选题", [2])
    search(window, "专题:知识产权选题")
    assert window.model.ids() == [4, 6, 2]  # listed in the collection's own order, not by date
    shown = []
    monkeypatch.setattr(window.exports, "choose", lambda ids, order="", title="": shown.append((ids, order, title)))
    window.collections.export("知识产权选题")
    assert shown == [([4, 6, 2], "given", "知识产权选题")]  # the collection's own order (list order, then 2)
    dialog = window.exports.dialog([4, 6, 2], order="given", title="知识产权选题")
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    out = tmp_path / "选题.docx"
    window.exports.start([4, 6, 2], out, dialog.options(), dialog.export_format())
    import docx

    heads = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 2"]
    assert heads[0].startswith("我国制造业增加值") and heads[-1] == "聚力“新知”挖掘“新质”"  # not by date
    dialog.close()


def test_a_note_written_in_the_metadata_panel_is_searched_with_pizhu(window):
    select_rows(window, [2])
    article_id = window.reader.record.id
    window.metadata.note.setPlainText("产销数字待与协会核对")
    assert window.metadata.changes() == {"note": "产销数字待与协会核对"}
    window.metadata.save()
    assert search(window, "批注:协会核对").ids == [article_id]
    window.edit.undo()
    assert search(window, "批注:协会核对").total == 0


def test_print_preview_shows_the_pages_as_the_pdf_export_sets_them(window, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

    from baoku.core.export import export_pdf
    from baoku.gui.printing import export_options

    select_rows(window, [1, 2])
    ids = window.articles.selected_ids()
    with Archive(window.session.path) as a:
        expected = export_pdf(a, ids, tmp_path / "same.pdf", export_options(window.settings))
    window.print_preview()  # File → 打印预览
    dialog = window.printing.dialog
    assert dialog is not None and dialog.isVisible()
    widget = dialog.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() == expected.pages == window.printing.job.pages()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    window.printing.job.fit(printer)
    window.printing.job.paint(printer)
    printed, exported = PdfReader(tmp_path / "printed.pdf"), PdfReader(tmp_path / "same.pdf")
    assert len(printed.pages) == len(exported.pages)
    assert abs(float(printed.pages[0].mediabox.width) - float(exported.pages[0].mediabox.width)) < 1
    dialog.close()
    shortcut = window.print_action.shortcut().toString()
    assert shortcut == "Ctrl+P"


def test_a_papers_schedule_changes_the_missing_issue_count(window, tmp_path):
    import datetime as dt

    folder = sample_dated(tmp_path / "later", "2024-09-13")  # the same page again, on the 13th
    window.imports.start([folder], None, duplicates=True)
    window.calendar.publication.setCurrentText("泉州晚报")
    assert "缺 1 期" in window.calendar.legend.text()  # Thursday the 12th
    window.calendar.settings_button.click()
    dialog = window.settings_flow.paper("泉州晚报")
    dialog.frequency.setCurrentIndex(dialog.frequency.findData("weekly"))
    dialog.days[2].setChecked(True)  # Wednesdays
    dialog.accept()
    assert "不缺期" in window.calendar.legend.text() and "周三" in window.calendar.legend.text()
    dialog = window.settings_flow.paper("泉州晚报")
    dialog.frequency.setCurrentIndex(dialog.frequency.findData("daily"))
    dialog.days[2].setChecked(False)
    dialog.first.setDate(dialog.first.date().fromString("2024-09-09", "yyyy-MM-dd"))
    dialog.accept()
    assert "缺 3 期" in window.calendar.legend.text()  # the 9th, 10th and 12th, from its first issue
    assert dt.date(2024, 9, 9) in window.calendar.calendar.missing
    dialog = window.settings_flow.paper("泉州晚报")
    dialog.last.setDate(dialog.last.date().fromString("2024-09-01", "yyyy-MM-dd"))
    dialog.accept()  # refused by the store: the first issue would come after the last
    assert "after the last" in dialog.error.text() and dialog.isVisible()
    dialog.close()


def test_bulk_edit_and_the_issue_number(window):
    select_rows(window, [2, 3, 4])
    dialog = window.edit.bulk_edit()
    dialog.set_field("source", "新华社")
    dialog.accept()
    assert {window.session.db.article(i).article.source for i in (3, 4, 5)} == {"新华社"}
    assert search(window, "来源:新华社").total == 3
    item = find_item(window, "2024-09-11")
    menu = window.context_menus.tree_menu(item)
    next(a for a in menu.actions() if a.text().startswith("本期设置")).trigger()
    issue = window.settings_flow.issue(1)
    issue.number.setText("总第12345期")
    issue.accept()
    assert window.session.db.issues()[0]["number"] == "总第12345期"
    window.edit.undo()
    assert window.session.db.issues()[0]["number"] == ""


def test_right_click_menus_offer_what_applies_there(window):
    select_rows(window, [0])
    texts = [a.text() for a in window.context_menus.list_menu().actions() if a.text()]
    for wanted in ("复制文章和引文", "复制引文", "导出所选…", "打印所选…", "加入专题", "删除到回收站"):
        assert wanted in texts, wanted
    paper = [a.text() for a in window.context_menus.tree_menu(find_item(window, "泉州晚报")).actions()]
    assert "报纸设置…" in paper and "删除这份报纸…" in paper
    issue = [a.text() for a in window.context_menus.tree_menu(find_item(window, "2024-09-11")).actions()]
    assert "本期设置（期号）…" in issue and "删除这一期…" in issue
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    window.context_menus.page_menu(menu, 2)  # what the page view adds for the article under the mouse
    assert [a.text() for a in menu.actions() if a.text()] == ["打开这篇文章", "复制引文", "加入专题", "删除这篇文章"]
