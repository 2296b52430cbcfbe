"""Long work off the main thread: each action hands one core call to a pool and gets back a result
or an error on the main thread (after Picard's util/thread.py and Anki's operations).

Archive work runs on a pool of one thread, so the worker's Archive and SearchIndex are used by one
task at a time, in the order asked. Tests swap in `SyncPool`, which runs each task at once.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Job:
    """What a running task can see: whether it was cancelled, and a way to report progress."""

    def __init__(self, relay: _Relay, on_progress: Callable[[int, int], None] | None):
        self._cancel = threading.Event()
        self._relay = relay
        self._on_progress = on_progress
        self.finished = False

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int, detail=None) -> None:
        """How far the task got (done of total); `detail` is the receiver's to show, when given
        (an import's OCR: (pages read, pages in the file))."""
        if self._on_progress is not None:
            self._relay.progress.emit(self._on_progress, (done, total) if detail is None else (done, total, detail))


class _Relay(QObject):
    """Lives on the main thread; signals emitted from a pool thread arrive there (queued)."""

    done = Signal(object, object)  # callback, value
    progress = Signal(object, object)

    def __init__(self):
        super().__init__()
        self.done.connect(self._call)
        self.progress.connect(self._call_progress)

    @Slot(object, object)
    def _call(self, callback, value) -> None:
        callback(value)

    @Slot(object, object)
    def _call_progress(self, callback, value) -> None:
        callback(*value)


class _Task(QRunnable):
    def __init__(self, fn, job: Job, relay: _Relay, on_done, on_error):
        super().__init__()
        self.fn, self.job, self.relay = fn, job, relay
        self.on_done, self.on_error = on_done, on_error

    def run(self) -> None:
        try:
            value = self.fn(self.job)
        except BaseException as e:  # delivered to the main thread, which decides what to show
            e.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.job.finished = True
            self.relay.done.emit(self.on_error, e)
            return
        self.job.finished = True
        self.relay.done.emit(self.on_done, value)


class SyncPool:
    """A stand-in for QThreadPool that runs each task at once, on the calling thread (tests)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:
        return True


class Tasks:
    def __init__(self, pool: QThreadPool | SyncPool | None = None,
                 on_error: Callable[[BaseException], None] | None = None):
        if pool is None:
            pool = QThreadPool()
            pool.setMaxThreadCount(1)  # archive work is serial: one writer, tasks in order
        self.pool = pool
        self.relay = _Relay()
        self.default_error = on_error or (lambda e: None)
        self.running: list[Job] = []

    def job(self, on_progress: Callable[[int, int], None] | None = None) -> Job:
        """A job made before it runs, so a cancel button can be wired to it first."""
        return Job(self.relay, on_progress)

    def run(self, fn: Callable[[Job], Any], on_done: Callable[[Any], None] = lambda v: None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int], None] | None = None, job: Job | None = None) -> Job:
        job = job or Job(self.relay, on_progress)
        self.running.append(job)

        def done(value):
            self._forget(job)
            on_done(value)

        def failed(error):
            self._forget(job)
            (on_error or self.default_error)(error)

        self.pool.start(_Task(fn, job, self.relay, done, failed))
        return job

    def _forget(self, job: Job) -> None:
        if job in self.running:
            self.running.remove(job)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
