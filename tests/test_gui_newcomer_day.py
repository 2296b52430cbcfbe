"""What a newcomer's day in the window found (issue 49f), each with a test that failed before its fix."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QLocale  # noqa: E402


@pytest.fixture
def settings_en(tmp_path):
    from PySide6.QtCore import QSettings

    from baoku.gui.options import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def english(qapp):
    from baoku.gui.app import install_translator

    installed = install_translator(qapp, "en")
    yield
    for t in installed:
        qapp.removeTranslator(t)
    QLocale.setDefault(QLocale("zh_CN"))


def test_the_settings_dialogs_say_save_and_cancel_in_the_english_window(qtbot, english):
    """报纸设置, 本期设置 and 批量修改 read 保存 / 取消 in the English window: their buttons were
    translated on `dialog.tr(…)` in a helper, which lupdate files under the context `dialog` while
    Qt looks the words up under the dialog's class."""
    from PySide6.QtWidgets import QDialogButtonBox

    from baoku.gui.papersettings import BulkEditDialog, IssueDialog, PaperDialog

    for dialog in (PaperDialog({"id": 1, "name": "泉州晚报"}), IssueDialog("泉州晚报 2024-09-11", ""),
                   BulkEditDialog(3)):
        qtbot.addWidget(dialog)
        box = dialog.findChild(QDialogButtonBox)
        assert sorted(b.text() for b in box.buttons()) == ["Cancel", "Save"], type(dialog).__name__


def test_the_import_dialog_lists_headlines_in_english_quotes_in_the_english_window(qtbot, settings_en, english):
    """The metadata dialog's preview read `Articles to import: 2: 「甲」, 「乙」` and joined the places
    already stored with ；: Chinese brackets and stops typed into the code, not translated."""
    from baoku.core.importing.preview import ImportPreview
    from baoku.gui.importing import IssueMetadataDialog

    dialog = IssueMetadataDialog(["page.txt"], [], settings_en, None)
    qtbot.addWidget(dialog)
    dialog.show_preview(ImportPreview(headlines=["聚力“新知”挖掘“新质”", ""],
                                      stored=[("甲", "泉州晚报 2024-09-11 第5版"), ("乙", "泉州晚报 2024-09-12 第5版")]))
    text = dialog.summary.text()
    assert text.startswith("Articles to import: 2: “聚力“新知”挖掘“新质””, “(untitled)”"), text
    assert "泉州晚报 2024-09-11 第5版; 泉州晚报 2024-09-12 第5版" in text, text
    assert not set("「」；") & set(text), text


def test_no_chinese_brackets_or_stops_are_typed_into_the_window_s_code():
    """Words the window shows go through tr(); a 「」 or ； in a literal outside it shows in the
    English window as it is (the import dialog's headlines, the facsimile problems, a delete's label)."""
    import ast
    from pathlib import Path

    import baoku.gui

    offenders = []
    for path in sorted(Path(baoku.gui.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                f = node.func
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                if name in ("tr", "translate", "compile"):  # a pattern matches text, it shows none
                    inside |= {id(n) for a in node.args for n in ast.walk(a)}
            if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.Module)) and ast.get_docstring(node):
                inside.add(id(node.body[0].value))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in inside \
                    and set("「」；〔〕【】") & set(node.value):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_the_proofreading_history_shows_what_changed_in_every_column(qtbot):
    """A paragraph corrected by one character filled the history's 原文 column with the whole
    paragraph: 改为 and 状态 were pushed off the dialog, behind a scroll bar, at any window size."""
    from baoku.core.store.corrections import Correction
    from baoku.gui.proofing import ProofDialog

    old = "据中汽协副秘书长陈士华介绍，8月份，我国汽车产销量分别达249.2万辆和245.3万辆，环比分别增长9%和8.5%，" * 2
    new = old.replace("我国汽车", "我国汽車", 1)
    dialog = ProofDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_history([Correction(1, 7, None, 2, old, new, "编辑甲", "2026-12-07T23:02:35")])
    table = dialog.history
    shown = sum(table.columnWidth(c) for c in range(table.columnCount()))
    assert shown <= table.viewport().width(), (shown, table.viewport().width())
    was, now = table.item(0, 3), table.item(0, 4)
    assert "汽车" in was.text() and "汽車" in now.text() and len(now.text()) < 30, now.text()
    assert now.toolTip() == new and was.toolTip() == old  # the whole paragraph, on hovering


def test_the_query_help_names_every_field_the_query_language_knows(qtbot):
    """Help → 检索语法 had no 专题: and no 批注:, though the window writes 专题:NAME into the box
    when a collection is clicked and the note field says to search it with 批注:."""
    from baoku.core.search.query import DATE_FIELDS, PAGE_FIELDS, TEXT_FIELDS
    from baoku.gui.help import QueryHelp

    help_ = QueryHelp()
    qtbot.addWidget(help_)
    names = {**TEXT_FIELDS, **PAGE_FIELDS, **DATE_FIELDS}
    shown = {names[word.split(":")[0]] for q, _ in help_.examples() for word in q.split()
             if ":" in word and word.split(":")[0] in names}
    assert shown >= set(TEXT_FIELDS.values()) | {"page", "date"}, sorted(set(TEXT_FIELDS.values()) - shown)
    page = help_.view.toPlainText()
    unnamed = [field for field in set(TEXT_FIELDS.values())
               if not any(name.isascii() and value == field and f"{name}:" in page for name, value in names.items())]
    assert unnamed == [], page[-200:]  # the English names too


