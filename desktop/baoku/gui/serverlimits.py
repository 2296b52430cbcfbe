"""What the window cannot do on a server archive yet, said in one line, with nothing changed.

On a server archive the window searches, shows, edits and corrects articles, keeps collections,
notes, saved searches and the trash, undoes and redoes, imports and exports as on a file. Page
images (the 版面 tab and its clips, splits and merges), and the archive check and file backup are not
there yet: their menu entries are greyed out with the reason as their tip, and what reaches them
otherwise (a key, a list) hears the same line in the status bar. The worker refuses them too
(editbackend.refuse_on_server), so nothing can slip through to the server."""

from __future__ import annotations

from PySide6.QtCore import QObject

SHOWN_MS = 8000


class ServerLimits(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def line(self) -> str:
        return self.tr("服务器上的档案暂时不能使用这项功能（版面图像、剪报、检查档案），档案没有改动。")

    def actions(self) -> list:
        """Greyed out on a server; on a file always there."""
        w = self.window
        return [w.check_action, w.backup_action]

    def refused(self) -> bool:
        """Whether the archive is on a server (then the status bar says so): for what the
        window reaches otherwise than through a greyed-out entry."""
        if not self.window.session.on_server:
            return False
        self.window.statusBar().showMessage(self.line(), SHOWN_MS)
        return True

    def apply(self) -> None:
        """Grey out, or enable again, what a server archive lacks (after an archive opened and
        after anything changed: undo's own update would enable it again)."""
        on_server = self.window.session.on_server
        for a in self.actions():
            a.setEnabled(not on_server)
            if not a.property("tip_kept"):
                a.setProperty("tip_kept", True)
                a.setProperty("file_tip", a.toolTip())
            a.setToolTip(self.line() if on_server else a.property("file_tip"))
        w = self.window
        w.reader_tabs.setTabEnabled(w.reader_tabs.indexOf(w.page_panel), not on_server)
        w.reader_tabs.setTabToolTip(w.reader_tabs.indexOf(w.page_panel), self.line() if on_server else "")
        if on_server and w.reader_tabs.currentWidget() is w.page_panel:
            w.reader_tabs.setCurrentWidget(w.reader)
