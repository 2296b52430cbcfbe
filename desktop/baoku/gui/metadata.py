"""The metadata panel beside the reader: fix an article's headline, column and so on, and write
its note (批注); the collections (专题) holding it are listed."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextOption
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.model import HEAD_FIELDS, NO_PAGE, ArticleRecord
from .wording import WORD_JOINER, join_list, printed_in, unbroken

LONG = tuple(HEAD_FIELDS.values())  # heads run long: they wrap instead of being cut off
EDITABLE = (*LONG, "column", "genre", "source")
MAX_LENGTH = 200


class WrapEdit(QPlainTextEdit):
    """A one-line field that wraps to show all of a long head (引题 often runs 30 characters);
    as tall as its text, up to four lines. Enter does not break the line. Same API as the
    QLineEdit fields beside it: text(), setText(), textEdited."""

    textEdited = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._max = MAX_LENGTH
        self._setting = False
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)  # Chinese has no spaces to wrap at
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(2)
        self.textChanged.connect(self._changed)
        self._fit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self._setting = True
        self.setPlainText(text)
        self._setting = False
        self._fit()

    def setMaxLength(self, n: int) -> None:
        self._max = n

    def setCursorPosition(self, pos: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(pos)
        self.setTextCursor(cursor)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:  # a pasted line break becomes a space
        self.insertPlainText(" ".join(source.text().splitlines()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _changed(self) -> None:
        text = self.toPlainText()
        if len(text) > self._max:
            self.setText(text[: self._max])
            return
        self._fit()
        if not self._setting:
            self.textEdited.emit(text)

    def _fit(self) -> None:
        lines = max(1, min(4, int(self.document().size().height())))  # a plain text layout counts lines
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(int(lines * line + 2 * self.document().documentMargin() + 2 * self.frameWidth() + 2))


class WrapLabel(QLabel):
    """A word-wrapped label that keeps the height its lines need at its width: in the panel's
    scrolled form, a plain QLabel that wrapped to two lines was given one line's height and its
    second line was cut off. It breaks between the parts of its text (wording.unbroken), not in
    the middle of a date; text() gives the text as set."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(unbroken(text))
        self._fit()

    def text(self) -> str:
        return super().text().replace(WORD_JOINER, "")

    def _fit(self) -> None:
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class MetadataPanel(QWidget):
    saveRequested = Signal(int, dict)  # article id, changed fields

    def __init__(self, parent=None):
        super().__init__(parent)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: labels above fields
        labels = {"kicker": self.tr("引题"), "headline": self.tr("主题"), "subhead": self.tr("副题"),
                  "column": self.tr("栏目"), "genre": self.tr("体裁"), "source": self.tr("来源")}
        self.where = WrapLabel()
        form.addRow(self.tr("出处"), self.where)
        # The editor's note and the collections come first: in a short window (1024×700) the
        # form scrolls, and the note was below its fold, after eleven rows of the record.
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("编辑的批注，只在档案里，可用 批注: 检索"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        # A field narrower than this puts its label above it (WrapLongRows): in English at 1024×700
        # the labels (Printed in, Collections) left the note and the heads 77 pixels of a 183 panel.
        self.note.setMinimumWidth(self.fontMetrics().height() * 9)  # nine CJK characters, whatever the face
        self.note.textChanged.connect(self._changed)
        form.addRow(self.tr("批注"), self.note)
        self.in_collections = WrapLabel()
        form.addRow(self.tr("专题"), self.in_collections)
        self.saved_note, self.collections = "", ()
        # Where it was printed: a wrong date or page at import is refiled (moved) in the store.
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.dateChanged.connect(self._changed)
        self.page = QSpinBox()
        self.page.setRange(1, 999)
        self.page.valueChanged.connect(self._changed)
        self.page_name = QLineEdit()
        self.page_name.textEdited.connect(self._changed)
        form.addRow(self.tr("日期"), self.date)
        form.addRow(self.tr("版次"), self.page)
        form.addRow(self.tr("版名"), self.page_name)
        for name in EDITABLE:
            edit = WrapEdit() if name in LONG else QLineEdit()
            edit.setMinimumWidth(self.note.minimumWidth())
            edit.setMaxLength(MAX_LENGTH)
            edit.textEdited.connect(self._changed)
            self.fields[name] = edit
            form.addRow(labels[name], edit)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Reset)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("保存"))
        save.setToolTip(self.tr("保存对这篇文章的修改和批注（Ctrl+S）"))
        self.buttons.button(QDialogButtonBox.StandardButton.Reset).setText(self.tr("还原"))
        save.clicked.connect(self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(self.reset)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # while a field has the focus
        # The form scrolls in a short window; the error and the buttons stay in sight beneath it.
        fields = QWidget()
        inner = QVBoxLayout(fields)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(fields)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the reader to the note, not to the frame
        # A splitter squeezes a scroll area to nothing; with no horizontal bar the form would be cut
        # at the window's edge, so the area keeps the form's own least width (and its vertical bar).
        self.scroll.setMinimumWidth(fields.minimumSizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 4)  # the buttons clear of the window's edge
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.record: ArticleRecord | None = None
        # What this user may change (gui.permits): the record's fields, the note; else why not.
        self.why_not_edit = self.why_not_note = ""
        self.show_record(None)

    def set_rights(self, why_not_edit: str, why_not_note: str) -> None:
        """The record's fields and the note are each enabled unless the archive would refuse them
        (the reason, non-empty, is then their tooltip); the panel itself stays readable."""
        self.why_not_edit, self.why_not_note = why_not_edit, why_not_note
        self.show_record(self.record, self.saved_note, self.collections)

    def show_record(self, record: ArticleRecord | None, note: str = "", collections=()) -> None:
        self.record = record
        self.saved_note, self.collections = note, tuple(collections)
        self.note.blockSignals(True)
        self.note.setPlainText(note)
        self.note.blockSignals(False)
        self.note.setEnabled(record is not None and not self.why_not_note)
        self.note.setToolTip(self.why_not_note)
        self.in_collections.setText(join_list(collections) if collections else self.tr("（无）"))
        a = record.article if record else None
        self.where.setText(self._where(record) if record else "")
        editable = record is not None and not self.why_not_edit
        for w in (self.date, self.page, self.page_name, *self.fields.values()):
            w.setToolTip(self.why_not_edit)
        for w in (self.date, self.page, self.page_name):
            w.blockSignals(True)
            w.setEnabled(editable)
        wire = record is not None and record.page_number == NO_PAGE  # an agency's item: no page to refile to
        self.page.setSpecialValueText(self.tr("通稿") if wire else "")
        self.page.setMinimum(NO_PAGE if wire else 1)
        if record is not None:
            self.date.setDate(QDate(record.date.year, record.date.month, record.date.day))
            self.page.setValue(record.page_number)
            self.page_name.setText(record.page_name)
        for w in (self.page, self.page_name):
            w.setEnabled(editable and not wire)
        for w in (self.date, self.page, self.page_name):
            w.blockSignals(False)
        for name, edit in self.fields.items():
            edit.setText(getattr(a, name) if a else "")
            edit.setCursorPosition(0)  # show the start of a long kicker, not its end
            edit.setEnabled(editable)
        self._changed()

    def _where(self, record) -> str:
        """Where it was printed, and, for an article continued on another page, where the rest is."""
        kind, _, where = record.article.continues.partition(":")
        note = {"to": self.tr("下转%1（该版尚未入库）"), "from": self.tr("上接%1（该版尚未入库）"),
                "joined": self.tr("跨版刊登：%1")}.get(kind, "")
        pages = join_list(where.split("+"))
        text = printed_in(record) + ("\n" + note.replace("%1", pages) if note else "")
        scan = record.scan
        if scan and not scan.get("text_layer"):  # read by OCR: say how sure, so uncertain lines get checked
            text += "\n" + self.tr("扫描识别：%Ln 行", "", scan["lines"])
            if scan["uncertain"]:
                text += self.tr("，其中 %Ln 行置信度低于 80%，请核对", "", scan["uncertain"])
        return text

    def changes(self) -> dict[str, str]:
        if self.record is None:
            return {}
        a = self.record.article
        out = {n: e.text().strip() for n, e in self.fields.items() if e.text().strip() != getattr(a, n)}
        date = self.date.date().toString("yyyy-MM-dd")
        if date != self.record.date.isoformat():
            out["date"] = date
        if self.page.value() != self.record.page_number:
            out["page"] = self.page.value()
        if self.page_name.text().strip() != self.record.page_name:
            out["page_name"] = self.page_name.text().strip()
        if self.note.toPlainText().strip() != self.saved_note:
            out["note"] = self.note.toPlainText().strip()
        return out

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
        self.show_record(self.record, self.saved_note, self.collections)
