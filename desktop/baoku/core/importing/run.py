"""Import files, folders and ZIPs into an archive: the one entry point the CLI and GUI call.

Each source file is parsed completely before anything is written, and each issue it holds is
written in one transaction. A bad file gets one clear message and the rest of the batch goes on.
"""

from __future__ import annotations

import hashlib
import sqlite3
import traceback
from collections import deque
from dataclasses import replace
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..coded import Coded
from ..errors import ArchiveUnavailable, BaokuError, Cancelled, DiskFull, ImportRejected, disk_full, \
    size_limit_reached
from ..model import LOW_CONFIDENCE, PageInfo, ParsedIssue, ParsedPage
from ..store.interface import Store
from ..store.ingest import PageRefusal
from ..store.layoutedits import reapply
from ..store.locks import writing  # noqa: F401 (the batch holds it; callers import it from here too)
from ..files import room_for
from .jsonl import read_jsonl
from .metadata import SIDECAR_SUFFIXES, IssueMeta, meta_from_filename, require
from .pagefile import page_text_source, sidecar_meta  # noqa: F401 (page_text_source: importers take it from here)
from .sources import (  # noqa: F401 (count_sources re-exported)
    SCANS, Limits, Skipped, SourceFile, count_sources, file_head, file_key, is_g2_package, iter_sources,
    plain_file,
)
from .pagecount import MIN_BATCH, page_text_files
from .splitworker import PageSplitter, split_here
from .structured import group_issues
from ..plural import plural
from .outcome import DUPLICATE, FAILED, IMPORTED, REFUSED, SKIPPED, FileOutcome, ImportReport, issues_said  # noqa: F401 (re-exported)


def parse_source(src: SourceFile, overrides: IssueMeta | None = None,
                 reviewed: Mapping[str, ParsedPage] | None = None,
                 split: Callable[[str, PageInfo, str], ParsedPage] | None = None) -> list[ParsedIssue]:
    """Parse one file into issues without touching any archive. A page-text file whose SHA-256 is
    in `reviewed` is that page, as the archivist left it in the import preview; other page text is
    split by `split` (a batch's `PageSplitter.split`), or here."""
    if not src.data:  # whatever its kind: said plainly, before a format's reader words it its own way
        raise ImportRejected(Coded("unreadable", where=src.name, kind="empty"))
    overrides = overrides or IssueMeta()
    digest = hashlib.sha256(src.data).hexdigest()
    suffix = src.suffix
    warnings: list[str] = []
    if suffix in (".jsonl", ".ndjson"):
        records = read_jsonl(src, overrides, warnings)
        return group_issues(records, source=src.name, source_hash=digest, importer="jsonl", warnings=warnings)
    # Each format's reader is imported when a file of that format comes (a JSONL issue, the
    # commonest daily import, does not wait for the page-text scorer, OCR or PDF libraries).
    if suffix in (".xml", ".nitf"):
        from .newsxml import read_news_xml
        from .xmltree import local, parse_xml

        root = parse_xml(src.data, src.name)  # once: the root says which kind of XML it is
        if suffix == ".xml" and local(root.tag) in ("alto", "mets"):
            return [_alto_issue(src, root, overrides, digest, warnings)]
        records = read_news_xml(src, overrides, warnings, root)
        return group_issues(records, source=src.name, source_hash=digest, importer="news-xml",
                            warnings=warnings)
    # Page text and PDF carry no metadata of their own.
    meta = overrides.merged_over(sidecar_meta(src)).merged_over(meta_from_filename(src.stem))
    if suffix in SCANS:
        from .scan import folio_meta, read_scan_pages

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
        from .pdf import pdf_articles, read_pdf_pages

        carried = pdf_articles(src)
        if carried is not None:  # a Baoku PDF: the articles it was made from, exactly
            records = read_jsonl(carried, overrides, warnings)
            return group_issues(records, source=src.name, source_hash=digest, importer="pdf (baoku)",
                                warnings=warnings)
        from .scan import folio_meta

        pages = read_pdf_pages(src, meta, warnings)
        meta = folio_meta(meta, pages, src.name, warnings)  # an e-paper page's running head, as a scan's
        require(meta.merged_over(IssueMeta(page=1)), src.name)
        importer = "pdf"
    else:
        text, meta, warnings = page_text_source(src, overrides, meta)
        page = (reviewed or {}).get(digest)
        pages = [page or (split or split_here)(text, meta.page_info(src.name), str(meta.language or "zh"))]
        importer = "page-text"
        if not pages[0].articles:
            raise ImportRejected(f"{src.name}: no articles found in the text")
    info = meta.issue_info(src.name)
    return [ParsedIssue(info=info, pages=pages, source=src.name, source_hash=digest, importer=importer,
                        warnings=warnings)]


def _alto_issue(src: SourceFile, root, overrides: IssueMeta, digest: str, warnings: list[str]) -> ParsedIssue:
    """An ALTO page, or an issue's METS with its pages' ALTO: text with its boxes."""
    from .alto import read_alto_source
    from .mets import is_mets, issue_digest, mets_meta, read_mets_source

    meta = overrides.merged_over(sidecar_meta(src))
    if is_mets(root):
        digest = issue_digest(src, root)  # the METS with the pages it names
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


