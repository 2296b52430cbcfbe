"""Search over an archive: the one object the command line, the app and export use.

Two layers, both derived from the archive and rebuilt from it at will, beside it in
`archive.db.index/`:
- **SQLite decides membership** (`recall`, FTS5 over Baoku's own tokens): which articles match
  and how many, exactly, for every text term, field, page and date condition;
- **Whoosh ranks** (`wordindex`, BM25F over rjieba words, with the fields as exact terms): the
  order of those matches, and more like this.

`planner` turns a query into both; `searching` runs it; `sync` keeps both layers in step with the
archive, crash-safe.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ..errors import ArchiveUnavailable, DiskFull, NotFound, disk_full
from ..store import Archive
from ..store.ledger import SearchLedger
from .damage import damage
from .documents import read_rows, recall_doc, searchable_text, title_text
from .query import QueryError, parse_query, positive_texts
from .recall import RecallStore
from .results import Hit, SearchResult, checked_limit
from .sync import INDEX_FORMAT, IndexFiles, IndexSync

if TYPE_CHECKING:  # (the search side, with the planner and Whoosh's queries, loads on the first search:
    # an import or an index update never needs it)
    from .searching import Searcher

INDEX_SPACE = 4  # a rebuild needs about this many times the archive's size free (index and its logs)

__all__ = ["SearchIndex", "SearchResult", "Hit", "QueryError", "searchable_text", "title_text"]


class SearchIndex:
    def __init__(self, archive: Archive, *, notify: Callable[[str], None] | None = None):
        """notify: told, in one line, when the index is found damaged and rebuilt."""
        self.archive = archive
        self.notify = notify
        self.files = IndexFiles(archive, notify)
        self.path = self.files.path
        self.ledger = SearchLedger(archive)
        self._sync = IndexSync(archive, self.files)

    # -- keeping the index in step ---------------------------------------------------------------

    def sync(self, progress: Callable[[int, int], None] | None = None, rebuild: bool = False,
             wait: bool = True) -> int:
        """Bring the index in step with the archive; return how many articles were (re)indexed.
        A rebuild first checks that the disk can hold the new index. With wait=False (after an
        import), when another process is updating the index right now, this one leaves its
        changes to it (it takes them before it stops: see sync._drain) and `handed_off` says so.
        A rebuild of a read-only archive's index is refused before anything is touched."""
        if rebuild:
            self.refuse_read_only("rebuilt")
            from ..files import room_for

            room_for(self.archive.path, self.archive.path.stat().st_size * INDEX_SPACE, "rebuilding the search index")
        return self._repairing(lambda: self._sync.run(progress, rebuild, wait=wait or rebuild), progress)

    def refuse_read_only(self, done: str) -> None:
        """A rebuild, merge or repair asked of the index of an archive open read-only here: one
        refusal saying so, before anything is touched."""
        if self.archive.read_only:
            raise ArchiveUnavailable(f"{self.archive.path} is read-only here (a read-only file, folder or medium), "
                                     f"so its search index cannot be {done}; nothing was changed")

    @contextmanager
    def update_coming(self):
        """Around an import, before it stores anything: the index's word writer may start in a
        second process meanwhile (sync.IndexSync.prestart), and is ended if the update did not
        use it."""
        self._sync.prestart()
        try:
            yield
        finally:
            self._sync.unstart()

    @property
    def handed_off(self) -> int:
        """Changes the last sync left to another process's index update."""
        return self._sync.lagging

    def catching_up(self) -> bool:
        """Whether changes wait to be indexed that no writer at work will index: a command that
        searches may index them first (with a bar), as the search itself would."""
        from ..store.locks import ArchiveLock

        return (not self.archive.read_only and self.ledger.behind() and not self.busy()
                and not ArchiveLock(self.archive.path).writers())

    def busy(self) -> bool:
        """Whether another process is updating this index right now."""
        lock = self.files.lock(0) if self.path.exists() else True
        if lock is None:
            return True
        if lock is not True:
            lock.release()
        return False

    def pending(self) -> tuple[list[int], list[int]]:
        return self.ledger.pending()

    def mark_all_differences(self) -> int:
        return self.ledger.mark_all_differences()

    def verify(self) -> dict[str, int]:
        """How the index stands against the archive, changing nothing (for `baoku check`)."""
        counts = self.ledger.differences()
        recorded = self.ledger.recorded()
        files = self.files
        absent = 0 if not recorded else -1
        current = files.marker.exists() and files.marker.read_text() == INDEX_FORMAT
        counts["index_documents"] = counts["recall_documents"] = absent
        if current and files.words.exists():
            try:
                counts["index_documents"] = files.words.check()
            except Exception:  # noqa: BLE001 - any damage means: rebuild
                counts["index_documents"] = -1
            finally:
                files.words.close()
        if current and (self.path / "recall.sqlite").exists():
            try:
                store = RecallStore(self.path / "recall.sqlite", read_only=True)
                try:
                    problems = [r[0] for r in store.db.execute("PRAGMA integrity_check")]
                    counts["recall_documents"] = store.count() if problems == ["ok"] else -1
                finally:
                    store.close()
            except Exception:  # noqa: BLE001
                counts["recall_documents"] = -1
        pending = self.ledger.counts()
        lo, hi = pending.clean, pending.clean + pending.dirty
        counts["index_disagrees"] = int(not all(lo <= counts[k] <= hi or (counts[k] == 0 and not recorded)
                                                for k in ("index_documents", "recall_documents")))
        return counts

    def optimize(self) -> int:
        """Merge each layer's segments into one (on demand, never on import). Returns the count
        of indexed articles."""
        self.refuse_read_only("merged")
        self.sync()
        lock = self.files.lock()
        try:
            self.files.recall.optimize()
            self.files.words.optimize()
        finally:
            lock.release()
        return self.ledger.recorded()

    def close(self) -> None:
        self.files.close()
        self._sync._checked = False

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- searching -------------------------------------------------------------------------------

    def _searcher(self) -> Searcher | None:
        try:
            self._sync.for_search()  # a search never waits for another process's index update
            if self._sync.unbuilt:
                return None
        except Exception as e:  # noqa: BLE001
            if not disk_full(e, self.archive.path.parent) or not self.files.current():
                raise
            # A full disk: the index cannot take the new changes, but it can still be read.
            self.files.close()
            self.files.open(read_only=True)
            self._sync.lagging = self.ledger.counts().dirty
        from .searching import Searcher

        return Searcher(self.archive, self.files.recall, self.files.words)

    def _repairing(self, work, progress: Callable[[int, int], None] | None = None):
        """Run `work` (which reads the index); if it finds the index damaged, rebuild the index
        from the archive, say so, and run it again. A damaged derived index is never a
        traceback: the archive holds everything it is made from."""
        try:
            return work()
        except Exception as e:  # noqa: BLE001 - sorted below
            if disk_full(e, self.archive.path.parent):
                raise DiskFull("the disk is full: the search index cannot be written; the archive is fine, "
                               "and the index catches up when there is space again") from None
            reason = damage(e)
            if reason is None:
                raise
            self.archive.check_in_place()  # an index missing because the archive was moved is not damaged
        self.close()
        if self.archive.read_only:
            raise ArchiveUnavailable(f"the search index of {self.archive.path} is damaged ({reason}), and "
                                     "the archive is read-only, so it cannot be rebuilt here")
        if self.notify:
            self.notify(f"the search index was damaged ({reason}); rebuilding it from the archive")
        self._sync.run(progress, rebuild=True)
        return work()

    def search(self, query: str, *, sort: str = "relevance", limit: int = 20, facets: bool = True,
               all_ids: bool = True) -> SearchResult:
        """Every article matching `query` (see search.query for the language): the exact total,
        the first `limit` hits (0: all) with snippets, reprints grouped; with `facets`, counts
        over all matches by year, publication, column, source and month; with `all_ids`, every
        match in result order."""
        if sort not in ("relevance", "date"):
            raise QueryError("unknown_sort", text=repr(sort))
        checked_limit(limit)
        tree = parse_query(query)

        def run() -> SearchResult:
            searcher = self._searcher()
            if self._sync.unbuilt:  # the first import is still being stored: nothing is indexed yet
                return SearchResult(total=0, hits=[], facets={})
            return searcher.run(tree, positive_texts(tree), sort=sort, limit=limit, facets=facets, all_ids=all_ids)

        result = self._repairing(run)
        result.not_yet_indexed = self._sync.lagging
        result.disk_full = self.files.recall is not None and self.files.recall.read_only and not self.archive.read_only
        result.read_only = self.archive.read_only
        return result

    def more_like(self, article_id: int, limit: int = 10) -> list[Hit]:
        """Articles like this one (Whoosh's more-like-this over the word layer), best first,
        without the article itself."""
        checked_limit(limit)
        rows = read_rows(self.archive, [article_id])
        if not rows:
            raise NotFound(f"no article with id {article_id}")

        def like():
            self._sync.run()
            return self.files.words.more_like(article_id, recall_doc(rows[0], False).text, limit + 1)

        from .spans import snippet

        found = self._repairing(like)
        found = [(i, s) for i, s in found if i != article_id][:limit]
        by_id = {r["id"]: r for r in read_rows(self.archive, [i for i, _ in found])}
        return [Hit(i, by_id[i]["headline"], by_id[i]["date"], score,
                    *snippet(searchable_text(by_id[i]), [])) for i, score in found if i in by_id]

    # -- for tests and tools ---------------------------------------------------------------------

    def _rows(self, ids: Iterable[int]) -> list[dict]:
        return read_rows(self.archive, ids)

    def _recall(self) -> RecallStore:
        self._searcher()
        return self.files.recall
