"""What an action tells whoever runs it while it works, and asks of them: how far it got, each
piece of work done, and whether to stop. The command line relays this to its progress bars, the
window to its jobs panel (gui/tasks.py); the default job hears nothing and never stops."""

from __future__ import annotations


class Job:
    def progress(self, done: int, total: int) -> None:
        """`done` of `total` units of the work (files, pages, articles)."""

    def cancelled(self) -> bool:
        """Whether the user asked to stop (an action stops between two pieces of work)."""
        return False

    def item(self, value: object) -> None:
        """One piece of the work is done (a file imported: its FileOutcome)."""

    def pages(self, name: str, done: float, total: int) -> None:
        """How far OCR of one file got: `done` pages of `total`, a page partly read as a fraction."""

    def phase(self, name: str) -> None:
        """The work moved on to another stage ("indexing")."""


NO_JOB = Job()