def test_the_export_dialog_says_the_preview_is_being_made(qtbot, settings_en):
    """While the first preview was typeset (seconds, for many articles) the dialog showed an empty
    grey page, 第 0 / 0 页 and nothing else: it looked broken. It says what it is doing."""
    from baoku.gui.exporting import ExportDialog

    dialog = ExportDialog(40, settings_en)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewRequested, timeout=2000):
        dialog.request_preview()
    assert dialog.status.text() == "正在生成预览…"
    dialog.show_preview(b"not a pdf")  # whatever comes back replaces it
    assert dialog.status.text() != "正在生成预览…"


def test_the_english_window_stays_within_1024_pixels_after_a_filtered_search(qtbot, tmp_path, settings_en, english):
    """In English at 1024×700 a date filter (Clear filter shown) and a count with reprints
    (`12 articles (8 different texts)`) made the search row too wide: the window grew to 1071
    pixels, past the screen's edge, with the count, the Source column and the metadata cut off."""
    import json

    from .test_gui import make_window, search

    feed = tmp_path / "feed.jsonl"  # one story printed on two days, and another: reprints in the count
    rows = [("2024-09-11", "秋粮收购开始", "本报讯 秋粮收购今起开始。"), ("2024-09-12", "秋粮收购开始", "本报讯 秋粮收购今起开始。"),
            ("2024-09-12", "港口吞吐量增长", "本报讯 前三季度港口吞吐量增长。")]
    feed.write_text("".join(json.dumps({"publication": "泉州晚报", "date": d, "page": 1, "headline": h,
                                        "paragraphs": [p]}, ensure_ascii=False) + "\n" for d, h, p in rows),
                    encoding="utf-8")
    window = make_window(qtbot, tmp_path / "en.db", settings_en, sample=False)
    window.imports.start([feed], None, summary=False, duplicates=True)
    window.resize(1008, 660)
    result = search(window, "日期:2024-09")
    qtbot.wait(50)
    assert result.total == 3 and window.bar.count.text() == "3 articles (2 different texts)"
    assert window.bar.clear_filter.isVisible()
    assert window.minimumSizeHint().width() <= 1008 and window.width() <= 1008, \
        (window.minimumSizeHint().width(), window.width())
    window.search.set_query('日期:2024-09 "秋粮')  # a quote left open: the count says (stale) too
    qtbot.wait(50)
    assert window.bar.count.text().startswith("(stale)") and window.width() <= 1008, window.width()


def test_the_english_window_writes_its_filters_with_english_field_names(qtbot, tmp_path, settings_en, english):
    """A calendar day clicked in the English window wrote 报纸:泉州晚报 日期:2024-09-11 into the
    box (and a collection 专题:NAME): Chinese in an English window, though paper:, date: and
    collection: are the names its own help and placeholder teach."""
    from PySide6.QtCore import QDate

    from baoku.core.search.filters import ENGLISH_NAMES, Filter, with_filter

    from .test_gui import make_window

    assert with_filter("知识产权 报纸:泉州晚报", Filter(date="2024-09"), ENGLISH_NAMES) == "date:2024-09 知识产权"
    window = make_window(qtbot, tmp_path / "en.db", settings_en)
    window.calendar.publication.setCurrentText("泉州晚报")
    window.calendar.calendar.clicked.emit(QDate(2024, 9, 11))
    assert window.bar.edit.text() == "paper:泉州晚报 date:2024-09-11" and window.model.rowCount() == 6
    window.search.clear_filter()
    assert window.bar.edit.text() == ""
    window.collections.add("Week 37", window.model.ids()[:2])
    window.collections.show("Week 37")
    assert window.bar.edit.text() == 'collection:"Week 37"' and window.model.rowCount() == 2
    assert "collection:NAME" in window.collections_pane.hint.text()  # as the pane's hint says


def test_a_saved_edit_says_how_to_take_it_back(qtbot, tmp_path, settings_en):
    """A headline saved from the metadata panel said only 已保存, where a delete, a paper's settings
    and a collection's removal each say （Ctrl+Z 撤销）: the editor had no word that it can be undone."""
    from PySide6.QtWidgets import QDialogButtonBox

    from .test_gui import make_window, type_text

    window = make_window(qtbot, tmp_path / "a.db", settings_en)
    window.table.selectRow(2)
    head = window.metadata.fields["headline"]
    head.selectAll()
    type_text(head, "汽车产销两旺")
    window.metadata.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert window.model.data(window.model.index(2, 4)) == "汽车产销两旺"
    assert window.statusBar().currentMessage() == "已保存（Ctrl+Z 撤销）"


def test_a_narrow_count_breaks_before_its_bracket_not_inside_it(qtbot):
    """Squeezed at 1024 pixels the count read `12 articles (8` over `different texts)`: it broke at
    the last space that fitted. The words of each part are held together, so it breaks before the
    bracket; the text read back is the text set (the stale marker is prefixed to it)."""
    from PySide6.QtGui import QTextLayout, QTextOption

    from baoku.gui.searchbar import CountLabel

    label = CountLabel()
    qtbot.addWidget(label)
    label.setText("(stale) 12 articles (8 different texts)")
    assert label.text() == "(stale) 12 articles (8 different texts)"
    layout = QTextLayout(super(CountLabel, label).text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    full = label.fontMetrics().horizontalAdvance(label.text())
    width = (label.minimumSizeHint().width() + full) // 2  # between the least it takes and all on one line
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(layout.text()[line.textStart():line.textStart() + line.textLength()].strip())
    layout.endLayout()
    assert [t.replace("\u00a0", " ") for t in lines] == ["(stale) 12 articles", "(8 different texts)"], lines
