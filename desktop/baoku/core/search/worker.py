"""The word layer's writer in a second process, so an index update uses both cores: this process
reads the archive and writes the recall layer while the other splits words and writes Whoosh.
Used for updates of many articles (a rebuild, a big import), and for a command's import when it
is started before the import stores anything (sync.IndexSync.prestart): it loads the segmenter and
Whoosh's writer while this process stores. A process that holds the segmenter already (the
window, a test session) indexes a day's issue itself, where starting another would cost more
than it saves.

The worker is `python -m baoku.core.search.worker INDEX_DIR READ_FD WRITE_FD`, talking over two
pipes (not multiprocessing's spawn, which would import the caller's main module again). If this
process dies, the worker's pipe closes and it stops without committing.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ArchiveUnavailable

if TYPE_CHECKING:  # (multiprocessing is imported only when a worker starts: `available` is asked on every update)
    from multiprocessing.connection import Connection


def available() -> bool:
    return os.name == "posix"


def serve(conn_in: Connection, conn_out: Connection, path: str) -> None:  # in the worker process
    from .wordindex import WordIndex
    from .words import preload

    preload()  # the segmenter, before the first articles come (it may be started ahead of them)
    words = WordIndex(Path(path))
    writer = None
    try:
        while True:
            try:
                op, arg = conn_in.recv()
            except EOFError:  # the other process is gone: write nothing
                break
            if op == "stop":
                break
            if op == "cancel":
                if writer is not None:
                    writer.cancel()
                writer = None
                conn_out.send(("ok", None))
                continue
            if writer is None:
                writer = words.writer()
            if op == "delete":
                writer.delete(arg)
            elif op == "add":
                writer.add(arg)
            elif op == "commit":
                writer.commit(merge=arg)
                writer = None
                conn_out.send(("ok", None))
    except BaseException as e:  # noqa: BLE001 - reported to the other process, which raises it
        try:
            if writer is not None:
                writer.cancel()
        finally:
            try:
                conn_out.send(("error", f"{type(e).__name__}: {e}"))
            except OSError:
                pass


class WorkerWriter:
    """The WordWriter interface (delete, add, commit, cancel), carried out by the worker. Sending
    happens on a thread of its own, so this process goes on reading and writing the recall layer
    while the worker is busy (a segment's flush takes a while); `commit(wait=False)` returns at
    once and `wait()` collects the worker's answer later."""

    # Batches waiting to be sent, at most: enough for this process to go on reading and writing
    # the recall layer while the worker flushes a big segment (50,000 articles: about as much
    # CPU as this process spends on 12,000), rather than waiting for it; each is about 16 MB.
    QUEUE = 8

    def __init__(self, path: Path):
        from multiprocessing.connection import Connection

        to_child, from_parent = os.pipe()
        to_parent, from_child = os.pipe()
        package_root = str(Path(__file__).resolve().parents[3])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH", "")]))
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "baoku.core.search.worker", str(path), str(to_child), str(from_child)],
            pass_fds=(to_child, from_child), env=env, stdin=subprocess.DEVNULL)
        os.close(to_child)
        os.close(from_child)
        self._out = Connection(from_parent, readable=False)
        self._in = Connection(to_parent, writable=False)
        self._queue: queue.Queue = queue.Queue(self.QUEUE)
        self._send_error: BaseException | None = None
        self._sender = threading.Thread(target=self._send_loop, name="baoku-index-sender", daemon=True)
        self._sender.start()
        self._awaiting = 0  # commits sent whose answer has not been read
        self.added = 0
        self.used = False  # anything sent: the worker may have opened a writer

    def _send_loop(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            try:
                self._out.send(item)
            except OSError as e:
                self._send_error = e
                return

    def _send(self, op: str, arg=None) -> None:
        self.used = True
        if self._send_error is not None or not self._sender.is_alive():
            self._failed()
        self._queue.put((op, arg))

    def _answer(self) -> None:
        try:
            status, detail = self._in.recv()
        except (EOFError, OSError):
            self._failed()
        if status != "ok":
            raise ArchiveUnavailable(f"the search index could not be written: {detail}")

    def wait(self) -> None:
        """Until every commit sent so far is done."""
        while self._awaiting:
            self._awaiting -= 1
            self._answer()

    def _failed(self):
        code = self._proc.wait(10)
        raise ArchiveUnavailable("the search index writer stopped unexpectedly "
                                 f"(exit code {code}); the archive is fine")

    def delete(self, docnums) -> None:
        self._send("delete", list(docnums))

    def add(self, docs) -> None:
        self._send("add", docs)
        self.added += len(docs)

    def commit(self, *, merge: bool = True, wait: bool = True) -> None:
        self._send("commit", merge)
        self._awaiting += 1
        self.added = 0
        if wait:
            self.wait()

    def cancel(self) -> None:
        if self._proc.poll() is None:
            try:
                self._send("cancel")
                self._awaiting += 1
                self.wait()
            except ArchiveUnavailable:
                pass

    def discard(self) -> None:
        """Stop a worker that was started ahead and given nothing (the import stored no article):
        it holds nothing of the index, so it is ended at once rather than waited for."""
        if self.used:
            return self.close()
        self._proc.kill()
        self._proc.wait()
        self._queue.put(None)
        self._sender.join(30)
        self._out.close()
        self._in.close()

    def close(self) -> None:
        if self._proc.poll() is None:
            self._queue.put(("stop", None))
        self._queue.put(None)
        self._sender.join(30)
        if self._proc.poll() is None:
            try:
                self._proc.wait(60)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._out.close()
        self._in.close()


if __name__ == "__main__":
    from multiprocessing.connection import Connection

    serve(Connection(int(sys.argv[2]), writable=False), Connection(int(sys.argv[3]), readable=False), sys.argv[1])
