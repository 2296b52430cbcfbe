"""Keeping both index layers in step with the archive, crash-safe.

The archive marks every change (`store.ledger`). A sync reads the marked articles, writes the
recall layer (SQLite FTS5) and then the word layer (Whoosh), and only after both have committed
records in the archive what was indexed. A crash anywhere in between leaves the marks in place, so
the next sync does the work again; an article a layer already holds is replaced, never doubled
(the recall layer knows its own ids, the word layer's segments list theirs).

Big updates (a rebuild, a large import) run the word layer in a second process (`worker`), one
Whoosh segment per SEGMENT_DOCS articles, recorded as each segment commits. So does a command's
import (`prestart`): its second process loads the segmenter while this one stores the articles.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from ..coded import Coded
from ..errors import ArchiveUnavailable
from ..store import Archive
from ..store.ledger import SearchLedger
from .documents import read_rows, recall_doc, recall_docs, text_versions, word_doc
from .recall import IndexDamaged, RecallStore
from .wordindex import WordIndex

INDEX_FORMAT = "13"  # bump when either layer changes: old indexes are rebuilt
READ_BATCH = 2000  # articles read, folded and written to the recall layer at a time
SEGMENT_DOCS = 50000  # articles per Whoosh segment in a big update
WORKER_MIN = 3000  # an update of at least this many articles writes words in a second process
SYNC_LOCK_WAIT = 120.0  # seconds to wait for another process's index update
LOCK_NAME = "sync.lock"

Progress = Callable[[int, int], None]


class IndexFiles:
    """The index folder beside the archive: both layers and the format they were written in."""

    def __init__(self, archive: Archive, notify: Callable[[str], None] | None = None):
        """notify: told, in one line, of a file moved aside from where the index's folder belongs."""
        if archive.on_server:  # its search rows are on the server (search/server.py)
            raise TypeError("a server archive has no index folder beside it: search it with its own search")
        self.archive = archive
        self.notify = notify
        self.path = Path(str(archive.path) + ".index")
        self.marker = self.path / "baoku-format"
        self.recall: RecallStore | None = None
        self.words = WordIndex(self.path)

    def current(self) -> bool:
        return self.marker.exists() and self.marker.read_text() == INDEX_FORMAT and self.words.exists() \
            and (self.path / "recall.sqlite").exists()

    def open(self, read_only: bool = False) -> None:
        recall = self.path / "recall.sqlite"
        if recall.exists() and not recall.is_file():
            raise IndexDamaged(f"{recall.name} is not a file")
        if self.recall is None:
            self.recall = RecallStore(self.path / "recall.sqlite", read_only=read_only or self.archive.read_only,
                                      source=self._source)
        self.words.open()

    def link_broken(self) -> Coded | None:
        """What to say when the index's folder is a symbolic link to where the index was put
        (another disk) that leads nowhere now: the disk is not connected, or the link loops."""
        if self.path.is_symlink() and not self.path.exists():
            return Coded("index_link_broken", path=str(self.path), target=os.readlink(self.path))
        return None

    def _folder(self) -> None:
        """The index's folder, made if missing. Anything else standing where it belongs (a file
        someone saved under that name) is the user's, so it is moved aside, never removed, and the
        index is made afresh (the archive holds everything the index is made from). Never where
        the archive no longer is (its folder renamed or deleted under it): no folder is made again
        at the old path."""
        self.archive.check_in_place()
        broken = self.link_broken()
        if broken:  # the user's link: neither followed nor replaced
            raise ArchiveUnavailable(broken)
        if self.path.exists() and not self.path.is_dir():
            aside = self.path.with_name(f"{self.path.name}.moved-aside")
            n = 1
            while aside.exists():
                n += 1
                aside = self.path.with_name(f"{self.path.name}.moved-aside-{n}")
            self.path.rename(aside)
            if self.notify:
                self.notify(f"{self.path.name} was a file, where the search index's folder belongs: it is "
                            f"moved aside to {aside.name}, and the index is made again from the archive")
        self.path.mkdir(exist_ok=True)

    def create(self) -> None:
        """Both layers, empty (whatever was there is removed)."""
        self.close()
        self._folder()
        for child in self.path.iterdir():  # all but the lock, which the caller holds
            if child.name == LOCK_NAME:
                continue
            if child.is_dir():
                shutil.rmtree(child)
            else:
                child.unlink()
        self.words.create()
        self.recall = RecallStore(self.path / "recall.sqlite", source=self._source)
        self.marker.write_text(INDEX_FORMAT)

    def _source(self, ids: list[int]):
        return recall_docs(self.archive, ids)

    def close(self) -> None:
        if self.recall is not None:
            self.recall.close()
        self.recall = None
        self.words.close()

    def lock(self, wait: float = SYNC_LOCK_WAIT):
        """Serialise index updates between processes (two app windows, the app and the command
        line): wait for the other writer, then fail with a clear message. The articles themselves
        are safe in the archive either way; the index catches up later. With wait=0, None when
        another process holds it."""
        from .updatelock import acquire

        self._folder()
        lock = acquire(self.path / LOCK_NAME, wait)
        if lock is None:
            if not wait:
                return None
            raise ArchiveUnavailable(
                f"the search index is being updated by another Baoku (waited {wait:.0f} s); "
                "the archive is fine, and search catches up when you try again") from None
        return lock


