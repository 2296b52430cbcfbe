"""A paper's settings and an issue's number from the window: the dialog gathers, the writer stores
(one undoable step each), a refusal is said in the dialog, which stays open to be put right."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QObject, Signal

from ..core.errors import BaokuError
from . import permits
from .papersettings import IssueDialog, PaperDialog
from .codedwords import error_words
from .session import Session


class SettingsController(QObject):
    saved = Signal(object)  # what the writer returned (the paper's settings, or the issue's number)

    def __init__(self, session: Session, messages, status, parent=None):
        super().__init__(parent)
        self.session, self.messages, self.status, self.window = session, messages, status, parent
        self.who = getpass.getuser()

    def paper(self, name: str) -> PaperDialog | None:
        if self.session.db is None:
            return None
        row = next((p for p in self.session.db.publications() if p["name"] == name), None)
        if row is None:
            return None
        dialog = PaperDialog(row, self.window)
        who, pid = self.who, row["id"]

        def save() -> None:
            settings = dialog.settings()

            def failed(error: BaseException) -> None:
                if isinstance(error, BaokuError):
                    dialog.show_error(error_words(error))
                else:
                    self.messages.show_error(error)

            def done(value) -> None:
                dialog.done(PaperDialog.DialogCode.Accepted)
                self.status.showMessage(self.tr("已保存「%1」的设置（Ctrl+Z 撤销）").replace("%1", name), 6000)
                self.saved.emit(value)

            self.session.write(lambda b, job: b.set_paper(pid, settings, who), done, failed)

        dialog.accept = save  # the dialog closes once the archive has taken it
        if permits.may(self.session, permits.EDIT):
            dialog.open()
        return dialog

    def issue(self, issue_id: int) -> IssueDialog | None:
        if self.session.db is None:
            return None
        row = next((i for i in self.session.db.issues() if i["id"] == issue_id), None)
        if row is None:
            return None
        dialog = IssueDialog(f"{row['publication']} {row['date']}", row["number"], self.window)
        who = self.who

        def accepted() -> None:
            number = dialog.number.text()
            self.session.write(lambda b, job: b.set_issue_number(issue_id, number, who), self.saved.emit,
                               self.messages.show_error)

        dialog.accepted.connect(accepted)
        if permits.may(self.session, permits.EDIT):
            dialog.open()
        return dialog
