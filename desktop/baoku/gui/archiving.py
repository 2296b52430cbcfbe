"""The archive itself: new, open, recent, backup, and the check (with repair of the index).

An archive open in one window is marked by a lock file beside it (<archive>.window.lock, held by
this process while the window has it open, released however the process ends): a second window on
the same archive says so and asks before opening it too, since two windows would each keep their
own undo and lists, unaware of the other."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLockFile, QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QStatusBar, QWidget

from ..core.address import ServerAddress, archive_address
from ..core.paths import sample_issue
from .codedwords import words
from .importflow import ImportController
from .messages import Messages
from .options import Settings
from .session import Session
from .wording import archive_name


class ArchiveController(QObject):
    checked = Signal(object)  # the CheckReport
    backedUp = Signal(object)  # the backup's path

    def __init__(self, session: Session, settings: Settings, imports: ImportController, recent_menu: QMenu,
                 messages: Messages, status: QStatusBar, parent: QWidget):
        super().__init__(parent)
        self.session, self.settings, self.imports = session, settings, imports
        self.recent_menu, self.messages, self.status, self.window = recent_menu, messages, status, parent
        self.lock: QLockFile | None = None
        self.asking: QMessageBox | None = None

    def release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
        self.lock = None

    def open(self, path: Path | ServerAddress, *, first_run_sample: bool = True, anyway: bool = False) -> None:
        """Open an archive (a new one is created, and gets the sample issue on first run). One open
        in another Baoku window is opened only when the user says so. A server archive (its
        address) is shared by design: no lock, and no sample put into it."""
        path = archive_address(path)
        if isinstance(path, ServerAddress):
            self._open(path, None, new=False, first_run_sample=False)
            return
        lock = QLockFile(str(path) + ".window.lock")
        lock.setStaleLockTime(0)  # stale only when its process is gone, however long it has run
        if not lock.tryLock(0) and lock.error() == QLockFile.LockError.LockFailedError and not anyway:
            self.ask_second_window(path, lock, first_run_sample)
            return
        held = lock if lock.isLocked() else None  # a folder that cannot be written: no lock, no matter
        self._open(path, held, new=not path.exists(), first_run_sample=first_run_sample)

    def _open(self, path: Path | ServerAddress, held: QLockFile | None, new: bool, first_run_sample: bool) -> None:
        def opened() -> None:
            self.session.opened.disconnect(opened)
            self.release()
            self.lock = held
            self.settings.remember_archive(str(path))
            self.update_recent()
            if new and first_run_sample and sample_issue().is_file():
                self.imports.start([sample_issue()], None, title=self.tr("导入示例版面"), summary=False)

        def failed(error: BaseException) -> None:
            self.session.opened.disconnect(opened)
            if held is not None:
                held.unlock()
            self.messages.show_error(error)

        self.session.opened.connect(opened)
        self.session.open(path, failed)

    def ask_second_window(self, path: Path, lock: QLockFile, first_run_sample: bool) -> QMessageBox:
        info = lock.getLockInfo()  # (pid, host, application), or None when it cannot be read
        pid = info[0] if info else "?"
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("报库"),
                          self.tr("这个档案已在另一个报库窗口中打开（进程 %1）。").replace("%1", str(pid)),
                          parent=self.window)
        box.setInformativeText(self.tr("两个窗口同时修改同一个档案，各自的撤销记录和列表互不知情。"
                                       "建议切换到已打开的窗口。") + "\n" + str(path))
        anyway = box.addButton(self.tr("仍然打开"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("不打开"), QMessageBox.ButtonRole.RejectRole)
        anyway.clicked.connect(lambda: self.open(path, first_run_sample=first_run_sample, anyway=True))
        self.asking = self.messages.show_box(box)
        return box

    def update_recent(self) -> None:
        self.recent_menu.clear()
        for p in self.settings.get("archive/recent"):
            a = self.recent_menu.addAction(archive_name(archive_address(p)))
            a.setToolTip(ServerAddress(p).shown() if isinstance(archive_address(p), ServerAddress) else p)
            a.triggered.connect(lambda _=False, p=p: self.open(archive_address(p)))
        self.recent_menu.setEnabled(bool(self.settings.get("archive/recent")))

    def new_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("新建档案"), str(Path.home() / self.tr("报库.db")),
                                              self.tr("报库档案 (*.db)"))
        if path:
            self.open(Path(path), first_run_sample=False)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("打开档案"), "",
                                              self.tr("报库档案 (*.db);;所有文件 (*)"))
        if path:
            self.open(Path(path))

    def connect_dialog(self) -> QDialog:
        """File → 连接服务器…: open a server archive by its address (no password asked: see connecting.py)."""
        from .connecting import ConnectDialog

        dialog = ConnectDialog(self.settings.get("archive/recent"), self.window)
        dialog.accepted.connect(lambda: self.open(dialog.address()))
        dialog.open()
        return dialog

    def backup_dialog(self) -> None:
        """File → 备份档案…: an archive file's copy beside it, or a server archive's pg_dump file
        (a .dump, in the home folder: the server's own files are not this computer's)."""
        if self.session.path is None:
            return
        today = QDate.currentDate().toString("yyyyMMdd")
        if self.session.on_server:
            database = self.session.path.place().database or "baoku"
            name = self.tr("%1-备份-%2.dump").replace("%1", database).replace("%2", today)
            suggested, kinds = Path.home() / name, self.tr("服务器档案备份 (*.dump)")
        else:
            source = self.session.path
            name = self.tr("%1-备份-%2.db").replace("%1", source.stem).replace("%2", today)
            suggested, kinds = source.parent / name, self.tr("报库档案 (*.db)")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("备份档案"), str(suggested), kinds)
        if path:
            self.backup(Path(path))

    def backup(self, dest: Path):
        def done(made) -> None:
            path, warnings = made
            self.status.showMessage(self.tr("已备份到 %1").replace("%1", str(path)), 8000)
            for warning in warnings:  # written, but without page images that were not there to copy
                self.messages.show_box(QMessageBox(QMessageBox.Icon.Warning, self.tr("报库"), words(warning),
                                                   parent=self.window))
            self.backedUp.emit(path)

        return self.session.write(lambda b, job: b.backup(dest), done, self.messages.show_error)

    def check(self, repair: bool = False):
        def done(report) -> None:
            box = QMessageBox(self.window)
            box.setWindowTitle(self.tr("检查档案"))
            if report.ok:
                box.setIcon(QMessageBox.Icon.Information)
                box.setText(self.tr("档案完好。"))
            else:
                box.setIcon(QMessageBox.Icon.Warning)
                box.setText(self.tr("发现 %1 个问题。").replace("%1", str(len(report.problems))))
                repair_button = box.addButton(self.tr("修复索引"), QMessageBox.ButtonRole.AcceptRole)
                repair_button.clicked.connect(lambda: self.check(repair=True))
                box.addButton(QMessageBox.StandardButton.Close)
            if report.problems or report.notes:
                box.setDetailedText("\n".join(words(p) for p in report.problems + report.notes))
            self.messages.show_box(box)
            self.checked.emit(report)

        return self.session.write(lambda b, job: b.check(repair), done, self.messages.show_error)
