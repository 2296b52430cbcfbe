"""Importing: files, folders and ZIPs stored issue by issue (or the whole batch as one transaction,
as the window does), then the search index brought up to date, under the archive's lock so a
restore never lands between the two. One function for the command line and the window."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ...changes import ARTICLES, ISSUES, Changes, Outcome
from ...errors import ArchiveUnavailable, DiskFull
from ...importing.metadata import IssueMeta
from ...importing.run import ImportReport, import_paths
from ...importing.sources import Limits
from ...model import ParsedPage
from ..jobs import NO_JOB, Job
from ..library import Library


@dataclass(frozen=True)
class ImportRequest:
    paths: tuple[Path, ...]
    overrides: IssueMeta | None = None  # issue metadata given by the user, over sidecars and file names
    limits: Limits = field(default_factory=Limits)
    replace: bool = False  # a page stored with other content is replaced
    duplicates: bool = False  # a page already stored under another date or paper is stored again
    all_or_nothing: bool = False  # one transaction: a cancel stores nothing (the window)
    reviewed: Mapping[str, ParsedPage] | None = None  # page-text pages as the import preview left them


@dataclass
class Imported:
    report: ImportReport
    indexed: int = 0  # articles the index took after storing
    handed_off: int = 0  # changes left to another process that is updating the index right now
    index_problem: str = ""  # "disk full", or why the index could not catch up (the articles are stored)


def import_files(lib: Library, request: ImportRequest, job: Job = NO_JOB) -> Outcome:
    """Store what the files hold and index it. `job` hears each file's outcome (`item`), OCR's
    pages, the index's progress, and is asked between files and pages whether to stop."""
    with lib.writing(), lib.index.update_coming():
        report = import_paths(lib.archive, list(request.paths), overrides=request.overrides, limits=request.limits,
                              replace=request.replace, duplicates=request.duplicates, progress=job.item,
                              cancelled=job.cancelled, all_or_nothing=request.all_or_nothing, pages=job.pages,
                              reviewed=request.reviewed)
        done = Imported(report)
        behind = not lib.read_only and lib.index.ledger.behind()  # also what an earlier crash left
        if (report.articles_added or behind) and not report.stopped and not report.interrupted:
            job.phase("indexing")
            try:
                done.indexed = lib.index.sync(job.progress, wait=False)
                done.handed_off = lib.index.handed_off
            except KeyboardInterrupt:  # the articles are stored; the index catches up on the next search
                report.interrupted = True
            except DiskFull:
                done.index_problem = "disk full"
            except ArchiveUnavailable as e:  # the articles are stored; only the index waits
                done.index_problem = str(e)
    return Outcome(done, Changes.of(ISSUES, ARTICLES) if report.articles_added else Changes())
