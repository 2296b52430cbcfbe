"""Page text split in worker processes during a batch import, so the cores share the work: this
process stores one page while the workers split the next ones. The split is Python and holds the
GIL, so on a thread beside the store it hid little of its time.

A worker is `python -m baoku.core.importing.splitworker READ_FD WRITE_FD`, talking over two pipes
(as the search index's worker does: not multiprocessing's spawn, which would import the caller's
main module again). It loads the scorer and rjieba once, says it is ready, then splits each page
sent, in turn. Until one is ready (a third of a second or so), and wherever none can run, pages
are split here as before, so nothing waits for them; a single file starts none. A page a worker
could not split is split again here, where its error is raised as it always was. If this process
dies, the workers' pipes close and they stop.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import PageInfo, ParsedPage

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

WARM_UP = "标题\n\n正文。"  # split once on start: loads the scorer and rjieba


def available() -> bool:
    return os.name == "posix" and not getattr(sys, "frozen", False)


def split_here(text: str, page: PageInfo, language: str) -> ParsedPage:
    from .pagetext import parse_page_text

    return parse_page_text(text, page, language)


def serve(conn_in: Connection, conn_out: Connection) -> None:  # in the worker process
    split_here(WARM_UP, PageInfo(1), "zh")
    answer: tuple = ("ready", None)
    while True:
        try:
            conn_out.send(answer)
            text, page, language = conn_in.recv()
        except (EOFError, OSError):  # the importing process is done (or gone)
            return
        try:
            answer = ("ok", split_here(text, page, language))
        except Exception:  # noqa: BLE001 - split again in the importing process, which raises it there
            answer = ("error", None)


def workers() -> int:
    """Worker processes for a batch: as many cores as are free, by the one-minute load average, up
    to two (the store waits on the disk about half its time, so the split gets a core and a half);
    none on one core, or where every core is busy already: a worker's loading (the scorer, rjieba:
    a third of a second of CPU) and its pipes would then cost more than the thread beside the store,
    which overlaps the store's disk waits as well."""
    cores = os.cpu_count() or 1
    if cores < 2 or not available():
        return 0
    try:
        busy = os.getloadavg()[0]
    except OSError:
        busy = 0.0
    return max(0, min(2, int(cores - busy + 0.5)))


class Worker:
    """One worker process and its two pipes."""

    def __init__(self, proc: subprocess.Popen, out: Connection, into: Connection):
        self.proc, self.out, self.into = proc, out, into
        self.ready = False

    @classmethod
    def start(cls) -> Worker | None:
        from multiprocessing.connection import Connection

        to_child, from_parent = os.pipe()
        to_parent, from_child = os.pipe()
        package_root = str(Path(__file__).resolve().parents[3])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH", "")]))
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "baoku.core.importing.splitworker", str(to_child), str(from_child)],
                pass_fds=(to_child, from_child), env=env, stdin=subprocess.DEVNULL)
        except OSError:  # no process to be had: split here
            for fd in (from_parent, to_parent):
                os.close(fd)
            return None
        finally:
            os.close(to_child)
            os.close(from_child)
        return cls(proc, Connection(from_parent, readable=False), Connection(to_parent, writable=False))

    def came_up(self) -> bool | None:
        """Whether it is ready now (None: it died loading)."""
        if not self.ready:
            try:
                if not self.into.poll():
                    return False
                self.ready = self.into.recv()[0] == "ready"
            except (EOFError, OSError):
                pass
            if not self.ready:
                return None
        return True

    def split(self, text: str, page: PageInfo, language: str) -> tuple[str, ParsedPage | None]:
        """("ok", the page), ("error", None) where the split raised, ("gone", None) if it died."""
        try:
            self.out.send((text, page, language))
            return self.into.recv()
        except (EOFError, OSError):
            return "gone", None

    def stop(self) -> None:
        self.out.close()  # the worker reads the end of its pipe and stops
        self.into.close()
        if not self.ready:  # still loading: it would read its pipe only when done
            self.proc.kill()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class PageSplitter:
    """Splits a batch's page text: in a worker process once `start` has started them and one is
    ready and free, else in this process (one page at a time, as before). Safe to call from
    several threads; `close` stops the workers."""

    def __init__(self, count: int | None = None):
        self.count = workers() if count is None else count
        self._started = False
        self._loading: list[Worker] = []
        self._idle: list[Worker] = []  # ready, and not splitting a page now
        self._all: list[Worker] = []
        self._lock = threading.Lock()
        self._here = threading.Lock()
        self.split_there = 0  # pages the workers split

    def start(self) -> None:
        """Start the workers (once; none where they cannot run)."""
        with self._lock:
            if self._started or not available():
                return
            self._started = True
            for _ in range(self.count):
                worker = Worker.start()
                if worker is not None:
                    self._loading.append(worker)
                    self._all.append(worker)

    def in_worker(self, wait: float = 0.0) -> bool:
        """Whether a worker is ready (waiting up to `wait` seconds for all to be)."""
        if wait:
            for worker in list(self._loading):
                worker.into.poll(wait)
        with self._lock:
            self._came_up()
            return bool(self._idle)

    def split(self, text: str, page: PageInfo, language: str = "zh") -> ParsedPage:
        worker = self._take()
        if worker is not None:
            status, parsed = worker.split(text, page, language)
            with self._lock:
                if status == "gone":  # it died: the others (or this process) go on
                    self._drop(worker)
                else:
                    self._idle.append(worker)
                    if status == "ok":
                        self.split_there += 1
                        return parsed
        with self._here:
            return split_here(text, page, language)

    def _take(self) -> Worker | None:
        with self._lock:
            self._came_up()
            return self._idle.pop() if self._idle else None

    def _came_up(self) -> None:
        for worker in list(self._loading):
            up = worker.came_up()
            if up is not False:
                self._loading.remove(worker)
                if up:
                    self._idle.append(worker)
                else:
                    self._drop(worker)

    def _drop(self, worker: Worker) -> None:
        if worker in self._all:
            self._all.remove(worker)
            worker.stop()

    def close(self) -> None:
        with self._lock:
            for worker in list(self._all):
                self._drop(worker)
            self._loading.clear()
            self._idle.clear()

    def __enter__(self) -> PageSplitter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


if __name__ == "__main__":
    import signal
    from multiprocessing.connection import Connection

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the import; this stops with its pipe

    serve(Connection(int(sys.argv[1]), writable=False), Connection(int(sys.argv[2]), readable=False))
