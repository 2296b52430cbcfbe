"""The open archive, as the window's parts share it: the worker's side, the main thread's reader,
the task pools, and the one `changed` signal every view refreshes from.

Two pools, one thread each. Writes (import, edits, backup, check) run one at a time, in the order
asked, on the writer's Backend. Reads (searches, sorting, the export preview) run on a second
Backend with its own connection and index reader, so a search typed during a long import is
answered at once, from the index as it stands. The main thread only ever reads single rows for
display, through `Archive.reader`: a query-only connection that cannot migrate or write (on a
server archive, a connection of its own: core.app.library.reader).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core.address import ServerAddress, archive_address
from ..core.app.library import reader
from ..core.changes import ARCHIVE, Changes, Outcome
from ..core.store.interface import Store
from ..core.store.rights import EVERYTHING, NOTHING, Rights, rights_of
from .backend import Backend
from .tasks import Job, SyncPool, Tasks


class Session(QObject):
    changed = Signal(object)  # Changes, after the action that made them has reported back
    opened = Signal()  # a (new) archive is open (after `changed` with ARCHIVE)

    def __init__(self, writes: Tasks | None = None, reads: Tasks | None = None, parent=None):
        super().__init__(parent)
        self.writes = writes or Tasks()
        self.reads = reads or Tasks(SyncPool() if isinstance(self.writes.pool, SyncPool) else None)
        self.path: Path | ServerAddress | None = None
        self.writer: Backend | None = None
        self.searcher: Backend | None = None
        self.db: Store | None = None  # the main thread's reader
        self.read_only = False
        self.rights: Rights = EVERYTHING  # what this user may do to it (gui.permits)
        # The window closed: what an action reports back after it is heard by no one.
        self.ended = False
        self.on_error: Callable[[BaseException], None] = lambda e: None
        self.writes.default_error = self.reads.default_error = lambda e: self.on_error(e)
        from .listening import ServerWatcher
        from .watcher import ArchiveWatcher

        # Another program's (or user's) change to the archive is heard too: a file's by polling
        # it, a server archive's by listening for what the server announces.
        self.watcher = ArchiveWatcher(self)
        self.listener = ServerWatcher(self)

    # -- the archive -------------------------------------------------------------------------

    @property
    def on_server(self) -> bool:
        return isinstance(self.path, ServerAddress)

    def open(self, path: Path | ServerAddress, on_failed: Callable[[BaseException], None] | None = None) -> None:
        """Open (or create, and migrate) the archive on the worker; then the reader here. The
        archive open before stays open until the new one has opened. `path` is a file or a
        server archive's address (never taken as a file path)."""
        path = archive_address(path)
        writer = Backend(path)

        def opened(read_only: bool) -> None:
            if self.ended:  # the window closed while the archive opened
                writer.close()
                return
            try:
                db = reader(path)
                rights = rights_of(db) if db.on_server else EVERYTHING  # (a file's reader is query-only)
            except Exception as e:  # noqa: BLE001 - shown like any failure to open
                writer.close()
                (on_failed or self.on_error)(e)
                return
            self.close()
            self.path, self.writer, self.db, self.read_only = path, writer, db, read_only
            self.rights = NOTHING if read_only else rights  # (the writer found the file read-only)
            self.searcher = Backend(path)
            self.changed.emit(Changes.of(ARCHIVE))  # every view starts over on this archive,
            self.opened.emit()  # then whatever opening it leads to (the first run's sample)

        def failed(error: BaseException) -> None:
            writer.close()
            if not self.ended:
                (on_failed or self.on_error)(error)

        self.writes.run(lambda job: writer.open(), opened, failed)

    def end(self) -> None:
        """The window closes: close, and drop what the actions stopped report back afterwards (their
        results reach the window through queued signals, after it closed): an action's error popped
        up a message box over no window, with the application still running behind it."""
        self.ended = True
        self.close()

    def close(self) -> None:
        """Stop what runs (a running import is cancelled and rolled back), then let go. (Opening
        another archive closes this one: what those actions report back is still said.)"""
        self.watcher.timer.stop()
        self.listener.stop()
        for tasks in (self.writes, self.reads):
            for job in list(tasks.running):
                job.cancel()
        self.writes.wait()
        self.reads.wait()
        for backend in (self.writer, self.searcher):
            if backend is not None:
                backend.close()
        if self.db is not None:
            self.db.close()
        self.writer = self.searcher = self.db = None

    @property
    def is_open(self) -> bool:
        return self.db is not None

    # -- actions -----------------------------------------------------------------------------

    def write(self, fn: Callable[[Backend, Job], Any], on_done: Callable[[Any], None] = lambda v: None,
              on_error: Callable[[BaseException], None] | None = None, job: Job | None = None) -> Job | None:
        """Run one writing core call on the writer. When it returns an Outcome, every view hears
        what changed first, then `on_done` gets its value (and sees the views up to date)."""
        writer = self.writer
        if writer is None:
            return None

        def done(value: Any) -> None:
            if self.ended:
                return
            self.watcher.rebase()  # what this write changed is not another program's change
            changes = value.changes if isinstance(value, Outcome) else None
            if changes:
                self.changed.emit(changes)
            on_done(value.value if isinstance(value, Outcome) else value)

        def failed(error: BaseException) -> None:
            if self.ended:
                return
            self.watcher.rebase()
            (on_error or self.writes.default_error)(self.said(error))

        return self.writes.run(lambda j: fn(writer, j), done, failed, job=job)

    def read(self, fn: Callable[[Backend, Job], Any], on_done: Callable[[Any], None] = lambda v: None,
             on_error: Callable[[BaseException], None] | None = None) -> Job | None:
        """Run one reading core call (a search, a sort, a preview) beside the writes."""
        searcher = self.searcher
        if searcher is None:
            return None

        def attempt(job: Job) -> Any:
            try:
                return fn(searcher, job)
            except Exception as e:
                if not self.lost(e):
                    raise
                return fn(searcher, job)  # once more, on a new connection: a read changes nothing

        def done(value: Any) -> None:
            if not self.ended:
                on_done(value)

        def failed(error: BaseException) -> None:
            if not self.ended:
                (on_error or self.reads.default_error)(self.said(error))

        return self.reads.run(attempt, done, failed)

    # -- a server going away -------------------------------------------------------------------

    def lost(self, error: BaseException) -> bool:
        """Whether `error` is a server archive's connection lost (a restart, the network)."""
        if not self.on_server:
            return False
        from ..core.store.server.connection import connection_lost

        return connection_lost(error)

    def said(self, error: BaseException) -> BaseException:
        """A server's own error as Baoku's one line: its connection lost (the next action connects
        again), or a right this user's roles lack. Any other error of the server's is a bug, shown
        as one (with its details to report)."""
        if not self.on_server:
            return error
        from ..core.store.server.connection import INSUFFICIENT_PRIVILEGE, connection_lost, server_error

        if connection_lost(error) or getattr(error, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            return server_error(error, self.path) or error
        return error
