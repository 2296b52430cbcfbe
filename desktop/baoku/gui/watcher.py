"""Noticing changes another program made to the open archive (`baoku import` in a terminal, say),
so the window shows them without waiting for the next search.

Every second the main thread asks SQLite's `PRAGMA data_version` on its reader, which changes when
another connection commits (a free call). Only then the reading worker takes the archive's
fingerprint: the newest ids handed out (sqlite_sequence), how many articles there are, the newest
edit, collections, notes, the trash and the papers' settings. The window's own writes move the
fingerprint too, so each of them resets it when it reports back; the index's own bookkeeping
(a search catching up) does not move it. A fingerprint that moved otherwise is another program's
change: every view hears it as any change."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ..core.changes import ARTICLES, COLLECTIONS, ISSUES, TRASH, Changes

INTERVAL_MS = 1000


def fingerprint(archive) -> tuple:
    """What another program's change would move (cheap: indexed lookups and counts)."""
    db = archive.db
    seqs = tuple(db.execute("SELECT name, seq FROM sqlite_sequence ORDER BY name"))
    rest = db.execute(
        "SELECT (SELECT COUNT(*) FROM article), (SELECT MAX(updated_at) FROM article), "
        "(SELECT COUNT(*) FROM collection_item), (SELECT COUNT(*) FROM note), (SELECT MAX(at) FROM note), "
        "(SELECT COUNT(*) FROM trash), (SELECT COUNT(*) FROM issue), "
        "(SELECT group_concat(frequency || weekdays || other_names || first_issue || last_issue || place, '|') "
        "FROM publication)").fetchone()
    return seqs + tuple(rest)


class ArchiveWatcher(QObject):
    def __init__(self, session, parent=None):
        super().__init__(parent or session)
        self.session = session
        self.version: int | None = None
        self.seen: tuple | None = None
        self.asking = False
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        session.opened.connect(self.start)

    def start(self) -> None:
        self.version, self.seen = None, None
        if self.session.on_server:  # a server archive announces its changes (listening.py)
            return
        self.rebase()
        self.timer.start()

    def rebase(self) -> None:
        """The archive as it is now is what the window shows (after one of its own writes)."""
        if not self.session.is_open or self.session.on_server:
            return
        self.version = self._data_version()
        self.session.read(lambda b, job: fingerprint(b.archive), self._set)

    def _set(self, value: tuple) -> None:
        self.seen = value

    def _data_version(self) -> int | None:
        try:
            return self.session.db.db.execute("PRAGMA data_version").fetchone()[0]
        except Exception:  # noqa: BLE001 - a closed or vanished reader: the next open starts over
            return None

    def poll(self) -> None:
        """Whether another program changed the archive; if so, every view hears it."""
        session = self.session
        if not session.is_open or session.writes.running or self.asking or self.seen is None:
            return
        version = self._data_version()
        if version is None or version == self.version:
            return
        self.version = version
        self.asking = True

        def compare(value: tuple) -> None:
            self.asking = False
            if session.writes.running or value == self.seen:
                self.seen = value if not session.writes.running else self.seen
                return
            self.seen = value
            session.changed.emit(Changes.of(ISSUES, ARTICLES, COLLECTIONS, TRASH))

        def failed(_error: BaseException) -> None:
            self.asking = False

        session.read(lambda b, job: fingerprint(b.archive), compare, failed)
