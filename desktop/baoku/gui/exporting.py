"""The export dialog: the PDF options, a live preview (QtPdf), then save."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, QTimer, Signal
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
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
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
        self.setWindowTitle(self.tr("导出 PDF（%Ln 篇）", "", count))
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
        self.facsimile = QCheckBox(self.tr("扫描版文章前附原版剪报图"))
        self.facsimile.setChecked(settings.get("export/facsimile"))
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
        form.addRow(self.hanging)
        form.addRow(self.crop_marks)
        form.addRow(self.facsimile)
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
        self.view.pageNavigator().currentPageChanged.connect(self._update_pages)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(self._preview_bar())
        right.addWidget(self.view, 1)
        layout.addLayout(right, 2)
        self._buffer: QBuffer | None = None
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(lambda: self.previewRequested.emit(self.options()))
        for w in (self.paper.currentTextChanged, self.columns.currentIndexChanged, self.font_size.valueChanged,
                  self.script.currentIndexChanged, self.reference.currentIndexChanged,
                  self.fullwidth.toggled, self.hanging.toggled, self.crop_marks.toggled, self.facsimile.toggled,
                  self.title.textChanged):
            w.connect(self._timer.start)
        self.resize(1000, 700)

    # -- the preview's controls ------------------------------------------------------------------

    ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)

    def _preview_bar(self) -> QWidget:
        def button(text: str, tip: str, slot, icon: QStyle.StandardPixmap | None = None) -> QToolButton:
            b = QToolButton()
            if icon is not None:  # the bundled fonts have no ⏮ ⏭ glyphs: the style's arrows
                b.setIcon(self.style().standardIcon(icon))
            else:
                b.setText(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            return b

        P = QStyle.StandardPixmap
        self.to_first = button("", self.tr("第一页"), lambda: self.go_to_page(0), P.SP_MediaSkipBackward)
        self.prev_button = button("", self.tr("上一页 (PgUp)"), lambda: self.go_to_page(self.page() - 1),
                                  P.SP_ArrowLeft)
        self.next_button = button("", self.tr("下一页 (PgDn)"), lambda: self.go_to_page(self.page() + 1),
                                  P.SP_ArrowRight)
        self.to_last = button("", self.tr("最后一页"), lambda: self.go_to_page(self.document.pageCount() - 1),
                              P.SP_MediaSkipForward)
        self.page_label = QLabel()
        self.zoom_out_button = button("−", self.tr("缩小"), lambda: self.zoom_by(-1))
        self.zoom_in_button = button("+", self.tr("放大"), lambda: self.zoom_by(1))
        self.fit_width_button = button(self.tr("适合宽度"), self.tr("整页宽度"), self.fit_width)
        self.fit_page_button = button(self.tr("整页"), self.tr("一次看一整页"), self.fit_page)
        self.zoom_label = QLabel()
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.to_first, self.prev_button, self.page_label, self.next_button, self.to_last):
            row.addWidget(w)
        row.addStretch(1)
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_width_button,
                  self.fit_page_button):
            row.addWidget(w)
        self._update_pages()
        return bar

    def page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        count = self.document.pageCount()
        if count:
            self.view.pageNavigator().jump(max(0, min(page, count - 1)), QPointF(), self.view.zoomFactor())
            self._update_pages()

    def zoom(self) -> float:
        return self.view.zoomFactor()

    def zoom_by(self, steps: int) -> None:
        """One step along the usual zoom levels, from where the view is now (fit width included)."""
        now = self._shown_zoom()
        levels = [z for z in self.ZOOMS if (z > now * 1.01 if steps > 0 else z < now / 1.01)]
        if not levels:
            return
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(levels[0] if steps > 0 else levels[-1])
        self._update_zoom()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._update_zoom()

    def _shown_zoom(self) -> float:
        """The scale the page is really drawn at (a fit mode computes its own)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self.document.pageCount():
            return self.view.zoomFactor()
        size = self.document.pagePointSize(max(self.page(), 0))
        if size.width() <= 0:
            return 1.0
        dpi = self.logicalDpiX() / 72.0
        room = self.view.viewport().size()
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return room.width() / (size.width() * dpi)
        return min(room.width() / (size.width() * dpi), room.height() / (size.height() * dpi))

    def _update_zoom(self) -> None:
        self.zoom_label.setText(f"{self._shown_zoom() * 100:.0f}%")

    def _update_pages(self, *_) -> None:
        count = self.document.pageCount() if hasattr(self, "document") else 0
        page = self.page() + 1 if count else 0
        self.page_label.setText(self.tr("第 %1 / %2 页").replace("%1", str(page)).replace("%2", str(count)))
        for b, ok in ((self.to_first, page > 1), (self.prev_button, page > 1),
                      (self.next_button, page < count), (self.to_last, page < count)):
            b.setEnabled(ok)
        self._update_zoom()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_PageDown:
            self.go_to_page(self.page() + 1)
        elif event.key() == Qt.Key.Key_PageUp:
            self.go_to_page(self.page() - 1)
        else:
            super().keyPressEvent(event)

    # -- options ---------------------------------------------------------------------------------

    def options(self) -> ExportOptions:
        return ExportOptions(
            paper=self.paper.currentText().strip() or "A4", columns=self.columns.currentIndex() + 1,
            font_size=self.font_size.value(), script=self.script.currentData(),
            reference=self.reference.currentData(), fullwidth_punctuation=self.fullwidth.isChecked(),
            hanging_punctuation=self.hanging.isChecked(),
            crop_marks=self.crop_marks.isChecked(), facsimile=self.facsimile.isChecked(),
            title=self.title.text().strip())

    def request_preview(self) -> None:
        self._timer.start(0)

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
        for key, value in (("export/paper", o.paper), ("export/columns", o.columns),
                           ("export/font_size", o.font_size), ("export/script", o.script),
                           ("export/reference", o.reference),
                           ("export/fullwidth_punctuation", o.fullwidth_punctuation),
                           ("export/hanging_punctuation", o.hanging_punctuation),
                           ("export/crop_marks", o.crop_marks), ("export/facsimile", o.facsimile)):
            self.settings.set(key, value)
