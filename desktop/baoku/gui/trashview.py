"""The trash: what was deleted, when and by whom, put back with one button or emptied for good."""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.changes import ARCHIVE, TRASH
from ..core.errors import BaokuError
from . import permits
from .screenfit import fit_to_screen
from .session import Session


class TrashDialog(QDialog):
    def __init__(self, session: Session, messages, parent=None):
        super().__init__(parent)
        self.session, self.messages = session, messages
        self.setWindowTitle(self.tr("回收站"))
        self.entries: list = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("删除时间"), self.tr("类别"), self.tr("内容"), self.tr("篇数"),
                                              self.tr("删除人")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.itemDoubleClicked.connect(lambda *_: self.restore())
        self.note = QLabel(self.tr("删除的文章、版面、期和报纸都在这里，恢复后回到原处；清空后不能再恢复。"))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#555")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("恢复所选"))
        self.restore_button.clicked.connect(self.restore)
        self.empty_button = QPushButton(self.tr("清空回收站…"))
        self.empty_button.clicked.connect(self.ask_empty)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        fit_to_screen(self, 820, 420)
        session.changed.connect(self._changed)
        self.refresh()

    def kind_name(self, kind: str) -> str:
        return {"article": self.tr("文章"), "page": self.tr("版面"), "issue": self.tr("一期"),
                "publication": self.tr("报纸")}.get(kind, kind)

    def refresh(self) -> None:
        self.session.read(lambda b, job: b.trash_entries(), self.show_entries, self.messages.show_error)

    def show_entries(self, entries: list) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            values = (e.at[:19].replace("T", " "), self.kind_name(e.kind), e.label, str(e.articles), e.who)
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setToolTip(e.label if c == 2 else "")
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        permits.allow(self.empty_button, self.session, permits.DELETE, also=bool(entries))
        self.status.setText(self.tr("回收站是空的。") if not entries else "")
        self._selection()

    def _selection(self) -> None:
        permits.allow(self.restore_button, self.session, permits.DELETE, also=bool(self.chosen()))

    def chosen(self) -> list:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.entries[r] for r in rows if r < len(self.entries)]

    def restore(self) -> None:
        chosen = self.chosen()
        if not chosen:
            return
        ids = [e.id for e in chosen]
        label = chosen[0].label if len(chosen) == 1 else self.tr("%Ln 项", "", len(chosen))
        who = getpass.getuser()

        def failed(error: BaseException) -> None:
            if isinstance(error, BaokuError):
                self.status.setText(f"<span style='color:#b00020'>{error}</span>")
            else:
                self.messages.show_error(error)

        self.session.write(lambda b, job: b.restore(ids, label, who),
                           lambda done: self.status.setText(self.tr("已恢复 %Ln 项", "", len(done))), failed)

    def ask_empty(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("清空回收站"),
                          self.tr("永久删除回收站里的 %Ln 项？清空后不能恢复，也不能撤销。", "", len(self.entries)),
                          parent=self)
        go = box.addButton(self.tr("永久删除"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        go.clicked.connect(self.empty)
        box.open()
        return box

    def empty(self) -> None:
        self.session.write(lambda b, job: b.empty_trash(),
                           lambda n: self.status.setText(self.tr("已永久删除 %Ln 项", "", n)), self.messages.show_error)

    def _changed(self, changes) -> None:
        if TRASH in changes or ARCHIVE in changes.kinds:
            self.refresh()