class IndexSync:
    def __init__(self, archive: Archive, files: IndexFiles):
        self.archive = archive
        self.files = files
        self.ledger = SearchLedger(archive)
        self._checked = False
        self.lagging = 0  # changes another process is indexing, not searchable yet
        self.unbuilt = False  # no index yet, and a writer at work: a search finds nothing yet
        self._ahead = None  # a word writer started ahead of an update (prestart)

    def prestart(self) -> None:
        """An update is coming (an import is about to store articles): where this process has not
        loaded the segmenter (rjieba's dictionary, 0.1 s, holding the GIL), start the word layer's
        writer in a second process now. It loads the segmenter and Whoosh's writer while this
        process stores, and splits and writes the words while this one writes the recall layer.
        A process that keeps the segmenter loaded (the window, a test session) writes a day's words
        itself, as before. `unstart` ends a writer the update did not use."""
        from . import worker

        if self._ahead is None and worker.available() and not self.archive.read_only \
                and "rjieba" not in sys.modules:
            self._ahead = worker.WorkerWriter(self.files.words.path)

    def unstart(self) -> None:
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            ahead.discard()

    def ready(self, rebuild: bool = False, reader: bool = False) -> None:
        """Both layers open, and checked against the archive once per opening (cheap counts; a
        full comparison only when the counts cannot be explained). A reader (a search while a
        writer is at work) takes the index as it stands and checks it on a later opening."""
        files = self.files
        if rebuild or not files.current():
            if self.archive.read_only:
                raise ArchiveUnavailable(
                    f"the search index of {self.archive.path} is missing or out of date, and the archive "
                    "is read-only, so it cannot be rebuilt here; copy the archive somewhere writable")
            lock = files.lock()  # two processes finding no index must not both make one
            try:
                if rebuild or not files.current():
                    files.create()
                    self.ledger.forget_all()
                    self.ledger.mark_all_differences()
                    self._checked = True
                    return
            finally:
                lock.release()
        files.open()
        if not self._checked and not reader:
            self._first_check()
            self._checked = True

    def _explained(self, counts) -> bool:
        recall_n = self.files.recall.count()
        words_n = self.files.words.doc_count()
        most = counts.clean + counts.dirty
        return counts.clean <= recall_n <= most and counts.clean <= words_n <= most

    def _first_check(self) -> None:
        counts = self.ledger.counts()
        if not self._explained(counts):
            # A layer lost what the archive says it holds, or holds what it cannot: rebuild both
            # (unless another process, whose update was under way, leaves it explained).
            if self.archive.read_only:
                raise ArchiveUnavailable(f"the search index of {self.archive.path} does not match the "
                                         "archive, and the archive is read-only: it cannot be rebuilt here")
            lock = self.files.lock()
            try:
                if not self._explained(self.ledger.counts()):
                    self.files.create()
                    self.ledger.forget_all()
                    self.ledger.mark_all_differences()
            finally:
                lock.release()
        elif not counts.consistent and not self.archive.read_only:
            self.ledger.mark_all_differences()

    def run(self, progress: Progress | None = None, rebuild: bool = False, wait: bool = True) -> int:
        """Bring both layers in step with the archive; return how many articles were indexed.
        With wait=False, when another process is updating the index right now, do not wait for
        it: that process takes every change pending when it finishes (see _drain), and
        `lagging` says how many are not searchable yet."""
        self.lagging = 0
        self.ready(rebuild)
        if not self.ledger.behind():
            return 0
        if self.archive.read_only:
            raise ArchiveUnavailable(f"{self.archive.path} is read-only and its search index is behind "
                                     "its articles; search needs a writable copy")
        return self._drain(progress, SYNC_LOCK_WAIT if wait else 0)

    def for_search(self) -> None:
        """Before a search: the index as the last consistent state, answered at once. While a
        writer is at work (an import, an index update, in this process or another), nothing is
        indexed here, nothing is written and no lock is waited for: the writer indexes what it
        stored, and `lagging` says how many changes are not searchable yet. With no writer at
        work, what is pending is nobody else's (an edit, an index rebuilt after damage, a run
        stopped by a crash) and is indexed here first."""
        from ..store.locks import ArchiveLock

        self.lagging = 0
        self.unbuilt = False
        writers = not self.archive.read_only and ArchiveLock(self.archive.path).writers()
        if writers and not self.files.current():
            # The first import's index is not made yet: its last whole state is empty. The
            # search finds nothing yet, and says how many articles are still to be indexed.
            self.unbuilt = True
            self.lagging = self.ledger.counts().articles
            return
        self.ready(reader=writers or self.archive.read_only)
        if not self.ledger.behind():
            return
        if writers or self.archive.read_only:
            self.lagging = self.ledger.counts().dirty
            return
        self._drain(None, 0, shared_wait=0)

    def _drain(self, progress: Progress | None, wait: float, shared_wait: float = SYNC_LOCK_WAIT) -> int:
        """Index what is pending, and again what others marked meanwhile, until nothing is: a
        process that finds the lock taken leaves its changes to the holder, who looks again
        after letting go (so none is left behind between its last look and the release)."""
        from ..store.locks import ArchiveLock

        done = 0
        while True:
            lock = self.files.lock(wait)
            if lock is None:  # another process is indexing: it takes ours too
                self.lagging = self.ledger.counts().dirty
                return done
            try:
                with ArchiveLock(self.archive.path).shared(shared_wait):  # never under a restore
                    done += self._index_pending(progress)
            except ArchiveUnavailable:
                if shared_wait:
                    raise
                self.lagging = self.ledger.counts().dirty  # a restore is running: search the index as it is
                return done
            finally:
                lock.release()
            if not self.ledger.behind():
                return done
            wait = 0  # what is left was marked meanwhile: take it unless another process took the lock

    def _index_pending(self, progress: Progress | None) -> int:
        read_after = self.ledger.previous_mark()  # before anything is read (see ledger.record)
        stale, gone = self.ledger.pending()  # again, under the lock: another process may have done it
        if not stale and not gone:
            return 0
        texts = lambda ids: text_versions(self.archive, ids)  # noqa: E731
        recall, words = self.files.recall, self.files.words
        held = words.holding(stale + gone)
        from . import worker

        ahead, self._ahead = self._ahead, None
        bulk = len(stale) >= WORKER_MIN and worker.available()
        if ahead is not None:
            writer = ahead
        elif bulk:
            writer = worker.WorkerWriter(words.path)
        else:
            writer = words.writer()
        remote = isinstance(writer, worker.WorkerWriter)
        done = 0
        try:
            writer.delete(held.values())
            to_record: list[tuple[int, str]] = []
            dropped = list(gone)
            awaiting: list[tuple[list, list]] = []  # segments sent to the worker, not yet recorded
            if not stale:
                recall.put([], drop=gone, texts=texts)
            for start in range(0, len(stale), READ_BATCH):
                rows = read_rows(self.archive, stale[start:start + READ_BATCH])
                reprinted, flag = self._reprints(rows)
                docs = [recall_doc(r, r["id"] in reprinted) for r in rows]
                writer.add([word_doc(d) for d in docs])  # (a worker splits them while the recall layer is written)
                recall.put(docs, drop=gone if start == 0 else (), reprinted=flag, texts=texts)
                to_record += [(r["id"], r["content_hash"]) for r in rows]
                done += len(rows)
                if bulk and writer.added >= SEGMENT_DOCS:
                    # The worker writes this segment while the next batches are read: its articles
                    # are recorded when it has committed (at the next segment, or the end).
                    writer.wait()
                    self._record(awaiting, read_after)
                    writer.commit(merge=False, wait=False)
                    awaiting, to_record, dropped = [(to_record, dropped)], [], []
                if progress:
                    progress(done, len(stale))
            if bulk:
                writer.wait()
                self._record(awaiting, read_after)
                writer.commit(merge=False, wait=False)
                if 2 * done >= recall.count():  # a rebuild, a first import: leave FTS5 one segment,
                    recall.optimize()  # merged here while the worker writes its last segment
                writer.wait()
            else:
                writer.commit()
            self.ledger.record(to_record, dropped, read_after)
        except BaseException:
            writer.cancel()
            raise
        finally:
            if remote:
                writer.close()
            words.close()  # searchers reopen on the new segments
        return done

    def _record(self, segments: list[tuple[list, list]], read_after: int) -> None:
        for indexed, dropped in segments:
            self.ledger.record(indexed, dropped, read_after)
        segments.clear()

    def _reprints(self, rows: list[dict]) -> tuple[set[int], list[int]]:
        """Which of these articles print a text the archive holds more than once, and which other
        stored articles share their text but are not marked yet (they get the mark now)."""
        shared = self.archive.printed_more_than_once({r["content_hash"] for r in rows})
        reprinted = {i for ids in shared.values() for i in ids}
        ours = {r["id"] for r in rows}
        others = sorted(reprinted - ours)
        flag = self.files.recall.unflagged(others) if others else []
        return reprinted, flag

