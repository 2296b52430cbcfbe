"""What a newcomer's day in the window found (issue 49f), each with a test that failed before its fix."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QLocale  # noqa: E402


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
