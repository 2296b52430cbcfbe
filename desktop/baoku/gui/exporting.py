"""The export dialog: the PDF options, a live preview (QtPdf), then save."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ..core.export import ExportOptions
from .options import Settings



class ExportDialog(QDialog):
    """Options on the left, the pages as they will print on the right. `previewRequested` asks the
    window to lay the PDF out on the task pool; `show_preview` receives the bytes."""

    previewRequested = Signal(object)  # ExportOptions

    def __init__(self, count: int, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("导出 PDF（%1 篇）").replace("%1", str(count)))
        self.paper = QComboBox()
        self.paper.setEditable(True)
        self.paper.addItems(["A4", "A3", "B5", "Letter", "185x260mm"])
        self.paper.setCurrentText(settings.get("export/paper"))
        self.columns = QComboBox()
        self.columns.addItems([self.tr("单栏"), self.tr("双栏")])
        self.columns.setCurrentIndex(settings.get("export/columns") - 1)
        self.font_size = QDoubleSpinBox()
        self.font_size.setRange(6, 24)
        self.font_size.setSingleStep(0.5)
        self.font_size.setValue(settings.get("export/font_size"))
        scripts = [("original", self.tr("保持原文")), ("simplified", self.tr("简体")),
                   ("traditional", self.tr("繁体")), ("taiwan", self.tr("繁体（台湾用词）")),
                   ("hongkong", self.tr("繁体（香港）"))]
        references = [("source", self.tr("出处行")), ("gbt7714", self.tr("GB/T 7714 参考文献")),
                      ("both", self.tr("两者")), ("none", self.tr("无"))]
        self.script = QComboBox()
        for key, label in scripts:
            self.script.addItem(label, key)
        self.script.setCurrentIndex(max(0, self.script.findData(settings.get("export/script"))))
        self.reference = QComboBox()
        for key, label in references:
            self.reference.addItem(label, key)
        self.reference.setCurrentIndex(max(0, self.reference.findData(settings.get("export/reference"))))
        self.fullwidth = QCheckBox(self.tr("中文里的半角标点印成全角"))
        self.fullwidth.setChecked(settings.get("export/fullwidth_punctuation"))
        self.crop_marks = QCheckBox(self.tr("裁切线和 3 毫米出血（交印刷厂）"))
        self.crop_marks.setChecked(settings.get("export/crop_marks"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("报库文章选编"))
        form = QFormLayout()
        form.addRow(self.tr("纸张"), self.paper)
        form.addRow(self.tr("分栏"), self.columns)
        form.addRow(self.tr("正文字号"), self.font_size)
        form.addRow(self.tr("简繁"), self.script)
        form.addRow(self.tr("出处与引用"), self.reference)
        form.addRow(self.tr("标题"), self.title)
        form.addRow(self.fullwidth)
        form.addRow(self.crop_marks)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存 PDF…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.status)
        left.addStretch(1)
        left.addWidget(self.buttons)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setMinimumWidth(420)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.view, 2)
        self._buffer: QBuffer | None = None
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(lambda: self.previewRequested.emit(self.options()))
        for w in (self.paper.currentTextChanged, self.columns.currentIndexChanged, self.font_size.valueChanged,
                  self.script.currentIndexChanged, self.reference.currentIndexChanged,
                  self.fullwidth.toggled, self.crop_marks.toggled, self.title.textChanged):
            w.connect(self._timer.start)
        self.resize(1000, 700)

    def options(self) -> ExportOptions:
        return ExportOptions(
            paper=self.paper.currentText().strip() or "A4", columns=self.columns.currentIndex() + 1,
            font_size=self.font_size.value(), script=self.script.currentData(),
            reference=self.reference.currentData(), fullwidth_punctuation=self.fullwidth.isChecked(),
            crop_marks=self.crop_marks.isChecked(), title=self.title.text().strip())

    def request_preview(self) -> None:
        self._timer.start(0)

    def show_preview(self, data: bytes) -> None:
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.status.setText(self.tr("预览：%1 页").replace("%1", str(self.document.pageCount())))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def show_error(self, message: str) -> None:
        self.status.setText(f"<span style='color:#b00020'>{message}</span>")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def remember(self) -> None:
        o = self.options()
        for key, value in (("export/paper", o.paper), ("export/columns", o.columns),
                           ("export/font_size", o.font_size), ("export/script", o.script),
                           ("export/reference", o.reference),
                           ("export/fullwidth_punctuation", o.fullwidth_punctuation),
                           ("export/crop_marks", o.crop_marks)):
            self.settings.set(key, value)
