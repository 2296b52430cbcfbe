"""Messages in the window: what went wrong in words the user can act on, never a traceback for
an environment problem (after qutebrowser); a bug shows its details to report."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QTextEdit, QWidget

from ..core.errors import (ArchiveUnavailable, BaokuError, ImportRejected, MissingGlyphs, NotFound, NotWritten,
                           ValidationError, disk_full)
from ..core.search.query import QueryError
from .codedwords import error_words
from .queryerrors import describe


translate = QCoreApplication.translate  # under this name, lupdate extracts the calls


def headline(error: BaseException) -> str:
    """The first line, in the window's language: what kind of problem this is."""
    if isinstance(error, QueryError):
        return describe(error)
    if isinstance(error, MissingGlyphs):
        return missing_glyphs(error)
    code = getattr(getattr(error, "coded", None), "code", None)
    if code in ("not_on_server", "server_role_refused", "server_cannot_import"):  # one line says it all
        return error_words(error)
    if code in ("font_missing", "font_damaged"):  # Baoku's own install, not what the user gave
        return (translate("Messages", "报库自带的一个字体文件已损坏，没有导出。请重新安装报库。") if code == "font_damaged"
                else translate("Messages", "报库自带的一个字体文件不见了，没有导出。请重新安装报库。"))
    if isinstance(error, NotWritten):  # a file asked for, not the archive: the archive is fine
        return translate("Messages", "文件没有写出，档案没有改动。")
    if disk_full(error):
        return translate("Messages", "磁盘已满：已完成的部分都已保存，其余没有写入。请腾出空间后再试。")
    if isinstance(error, ArchiveUnavailable):
        return translate("Messages", "档案现在无法打开或写入，档案没有改动。")
    if isinstance(error, ImportRejected):
        return translate("Messages", "文件无法导入，档案没有改动。")
    if isinstance(error, ValidationError):
        return translate("Messages", "输入有误，没有保存。")
    if isinstance(error, NotFound):
        return translate("Messages", "找不到要的内容（可能已被删除）。")
    if isinstance(error, BaokuError):
        return translate("Messages", "操作没有完成，档案没有改动。")
    return translate("Messages", "出现了意外错误，档案没有改动。请把详细信息报告给开发者。")


def missing_glyphs(error: MissingGlyphs) -> str:
    """Which characters no bundled font has, where, and what the window offers instead (its checkbox,
    never the command line's option)."""
    where = translate("Messages", "；").join(
        f"{label.replace('文章', translate('Messages', '文章'))}：" + " ".join(f"{c}（U+{ord(c):04X}）" for c in chars[:12])
        for label, chars in error.problems[:5])
    return (translate("Messages", "随附字体里没有这些字，没有导出：%1。勾选“缺字印成〓”可照常导出，缺字处印〓。")
            .replace("%1", where))


class Messages:
    """Non-blocking message boxes, kept alive until closed."""

    def __init__(self, parent: QWidget):
        self.parent = parent
        self.open_boxes: list[QMessageBox] = []

    def show_error(self, error: BaseException) -> QMessageBox:
        box = QMessageBox(self.parent)
        box.setWindowTitle(translate("Messages", "报库"))
        box.setText(headline(error))
        if isinstance(error, BaokuError) or disk_full(error):
            box.setIcon(QMessageBox.Icon.Warning)
            if not isinstance(error, (QueryError, MissingGlyphs)) and box.text() != error_words(error):
                box.setInformativeText(error_words(error))  # which file, which field: coded, or the core's own words
        else:
            box.setIcon(QMessageBox.Icon.Critical)
            box.setDetailedText(getattr(error, "__traceback_text__", None)
                                or "".join(traceback.format_exception(error)))
        return self.show_box(box)

    def show_box(self, box: QMessageBox) -> QMessageBox:
        roomy_details(box)
        self.open_boxes.append(box)
        box.finished.connect(lambda _=0, box=box: self.open_boxes.remove(box) if box in self.open_boxes else None)
        box.open()
        return box


DETAIL_LINES = 20  # a box's details show this many lines at most before they scroll
DETAIL_WIDTH = 640  # pixels: wide enough for a file's name and why it failed on one line


def roomy_details(box: QMessageBox) -> None:
    """A box's details (Show Details…) as tall as their lines, up to DETAIL_LINES, and as the screen
    has room for: Qt makes them 100 pixels tall, four lines of an import's failed files or a
    traceback, whatever the screen."""
    text = box.findChild(QTextEdit)
    if text is None or not box.detailedText():
        return
    room = box.screen().availableGeometry()
    line = text.fontMetrics().lineSpacing()
    lines = min(box.detailedText().count("\n") + 1, DETAIL_LINES)
    frame = 2 * text.frameWidth() + 2 * int(text.document().documentMargin()) + 2
    tallest = room.height() - 280  # the box's own text and buttons, and the window's frame
    text.setFixedHeight(max(100, min(lines * line + frame, tallest)))
    text.setMinimumWidth(min(DETAIL_WIDTH, room.width() - 120))
