"""Import from the window: choose files (or drop them), describe bare page text, run, report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox, QStatusBar, QWidget

from ..core.coded import Coded
from ..core.errors import ArchiveUnavailable, BaokuError
from ..core.importing.metadata import IssueMeta, known_metadata, needs_issue_metadata
from .importing import IssueMetadataDialog, JobsPanel, summary_box, summary_text
from .importreview import ImportReviewDialog
from .messages import Messages
from .options import Settings
from .session import Session

# Every suffix an importer reads (scans and PDFs too), in both cases: a camera's IMG_0001.JPG is a page.
SUFFIXES = ("txt", "jsonl", "ndjson", "xml", "nitf", "pdf", "zip", "png", "jpg", "jpeg", "tif", "tiff", "webp")
FILE_TYPES = " ".join(f"*.{s} *.{s.upper()}" for s in SUFFIXES)


def _page_text(path: Path) -> bool:
    """Page text, or a folder or ZIP that may hold some: the import preview reads them."""
    return path.suffix.lower() in (".txt", ".zip") or path.is_dir()


class ImportController(QObject):
    imported = Signal(object)  # the ImportReport, after the views heard what changed

    def __init__(self, session: Session, settings: Settings, jobs: JobsPanel, jobs_dock: QDockWidget,
                 messages: Messages, status: QStatusBar, parent: QWidget):
        super().__init__(parent)
        self.session, self.settings, self.jobs, self.jobs_dock = session, settings, jobs, jobs_dock
        self.messages, self.status, self.window = messages, status, parent

    def choose(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("导入"), self.settings.get("import/last_folder"),
            self.tr("报纸文件 (%1);;所有文件 (*)").replace("%1", FILE_TYPES))
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        """导入文件夹…: a folder as it is (a dialog of files cannot choose one; dropping can)."""
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("导入文件夹"),
                                                  self.settings.get("import/last_folder"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        """Ask for issue metadata where the files carry none, then import."""
        if self.session.read_only or not self.session.is_open:
            return
        if self.session.on_server and not self._may_import():
            return
        self.settings.set("import/last_folder", str(paths[0].parent))
        undescribed = [p for p in paths if needs_issue_metadata(p)]
        overrides = None
        if undescribed:
            def preview(meta, show) -> None:
                self.session.read(lambda b, j: b.preview_import(undescribed, meta), show)

            dialog = IssueMetadataDialog([p.name for p in undescribed],
                                         [p["name"] for p in self.session.db.publications()],
                                         self.settings, self.window, known=known_metadata(undescribed[0]),
                                         preview=preview)
            if dialog.exec() != IssueMetadataDialog.DialogCode.Accepted:
                return
            overrides = dialog.meta()
        if any(_page_text(p) for p in paths) and self.settings.get("import/review"):
            self.session.read(lambda b, j: b.review_pages(paths, overrides),
                              lambda found: self.review(paths, overrides, *found))
        else:
            self.start(paths, overrides)

    def _may_import(self) -> bool:
        """Whether this user's roles on the server allow importing: said now, not after the preview."""
        try:
            if self.session.db.may_import():
                return True
            error: BaseException = ArchiveUnavailable(Coded("server_cannot_import", address=self.session.path.shown()))
        except BaokuError as e:  # the server went away: said as any read's failure
            error = e
        self.messages.show_error(error)
        return False

    def review(self, paths: list[Path], overrides: IssueMeta | None, pages: list, problems: list[str]) -> None:
        """The import preview: each page's proposed articles, to split, merge or retitle before
        anything is stored; what it shows when accepted is what is stored."""
        if not pages:
            self.start(paths, overrides)
            return
        dialog = ImportReviewDialog(pages, problems, self.window)
        if dialog.exec() != ImportReviewDialog.DialogCode.Accepted:
            return
        self.start(paths, overrides, reviewed=dialog.reviewed())

    def start(self, paths: list[Path], overrides: IssueMeta | None, *, title: str = "", summary: bool = True,
              duplicates: bool = False, reviewed: dict | None = None, replace: bool = False):
        row = self.jobs.add(title or self.tr("导入 %1 项").replace("%1", str(len(paths))))
        self.jobs_dock.show()

        def done(report) -> None:
            self._finished(row)
            if summary:
                box = summary_box(report, self.window)
                offered = []  # ways on (import anyway, replace) beside Close

                def offer(text: str, tip: str, **again) -> None:
                    """A button that runs this import again with `again` changed."""
                    button = box.addButton(text, box.ButtonRole.ActionRole)
                    button.setToolTip(tip)
                    options = dict(title=title, duplicates=duplicates, reviewed=reviewed, replace=replace) | again
                    button.clicked.connect(lambda: self.start(paths, overrides, **options))
                    offered.append(button)

                if any(o.stored_elsewhere for o in report.outcomes) and not duplicates:
                    offer(self.tr("仍然导入重复的版面"), self.tr("这些版面的文章已全部在档案中（另一日期或版次）。若确是重复刊登，"
                                                      "可仍然导入；已导入的文件会跳过。"), duplicates=True)
                if any(o.conflicting for o in report.outcomes) and not replace:
                    offer(self.tr("用新版本替换这些版面"), self.tr("档案中这些版面的文章移入回收站（可以恢复），批注和专题位置移到新版本；"
                                                      "已导入的文件会跳过。"), replace=True)
                if offered:
                    box.addButton(QMessageBox.StandardButton.Close)
                self.messages.show_box(box)
            self.status.showMessage(summary_text(report), 8000)
            self.imported.emit(report)

        def failed(error: BaseException) -> None:
            self._finished(row)
            self.messages.show_error(error)

        job = self.session.writes.job(row.set_progress)
        row.cancelRequested.connect(job.cancel)
        return self.session.write(lambda b, j: b.import_files(paths, overrides, j, duplicates, reviewed, replace),
                                  done, failed, job=job)

    def _finished(self, row) -> None:
        self.jobs.remove(row)
        if not self.jobs.rows:
            self.jobs_dock.hide()
