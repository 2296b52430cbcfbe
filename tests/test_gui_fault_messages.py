"""What the window says when something a newcomer does fails (issue 46e): in the window's
language, about what failed (never the archive when the archive is fine)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from baoku.core.export import ExportOptions  # noqa: E402

from .test_gui import sample_dated, settings, window  # noqa: E402,F401,F811


@pytest.mark.parametrize("fmt", ["txt"])
def test_an_export_that_cannot_be_written_blames_the_file_in_the_windows_words(window, qtbot, tmp_path, fmt):
    """An export into a folder that cannot be written (here a 'folder' that is a file, which fails
    for root too) said 档案现在无法打开或写入 — the archive, which was fine — over the operating
    system's English 'cannot write …: Not a directory'."""
    blocker = tmp_path / "不是文件夹"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    out = blocker / f"导出 文件.{fmt}"
    before = len(window.messages.open_boxes)
    window.exports.start([1, 2], out, ExportOptions(), fmt)
    qtbot.waitUntil(lambda: len(window.messages.open_boxes) > before, timeout=20000)
    box = window.messages.open_boxes[-1]
    assert box.text() == "文件没有写出，档案没有改动。"
    assert box.informativeText() == f"无法写入 {out}：路径中的“{blocker.name}”是文件，不是文件夹。"
    assert not box.detailedText()  # no traceback: nothing to report
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"
