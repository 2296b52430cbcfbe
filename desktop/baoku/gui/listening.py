"""Hearing another user's change to an open server archive (their import, edit, collection), so the
window shows it at once, with no search run again by hand.

The server announces every committed change of a record table with its kind (store/server/
notices.py). The window keeps one more connection that only listens: it is made on the reading
worker (connecting may take a while), then a QSocketNotifier on its socket wakes the main thread
when a notice arrives, and taking it never waits. The notices the window's own writer sent are left
out (the window announced those itself, when its action reported back); the others reach every
view as the same `changed` notice the window's own actions raise. A lost connection is made again
every few seconds; once back, every view looks again (notices sent meanwhile were missed)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from ..core.changes import ARTICLES, COLLECTIONS, ISSUES, TRASH, Changes

RETRY_MS = 5000
EVERYTHING = Changes.of(ISSUES, ARTICLES, COLLECTIONS, TRASH)


class ServerWatcher(QObject):
    heard = Signal(object)  # another user's Changes (after every view has heard them)
    lost = Signal()  # the listening connection went away: other users' changes are not heard meanwhile
    resumed = Signal()  # listening again after it was lost (the views looked again)

    def __init__(self, session, parent=None):
        super().__init__(parent or session)
        self.session = session
        self.listener = None
        self.notifier: QSocketNotifier | None = None
        self.generation = 0  # a listener made for an archive since closed is dropped
        self.retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self.retry.timeout.connect(lambda: self.start(missed=True))
        session.opened.connect(self.start)

    @property
    def listening(self) -> bool:
        return self.notifier is not None

    def start(self, missed: bool = False) -> None:
        """Listen on the archive just opened (a file's changes are the ArchiveWatcher's)."""
        self.stop()
        session = self.session
        if not session.on_server or session.writer is None:
            return
        generation = self.generation

        def made(listener) -> None:
            if generation != self.generation or not session.is_open:
                listener.close()
                return
            self.listener = listener
            self.notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
            self.notifier.activated.connect(self.take)
            if missed:
                session.changed.emit(EVERYTHING)
                self.resumed.emit()

        def failed(_error: BaseException) -> None:
            if generation == self.generation:
                self.retry.start()

        session.read(lambda b, job: _listener(b.path), made, failed)

    def own(self) -> frozenset[int]:
        """The window's writer's server process, as it is now: a new one once the writer connected
        again after the server restarted, whose own changes were heard as another user's."""
        writer = self.session.writer
        return frozenset({writer.archive.server_process}) if writer is not None else frozenset()

    def take(self) -> None:
        """Notices arrived: every view hears what another user changed."""
        if self.listener is None:
            return
        try:
            changes = self.listener.take(self.own())
        except Exception:  # noqa: BLE001 - the connection was lost: listen again shortly
            self.stop()
            self.retry.start()
            self.lost.emit()
            return
        if changes:
            self.session.changed.emit(changes)
            self.heard.emit(changes)

    def stop(self) -> None:
        self.generation += 1
        self.retry.stop()
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
        if self.listener is not None:
            self.listener.close()
        self.notifier = self.listener = None


def _listener(address):
    from ..core.store.server.notices import ChangeListener

    return ChangeListener(address)
