"""What the window cannot do on a server archive yet, said in one line, with nothing changed.

On a server archive the window searches, shows, edits and corrects articles, keeps collections,
notes, saved searches and the trash, undoes and redoes, imports and exports, checks the archive
and shows scanned pages in the 版面 tab (their images from the archive's image store) as on a
file. Changing a page's layout there (clipping, splitting and merging at a line, moving blocks,
facsimiles) and the file backup are not there yet: the backup's menu entry is greyed out with the
reason as its tip, and what reaches the others (the page view's tools, a key, a list) hears the
same line. The worker refuses them too (editbackend.refuse_on_server), so nothing can slip
through to the server."""

from __future__ import annotations

from PySide6.QtCore import QObject

SHOWN_MS = 8000


class ServerLimits(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def line(self) -> str:
        return self.tr("服务器上的档案暂时不能使用这项功能（剪报、拆分合并、调整版面结构、备份文件），档案没有改动。")

    def actions(self) -> list:
        """Greyed out on a server; on a file always there."""
        w = self.window
        return [w.backup_action]

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
