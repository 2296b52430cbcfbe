"""Import files, folders and ZIPs into an archive: the one entry point the CLI and GUI call.

Each source file is parsed completely before anything is written (`parsing`), and each issue it
holds is written in one transaction (`storing`). A bad file gets one clear message and the rest of
the batch goes on. This module runs the batch: its transaction, the walk of the paths, the page
text read ahead of the file being stored.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from dataclasses import replace
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..errors import ArchiveUnavailable, Cancelled, disk_full
from ..model import ParsedPage
from ..store.interface import Store
from ..store.locks import writing  # noqa: F401 (the batch holds it; callers import it from here too)
from ..files import room_for
from .metadata import SIDECAR_SUFFIXES, IssueMeta
from .pagefile import page_text_source  # noqa: F401 (importers take it from here)
from .sources import (  # noqa: F401 (count_sources re-exported)
    Limits, Skipped, SourceFile, count_sources, file_head, file_key, is_g2_package, iter_sources, plain_file,
)
from .pagecount import MIN_BATCH, page_text_files
from .parsing import _parsed, parse_source  # noqa: F401 (parse_source re-exported)
from .splitworker import PageSplitter
from .storing import import_one
from .outcome import DUPLICATE, FAILED, IMPORTED, REFUSED, SKIPPED, FileOutcome, ImportReport, issues_said  # noqa: F401 (re-exported)


def import_paths(archive: Store, paths: Iterable[str | Path], *, overrides: IssueMeta | None = None,
                 limits: Limits | None = None, replace: bool = False, duplicates: bool = False,
                 progress: Callable[[FileOutcome], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, all_or_nothing: bool = False,
                 pages: Callable[[str, float, int], None] | None = None,
                 reviewed: Mapping[str, ParsedPage] | None = None) -> ImportReport:
    """Import every file under `paths`, each issue in its own transaction. Environment failures
    (locked, disk full) stop the batch by raising ArchiveUnavailable; what was committed before
    stays, and is consistent.

    `pages(name, done, total)` hears how far OCR of a scanned file got (`done` counts a page partly
    read as a fraction); a cancel is also seen between pages.

    `reviewed` holds page-text pages as the archivist fixed them in the import preview, by the
    SHA-256 of their file: those are stored exactly so.

    With all_or_nothing, the whole batch is one transaction (each issue a savepoint inside it, so a
    bad file still fails alone): cancelling stores nothing at all. The desktop app imports this way.
    """
    limits = limits or Limits()
    report = ImportReport()
    paths = [Path(p) for p in paths]
    if not archive.read_only and not archive.on_server:
        room_for(archive.path, sum(_size(p) for p in paths) * SPACE_FACTOR, "importing these files")
    with writing(archive):
        if not all_or_nothing:
            try:
                _import_all(archive, paths, overrides, limits, replace, duplicates, progress, cancelled, report, pages,
                            reviewed)
            except ArchiveUnavailable as e:  # the disk filled, or the archive stayed locked
                report.stopped = str(e)
            except KeyboardInterrupt:  # Ctrl+C: the issue being written was rolled back; the report says the rest
                report.interrupted = True
            return report
        try:
            with archive.transaction():
                _import_all(archive, paths, overrides, limits, replace, duplicates, progress, cancelled, report, pages,
                            reviewed)
                if report.cancelled:
                    raise _RollBack
        except _RollBack:
            report.rolled_back = True
        except KeyboardInterrupt:
            report.rolled_back = report.interrupted = True
        except ArchiveUnavailable as e:
            report.rolled_back, report.stopped = True, str(e)
        except sqlite3.OperationalError as e:  # the commit itself
            if not disk_full(e):
                raise
            report.rolled_back, report.stopped = True, f"the disk is full ({e})"
    return report


# What importing needs on disk, as a multiple of the files: the archive's copy of the text, the
# search index (about 3 times the text) and SQLite's write-ahead logs while it is written.
SPACE_FACTOR = 6


def _size(path: Path) -> int:
    """The bytes of what can be read at `path` (a folder's files this user cannot look at count 0)."""
    try:
        if path.is_dir():
            return sum(f.stat().st_size for f in path.rglob("*") if plain_file(f))
        return path.stat().st_size
    except OSError:
        return 0


class _RollBack(Exception):
    """Leaves the all-or-nothing transaction, undoing it."""


def _import_all(archive, paths, overrides, limits, replace, duplicates, progress, cancelled, report,
                pages=None, reviewed=None) -> None:
    from ..ocr.engine import PAGE_HOOK
    from ..ocr.reading import batch

    try:
        with batch():  # one set of OCR workers for every scan of the batch
            _each_source(archive, paths, overrides, limits, replace, duplicates, progress, cancelled, report, pages,
                         PAGE_HOOK, reviewed)
    except Cancelled:  # between two pages of a scan: that file is not stored
        report.cancelled = True


def _each_source(archive, paths, overrides, limits, replace, duplicates, progress, cancelled, report, pages,
                 hook, reviewed=None) -> None:
    # The files a NewsML-G2 package of this batch took in as its items: each was read (and is
    # reported) once, as the package's, and is not read again on its own. Packages come first in
    # their folder or ZIP (see iter_sources), and first among the paths given, so that a package
    # is read before its items wherever they are walked.
    taken: set[str] = set()
    paths = sorted(paths, key=lambda p: not _package_file(Path(p)))
    with PageSplitter() as splitter, \
            ThreadPoolExecutor(max_workers=max(1, splitter.count), thread_name_prefix="page-text") as pool:
        if splitter.count and page_text_files(Path(p) for p in paths) >= MIN_BATCH:
            splitter.start()  # a big batch: the split's workers load while its first pages are split here
        for item, ahead in _read_ahead((i for path in paths for i in iter_sources(Path(path), limits)),
                                       pool, overrides, reviewed, splitter):
            if cancelled and cancelled():
                report.cancelled = True
                return
            if taken and file_key(item.name) in taken:
                continue
            if isinstance(item, Skipped):
                outcome = FileOutcome(item.name, FAILED if item.failed else SKIPPED, item.reason)
            else:
                def page_done(done: float, total: int, name: str = item.name) -> None:
                    if pages:
                        pages(name, done, total)
                    if done < total and cancelled and cancelled():
                        raise Cancelled(name)

                token = hook.set(page_done)
                try:
                    outcome = import_one(archive, item, overrides, replace, duplicates, reviewed,
                                         ahead.result() if ahead else None)
                except (ArchiveUnavailable, KeyboardInterrupt) as e:
                    if getattr(e, "outcome", None) is not None:
                        report.outcomes.append(e.outcome)
                        if progress:
                            progress(e.outcome)
                    raise
                finally:
                    hook.reset(token)
                if item.members and outcome.status != FAILED:
                    _took_members(item, outcome, taken)
            report.outcomes.append(outcome)
            if progress:
                progress(outcome)


def _package_file(path: Path) -> bool:
    """A NewsML-G2 package named on its own (not in a folder or ZIP given)."""
    def whole() -> bytes:
        try:
            return path.read_bytes() if path.stat().st_size <= Limits().max_file_bytes else b""
        except OSError:
            return b""

    return path.suffix.lower() == ".xml" and path.is_file() and is_g2_package(file_head(path), whole)


def _took_members(src: SourceFile, outcome: FileOutcome, taken: set[str]) -> None:
    """A package stored (or found stored) with the items it read: its line of the report names
    them, and the batch does not read them again."""
    me = file_key(src.name)
    members = [m for m in dict.fromkeys(src.members) if file_key(m) != me]
    taken |= {file_key(m) for m in members}
    outcome.members = members


READ_AHEAD = 4  # page-text files read ahead of the one being stored, at most


def _read_ahead(items, pool: ThreadPoolExecutor, overrides, reviewed, splitter: PageSplitter | None = None):
    """Each source, with page text's reading already started on `pool` up to READ_AHEAD files
    ahead: the next pages are split while this one is written. `splitter` splits them in its
    worker processes (on the other cores) once they are started and up, one page each, a thread of
    `pool` waiting on each; till then, and without them, on one of `pool`'s threads at a time
    (SQLite lets go of the GIL while it writes and syncs, the split does not). Other files (scans
    read by OCR, PDFs) are read in turn, as before."""
    waiting: deque = deque()
    for item in items:
        ahead = None
        if isinstance(item, SourceFile) and item.suffix == ".txt":
            item = _sidecars_read(item)
            ahead = pool.submit(_parsed, item, overrides, reviewed, splitter.split if splitter else None)
        waiting.append((item, ahead))
        # (with another file among them, one ahead only, as before: a scan or a PDF is not held longer)
        while len(waiting) > READ_AHEAD or len(waiting) > 1 and any(a is None for _, a in waiting):
            yield waiting.popleft()
    yield from waiting


def _sidecars_read(src: SourceFile) -> SourceFile:
    """The file with its sidecars read now: a page read ahead is read after the walk went on past
    it, and a ZIP's walk closes the ZIP at its end."""
    read = {name: src.sibling(name) for name in (src.stem + suffix for suffix in SIDECAR_SUFFIXES)}
    return replace(src, sibling=lambda name: read[name] if name in read else src.sibling(name))
