"""The jobs panel's row for an import: the page OCR is reading and the time still to go."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")


def test_a_jobs_row_says_the_page_being_read_and_the_time_left(qtbot):
    from baoku.gui.importing import JobRow

    now = [100.0]
    row = JobRow("导入 1 项", clock=lambda: now[0])
    qtbot.addWidget(row)
    row.set_progress(0, 100, (0, 4))
    assert row.eta.text() == "第 1/4 页"  # no pace yet, no guess
    now[0] += 1
    row.set_progress(10, 100, (0.4, 4))
    assert row.eta.text() == "第 1/4 页"  # a second in: too soon to say
    now[0] += 29
    row.set_progress(25, 100, (1.0, 4))  # a quarter done in 30 s: 90 s to go
    assert row.eta.text() == "第 2/4 页 · 约剩 1 分 30 秒" and row.bar.value() == 25
    now[0] += 30
    row.set_progress(80, 100)  # a text file: no pages to tell
    assert row.eta.text() == "约剩 15 秒"
    row.set_progress(100, 100)
    assert row.eta.text() == ""
