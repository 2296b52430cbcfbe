"""The archive's lock file: held shared by every process in the middle of a long write (an import
batch, an index update), and whole by `restore`, which must never replace an archive under a
running import (its next issues would land in the restored archive, its first ones in the copy
kept beside it).

SQLite's own locks cover one transaction; this one covers a whole job. It is `<archive>.lock`, an
advisory lock (flock) that the operating system releases when a process ends, however it ends.
"""

from __future__ import annotations

import errno
import os
import time
from contextlib import contextmanager
from pathlib import Path

from ..coded import Coded
from ..errors import ArchiveUnavailable

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: filelock, exclusive both ways
    fcntl = None

POLL = 0.1


def flock_within(fd: int, mode: int, wait: float, poll: float) -> bool:
    """Take the advisory lock `mode` (fcntl.LOCK_SH or LOCK_EX) on `fd`, trying every `poll`
    seconds for up to `wait` (with wait=0: once); whether it was taken."""
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(poll)


class ArchiveLock:
    def __init__(self, archive_path: Path):
        self.path = Path(str(archive_path) + ".lock")

    @contextmanager
    def shared(self, wait: float):
        """Held while this process writes in many steps; many may hold it at once."""
        with self._held(exclusive=False, wait=wait,
                        busy="the archive is being restored from a backup by another Baoku"):
            yield

    @contextmanager
    def exclusive(self, wait: float):
        """Held alone: no import or index update runs meanwhile."""
        with self._held(exclusive=True, wait=wait,
                        busy="an import or an index update is running in another Baoku"):
            yield

    def writers(self) -> bool:
        """Whether some process is in the middle of a long write (holds the lock shared) right
        now; asks without waiting. Where no lock file is, no one holds it: asking makes none (a
        search of an archive deleted from under the window made an empty lock file where it was)."""
        if not os.path.lexists(self.path):
            return False
        try:
            with self.exclusive(0):
                return False
        except ArchiveUnavailable:
            return True

    @contextmanager
    def _held(self, *, exclusive: bool, wait: float, busy: str):
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as e:
            if e.errno not in (errno.EISDIR, errno.ELOOP):
                # A folder this user cannot write (a read-only archive): nothing here writes either.
                # (One gone from under the archive is said by the write's own check: check_in_place.)
                yield
                return
            # A folder, or a link to itself, where the lock belongs: going on without the lock, an
            # import and a restore could run at once.
            raise ArchiveUnavailable(Coded("lock_blocked", path=str(self.path), reason=e.strerror or str(e))) from None
        try:
            if fcntl is None:  # pragma: no cover
                from filelock import FileLock, Timeout

                lock = FileLock(str(self.path) + ".win")
                try:
                    lock.acquire(timeout=wait)
                except Timeout:
                    raise ArchiveUnavailable(f"{busy} (waited {wait:.0f} s); try again when it is done") from None
                try:
                    yield
                finally:
                    lock.release()
                return
            with _flocked(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH, wait, POLL,
                          f"{busy} (waited {wait:.0f} s); try again when it is done"):
                yield
        finally:
            os.close(fd)


@contextmanager
def _flocked(fd: int, mode: int, wait: float, poll: float, refusal: str):
    """`flock_within`, held for the block; ArchiveUnavailable(refusal) when it cannot be taken."""
    if not flock_within(fd, mode, wait, poll):
        raise ArchiveUnavailable(refusal)
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)


WRITER_WAIT = 120.0  # seconds an import waits for a restore to finish
MIGRATION_WAIT = 120.0  # seconds a Baoku opening an archive waits for another one's migration


@contextmanager
def migrating(archive_path: Path):
    """Held while an archive's schema is made or migrated: two Baokus opening one new archive at
    once (two imports) would both make its tables, and one fail. It is an advisory lock (flock) on
    the archive file itself, which SQLite never takes (its locks are fcntl's, apart from these),
    so it waits only for another process's migration, never for a transaction or a long write."""
    if fcntl is None:  # pragma: no cover - not POSIX: SQLite's own locking alone
        yield
        return
    fd = os.open(archive_path, os.O_RDONLY)
    try:
        with _flocked(fd, fcntl.LOCK_EX, MIGRATION_WAIT, 0.02, f"another Baoku has been migrating {archive_path} "
                      f"for {MIGRATION_WAIT:.0f} s; try again when it is done"):
            yield
    finally:
        os.close(fd)


def writing(archive):
    """The archive's lock, shared, for the whole batch: a restore waits for it (see store.locks).

    Callers that index what they imported hold it over both, so that a restore never lands between
    storing a batch and indexing it: to the user, the two are one import. Shared locks nest."""
    from contextlib import nullcontext

    if archive.read_only or archive.on_server:
        return nullcontext()
    # An archive deleted or moved from under an open window: said before its lock file is made
    # again, empty, where the archive was (the write's own check came after it).
    archive.check_in_place()
    return ArchiveLock(archive.path).shared(WRITER_WAIT)
