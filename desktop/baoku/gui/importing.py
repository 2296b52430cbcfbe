"""Import in the window: the issue-metadata dialog, the jobs panel, the summary."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
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
from ..core.store.ingest import PageRefusal
from .datefield import DateField
from .options import Settings
from .codedwords import problem_words, words
from .wording import join_clauses, join_list, quoted


class IssueMetadataDialog(QDialog):
    """Page text carries no paper, date or page: ask. What the file name or a sidecar says is
    proposed; what nothing says stays empty and must be filled (never today's date, silently).
    Before the user confirms, it shows what will be imported: the articles, their headlines, and
    those the archive already holds. `preview(meta, show)` reads that on a worker."""

    EMPTY_DATE = QDate(1800, 1, 1)

    def __init__(self, files: list[str], publications: list[str], settings: Settings, parent=None,
                 known: IssueMeta | None = None, preview=None):
        super().__init__(parent)
        self.settings = settings
        self._preview = preview
        known = known or IssueMeta()
        self.setWindowTitle(self.tr("版面信息"))
        intro = QLabel(self.tr("这些文件没有写明报纸、日期和版次，请填写：") + "\n" + "\n".join(files[:5])
                       + ("\n…" if len(files) > 5 else ""))
        intro.setWordWrap(True)
        self.publication = QComboBox()
        self.publication.setEditable(True)
        self.publication.addItems(publications)
        self.publication.setCurrentText(known.publication or settings.get("import/publication") or
                                        (publications[0] if publications else ""))
        self.date = DateField(placeholder=self.tr("（请选择日期）"))  # typed or picked; opens at today, not 1800
        proposed = QDate.fromString(str(known.date or ""), "yyyy-MM-dd")
        self.date.setDate(proposed if proposed.isValid() else self.EMPTY_DATE)
        self.page = QSpinBox()
        self.page.setRange(0, 999)
        self.page.setSpecialValueText(self.tr("（请填写）"))
        self.page.setValue(int(known.page or 0))
        self.page_name = QLineEdit(known.page_name or settings.get("import/page_name"))
        self.page_name.setPlaceholderText(self.tr("如：民企会客厅"))
        form = QFormLayout()
        form.addRow(self.tr("报纸"), self.publication)
        form.addRow(self.tr("日期"), self.date)
        form.addRow(self.tr("版次"), self.page)
        form.addRow(self.tr("版名"), self.page_name)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setMinimumWidth(420)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh_preview)
        self._asked = 0
        for changed in (self.publication.currentTextChanged, self.date.dateChanged, self.page.valueChanged,
                        self.page_name.textChanged):
            changed.connect(lambda *_: self._timer.start())
        self.refresh_preview()

    def missing(self) -> list[str]:
        out = []
        if not self.publication.currentText().strip():
            out.append(self.tr("报纸"))
        if self.date.date() == self.EMPTY_DATE:
            out.append(self.tr("日期"))
        if not self.page.value():
            out.append(self.tr("版次"))
        return out

    def meta(self) -> IssueMeta:
        return IssueMeta.from_mapping({
            "publication": self.publication.currentText().strip(),
            "date": self.date.date().toString("yyyy-MM-dd"),
            "page": self.page.value(),
            "page_name": self.page_name.text().strip(),
        }, self.tr("版面信息"))

    def refresh_preview(self) -> None:
        """Read what would be imported with the fields as they are (on a worker)."""
        if self.missing():
            self.summary.setText(self.tr("请填写：%1").replace("%1", join_list(self.missing())))
            return
        if self._preview is None:
            return
        self._asked += 1
        asked = self._asked
        self.summary.setText(self.tr("正在读取文件…"))
        self._preview(self.meta(), lambda p: asked == self._asked and self.show_preview(p))

    def show_preview(self, preview) -> None:
        heads = [h or self.tr("（无题）") for h in preview.headlines]
        shown = join_list(quoted(h) for h in heads[:6]) + ("…" if len(heads) > 6 else "")
        text = self.tr("将导入 %1 篇：%2").replace("%1", str(preview.articles)).replace("%2", shown)
        if preview.stored:
            where = join_clauses(dict.fromkeys(w for _, w in preview.stored))
            text += "\n" + self.tr("其中 %1 篇已在档案中：%2").replace("%1", str(len(preview.stored))) \
                .replace("%2", where)
        if preview.problems:
            text += "\n" + self.tr("无法导入：%1").replace("%1", "\n".join(map(problem_words, preview.problems[:3])))
        self.summary.setText(text)
        self.adjustSize()  # the dialog grows with what it says

    def accept(self) -> None:
        if self.missing():
            self.error.setText(self.tr("请填写：%1").replace("%1", join_list(self.missing())))
            return
        self.settings.set("import/publication", self.publication.currentText().strip())
        self.settings.set("import/page_name", self.page_name.text().strip())
        super().accept()


class JobRow(QWidget):
    """One running job: what it does, how far it got (the page being read, when OCR reads a
    scan), how long it should still take, and a cancel button."""

    cancelRequested = Signal()

    def __init__(self, title: str, parent=None, clock=time.monotonic):
        super().__init__(parent)
        self.label = QLabel(title)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.eta = QLabel()
        self.eta.setStyleSheet("color:#555")
        self.cancel = QPushButton(self.tr("取消"))
        self.cancel.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.eta)
        layout.addWidget(self.cancel)
        self.clock = clock
        self.started = clock()

    def set_progress(self, done: int, total: int, pages=None) -> None:
        """`pages`: (pages read, a fraction while one is; pages in the file) while OCR reads a scan."""
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        said = []
        if pages is not None and pages[1] > 1:
            read, of = pages
            said.append(self.tr("第 %1/%2 页").replace("%1", str(min(int(read) + 1, of))).replace("%2", str(of)))
        left = self.remaining(done, total)
        if left is not None:
            said.append(self.tr("约剩 %1").replace("%1", self.duration(left)))
        self.eta.setText(" · ".join(said))

    def remaining(self, done: int, total: int) -> float | None:
        """Seconds still to go at the pace so far; None until the pace is known (a few seconds in,
        and some of the work done)."""
        spent = self.clock() - self.started
        if not total or done <= 0 or done >= total or spent < ETA_AFTER or done < 0.01 * total:
            return None
        return spent * (total - done) / done

    def duration(self, seconds: float) -> str:
        seconds = max(1, round(seconds))
        if seconds < 60:
            return self.tr("%1 秒").replace("%1", str(seconds))
        return self.tr("%1 分 %2 秒").replace("%1", str(seconds // 60)).replace("%2", str(seconds % 60))

    def _cancel(self) -> None:
        self.cancel.setEnabled(False)
        self.cancel.setText(self.tr("正在取消…"))
        self.cancelRequested.emit()


ETA_AFTER = 3.0  # seconds before the time left is guessed


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



translate = QCoreApplication.translate  # under this name, lupdate extracts the calls (it never saw _tr's)


def summary_text(report: ImportReport) -> str:
    if report.rolled_back:
        return translate("ImportSummary", "导入已取消，档案未作任何改动。")
    sentences = [translate("ImportSummary", "导入 %1 个文件（新增 %2 篇文章），%3 个已在档案中跳过，%4 个失败。")
                 .replace("%1", str(report.count(IMPORTED))).replace("%2", str(report.articles_added))
                 .replace("%3", str(report.count(DUPLICATE))).replace("%4", str(report.count(FAILED)))]
    if report.worth_a_look:
        sentences.append(translate("ImportSummary", "%1 个版面值得一看（有拿不准的文章分界）。")
                         .replace("%1", str(report.worth_a_look)))
    refused = report.refused
    if refused:
        sentences.append(translate("ImportSummary", "%1 个版面未导入（%2 篇文章），原因逐版列在详细信息中。")
                         .replace("%1", str(len(refused))).replace("%2", str(sum(r.articles for r in refused))))
    return joined(sentences)


def joined(sentences: list[str]) -> str:
    """Sentences run on as the language writes them: none after 。, a space after a Latin full stop."""
    out = ""
    for s in sentences:
        out += s if not out or out.endswith(("。", "！", "？", " ")) else " " + s
    return out


def refusal_text(r: PageRefusal) -> str:
    """Why a page was not stored, in the interface's language (the window has no options to name)."""
    return words(r.message())


def summary_box(report: ImportReport, parent=None) -> QMessageBox:
    """What was imported, what was skipped as a duplicate, what was refused or failed and why."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("ImportSummary", "导入结果"))
    warn = (report.count(FAILED) or report.refused) and not report.rolled_back
    box.setIcon(QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Information)
    box.setText(summary_text(report))
    from .reportwords import outcome_lines  # each line in the window's language, from the core's fields

    box.setDetailedText("\n".join(line for o in report.outcomes for line in outcome_lines(o, refusal_text)))
    return box
