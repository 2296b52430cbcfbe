"""Dialogs for a paper's settings (frequency, days of the week, other names, first and last issue,
place), an issue's number (总第N期), and one 栏目 / 体裁 / 来源 for many articles. They only gather
what the editor wants; the core checks it and the writer stores it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.store.calendar import FREQUENCIES
from .datefield import EMPTY, DateField
from .wording import weekday

translate = QCoreApplication.translate  # under this name, lupdate extracts the calls


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    """Save and Cancel, in a context of their own: `dialog.tr` was filed by lupdate under `dialog`
    and looked up under the dialog's class, so the English window read 保存 / 取消."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("SettingsDialogs", "保存"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("SettingsDialogs", "取消"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class PaperDialog(QDialog):
    """A paper's schedule and names; the calendar's 缺期 audit follows what is saved here."""

    def __init__(self, paper: dict, parent=None):
        super().__init__(parent)
        self.paper = paper
        self.setWindowTitle(self.tr("报纸设置：%1").replace("%1", paper["name"]))
        self.frequency = QComboBox()
        names = {"": self.tr("未知"), "daily": self.tr("日报"), "weekly": self.tr("周报"),
                 "biweekly": self.tr("双周刊"), "monthly": self.tr("月刊"), "irregular": self.tr("不定期")}
        for key in ("", *FREQUENCIES):
            self.frequency.addItem(names[key], key)
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(paper.get("frequency") or "")))
        days = {int(d) for d in (paper.get("weekdays") or "").split(",") if d}
        self.days = [QCheckBox(weekday(d)) for d in range(1, 8)]
        day_row = QWidget()
        row = QHBoxLayout(day_row)
        row.setContentsMargins(0, 0, 0, 0)
        for n, box in enumerate(self.days, 1):
            box.setChecked(n in days)
            row.addWidget(box)
        row.addStretch(1)
        self.other_names = QLineEdit("、".join(n for n in (paper.get("other_names") or "").split("\n") if n))
        self.other_names.setPlaceholderText(self.tr("如：泉州晚報、Quanzhou Evening News"))
        self.place = QLineEdit(paper.get("place") or "")
        self.first = DateField(placeholder=self.tr("未知"))
        self.last = DateField(placeholder=self.tr("仍在出版或未知"))
        for field, key, held in ((self.first, "first_issue", "first"), (self.last, "last_issue", "last")):
            field.setDate(QDate.fromString(paper.get(key) or "", "yyyy-MM-dd"))
            held_date = QDate.fromString(paper.get(held) or "", "yyyy-MM-dd")
            if held_date.isValid():
                field.fallback = held_date
        note = QLabel(self.tr("出版日勾选后，日历按这些日子查缺期（如周一至周六出版的日报、逢周四出版的周报）；"
                              "填了创刊和终刊日期，就从创刊查到终刊，而不只是在库的第一期到最后一期。"))
        note.setWordWrap(True)
        note.setStyleSheet("color:#555")
        form = QFormLayout()
        form.addRow(self.tr("出版周期"), self.frequency)
        form.addRow(self.tr("出版日"), day_row)
        form.addRow(self.tr("其他名称"), self.other_names)
        form.addRow(self.tr("出版地"), self.place)
        form.addRow(self.tr("创刊（第一期）"), self.first)
        form.addRow(self.tr("终刊（最后一期）"), self.last)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        self.resize(560, self.sizeHint().height())

    def settings(self) -> dict:
        """What to save, as core.store.papers.set_paper takes it."""
        def day(field: DateField) -> str:
            return field.date().toString("yyyy-MM-dd") if field.date() != EMPTY else ""

        return {"frequency": self.frequency.currentData(),
                "weekdays": [n for n, box in enumerate(self.days, 1) if box.isChecked()],
                "other_names": self.other_names.text(), "place": self.place.text(),
                "first_issue": day(self.first), "last_issue": day(self.last)}

    def show_error(self, message: str) -> None:
        self.error.setText(message)


class IssueDialog(QDialog):
    """An issue's number as printed on it."""

    def __init__(self, label: str, number: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("本期设置：%1").replace("%1", label))
        self.number = QLineEdit(number)
        self.number.setPlaceholderText(self.tr("如：总第12345期"))
        form = QFormLayout()
        form.addRow(self.tr("期号"), self.number)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))


class BulkEditDialog(QDialog):
    """栏目, 体裁, 来源 for every selected article: only the fields ticked change."""

    def __init__(self, count: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("批量修改 %Ln 篇文章", "", count))
        self.boxes: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        form = QFormLayout()
        for key, label in (("column", self.tr("栏目")), ("genre", self.tr("体裁")), ("source", self.tr("来源"))):
            box, edit = QCheckBox(label), QLineEdit()
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
            self.boxes[key] = (box, edit)
            form.addRow(box, edit)
        hint = QLabel(self.tr("勾选要改的项；留空表示清除。可以撤销（Ctrl+Z）。"))
        hint.setStyleSheet("color:#555")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(_buttons(self))

    def set_field(self, key: str, value: str) -> None:
        box, edit = self.boxes[key]
        box.setChecked(True)
        edit.setText(value)

    def fields(self) -> dict[str, str]:
        return {k: edit.text().strip() for k, (box, edit) in self.boxes.items() if box.isChecked()}
