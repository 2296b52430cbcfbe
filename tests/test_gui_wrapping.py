"""Text the window wraps breaks between its parts, not inside a date, a page or a name (issue 47e)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from baoku.core.store import Archive  # noqa: E402

from .test_gui import settings, window  # noqa: E402,F401


def laid_out(label) -> list[str]:
    """The lines `label` shows its text in, at its width, as Qt breaks them."""
    from PySide6.QtGui import QTextLayout, QTextOption
    from PySide6.QtWidgets import QLabel

    out = []
    for paragraph in QLabel.text(label).split("\n"):  # (as drawn)
        layout = QTextLayout(paragraph, label.font())
        layout.setTextOption(QTextOption(label.alignment()))
        option = layout.textOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(label.contentsRect().width())
            out.append(paragraph[line.textStart():line.textStart() + line.textLength()])
        layout.endLayout()
    return out


def test_the_printed_in_row_breaks_between_paper_date_page_and_page_name(window, tmp_path):
    """At 1024×700 the metadata panel's 出处 row read 「泉州晚报 2024年9月11 / 日 第5版 民企会客厅」:
    the date was cut before its 日."""
    with Archive(tmp_path / "archive.db") as archive:
        record = archive.article(2)
    panel = window.metadata
    panel.show_record(record)
    line = record.source_line()
    parts = line.split(" ")
    assert len(parts) == 4, line
    for width in range(90, 330, 6):
        panel.where.setFixedWidth(width)
        assert panel.where.width() == width
        lines = laid_out(panel.where)
        shown = [ln.replace("\u2060", "").strip() for ln in lines]
        assert "".join(shown).replace(" ", "") == line.replace(" ", ""), (width, lines)
        for ln in shown:  # each line whole parts
            assert ln == "" or all(p in parts for p in ln.split(" ")), (width, shown)
        assert panel.where.minimumHeight() >= panel.where.heightForWidth(width) > 0
    assert panel.where.text() == line  # what it reads is the text as it was set
