"""The index's update lock: one process at a time brings the index in step. An exclusive advisory
lock (flock) on a file in the index folder, which the operating system releases when a process
ends, however it ends (as the archive's own lock, `store.locks`).

Not filelock where flock exists: importing filelock costs every `baoku import` about 15 ms of CPU
(its asyncio support), for the one call flock is. Without flock (Windows), filelock it is."""

from __future__ import annotations

import os
from pathlib import Path

from ..store.locks import flock_within

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None

POLL = 0.05  # seconds between tries while another process holds the lock (filelock's own poll)


class UpdateLock:
    """A held lock; `release` lets go (once)."""

    def __init__(self, fd: int):
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)


def acquire(path: Path, wait: float):
    """The lock on `path`, held; None when another process still holds it after `wait` seconds
    (with wait=0: tried once)."""
    if fcntl is None:  # pragma: no cover
        from filelock import FileLock, Timeout

        lock = FileLock(str(path))
        try:
            lock.acquire(timeout=wait)
        except Timeout:
            return None
        return lock
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        if flock_within(fd, fcntl.LOCK_EX, wait, POLL):
            return UpdateLock(fd)
    except BaseException:
        os.close(fd)
        raise
    os.close(fd)
    return None
