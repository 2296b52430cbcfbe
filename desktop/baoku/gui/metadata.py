"""The metadata panel beside the reader: fix an article's headline, column and so on."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.store.archive import ArticleRecord

EDITABLE = ("kicker", "headline", "subhead", "column", "genre", "source")
MAX_LENGTH = 200


class MetadataPanel(QWidget):
    saveRequested = Signal(int, dict)  # article id, changed fields

    def __init__(self, parent=None):
        super().__init__(parent)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {"kicker": self.tr("引题"), "headline": self.tr("主题"), "subhead": self.tr("副题"),
                  "column": self.tr("栏目"), "genre": self.tr("体裁"), "source": self.tr("来源")}
        self.where = QLabel()
        self.where.setWordWrap(True)
        form.addRow(self.tr("出处"), self.where)
        for name in EDITABLE:
            edit = QLineEdit()
            edit.setMaxLength(MAX_LENGTH)
            edit.textEdited.connect(self._changed)
            self.fields[name] = edit
            form.addRow(labels[name], edit)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Reset)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Reset).setText(self.tr("还原"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(self.reset)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        layout.addStretch(1)
        self.record: ArticleRecord | None = None
        self.show_record(None)

    def show_record(self, record: ArticleRecord | None) -> None:
        self.record = record
        a = record.article if record else None
        self.where.setText(record.source_line() if record else "")
        for name, edit in self.fields.items():
            edit.setText(getattr(a, name) if a else "")
            edit.setCursorPosition(0)  # show the start of a long kicker, not its end
            edit.setEnabled(record is not None)
        self._changed()

    def changes(self) -> dict[str, str]:
        if self.record is None:
            return {}
        a = self.record.article
        return {n: e.text().strip() for n, e in self.fields.items() if e.text().strip() != getattr(a, n)}

    def show_error(self, message: str) -> None:
        """The store refused the change (its rules live in the core); say why, keep the edits."""
        self.error.setText(message)

    def _changed(self, *_):
        self.error.clear()
        dirty = bool(self.changes())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(dirty)
        self.buttons.button(QDialogButtonBox.StandardButton.Reset).setEnabled(dirty)

    def save(self) -> None:
        if self.record is None:
            return
        changes = self.changes()
        if changes:
            self.saveRequested.emit(self.record.id, changes)

    def reset(self) -> None:
        self.show_record(self.record)
