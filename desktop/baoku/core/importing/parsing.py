"""Reading one source file into issues, before anything is written: each format's reader chosen by
what the file is, and a file that cannot be read made into its report line (a failed outcome)."""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Callable, Mapping

from ..coded import Coded
from ..errors import BaokuError, Cancelled, ImportRejected
from ..model import LOW_CONFIDENCE, PageInfo, ParsedIssue, ParsedPage
from ..plural import plural
from .jsonl import read_jsonl
from .metadata import IssueMeta, meta_from_filename, require
from .outcome import FAILED, FileOutcome
from .pagefile import page_text_source, sidecar_meta
from .sources import SCANS, SourceFile
from .splitworker import split_here
from .structured import group_issues


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
    meta = overrides.merged_over(sidecar_meta(src, warnings)).merged_over(meta_from_filename(src.stem))
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
        text, meta, decoded = page_text_source(src, overrides, meta)
        warnings += decoded  # (what the sidecar said above is kept)
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

    meta = overrides.merged_over(sidecar_meta(src, warnings))
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


def _strip_name(message: str, name: str) -> str:
    """Messages carry the file name for standalone use; the report shows it once already."""
    if isinstance(message, Coded):
        return Coded(message.code, **{**message.params, "where": ""}) if message.params.get("where") == name \
            else message
    if message.startswith(name):
        return message[len(name):].lstrip(": ")
    return message
