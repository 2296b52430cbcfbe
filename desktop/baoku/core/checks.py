"""`baoku check`: the store's own checks and the search index against the store."""

from __future__ import annotations

from .search.index import SearchIndex
from .store.archive import Archive
from .store.maintenance import CheckReport, check_store
from .plural import plural, verb


def check_archive(archive: Archive, *, repair: bool = False) -> CheckReport:
    """Everything wrong with the archive, and what was repaired when asked. Repair only ever
    touches derived data (the search index); the store itself is never rewritten here."""
    report = check_store(archive)
    with SearchIndex(archive) as index:
        counts = index.verify()
        wrong = {k: counts[k] for k in ("missing", "stale", "orphaned") if counts[k]}
        labels = {"missing": ("article", "missing from the search index"),
                  "stale": ("article", "indexed at an older version"),
                  "orphaned": ("deleted article", "still in the search index")}
        damaged = counts["index_disagrees"]
        if repair and (wrong or damaged or counts["pending"]):
            index.mark_all_differences()
            fixed = index.sync(rebuild=bool(damaged))
            after = index.verify()
            report.notes.append(("search index rebuilt" if damaged else "search index repaired")
                                + f": {plural(fixed, 'article')} indexed")
            counts, wrong, damaged = after, {}, after["index_disagrees"]
        for k, n in wrong.items():
            report.problems.append(f"{plural(n, labels[k][0])} {labels[k][1]} (baoku check --repair re-indexes them)")
        if damaged:
            recorded = index.ledger.recorded()
            layers = (("word layer (Whoosh)", counts["index_documents"]),
                      ("recall layer (FTS5)", counts["recall_documents"]))
            state = " and ".join(f"its {name} " + ("is missing or damaged" if n < 0 else f"holds {plural(n, 'document')}")
                                 for name, n in layers if n != recorded)
            report.problems.append(f"in the search index {state}, but {plural(recorded, 'article')} {verb(recorded, 'is')} recorded "
                                   "as indexed; baoku check --repair rebuilds it")
        if counts["pending"]:
            when = "when Baoku opens it with write access" if archive.read_only else "done on the next search"
            report.notes.append(f"{plural(counts['pending'], 'change')} not indexed yet ({when})")
    return report
