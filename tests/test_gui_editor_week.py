"""What an editor's week in the window found (issue 51f), each with a test that failed before its
fix: the calendar's count read 2期在库，缺0期, the English window's Ctrl+C said 引用：."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtWidgets import QApplication  # noqa: E402

from .test_gui import make_window, settings  # noqa: E402,F401
from .test_gui_newcomer_day import english  # noqa: E402,F401


def test_the_calendars_count_is_spaced_and_says_none_missing_in_words(qtbot):
    """`2期在库，缺0期`: no space round the numbers (the window spaces them elsewhere: 第 6 个字符处),
    and 缺0期 where nothing is missing."""
    from baoku.gui.calendar import CalendarPanel

    panel = CalendarPanel()
    qtbot.addWidget(panel)
    assert panel.held_and_missing(2, 0) == "在库 2 期，不缺期"
    assert panel.held_and_missing(2, 3) == "在库 2 期，缺 3 期"


def test_the_calendars_count_in_english_is_counted_in_the_singular_for_one(qtbot, english):  # noqa: F811
    """The English said `1 issues held, 0 missing`."""
    from baoku.gui.calendar import CalendarPanel

    panel = CalendarPanel()
    qtbot.addWidget(panel)
    assert panel.held_and_missing(1, 0) == "1 issue held, none missing"
    assert panel.held_and_missing(2, 3) == "2 issues held, 3 missing"


def test_ctrl_c_in_the_english_window_introduces_the_citation_in_english(qtbot, tmp_path, settings, english):  # noqa: F811
    """Ctrl+C on an article in the English window put `引用：郭剑平. …` on the clipboard; an export
    (set for a Chinese publication) keeps 引用：."""
    from baoku.core.export.formats import article_text

    window = make_window(qtbot, tmp_path / "a.db", settings)
    window.table.selectRow(0)
    window.table.setFocus()
    window.edit.copy_action.trigger()
    text = QApplication.clipboard().text()
    cited = text.rstrip().splitlines()[-1]
    assert cited.startswith("Cite as: ") and "[N]" in cited and "引用" not in text, cited
    record = window.session.db.article(window.model.id_at(0))
    assert article_text(record).rstrip().splitlines()[-1].startswith("引用：")


def test_the_metadata_panels_printed_in_line_is_in_the_windows_language(qtbot, tmp_path, settings, english):  # noqa: F811
    """The English window's 出处 / Printed in said `泉州晚报 2024年9月11日 第5版 民企会客厅`: the date and
    the page are the window's words; the paper's and the page's names stay the paper's."""
    window = make_window(qtbot, tmp_path / "a.db", settings)
    window.table.selectRow(0)
    record = window.metadata.record
    where = window.metadata.where.text().splitlines()[0]
    assert where == f"{record.publication} {record.date.isoformat()} Page {record.page_number} {record.page_name}", where


def test_the_printed_in_line_in_chinese_is_the_records_source_line(qtbot, tmp_path, settings):  # noqa: F811
    from baoku.gui.wording import printed_in

    window = make_window(qtbot, tmp_path / "a.db", settings)
    record = window.session.db.article(window.model.id_at(0))
    assert printed_in(record) == record.source_line() == "泉州晚报 2024年9月11日 第5版 民企会客厅"


@pytest.mark.parametrize("undo", [False, True])
def test_a_saved_note_is_the_panels_new_baseline_and_its_undo_clears_it(qtbot, tmp_path, settings, undo):  # noqa: F811
    """A note saved alone left the panel looking unsaved (Save still enabled, the note compared with
    the one before), so the list's refresh kept it as an edit in progress: Ctrl+Z took the note out
    of the archive and the panel went on showing it."""
    from PySide6.QtWidgets import QDialogButtonBox

    window = make_window(qtbot, tmp_path / "a.db", settings)
    window.table.selectRow(1)
    panel = window.metadata
    panel.note.setPlainText("回顾稿用")
    panel.save()
    assert not panel.changes() and not panel.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert window.edit.undo_action.text().startswith("撤销 批注「")  # (said 修改「…」: a note is no edit of the article)
    if undo:
        window.edit.undo()
        assert panel.note.toPlainText() == "" and not panel.changes()
    else:
        assert panel.note.toPlainText() == "回顾稿用"
