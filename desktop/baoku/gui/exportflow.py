"""Export from the window: the dialog with its live preview, then the PDF written on the worker."""

from __future__ import annotations

from pathlib import Path

from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox, QStatusBar, QWidget

from ..core.errors import BaokuError, FacsimileUnavailable, MissingGlyphs
from ..core.export import ExportOptions
from ..core.export.formats import file_for
from ..core.files import file_name
from .exporting import ExportDialog
from .importing import JobsPanel
from .messages import Messages, missing_glyphs
from .options import Settings
from .codedwords import error_words
from .session import Session
from .wording import quoted, untitled


class ExportController(QObject):
    exported = Signal(object)  # the ExportResult

    def __init__(self, session: Session, settings: Settings, jobs: JobsPanel, jobs_dock: QDockWidget,
                 messages: Messages, status: QStatusBar, parent: QWidget):
        super().__init__(parent)
        self.session, self.settings, self.jobs, self.jobs_dock = session, settings, jobs, jobs_dock
        self.messages, self.status, self.window = messages, status, parent

    def dialog(self, ids: list[int], order: str = "", title: str = "") -> ExportDialog | None:
        """The options and the preview for these articles (shown by `choose`; tests drive it).
        order "given" keeps the articles in the order given (a collection's)."""
        if not ids:
            return None
        dialog = ExportDialog(len(ids), self.settings, self.window, order=order, title=title)

        def failed(e: BaseException) -> None:
            if isinstance(e, MissingGlyphs):
                dialog.show_error(missing_glyphs(e))  # the window's words: its checkbox, no option
            elif isinstance(e, BaokuError):
                dialog.show_error(error_words(e))
            else:
                self.messages.show_error(e)

        def preview(opts) -> None:
            fmt = {"docx": "html"}.get(dialog.export_format(), dialog.export_format())  # Word: its look, as a page
            if fmt != "pdf":
                self.session.read(lambda b, job: b.document(ids, opts, fmt),
                                  lambda data: dialog.show_document(data, fmt), failed)
                return
            # The preview prints what it can: an article whose page image is gone shows without its
            # facsimile (the export asks about it before writing).
            self.session.read(lambda b, job: b.preview(ids, replace(opts, missing_facsimile="skip")),
                              dialog.show_preview, failed)

        dialog.previewRequested.connect(preview)
        dialog.request_preview()
        return dialog

    SUFFIX = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)", "html": "HTML (*.html)", "md": "Markdown (*.md)",
              "txt": "Text (*.txt)"}

    def choose(self, ids: list[int], order: str = "", title: str = "") -> None:
        dialog = self.dialog(ids, order, title)
        if dialog is None or dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        dialog.remember()
        fmt = dialog.export_format()
        folder = self.settings.get("export/last_folder") or str(Path.home())
        name = file_name(title, "." + fmt, self.tr("报库导出"))  # a collection's name, safe as a file's
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("保存"), str(Path(folder) / name), self.SUFFIX[fmt])
        if path:  # a name typed without the format's suffix, or with another, gets it added
            self.settings.set("export/last_folder", str(Path(path).parent))
            self.start(ids, file_for(path, fmt), dialog.options(), fmt)

    def start(self, ids: list[int], path: Path, options: ExportOptions, fmt: str = "pdf"):
        row = self.jobs.add(self.tr("导出 %Ln 篇", "", len(ids)))
        row.cancel.hide()
        self.jobs_dock.show()

        def finished() -> None:
            self.jobs.remove(row)
            if not self.jobs.rows:
                self.jobs_dock.hide()

        def done(result) -> None:
            finished()
            said = self.tr("已导出 %1（%Ln 页）", "", result.pages) if fmt == "pdf" else self.tr("已导出 %1")
            self.status.showMessage(said.replace("%1", str(result.path)), 8000)
            if result.photos_left_out:  # (the command line says each; the status bar alone went unseen)
                self.say_photos_left_out(result)
            self.exported.emit(result)

        def failed(error: BaseException) -> None:
            finished()
            if isinstance(error, FacsimileUnavailable):
                self.ask_without_facsimiles(error, lambda: self.start(ids, path, replace(options,
                                                                                           missing_facsimile="skip")))
                return
            self.messages.show_error(error)

        return self.session.write(lambda b, job: b.export(ids, path, options, fmt), done, failed)

    def say_photos_left_out(self, result) -> QMessageBox:
        """The export was written, but some photos' picture files are damaged (cut short, not an
        image, too large to print): said once, their captions printed all the same."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("报库"),
                          self.tr("已导出 %1，但有 %Ln 张照片的图片文件已损坏或过大，没有印出；照片说明照常印出。", "",
                                  result.photos_left_out).replace("%1", str(result.path)), parent=self.window)
        return self.messages.show_box(box)

    def ask_without_facsimiles(self, error: FacsimileUnavailable, go_on) -> QMessageBox:
        """Name the articles whose page image is missing or damaged, and offer to print them
        without their facsimile (nothing was written yet)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("报库"),
                          self.tr("%Ln 篇文章的原版图像缺失或已损坏，无法附原版剪报图。尚未写入任何文件。", "",
                                  len(error.problems)), parent=self.window)
        box.setInformativeText("\n".join(f"#{i} {quoted(h or untitled())}" for i, h, _ in error.problems[:8])
                               + ("\n…" if len(error.problems) > 8 else ""))
        box.setDetailedText("\n".join(f"#{i}: {why}" for i, _, why in error.problems))
        again = box.addButton(self.tr("不附剪报图，继续导出"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        again.clicked.connect(go_on)
        return self.messages.show_box(box)
