"""Import files, folders and ZIPs into an archive: the one entry point the CLI and GUI call.

Each source file is parsed completely before anything is written, and each issue it holds is
written in one transaction. A bad file gets one clear message and the rest of the batch goes on.
"""

from __future__ import annotations

import hashlib
import sqlite3
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ArchiveUnavailable, BaokuError, Cancelled, DiskFull, ImportRejected, disk_full
from ..model import LOW_CONFIDENCE, ParsedIssue, one_line
from ..store import Archive
from ..store.ingest import STORED_ELSEWHERE, PageRefusal
from .encoding import decode_text
from .jsonl import read_jsonl
from .metadata import SIDECAR_SUFFIXES, IssueMeta, meta_from_filename, parse_sidecar, require
from .newsxml import _local, parse_xml, read_news_xml
from .pagetext import parse_page_text
from .scan import SCAN_SUFFIXES, folio_meta, read_scan_pages
from .pdf import pdf_articles, read_pdf_pages
from .sources import DATA_SUFFIXES, Limits, Skipped, SourceFile, iter_sources
from .structured import group_issues
from ..plural import plural

# A file is imported (something new stored), a duplicate (all of it already stored), refused (pages
# refused, nothing else new), failed (unreadable or rejected whole) or skipped (not a newspaper file).
IMPORTED, DUPLICATE, REFUSED, FAILED, SKIPPED = "imported", "duplicate", "refused", "failed", "skipped"


@dataclass
class FileOutcome:
    name: str
    status: str  # imported | duplicate | refused | failed | skipped
    message: str
    article_ids: list[int] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    issues: int = 0  # issues this file stored
    refused: list[PageRefusal] = field(default_factory=list)  # pages not stored, each with its reason
    facts: list[dict] = field(default_factory=list)  # per issue stored or found stored: what `message` says

    @property
    def stored_elsewhere(self) -> bool:
        """Some page was refused as already in the archive under another date or page."""
        return any(r.reason == STORED_ELSEWHERE for r in self.refused)

    def __post_init__(self) -> None:
        # Every report line is one line, whatever the file was called (see model.one_line).
        self.name = one_line(self.name)
        self.message = one_line(self.message)
        self.repairs = [one_line(r) for r in self.repairs]
        self.warnings = [w if w.startswith("Traceback") else one_line(w) for w in self.warnings]


@dataclass
class ImportReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False
    rolled_back: bool = False  # an all-or-nothing import was cancelled: nothing was stored
    stopped: str = ""  # why the batch stopped before its end (disk full, locked): what came before is stored

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def articles_added(self) -> int:
        return 0 if self.rolled_back else sum(len(o.article_ids) for o in self.outcomes)

    @property
    def refused(self) -> list[PageRefusal]:
        return [] if self.rolled_back else [r for o in self.outcomes for r in o.refused]

    @property
    def ok(self) -> bool:
        """Everything read was stored or already there: no file failed, no page was refused."""
        return self.count(FAILED) == 0 and not self.refused and not self.cancelled and not self.stopped

    @property
    def issues_stored(self) -> int:
        return 0 if self.rolled_back else sum(o.issues for o in self.outcomes)

    def summary(self) -> str:
        if self.rolled_back:
            return f"cancelled: nothing was imported, the archive is unchanged ({plural(len(self.outcomes), 'file')} read)"
        parts = [f"{plural(self.count(IMPORTED), 'file')} imported ({plural(self.articles_added, 'new article')})",
                 f"{self.count(DUPLICATE)} skipped as already in the archive",
                 f"{self.count(FAILED)} failed"]
        refused = self.refused
        if refused:
            parts.append(f"{plural(len(refused), 'page')} refused ({plural(sum(r.articles for r in refused), 'article')}"
                         " not stored; each is listed above with why)")
        if self.cancelled:
            parts.append("cancelled before the end")
        if self.stopped:
            parts.append(f"stopped: {self.stopped}")
        return ", ".join(parts)


def _sidecar_meta(src: SourceFile) -> IssueMeta:
    for suffix in SIDECAR_SUFFIXES:
        data = src.sibling(src.stem + suffix)
        if data is not None:
            return parse_sidecar(data, f"{src.stem}{suffix}")
    return IssueMeta()