def _parsed(src: SourceFile, overrides: IssueMeta | None,
            reviewed: Mapping[str, ParsedPage] | None, split=None) -> list[ParsedIssue] | FileOutcome:
    """The file's issues, or the outcome of a file that cannot be read."""
    try:
        return parse_source(src, overrides, reviewed, split)
    except BaokuError as e:
        return FileOutcome(src.name, FAILED, _strip_name(e.coded or str(e), src.name))
    except RecursionError:
        return FileOutcome(src.name, FAILED, "the file is nested too deeply to read")
    except Cancelled:
        raise
    except Exception as e:  # a bug in a parser: report it, keep the batch going
        return FileOutcome(src.name, FAILED, f"unexpected error while reading ({type(e).__name__}: {e}); "
                                             "please report this with the file",
                           warnings=[traceback.format_exc()])


def import_one(archive: Store, src: SourceFile, overrides: IssueMeta | None = None,
               replace: bool = False, duplicates: bool = False,
               reviewed: Mapping[str, ParsedPage] | None = None,
               parsed: list[ParsedIssue] | FileOutcome | None = None) -> FileOutcome:
    """Read (unless `parsed` already holds what reading it gave) and store one file."""
    stored = None
    if src.suffix == ".xml":  # an issue METS imported before: no need to read it again
        from .mets import stored_issue

        stored = stored_issue(archive, src, overrides, replace)
    if stored is not None:
        return FileOutcome(src.name, DUPLICATE, stored)
    issues = parsed if parsed is not None else _parsed(src, overrides, reviewed)
    if isinstance(issues, FileOutcome):
        return issues
    ids: list[int] = []
    messages: list[str] = []
    statuses: list[str] = []
    refused: list[PageRefusal] = []
    facts: list[dict] = []
    repairs = [r for issue in issues for p in issue.pages for r in p.repairs]
    warnings = list(dict.fromkeys(w for issue in issues for w in issue.warnings))  # (each issue has the file's)
    for issue in issues:
        try:
            # A page read again: the layout corrections kept for its place are made again.
            result = archive.save_issue(issue, replace=replace, duplicates=duplicates,
                                        laid_out=lambda page_id: reapply(archive, page_id))
        except ImportRejected as e:
            statuses.append(FAILED)
            messages.append(e.coded or str(e))
            continue
        except ArchiveUnavailable as e:  # (images.unwritable: the image store took no page image)
            if getattr(getattr(e, "coded", None), "code", None) == "image_store_unwritable":
                e.outcome = FileOutcome(src.name, FAILED, f"stopped after {plural(statuses.count(IMPORTED), 'issue')}: "
                                        f"{e}", ids, repairs, warnings, issues=statuses.count(IMPORTED), refused=refused)
            raise
        except sqlite3.OperationalError as e:
            limit = None if archive.on_server else \
                size_limit_reached(e, [archive.path, f"{archive.path}-wal", f"{archive.path}-journal"])
            if disk_full(e):
                stop = DiskFull(f"the disk is full ({e}); every issue before this one is stored")
            elif limit is not None:
                stop = ArchiveUnavailable(f"cannot write to {archive.path}: it reached this session's file-size "
                                          f"limit ({limit:,} bytes, ulimit -f; SQLite: {e})")
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
        except KeyboardInterrupt as e:  # Ctrl+C: this issue was rolled back; those before it are stored
            if IMPORTED in statuses:
                e.outcome = FileOutcome(src.name, IMPORTED, "; ".join(messages + ["interrupted before its next issue"]),
                                        ids, repairs, warnings, issues=statuses.count(IMPORTED), refused=refused)
            raise
        statuses.append({"imported": IMPORTED, "refused": REFUSED}.get(result.outcome, DUPLICATE))
        ids.extend(result.article_ids)
        refused.extend(result.refused)
        if result.outcome != "refused":
            messages.append(result.message)
            facts.append(dict(result.facts, outcome=result.outcome))
    status = next((s for s in (FAILED, IMPORTED, REFUSED) if s in statuses), DUPLICATE)
    if status == REFUSED:  # nothing stored: why each page was refused is the message
        messages += [r.message() for r in refused]
    doubtful = [(p.info.label, _doubts(p)) for issue in issues for p in issue.pages if p.doubts and not p.fixes]
    message = issues_said(messages)
    return FileOutcome(src.name, status, message, ids, repairs, warnings,
                       issues=statuses.count(IMPORTED), refused=refused, doubtful=doubtful, facts=facts)


def _doubts(page: ParsedPage):
    from .review import doubt_lines

    return doubt_lines(page)


def _strip_name(message: str, name: str) -> str:
    """Messages carry the file name for standalone use; the report shows it once already."""
    if isinstance(message, Coded):
        return Coded(message.code, **{**message.params, "where": ""}) if message.params.get("where") == name \
            else message
    if message.startswith(name):
        return message[len(name):].lstrip(": ")
    return message
