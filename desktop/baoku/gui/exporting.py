"""The export dialog: the format, the PDF options, a live preview (QtPdf for a PDF, the page itself
for HTML and its look for the other formats), then save."""

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
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.export import ExportOptions
from .options import Settings
from .pdfpreview import PreviewControls
from .screenfit import fit_to_screen



class ExportDialog(PreviewControls, QDialog):
    """Options on the left, the pages as they will print on the right. `previewRequested` asks the
    window to lay the PDF out on the task pool; `show_preview` receives the bytes."""

    previewRequested = Signal(object)  # ExportOptions (the format is format())
    FORMATS = ("pdf", "docx", "html", "md", "txt")

    def __init__(self, count: int, settings: Settings, parent=None, order: str = "", title: str = ""):
        super().__init__(parent)
        self.settings = settings
        self.order = order  # "given" keeps a collection's own order; "" takes the settings'
        self.setWindowTitle(self.tr("导出（%Ln 篇）", "", count))
        self.format = QComboBox()
        for key, label in zip(self.FORMATS, (self.tr("PDF（可付印）"), self.tr("Word 文档（DOCX）"),
                                             self.tr("网页（HTML，单个文件）"), self.tr("Markdown"), self.tr("纯文本"))):
            self.format.addItem(label, key)
        self.format.setCurrentIndex(max(0, self.format.findData(settings.get("export/format"))))
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
        self.font_size.setDecimals(1)
        self.font_size.setSuffix(self.tr(" 磅"))  # points: 10.5 磅 is 五号
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
        self.hanging = QCheckBox(self.tr("行末标点悬挂（多数出版物不用）"))
        self.hanging.setChecked(settings.get("export/hanging_punctuation"))
        self.crop_marks = QCheckBox(self.tr("裁切线和 3 毫米出血（交印刷厂）"))
        self.crop_marks.setChecked(settings.get("export/crop_marks"))
        self.geta = QCheckBox(self.tr("缺字印成〓"))
        self.geta.setToolTip(self.tr("随附字体里没有的字（如造字）印成〓，而不是停止导出"))
        self.facsimile = QCheckBox(self.tr("扫描版文章前附原版剪报图"))
        self.facsimile.setChecked(settings.get("export/facsimile"))
        self.title = QLineEdit(title)
        self.title.setPlaceholderText(self.tr("报库文章选编"))
        form = QFormLayout()
        form.addRow(self.tr("格式"), self.format)
        form.addRow(self.tr("纸张"), self.paper)
        form.addRow(self.tr("分栏"), self.columns)
        form.addRow(self.tr("正文字号"), self.font_size)
        form.addRow(self.tr("简繁"), self.script)
        form.addRow(self.tr("出处与引用"), self.reference)
        form.addRow(self.tr("文档标题"), self.title)  # (the cover's and the file's title, not an article's 标题)
        form.addRow(self.fullwidth)
        form.addRow(self.hanging)
        form.addRow(self.crop_marks)
        form.addRow(self.facsimile)
        form.addRow(self.geta)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存…"))
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
        self.view.pageNavigator().currentPageChanged.connect(self._update_pages)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        pdf = QWidget()
        right = QVBoxLayout(pdf)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self._preview_bar())
        right.addWidget(self.view, 1)
        self.text_view = QTextBrowser()  # HTML as it is; DOCX, Markdown and text as their content reads
        self.text_view.setOpenLinks(False)
        self.previews = QStackedWidget()
        self.previews.addWidget(pdf)
        self.previews.addWidget(self.text_view)
        layout.addWidget(self.previews, 2)
        self.pdf_only = (self.paper, self.columns, self.font_size, self.hanging, self.crop_marks, self.facsimile)
        self._buffer: QBuffer | None = None
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self._ask_preview)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        for w in (self.format.currentIndexChanged, self.paper.currentTextChanged, self.columns.currentIndexChanged, self.font_size.valueChanged,
                  self.script.currentIndexChanged, self.reference.currentIndexChanged,
                  self.fullwidth.toggled, self.hanging.toggled, self.geta.toggled, self.crop_marks.toggled,
                  self.facsimile.toggled,
                  self.title.textChanged):
            w.connect(self._timer.start)
        fit_to_screen(self, 1000, 700)

    # -- options ---------------------------------------------------------------------------------

    def export_format(self) -> str:
        return self.format.currentData()

    def _format_changed(self, *_) -> None:
        pdf = self.export_format() == "pdf"
        for w in self.pdf_only:
            w.setEnabled(pdf)
        self.previews.setCurrentIndex(0 if pdf else 1)

    def show_document(self, data: bytes, fmt: str) -> None:
        """The preview of a format other than PDF (the bytes export_document writes)."""
        if fmt == "html":  # a Word document is previewed as the same articles on a page
            self.text_view.setHtml(data.decode("utf-8"))
        else:
            self.text_view.setPlainText(data.decode("utf-8"))
        self.status.setText(self.tr("预览：%1").replace("%1", self.format.currentText()))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def options(self) -> ExportOptions:
        return ExportOptions(order=self.order or ExportOptions().order,
            paper=self.paper.currentText().strip() or "A4", columns=self.columns.currentIndex() + 1,
            font_size=self.font_size.value(), script=self.script.currentData(),
            reference=self.reference.currentData(), fullwidth_punctuation=self.fullwidth.isChecked(),
            hanging_punctuation=self.hanging.isChecked(),
            crop_marks=self.crop_marks.isChecked(), facsimile=self.facsimile.isChecked(),
            missing_glyphs="geta" if self.geta.isChecked() else "error",
            title=self.title.text().strip())

    def request_preview(self) -> None:
        self._timer.start(0)

    def _ask_preview(self) -> None:
        """Say the preview is on its way (the first, for many articles, takes seconds: the pane was
        an empty grey page), then ask for it."""
        self.status.setText(self.tr("正在生成预览…"))
        self.previewRequested.emit(self.options())

    def show_preview(self, data: bytes) -> None:
        page = max(self.page(), 0)  # before close(), which sends some Qt versions back to page 1
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.status.setText(self.tr("预览：共 %Ln 页", "", self.document.pageCount()))
        self.go_to_page(page)  # a changed option keeps the reader on the page they were looking at
        self._update_pages()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def show_error(self, message: str) -> None:
        self.status.setText(f"<span style='color:#b00020'>{message}</span>")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def remember(self) -> None:
        o = self.options()
        self.settings.set("export/format", self.export_format())
        for key, value in (("export/paper", o.paper), ("export/columns", o.columns),
                           ("export/font_size", o.font_size), ("export/script", o.script),
                           ("export/reference", o.reference),
                           ("export/fullwidth_punctuation", o.fullwidth_punctuation),
                           ("export/hanging_punctuation", o.hanging_punctuation),
                           ("export/crop_marks", o.crop_marks), ("export/facsimile", o.facsimile)):
            self.settings.set(key, value)