def parse_source(src: SourceFile, overrides: IssueMeta | None = None) -> list[ParsedIssue]:
    """Parse one file into issues without touching any archive."""
    overrides = overrides or IssueMeta()
    digest = hashlib.sha256(src.data).hexdigest()
    suffix = src.suffix
    warnings: list[str] = []
    if suffix in (".jsonl", ".ndjson"):
        records = read_jsonl(src, overrides, warnings)
        return group_issues(records, source=src.name, source_hash=digest, importer="jsonl", warnings=warnings)
    if suffix in (".xml", ".nitf"):
        root = parse_xml(src)  # once: the root says which kind of XML it is
        if suffix == ".xml" and _local(root.tag) in ("alto", "mets"):
            return [_alto_issue(src, root, overrides, digest, warnings)]
        records = read_news_xml(src, overrides, warnings, root)
        return group_issues(records, source=src.name, source_hash=digest, importer="news-xml",
                            warnings=warnings)
    # Page text and PDF carry no metadata of their own.
    meta = overrides.merged_over(_sidecar_meta(src)).merged_over(meta_from_filename(src.stem))
    if suffix in SCAN_SUFFIXES:
        pages = read_scan_pages(src, meta, warnings=warnings)
        meta = folio_meta(meta, pages, src.name, warnings)  # what the running head says, where nothing else did
        require(meta.merged_over(IssueMeta(page=1)), src.name)
        lines = sum(len(p.scan.lines) for p in pages if p.scan)
        low = sum(p.scan.uncertain() for p in pages if p.scan)
        warnings.append(f"{src.name}: read by OCR: {plural(lines, 'line')}, {low} below "
                        f"{LOW_CONFIDENCE:.0%} confidence" + (" (marked for checking)" if low else ""))
        info = meta.issue_info(src.name)
        return [ParsedIssue(info=info, pages=pages, source=src.name, source_hash=digest, importer="scan",
                            warnings=warnings)]
    if suffix == ".pdf":
        carried = pdf_articles(src)
        if carried is not None:  # a Baoku PDF: the articles it was made from, exactly
            records = read_jsonl(carried, overrides, warnings)
            return group_issues(records, source=src.name, source_hash=digest, importer="pdf (baoku)",
                                warnings=warnings)
        require(meta.merged_over(IssueMeta(page=1)), src.name)
        pages = read_pdf_pages(src, meta, warnings)
        importer = "pdf"
    else:
        text, encoding = decode_text(src.data, src.name)  # a binary file is called that, first
        require(meta, src.name)
        if encoding not in ("utf-8", "utf-8-sig"):
            warnings.append(f"{src.name}: decoded as {encoding}")
        pages = [parse_page_text(text, meta.page_info(src.name), str(meta.language or "zh"))]
        importer = "page-text"
        if not pages[0].articles:
            raise ImportRejected(f"{src.name}: no articles found in the text")
    info = meta.issue_info(src.name)
    return [ParsedIssue(info=info, pages=pages, source=src.name, source_hash=digest, importer=importer,
                        warnings=warnings)]


def _alto_issue(src: SourceFile, root, overrides: IssueMeta, digest: str, warnings: list[str]) -> ParsedIssue:
    """An ALTO page, or an issue's METS with its pages' ALTO: text with its boxes."""
    from .alto import is_mets, mets_meta, read_alto_source, read_mets_source

    meta = overrides.merged_over(_sidecar_meta(src))
    if is_mets(root):
        meta = meta.merged_over(mets_meta(root)).merged_over(meta_from_filename(src.stem))
        require(meta.merged_over(IssueMeta(page=1)), src.name)
        pages = read_mets_source(src, root, meta, warnings)
        importer = "mets-alto"
    else:
        meta = meta.merged_over(meta_from_filename(src.stem)).merged_over(IssueMeta(page=1))
        require(meta, src.name)
        pages = read_alto_source(src, root, meta, warnings)
        importer = "alto"
    return ParsedIssue(info=meta.issue_info(src.name), pages=pages, source=src.name, source_hash=digest,
                       importer=importer, warnings=warnings)


