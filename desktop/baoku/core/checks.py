"""`baoku check`: the store's own checks and the search index against the store."""

from __future__ import annotations

from .errors import ArchiveUnavailable
from .search.index import SearchIndex
from .store.archive import Archive
from .store.maintenance import CheckReport, check_store
from .coded import Coded
from .plural import plural


def check_archive(archive: Archive, *, repair: bool = False) -> CheckReport:
    """Everything wrong with the archive, and what was repaired when asked. Repair only ever
    touches derived data (the search index); the store itself is never rewritten here."""
    if archive.on_server:
        from .store.maintenance import check_server

        return check_server(archive)
    report = check_store(archive)
    if report.damaged:  # the index is made from the archive: checking or repairing it waits for a sound one
        return report
    with SearchIndex(archive) as index:
        broken = index.files.link_broken()
        if broken:  # its folder a link to a disk not connected: nothing to check there, nor to repair
            if repair:
                raise ArchiveUnavailable(broken)
            report.problems.append(broken)
            return report
        counts = index.verify()
        wrong = {k: counts[k] for k in ("missing", "stale", "orphaned") if counts[k]}
        damaged = counts["index_disagrees"]
        if repair and archive.read_only:
            report.notes.append(f"nothing repaired: {archive.path} is read-only here, so nothing was changed")
        elif repair and (wrong or damaged or counts["pending"]):
            index.mark_all_differences()
            fixed = index.sync(rebuild=bool(damaged))
            after = index.verify()
            report.notes.append(("search index rebuilt" if damaged else "search index repaired")
                                + f": {plural(fixed, 'article')} indexed")
            counts, wrong, damaged = after, {}, after["index_disagrees"]
        for k, n in wrong.items():
            report.problems.append(Coded(f"index_{k}", n=n))
        if damaged:
            report.problems.append(Coded("index_damaged", words=counts["index_documents"],
                                         recall=counts["recall_documents"], recorded=index.ledger.recorded()))
        if counts["pending"]:
            when = "when Baoku opens it with write access" if archive.read_only else "done on the next search"
            report.notes.append(f"{plural(counts['pending'], 'change')} not indexed yet ({when})")
    return report
