"""Storing one source file's issues, each in its own transaction (a savepoint in a batch's): what
the store refused, what stopped the batch (the disk full, the archive unwritable) and what was
stored, said as the file's report line."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from ..errors import ArchiveUnavailable, DiskFull, ImportRejected, disk_full, size_limit_reached
from ..model import ParsedIssue, ParsedPage
from ..plural import plural
from ..store.interface import Store
from ..store.ingest import PageRefusal
from ..store.layoutedits import reapply
from .metadata import IssueMeta
from .outcome import DUPLICATE, FAILED, IMPORTED, REFUSED, FileOutcome, issues_said
from .parsing import _parsed
from .sources import SourceFile


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

