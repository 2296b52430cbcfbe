"""Page text split in a second process during a batch import, so two cores share the work: this
process stores one page while the other splits the next. The split is Python and holds the GIL,
so on a thread beside the store it hid little of its time.

The worker is `python -m baoku.core.importing.splitworker READ_FD WRITE_FD`, talking over two
pipes (as the search index's worker does: not multiprocessing's spawn, which would import the
caller's main module again). It loads the scorer and rjieba once, says it is ready, then splits
each page sent, in order. Until it is ready (a third of a second or so), and wherever it cannot
run, pages are split here as before, so nothing waits for it; a single file never starts one. A
page the worker could not split is split again here, where its error is raised as it always was.
If this process dies, the worker's pipe closes and it stops.
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


class PageSplitter:
    """Splits a batch's page text: in the worker process once `start` has started it and it is
    ready, else in this process. Safe to call from any thread (one page at a time goes to the
    worker); `close` stops the worker."""

    def __init__(self):
        self._proc: subprocess.Popen | None = None
        self._out: Connection | None = None
        self._in: Connection | None = None
        self._ready = False
        self._lock = threading.Lock()
        self.split_there = 0  # pages the worker split

    def start(self) -> None:
        """Start the worker (once; nothing where it cannot run)."""
        with self._lock:
            if self._proc is not None or not available():
                return
            from multiprocessing.connection import Connection

            to_child, from_parent = os.pipe()
            to_parent, from_child = os.pipe()
            package_root = str(Path(__file__).resolve().parents[3])
            env = dict(os.environ)
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH", "")]))
            try:
                self._proc = subprocess.Popen(
                    [sys.executable, "-m", "baoku.core.importing.splitworker", str(to_child), str(from_child)],
                    pass_fds=(to_child, from_child), env=env, stdin=subprocess.DEVNULL)
            except OSError:  # no process to be had: split here
                for fd in (to_child, from_child, from_parent, to_parent):
                    os.close(fd)
                return
            finally:
                if self._proc is not None:
                    os.close(to_child)
                    os.close(from_child)
            self._out = Connection(from_parent, readable=False)
            self._in = Connection(to_parent, writable=False)

    def in_worker(self, wait: float = 0.0) -> bool:
        """Whether pages go to the worker now (waiting up to `wait` seconds for it to be ready)."""
        with self._lock:
            if self._proc is not None and not self._ready and wait:
                self._in.poll(wait)
            return self._up()

    def split(self, text: str, page: PageInfo, language: str = "zh") -> ParsedPage:
        with self._lock:
            if self._up():
                try:
                    self._out.send((text, page, language))
                    status, parsed = self._in.recv()
                except (EOFError, OSError):  # the worker died: split here from now on
                    self._stop()
                    status = "gone"
                if status == "ok":
                    self.split_there += 1
                    return parsed
        return split_here(text, page, language)

    def _up(self) -> bool:
        if self._proc is None:
            return False
        if not self._ready:
            try:
                if not self._in.poll():
                    return False
                self._ready = self._in.recv()[0] == "ready"
            except (EOFError, OSError):
                self._ready = False
            if not self._ready:
                self._stop()
        return self._ready

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        self._out.close()  # the worker reads the end of its pipe and stops
        self._in.close()
        if not self._ready:  # still loading: it would read its pipe only when done
            proc.kill()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        self._ready = False

    def close(self) -> None:
        with self._lock:
            self._stop()

    def __enter__(self) -> PageSplitter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


if __name__ == "__main__":
    import signal
    from multiprocessing.connection import Connection

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the import; this stops with its pipe

    serve(Connection(int(sys.argv[1]), writable=False), Connection(int(sys.argv[2]), readable=False))
