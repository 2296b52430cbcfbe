"""The search row over the list: the query, a button, the order, the count, and what is wrong."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class CountLabel(QLabel):
    """The count beside the order: it wraps before its bracket (`12 articles` over `(8 different
    texts)`) rather than widen the window. In English at 1024 × 700 a filtered search made the row
    759 pixels and the window 1071, past the screen's edge. Each part's words are held together
    (no-break spaces, shown only), so it never breaks inside one: `12 articles (8` over
    `different texts)`. text() gives back the text set."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self._text = ""

    def setText(self, text: str) -> None:
        self._text = text
        parts = re.split(r"(?=[（(])", text)
        super().setText("".join(p.rstrip().replace(" ", "\u00a0") + p[len(p.rstrip()):] for p in parts))

    def text(self) -> str:
        return self._text

    def clear(self) -> None:
        self.setText("")

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        parts = re.split(r"(?=[（(])", self._text)  # each part kept on a line of its own
        widest = max((self.fontMetrics().horizontalAdvance(p.strip()) for p in parts), default=0)
        return QSize(max(hint.width(), widest + 4), hint.height())


class SearchBar(QWidget):
    toList = Signal()  # Down or Page Down in the box: on to the list, as in a mail program's search

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("输入即检索：知识产权  标题:新质  日期:2024-09  报纸:泉州晚报  (Ctrl+F)"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("检索式"))
        self.edit.installEventFilter(self)
        self.edit.setMinimumWidth(200)
        self.button = QPushButton(self.tr("检索"))
        self.button.setDefault(False)
        self.clear_filter = QToolButton()
        self.clear_filter.setText(self.tr("清除筛选"))
        self.clear_filter.setToolTip(self.tr("去掉检索式里的报纸、日期和版面条件，保留检索词"))
        self.clear_filter.hide()
        self.sort = QComboBox()
        self.sort.addItem(self.tr("按相关度"), "relevance")
        self.sort.addItem(self.tr("按日期（新的在前）"), "date")
        self.count = CountLabel()
        self.count.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.RichText)
        self.error.setStyleSheet("color:#b00020")
        self.error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.clear_filter)
        row.addWidget(self.button)
        row.addWidget(self.sort)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def show_error(self, line: str, pointed: str, note: str = "") -> None:
        """The query with the character at fault marked, what is wrong, and what the list shows."""
        note = f" <span style='color:#666'>{html.escape(note)}</span>" if note else ""
        self.error.setText(f"{pointed}<br>{html.escape(line)}{note}")
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and not event.modifiers():
            self.toList.emit()
            return True
        return super().eventFilter(watched, event)
