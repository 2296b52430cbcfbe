"""Printing (File → 打印, Ctrl+P): the selected articles typeset exactly as the PDF export sets them
(the same bytes, laid out on the reading worker with the export dialog's last options), shown in a
print preview, and printed through the system's print dialog. Each PDF page goes to one sheet of
its own size, drawn at up to 300 dpi."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QSize, QSizeF, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

from ..core.errors import BaokuError
from ..core.export import ExportOptions
from .screenfit import fit_to_screen
from .session import Session

MAX_DPI = 300


def export_options(settings) -> ExportOptions:
    """The options the export dialog last used (one set of defaults with the command line)."""
    return ExportOptions(paper=settings.get("export/paper"), columns=settings.get("export/columns"),
                         font_size=settings.get("export/font_size"), script=settings.get("export/script"),
                         reference=settings.get("export/reference"),
                         fullwidth_punctuation=settings.get("export/fullwidth_punctuation"),
                         hanging_punctuation=settings.get("export/hanging_punctuation"),
                         crop_marks=settings.get("export/crop_marks"), facsimile=settings.get("export/facsimile"),
                         missing_facsimile="skip")


class PrintJob(QObject):
    """One PDF's pages to a printer."""

    def __init__(self, data: bytes, parent=None):
        super().__init__(parent)
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)

    def pages(self) -> int:
        return self.document.pageCount()

    def fit(self, printer: QPrinter) -> None:
        """The sheet is the PDF's page, with no margin: what is printed is what was typeset."""
        size = self.document.pagePointSize(0)
        printer.setFullPage(True)
        printer.setPageLayout(QPageLayout(QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point),
                                          QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))

    def paint(self, printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for n in range(self.pages()):
                if n:
                    printer.newPage()
                size = self.document.pagePointSize(n)
                image = self.document.render(n, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72)))
                painter.drawImage(printer.pageLayout().fullRectPixels(printer.resolution()), image)
        finally:
            painter.end()


class PrintController(QObject):
    ready = Signal(object)  # the PrintJob, laid out and loaded

    def __init__(self, session: Session, settings, messages, status, parent=None):
        super().__init__(parent)
        self.session, self.settings, self.messages, self.status, self.window = session, settings, messages, status, parent
        self.job: PrintJob | None = None
        self.dialog: QPrintPreviewDialog | None = None
        self.printer: QPrinter | None = None

    def _typeset(self, ids: list[int], then) -> None:
        if not ids:
            self.status.showMessage(self.tr("先在列表里选中要打印的文章"), 4000)
            return
        options = export_options(self.settings)
        self.status.showMessage(self.tr("正在排版 %Ln 篇…", "", len(ids)))

        def done(data: bytes) -> None:
            self.status.clearMessage()
            self.job = PrintJob(data, self)
            self.ready.emit(self.job)
            then(self.job)

        def failed(error: BaseException) -> None:
            self.status.clearMessage()
            self.messages.show_error(error)

        self.session.read(lambda b, job: b.preview(ids, options), done, failed)

    def preview(self, ids: list[int]) -> None:
        """The print preview (its print button opens the print dialog)."""
        self._typeset(ids, self.show_preview)

    def show_preview(self, job: PrintJob) -> QPrintPreviewDialog:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        job.fit(printer)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("打印预览（%Ln 页）", "", job.pages()))
        dialog.paintRequested.connect(job.paint)
        fit_to_screen(dialog, 900, 760)
        dialog.open()
        self.dialog, self.printer = dialog, printer  # the dialog only points at its printer: keep it alive
        return dialog

    def print_(self, ids: list[int]) -> None:
        """The system's print dialog, then the pages."""
        self._typeset(ids, self.ask_and_print)

    def ask_and_print(self, job: PrintJob) -> QPrintDialog:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        job.fit(printer)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("打印"))

        def accepted() -> None:
            try:
                job.paint(printer)
            except BaokuError as e:
                self.messages.show_error(e)
                return
            self.status.showMessage(self.tr("已送去打印：%Ln 页", "", job.pages()), 6000)

        dialog.accepted.connect(accepted)
        dialog.open()
        self.printer = printer
        return dialog