def count_sources(paths: Iterable[Path]) -> int:
    """A cheap count of files to import, for a progress bar."""
    import zipfile

    n = 0
    for p in paths:
        if p.is_dir():
            n += sum(1 for f in p.rglob("*") if f.suffix.lower() in DATA_SUFFIXES + (".zip",)
                     and f.is_file() and not any(part.startswith(".") for part in f.parts))
        elif p.suffix.lower() == ".zip" and zipfile.is_zipfile(p):
            try:
                with zipfile.ZipFile(p) as zf:
                    n += sum(1 for i in zf.infolist() if i.filename.lower().endswith(DATA_SUFFIXES))
            except (zipfile.BadZipFile, OSError):
                n += 1
        else:
            n += 1
    return n


def import_paths(archive: Archive, paths: Iterable[str | Path], *, overrides: IssueMeta | None = None,
                 limits: Limits | None = None, replace: bool = False, duplicates: bool = False,
                 progress: Callable[[FileOutcome], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, all_or_nothing: bool = False,
                 pages: Callable[[str, int, int], None] | None = None) -> ImportReport:
    """Import every file under `paths`, each issue in its own transaction. Environment failures
    (locked, disk full) stop the batch by raising ArchiveUnavailable; what was committed before
    stays, and is consistent.

    `pages(name, done, total)` hears how far OCR of a scanned file got, page by page; a cancel is
    also seen between pages.

    With all_or_nothing, the whole batch is one transaction (each issue a savepoint inside it, so a
    bad file still fails alone): cancelling stores nothing at all. The desktop app imports this way.
    """
    limits = limits or Limits()
    report = ImportReport()
    paths = [Path(p) for p in paths]
    if not archive.read_only:
        room_for(archive.path, sum(_size(p) for p in paths) * SPACE_FACTOR, "importing these files")
    with writing(archive):
        if not all_or_nothing:
            try:
                _import_all(archive, paths, overrides, limits, replace, duplicates, progress, cancelled, report, pages)
            except ArchiveUnavailable as e:  # the disk filled, or the archive stayed locked
                report.stopped = str(e)
            return report
        try:
            with archive.transaction():
                _import_all(archive, paths, overrides, limits, replace, duplicates, progress, cancelled, report, pages)
                if report.cancelled:
                    raise _RollBack
        except _RollBack:
            report.rolled_back = True
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
SPACE_SPARE = 32 * 2**20


def _size(path: Path) -> int:
    try:
        if path.is_dir():
            return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        return path.stat().st_size
    except OSError:
        return 0


def room_for(archive_path: Path, needed: float, doing: str) -> None:
    """Refuse long work up front when the disk cannot hold what it would write."""
    import shutil

    try:
        free = shutil.disk_usage(archive_path.parent if archive_path.parent.exists() else Path.cwd()).free
    except OSError:
        return
    if free < needed + SPACE_SPARE:
        raise DiskFull(f"not enough free space for {doing}: it needs about {_mb(needed + SPACE_SPARE)}, and "
                       f"{archive_path.parent} has {_mb(free)} free; nothing was written")


def _mb(n: float) -> str:
    return f"{n / 2**20:,.0f} MB" if n >= 2**20 else f"{n / 1024:,.0f} KB"


WRITER_WAIT = 120.0  # seconds an import waits for a restore to finish


def writing(archive: Archive):
    """The archive's lock, shared, for the whole batch: a restore waits for it (see store.locks).

    Callers that index what they imported hold it over both, so that a restore never lands between
    storing a batch and indexing it: to the user, the two are one import. Shared locks nest."""
    from contextlib import nullcontext

    from ..store.locks import ArchiveLock

    return nullcontext() if archive.read_only else ArchiveLock(archive.path).shared(WRITER_WAIT)


class _RollBack(Exception):
    """Leaves the all-or-nothing transaction, undoing it."""


def _import_all(archive, paths, overrides, limits, replace, duplicates, progress, cancelled, report,
                pages=None) -> None:
    from ..ocr.engine import PAGE_HOOK

    try:
        _each_source(archive, paths, overrides, limits, replace, duplicates, progress, cancelled, report, pages,
                     PAGE_HOOK)
    except Cancelled:  # between two pages of a scan: that file is not stored
        report.cancelled = True


def _each_source(archive, paths, overrides, limits, replace, duplicates, progress, cancelled, report, pages,
                 hook) -> None:
    for path in paths:
        for item in iter_sources(Path(path), limits):
            if cancelled and cancelled():
                report.cancelled = True
                return
            if isinstance(item, Skipped):
                outcome = FileOutcome(item.name, FAILED if item.failed else SKIPPED, item.reason)
            else:
                def page_done(done: int, total: int, name: str = item.name) -> None:
                    if pages:
                        pages(name, done, total)
                    if done < total and cancelled and cancelled():
                        raise Cancelled(name)

                token = hook.set(page_done)
                try:
                    outcome = import_one(archive, item, overrides, replace, duplicates)
                except ArchiveUnavailable as e:
                    if getattr(e, "outcome", None) is not None:
                        report.outcomes.append(e.outcome)
                        if progress:
                            progress(e.outcome)
                    raise
                finally:
                    hook.reset(token)
            report.outcomes.append(outcome)
            if progress:
                progress(outcome)


def import_one(archive: Archive, src: SourceFile, overrides: IssueMeta | None = None,
               replace: bool = False, duplicates: bool = False) -> FileOutcome:
    try:
        issues = parse_source(src, overrides)
    except BaokuError as e:
        return FileOutcome(src.name, FAILED, _strip_name(str(e), src.name))
    except RecursionError:
        return FileOutcome(src.name, FAILED, "the file is nested too deeply to read")
    except Cancelled:
        raise
    except Exception as e:  # a bug in a parser: report it, keep the batch going
        return FileOutcome(src.name, FAILED, f"unexpected error while reading ({type(e).__name__}: {e}); "
                                             "please report this with the file",
                           warnings=[traceback.format_exc()])
    ids: list[int] = []
    messages: list[str] = []
    statuses: list[str] = []
    refused: list[PageRefusal] = []
    facts: list[dict] = []
    repairs = [r for issue in issues for p in issue.pages for r in p.repairs]
    warnings = [w for issue in issues for w in issue.warnings]
    for issue in issues:
        try:
            result = archive.save_issue(issue, replace=replace, duplicates=duplicates)
        except ImportRejected as e:
            statuses.append(FAILED)
            messages.append(str(e))
            continue
        except sqlite3.OperationalError as e:
            if disk_full(e):
                stop = DiskFull(f"the disk is full ({e}); every issue before this one is stored")
            else:
                stop = ArchiveUnavailable(f"cannot write to {archive.path}: {e}")
            # What this file stored before it stopped is reported with it.
            stop.outcome = FileOutcome(src.name, FAILED, f"stopped after {plural(statuses.count(IMPORTED), 'issue')}: {stop}",
                                       ids, repairs, warnings, issues=statuses.count(IMPORTED), refused=refused)
            raise stop from None
        except (ValueError, UnicodeError) as e:  # refused by the store: this file fails, the batch goes on
            statuses.append(FAILED)
            messages.append(f"cannot be stored: {e}")
            continue
        statuses.append({"imported": IMPORTED, "refused": REFUSED}.get(result.outcome, DUPLICATE))
        ids.extend(result.article_ids)
        refused.extend(result.refused)
        if result.outcome != "refused":
            messages.append(result.message)
            facts.append(dict(result.facts, outcome=result.outcome))
    status = next((s for s in (FAILED, IMPORTED, REFUSED) if s in statuses), DUPLICATE)
    if status == REFUSED:  # nothing stored: why each page was refused is the message
        messages += [r.message() for r in refused]
    return FileOutcome(src.name, status, "; ".join(messages), ids, repairs, warnings,
                       issues=statuses.count(IMPORTED), refused=refused, facts=facts)


def _strip_name(message: str, name: str) -> str:
    """Messages carry the file name for standalone use; the report shows it once already."""
    if message.startswith(name):
        return message[len(name):].lstrip(": ")
    return message
