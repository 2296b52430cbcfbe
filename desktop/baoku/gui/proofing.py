"""Proofreading dialogs: correcting one line beside its piece of the page image, and an article's
paragraphs with the history of its corrections, any of which can be undone. The dialogs only
gather what the editor wants; the page controller hands each change to the writer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core import model
from .screenfit import fit_to_screen

CONTEXT = 8  # characters kept either side of a change in the history
WHOLE = 30  # a text up to this long (a line, a headline) is shown whole


def changed_part(old: str, new: str, context: int = CONTEXT) -> tuple[str, str]:
    """What a correction changed, each side cut to the differing stretch with a few characters
    either side (…我国汽车产销量… → …我国汽車产销量…): the history shows the change, not two
    whole paragraphs. A line or a headline is short enough to show whole."""
    if max(len(old), len(new)) <= WHOLE:
        return old, new
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1

    def cut(text: str) -> str:
        a, b = max(0, start - context), min(len(text), len(text) - end + context)
        return ("…" if a > 0 else "") + text[a:b] + ("…" if b < len(text) else "")

    return cut(old), cut(new)


CROP_WIDTH = 900  # pixels: the line's image is shown at most this wide, and never wider than the screen
SCREEN_MARGIN = 80  # pixels the dialog's frame and margins take beside the picture


class LineEditor(QDialog):
    """One line: its image as printed, what the OCR read, and the text to put in its place."""

    def __init__(self, line: dict, image: QImage | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("改正一行"))
        self.line = line
        layout = QVBoxLayout(self)
        self.picture = QLabel()
        if image is not None and not image.isNull():
            x0, y0, x1, y1 = line["box"]
            pad = max(4, (y1 - y0) // 4)
            crop = image.copy(x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad)
            # The whole line in sight: as wide as the screen leaves room for, the dialog as wide as it.
            screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
            room = screen.availableGeometry()
            width = min(CROP_WIDTH, room.width() - SCREEN_MARGIN)
            if crop.width() > width:
                crop = crop.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            if crop.height() > room.height() // 2:
                crop = crop.scaledToHeight(room.height() // 2, Qt.TransformationMode.SmoothTransformation)
            self.picture.setPixmap(QPixmap.fromImage(crop))
            self.picture.setMinimumSize(crop.size())
        layout.addWidget(self.picture)
        read = line.get("ocr_text") or line["text"]
        note = self.tr("识别结果：%1（置信度 %2%）").replace("%1", read).replace(
            "%2", str(round(100 * line.get("confidence", 1.0))))
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.edit = QLineEdit(line["text"])
        self.edit.selectAll()
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.edit.text().strip()


class ProofDialog(QDialog):
    """An article's blocks (choose one, edit it, save) over its corrections (undo one)."""

    blockSaved = Signal(int, int, str)  # article id, block index, new text
    undoRequested = Signal(int)  # correction id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("校对"))
        self.article_id: int | None = None
        self.corrections: list = []
        self.why_not = ""  # why this user may not correct (gui.permits): the dialog shows, does not save
        self.blocks = QListWidget()
        self.blocks.currentRowChanged.connect(self._choose)
        self.editor = QPlainTextEdit()
        self.save = QPushButton(self.tr("保存此段"))
        self.save.clicked.connect(self._save)
        self.history = QTableWidget(0, 6)
        self.history.setHorizontalHeaderLabels([self.tr("时间"), self.tr("校对人"), self.tr("位置"), self.tr("原文"),
                                                self.tr("改为"), self.tr("状态")])
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.history.horizontalHeader()
        for column in range(6):  # the two texts share the width; the rest as wide as they need
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in (3, 4)
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.undo = QPushButton(self.tr("撤销所选修改"))
        self.undo.clicked.connect(self._undo)
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.blocks, 2)
        right = QVBoxLayout()
        right.addWidget(self.editor, 1)
        right.addWidget(self.save, 0, Qt.AlignmentFlag.AlignRight)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(QLabel(self.tr("校对记录")))
        layout.addWidget(self.history, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.undo)
        layout.addLayout(bottom)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.close_buttons.rejected.connect(self.reject)
        layout.addWidget(self.close_buttons)
        fit_to_screen(self, 900, 620)

    def show_article(self, record) -> None:
        self.article_id = record.id
        self.setWindowTitle(self.tr("校对：%1").replace("%1", record.article.headline or f"#{record.id}"))
        at = max(self.blocks.currentRow(), 0)
        self.blocks.blockSignals(True)
        self.blocks.clear()
        for b in record.article.blocks:
            self.blocks.addItem(f"[{self._kind(b.kind)}] {b.text}")
        self.blocks.blockSignals(False)
        self._texts = [b.text for b in record.article.blocks]
        self.blocks.setCurrentRow(min(at, self.blocks.count() - 1))
        self._choose(self.blocks.currentRow())

    def _kind(self, kind: str) -> str:
        return {model.HEADLINE: self.tr("主题"), model.KICKER: self.tr("引题"), model.SUBHEAD: self.tr("副题"),
                model.SUBHEADING: self.tr("小标题"), model.BYLINE: self.tr("署名"),
                model.CAPTION: self.tr("图片说明")}.get(kind, self.tr("段落"))

    def show_history(self, corrections: list) -> None:
        self.corrections = list(reversed(corrections))  # newest first
        self.history.setRowCount(len(self.corrections))
        for r, c in enumerate(self.corrections):
            where = self.tr("第 %1 行").replace("%1", str(c.line_id)) if c.line_id else \
                self.tr("第 %1 段").replace("%1", str(c.block))
            state = self.tr("已撤销（%1）").replace("%1", c.undone_by or "") if c.undone_at else ""
            was, now = changed_part(c.old_text, c.new_text)
            for col, value in enumerate((c.at.replace("T", " ")[:19], c.who, where, was, now, state)):
                item = QTableWidgetItem(value)
                if col in (3, 4):
                    item.setToolTip(c.old_text if col == 3 else c.new_text)
                self.history.setItem(r, col, item)
        self.undo.setEnabled(any(not c.undone_at for c in self.corrections) and not self.why_not)

    def set_read_only(self, why_not: str) -> None:
        """The paragraphs and their history to read, not to change (`why_not`, non-empty, says why on
        the disabled buttons); "" to correct."""
        self.why_not = why_not
        self.editor.setReadOnly(bool(why_not))
        for button in (self.save, self.undo):
            button.setToolTip(why_not)
        self.save.setEnabled(not why_not)
        self.undo.setEnabled(not why_not and any(not c.undone_at for c in self.corrections))

    def show_error(self, message: str) -> None:
        self.status.setText(f"<span style='color:#b00020'>{message}</span>")

    def _choose(self, row: int) -> None:
        if 0 <= row < len(getattr(self, "_texts", [])):
            self.editor.setPlainText(self._texts[row])

    def _save(self) -> None:
        row = self.blocks.currentRow()
        if self.article_id is not None and row >= 0:
            self.status.clear()
            self.blockSaved.emit(self.article_id, row, self.editor.toPlainText().strip())

    def _undo(self) -> None:
        row = self.history.currentRow()
        if 0 <= row < len(self.corrections):
            self.status.clear()
            self.undoRequested.emit(self.corrections[row].id)
