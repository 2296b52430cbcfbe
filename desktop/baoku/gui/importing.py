"""Import in the window: the issue-metadata dialog, the jobs panel, the summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.importing.metadata import IssueMeta
from ..core.importing.run import DUPLICATE, FAILED, IMPORTED, ImportReport
from .options import Settings


class IssueMetadataDialog(QDialog):
    """Page text carries no paper, date or page: ask, remembering the last paper and page name."""

    def __init__(self, files: list[str], publications: list[str], settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("版面信息"))
        intro = QLabel(self.tr("这些文件没有写明报纸、日期和版次，请填写：") + "\n" + "\n".join(files[:5])
                       + ("\n…" if len(files) > 5 else ""))
        intro.setWordWrap(True)
        self.publication = QComboBox()
        self.publication.setEditable(True)
        self.publication.addItems(publications)
        self.publication.setCurrentText(settings.get("import/publication") or
                                        (publications[0] if publications else ""))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.page = QSpinBox()
        self.page.setRange(1, 999)
        self.page_name = QLineEdit(settings.get("import/page_name"))
        self.page_name.setPlaceholderText(self.tr("如：民企会客厅"))
        form = QFormLayout()
        form.addRow(self.tr("报纸"), self.publication)
        form.addRow(self.tr("日期"), self.date)
        form.addRow(self.tr("版次"), self.page)
        form.addRow(self.tr("版名"), self.page_name)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def meta(self) -> IssueMeta:
        return IssueMeta.from_mapping({
            "publication": self.publication.currentText().strip(),
            "date": self.date.date().toString("yyyy-MM-dd"),
            "page": self.page.value(),
            "page_name": self.page_name.text().strip(),
        }, self.tr("版面信息"))

    def accept(self) -> None:
        if not self.publication.currentText().strip():
            self.error.setText(self.tr("请填写报纸名称"))
            return
        self.settings.set("import/publication", self.publication.currentText().strip())
        self.settings.set("import/page_name", self.page_name.text().strip())
        super().accept()


class JobRow(QWidget):
    """One running job: what it does, how far it got, and a cancel button."""

    cancelRequested = Signal()

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.label = QLabel(title)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.cancel = QPushButton(self.tr("取消"))
        self.cancel.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.cancel)

    def set_progress(self, done: int, total: int) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _cancel(self) -> None:
        self.cancel.setEnabled(False)
        self.cancel.setText(self.tr("正在取消…"))
        self.cancelRequested.emit()


class JobsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.idle = QLabel(self.tr("没有进行中的任务"))
        self.idle.setStyleSheet("color:#888")
        self.layout_.addWidget(self.idle)
        self.layout_.addStretch(1)
        self.rows: list[JobRow] = []

    def add(self, title: str) -> JobRow:
        row = JobRow(title)
        self.rows.append(row)
        self.layout_.insertWidget(self.layout_.count() - 1, row)
        self.idle.hide()
        return row

    def remove(self, row: JobRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()
        self.idle.setVisible(not self.rows)



def summary_text(report: ImportReport) -> str:
    if report.rolled_back:
        return QCoreApplication.translate("ImportSummary", "导入已取消，档案未作任何改动。")
    return (QCoreApplication.translate(
        "ImportSummary", "导入 %1 个文件（新增 %2 篇文章），%3 个已在档案中跳过，%4 个失败。")
            .replace("%1", str(report.count(IMPORTED))).replace("%2", str(report.articles_added))
            .replace("%3", str(report.count(DUPLICATE))).replace("%4", str(report.count(FAILED))))


def summary_box(report: ImportReport, parent=None) -> QMessageBox:
    """What was imported, what was skipped as a duplicate, what failed and why."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("ImportSummary", "导入结果"))
    warn = report.count(FAILED) and not report.rolled_back
    box.setIcon(QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Information)
    box.setText(summary_text(report))
    labels = {IMPORTED: QCoreApplication.translate("ImportSummary", "已导入"),
              DUPLICATE: QCoreApplication.translate("ImportSummary", "已在档案中"),
              FAILED: QCoreApplication.translate("ImportSummary", "失败")}
    box.setDetailedText("\n".join(f"[{labels.get(o.status, o.status)}] {o.name}: {o.message}"
                                  for o in report.outcomes))
    return box
