"""The full-text index: derived from SQLite, rebuildable, and checked against it.

Two layers, both beside the archive in `archive.db.index/`:
- the recall layer (`recall.RecallStore`, SQLite FTS5 over Baoku's own tokens: phrases of
  character pairs, single characters, whole Latin words) decides which articles match, counts
  them and gives the candidates to rank, facets and date order, all in C;
- the word layer (Whoosh) holds each article's most telling words, for "more like this".

`search_state` in the archive records which article was indexed at which content hash; it is
written only after both layers have committed. Before every search, `sync` indexes what is
missing or stale and drops what is gone, so nothing is ever searched stale, even after a crash
between the SQLite commit and the index commit.

A query the recall layer can decide alone (Han terms, whole words, 标题:, dates, AND/OR/NOT) is
answered by it exactly. Anything else (a term mixing Latin and Han, other fields, pages) is
narrowed by it and verified on the folded text or the stored article. Either way every hit
really contains the query and the total is exact; relevance is BM25 over exact substring counts
with a title boost (see _ranked).
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import fields, index, scoring
from whoosh.reading import SegmentReader
from whoosh.query import Or, Term

from ..errors import ArchiveUnavailable, NotFound
from ..store import Archive
from .evaluate import (
    ALL_IDS, Doc, IdSet, LightDoc, bm25_scores, exact_ids, highlight_spans, matches, narrow_ids,
    needs_row, rank_expr, searchable_text, title_text,
)
from .normalize import fold
from .query import QueryError, parse_query, positive_texts
from .recall import RecallStore, StoredDoc
from .tokens import keyword_analyzer, keywords, weighted

INDEX_FORMAT = "3"  # bump when either layer changes: old indexes are rebuilt
BATCH = 900  # candidates verified per round trip
INDEX_BATCH = 5000  # articles per index commit (and progress step)
# Whoosh posting pool sizes (see SearchIndex). The word layer is small (24 words an article), so
# a pool of 64 MB holds a whole batch.
POOL_MB_BATCH = 64
MERGE_FACTOR = 10  # segments of one size tier before they are merged
MERGE_DOCS_SMALL = 10000  # at most this many documents merged by a small commit (an issue)
MERGE_DOCS_BULK = 200000  # by a bulk one (INDEX_BATCH articles)
SYNC_LOCK_WAIT = 120.0  # seconds to wait for another process's index update
POOL_MB_INTERACTIVE = 4
FACETS = ("year", "publication", "column", "source")
# Up to this many matches, every one is scored; beyond it, title matches lead (see _ranked).
SCORE_ALL = 500
RECENT = 50000  # beyond SCORE_ALL matches, title matches are looked for among the latest articles

__all__ = ["SearchIndex", "SearchResult", "Hit", "QueryError", "searchable_text"]


def schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),
        words=fields.TEXT(analyzer=keyword_analyzer(), phrase=False),
    )


ARTICLE_SQL = """
SELECT a.id, a.kicker, a.headline, a.subhead, a.column_name, a.byline, a.source, a.genre, a.blocks,
       a.content_hash, i.date, g.number AS page, g.name AS page_name, p.name AS publication,
       (SELECT group_concat(c.name, ' ') FROM contributor c WHERE c.article_id = a.id) AS people
FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id
JOIN publication p ON p.id = i.publication_id
"""


@dataclass
class Hit:
    id: int
    headline: str
    date: str
    score: float
    snippet: str
    highlights: list[tuple[int, int]]  # offsets into snippet


@dataclass
class SearchResult:
    total: int  # exact: every article that matches
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]]  # over all matches: year, publication, column, source
    ids: list[int] = field(default_factory=list)  # every match, in result order
    months: list[tuple[str, int]] = field(default_factory=list)  # (YYYY-MM, matches), by month


class _Held:
    """A held whoosh storage lock as a context manager."""

    def __init__(self, lock):
        self.lock = lock

    def __enter__(self):
        return self.lock

    def __exit__(self, *exc):
        self.lock.release()


class SearchIndex:
    def __init__(self, archive: Archive, *, pool_mb: int = POOL_MB_BATCH):
        """pool_mb: Whoosh's in-memory posting pool per index commit. Whoosh sorts a full pool in
        one C call that holds the GIL, so a big pool indexes fastest (the command line) and a small
        one keeps a window's event loop running (the desktop app: POOL_MB_INTERACTIVE)."""
        self.archive = archive
        self.pool_mb = pool_mb
        self.path = Path(str(archive.path) + ".index")
        self._ix: index.Index | None = None  # open, and checked against the store once
        self._searcher = None
        self._store: RecallStore | None = None  # the recall layer, open while the index is
        self._n_docs: int | None = None  # indexed articles, for BM25's idf (counted once per change)
        self._unrecorded: set[int] = set()  # in the index without a record (found by the first check)

    # -- keeping the index in step with the store ---------------------------------------------------

    def _open(self, rebuild: bool = False):
        marker = self.path / "baoku-format"
        if self.path.exists() and (rebuild or not marker.exists() or marker.read_text() != INDEX_FORMAT):
            shutil.rmtree(self.path)
        if self.path.exists() and index.exists_in(str(self.path)):
            try:
                return index.open_dir(str(self.path))
            except Exception:  # a damaged index is rebuilt from the store, never trusted
                shutil.rmtree(self.path)
        self.path.mkdir(parents=True, exist_ok=True)
        with self.archive.transaction() as db:
            db.execute("DELETE FROM search_state")
        ix = index.create_in(str(self.path), schema())
        marker.write_text(INDEX_FORMAT)
        return ix

    def _recall(self) -> RecallStore:
        if self._store is None:
            self._store = RecallStore(self.path / "recall.sqlite")
        return self._store

    def pending(self) -> tuple[list[int], list[int]]:
        """(articles to index, ids to drop), from the changes recorded by the archive's triggers."""
        db = self.archive.db
        stale = [r[0] for r in db.execute(
            "SELECT d.article_id FROM search_dirty d JOIN article a ON a.id = d.article_id ORDER BY 1")]
        gone = [r[0] for r in db.execute(
            "SELECT d.article_id FROM search_dirty d WHERE d.article_id NOT IN (SELECT id FROM article) "
            "ORDER BY 1")]
        return stale, gone

    def verify(self) -> dict[str, int]:
        """How the index stands against the store, without changing anything: articles it is
        missing, holds at an old version, holds though deleted, and changes not yet indexed."""
        db = self.archive.db
        one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
        # Differences the triggers recorded are pending work (done on the next sync), not damage:
        # only those with no mark mean the index lost track.
        unmarked = "NOT EXISTS (SELECT 1 FROM search_dirty d WHERE d.article_id = {})"
        counts = {
            "missing": one("SELECT COUNT(*) FROM article a WHERE NOT EXISTS "
                           "(SELECT 1 FROM search_state s WHERE s.article_id = a.id) AND "
                           + unmarked.format("a.id")),
            "stale": one("SELECT COUNT(*) FROM article a JOIN search_state s ON s.article_id = a.id "
                         "WHERE s.content_hash != a.content_hash AND " + unmarked.format("a.id")),
            "orphaned": one("SELECT COUNT(*) FROM search_state s WHERE s.article_id NOT IN "
                            "(SELECT id FROM article) AND " + unmarked.format("s.article_id")),
            "pending": one("SELECT COUNT(*) FROM search_dirty"),
        }
        recorded = one("SELECT COUNT(*) FROM search_state")
        if self.path.exists() and index.exists_in(str(self.path)):
            try:
                # A reader opens every segment: slow and memory-hungry at scale, but it finds
                # damage, which is what a check is for.
                with index.open_dir(str(self.path)).searcher() as s:
                    counts["index_documents"] = s.doc_count()
            except Exception:  # noqa: BLE001 - any damage means: rebuild
                counts["index_documents"] = -1
        else:
            counts["index_documents"] = 0 if not recorded else -1
        counts["recall_documents"] = self._recall_count()
        if counts["recall_documents"] < 0 and not recorded:
            counts["recall_documents"] = 0
        counts["index_disagrees"] = int(counts["index_documents"] != recorded
                                        or counts["recall_documents"] != recorded)
        return counts

    def _recall_count(self) -> int:
        """Articles in the recall layer, read without creating or changing anything; -1 when
        it is missing or unreadable."""
        path = self.path / "recall.sqlite"
        if not path.exists():
            return -1
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                return db.execute("SELECT COUNT(*) FROM doc").fetchone()[0]
            finally:
                db.close()
        except sqlite3.Error:
            return -1

    def mark_all_differences(self) -> int:
        """Compare every article with what the index recorded (the full check, O(archive)), and
        mark every difference for indexing. Returns how many were found."""
        with self.archive.transaction() as db:
            before = db.execute("SELECT COUNT(*) FROM search_dirty").fetchone()[0]
            db.execute("""INSERT OR IGNORE INTO search_dirty
                SELECT a.id FROM article a LEFT JOIN search_state s ON s.article_id = a.id
                WHERE s.content_hash IS NULL OR s.content_hash != a.content_hash""")
            db.execute("""INSERT OR IGNORE INTO search_dirty
                SELECT article_id FROM search_state WHERE article_id NOT IN (SELECT id FROM article)""")
            return db.execute("SELECT COUNT(*) FROM search_dirty").fetchone()[0] - before

    def sync(self, progress: Callable[[int, int], None] | None = None, rebuild: bool = False) -> int:
        """Bring the index in step with the store; return how many articles were (re)indexed."""
        _, done = self._synced(progress, rebuild)
        return done

    def optimize(self) -> int:
        """Merge each layer's segments into one (on demand, never on import: an import only adds
        small segments, which FTS5 and Whoosh merge a few at a time). Returns the article count."""
        ix, _ = self._synced()
        with self._sync_lock(ix):
            self._recall().optimize()
            ix.optimize(compound=False)
        self.close()  # searchers over the old segments
        return self.archive.db.execute("SELECT COUNT(*) FROM search_state").fetchone()[0]

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None
        if self._store is not None:
            self._store.close()
        self._store = None
        self._n_docs = None
        self._ix = None

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _first_check(self, ix) -> index.Index:
        """Once per opening: cheap counts first; the full comparison only when they disagree."""
        db = self.archive.db
        articles = db.execute("SELECT COUNT(*) FROM article").fetchone()[0]
        indexed = db.execute("SELECT COUNT(*) FROM search_state").fetchone()[0]
        stored = self._recall().count()
        in_whoosh = _doc_count(ix)
        if in_whoosh < indexed or stored < indexed:
            # A layer lost documents the archive says it has: rebuild both.
            self.close()
            ix = self._open(rebuild=True)
            self.mark_all_differences()
            return ix
        if not (articles == indexed == in_whoosh == stored):
            self.mark_all_differences()
        if in_whoosh > indexed:
            # Documents with no record (a crash after an index commit): those of articles still
            # stored are re-indexed (update_document replaces them); the rest are dropped.
            with ix.reader() as reader:
                in_index = {int(t.decode() if isinstance(t, bytes) else t) for t in reader.lexicon("id")}
            recorded = {r[0] for r in db.execute("SELECT article_id FROM search_state")}
            self._unrecorded = in_index - recorded
            with self.archive.transaction() as tx:
                tx.conn.executemany("INSERT OR IGNORE INTO search_dirty VALUES (?)",
                                    ((i,) for i in self._unrecorded))
        return ix

    def _synced(self, progress: Callable[[int, int], None] | None = None,
                rebuild: bool = False) -> tuple[index.Index, int]:
        """The open index, in step with the store, and how many articles that took."""
        if self._ix is not None and not (self.path / "baoku-format").exists():
            self.close()  # the index folder was removed under us: build it again
        if rebuild or self._ix is None:
            self.close()
            ix = self._open(rebuild)
            if rebuild or not self.archive.db.execute("SELECT 1 FROM search_state LIMIT 1").fetchone():
                self.mark_all_differences()
        else:
            ix = self._ix
        if self._ix is None:
            ix = self._first_check(ix)
            self._ix = ix
        if not any(self.pending()):
            return ix, 0
        with self._sync_lock(ix):  # another process may be indexing the same changes
            return ix, self._index_pending(ix, self._recall(), progress)

    def _sync_lock(self, ix):
        """Serialise index updates between processes (two app windows, the app and the command
        line): wait for the other writer, then fail with a clear message. The articles themselves
        are safe in the archive either way; the index catches up on a later search."""
        lock = ix.storage.lock("BAOKU_SYNC")
        deadline = time.monotonic() + SYNC_LOCK_WAIT
        while not lock.acquire(blocking=False):
            if time.monotonic() > deadline:
                raise ArchiveUnavailable(
                    f"the search index is being updated by another Baoku (waited {SYNC_LOCK_WAIT:.0f} s); "
                    "the archive is fine, and search catches up when you try again")
            time.sleep(0.1)
        return _Held(lock)

    def _index_pending(self, ix, store: RecallStore, progress) -> int:
        """Index what the triggers marked; the caller holds the sync lock."""
        stale, gone = self.pending()  # again, under the lock: another process may have done it
        done = 0
        self._n_docs = None
        if stale or gone:
            for start in range(0, max(len(stale), 1), INDEX_BATCH):
                rows = self._rows(stale[start:start + INDEX_BATCH])
                drop = gone if start == 0 else []
                self._index_batch(ix, store, rows, drop, replace=self._indexed_among([r["id"] for r in rows]))
                try:
                    with self.archive.transaction() as tx:
                        if drop:
                            marks = ",".join("?" * len(drop))
                            tx.execute(f"DELETE FROM search_state WHERE article_id IN ({marks})", drop)
                            tx.execute(f"DELETE FROM search_dirty WHERE article_id IN ({marks}) "
                                       "AND article_id NOT IN (SELECT id FROM article)", drop)
                        tx["search_state"].upsert_all(
                            ({"article_id": r["id"], "content_hash": r["content_hash"]} for r in rows),
                            pk="article_id")
                        # An article changed again meanwhile keeps its mark.
                        tx.conn.executemany(
                            "DELETE FROM search_dirty WHERE article_id = ? AND EXISTS (SELECT 1 FROM article "
                            "WHERE id = ? AND content_hash = ?)",
                            ((r["id"], r["id"], r["content_hash"]) for r in rows))
                except BaseException:
                    # The index has these now, but the archive does not know it: replace, not add,
                    # when they are indexed again.
                    self._unrecorded.update(r["id"] for r in rows)
                    raise
                done += len(rows)
                if progress:
                    progress(done, len(stale))
        self._unrecorded.clear()
        return done

    def _searcher_for(self, ix):
        """A searcher that sees the latest commit; reused while nothing changed. (Not
        Searcher.refresh(): it reuses segment readers and misses deletions-only commits.)"""
        if self._searcher is not None and not self._searcher.up_to_date():
            self._searcher.close()
            self._searcher = None
        if self._searcher is None:
            self._searcher = ix.searcher()
        return self._searcher

    def _indexed_among(self, ids: list[int]) -> set[int]:
        """Which of these articles the index may already hold: recorded ones, and those the first
        check found in it without a record."""
        found = {r[0] for r in self._with_ids(
            ids, "SELECT s.article_id FROM temp.hit h JOIN search_state s ON s.article_id = h.id")}
        return found | (self._unrecorded & set(ids))

    def _index_batch(self, ix, store: RecallStore, rows: list[dict], drop: list[int], replace: set[int]) -> None:
        """Write one batch to the recall layer, then the word layer. Both are derived: the
        archive's record of it is written by the caller only after both have committed. Articles
        in `replace` may be in the Whoosh index already and are replaced; the others are added,
        which spares a lookup per document."""
        docs = [StoredDoc(row["id"], row["date"], row["publication"], row["column_name"], row["source"],
                          fold(title_text(row)), fold(searchable_text(row))) for row in rows]
        store.put(docs, drop)
        # One process: Whoosh's two-process multisegment writer doubles the rate on a few thousand
        # articles, but leaves segments whose pure-Python merge took over 30 minutes at 100k.
        # Separate files, not one compound file per segment: Whoosh copies a compound segment's
        # parts into memory whenever it opens a reader (580 MB at a million articles).
        writer = ix.writer(limitmb=self.pool_mb, compound=False)
        try:
            for article_id in drop:
                writer.delete_by_term("id", str(article_id))
            for d in docs:
                add = writer.update_document if d.id in replace else writer.add_document
                add(id=str(d.id), words=d.text)
            writer.commit(mergetype=_merge_policy(MERGE_DOCS_BULK if len(docs) >= INDEX_BATCH // 5
                                                  else MERGE_DOCS_SMALL))
        except BaseException:
            writer.cancel()
            raise

    def _rows(self, ids: Iterable[int]) -> list[dict]:
        ids = list(ids)
        out: list[dict] = []
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            out.extend(self.archive.db.query(
                f"{ARTICLE_SQL} WHERE a.id IN ({','.join('?' * len(chunk))}) ORDER BY a.id", chunk))
        return out

    # -- searching -----------------------------------------------------------------------------------

    def search(self, query: str, *, sort: str = "relevance", limit: int = 20, facets: bool = True,
               all_ids: bool = True) -> SearchResult:
        """Every article matching `query` (see search.query for the language): the exact total,
        the first `limit` hits (0: all) with snippets; with `facets`, counts over all matches by
        year, publication, column, source and month; with `all_ids`, every match in result order."""
        if sort not in ("relevance", "date"):
            raise QueryError(f"unknown sort {sort!r}: use relevance or date")
        tree = parse_query(query)
        terms = positive_texts(tree)
        self._synced()
        store = self._recall()
        db = store.db
        matched = exact_ids(tree)
        docs: dict[int, Doc | LightDoc] | None = None
        if matched is None:  # the text decides: verify the candidates, then work on the verified set
            docs = self._verify(tree, narrow_ids(tree) or IdSet(ALL_IDS))
            db.execute("CREATE TEMP TABLE IF NOT EXISTS matched (id INTEGER PRIMARY KEY)")
            db.execute("DELETE FROM temp.matched")
            db.executemany("INSERT INTO temp.matched VALUES (?)", ((i,) for i in docs))
            matched = IdSet("SELECT id FROM temp.matched")
        total = len(docs) if docs is not None else \
            db.execute(f"SELECT COUNT(*) FROM ({matched.sql})", matched.params).fetchone()[0]
        want = None if all_ids or limit == 0 else limit
        if sort == "date" or not terms:
            order, scores = self._by_date(matched, want), {}
        elif docs is not None:
            scores = bm25_scores(terms, docs, self._docs_in_index())
            order = sorted(docs, key=lambda i: (-scores[i], i))
        else:
            order, scores = self._ranked(matched, terms, total, want)
        shown = order if limit == 0 else order[:limit]
        rows = {r["id"]: r for r in self._rows(shown)}
        hits = []
        for article_id in shown:
            d = Doc(rows[article_id])
            hits.append(Hit(article_id, d.row["headline"], d.row["date"], scores.get(article_id, 0.0),
                            *snippet(d.text, highlight_spans(terms, d))))
        counts, months = self._facets(matched) if facets else ({}, [])
        return SearchResult(total=total, hits=hits, facets=counts, ids=order if all_ids else [], months=months)

    def _docs_in_index(self) -> int:
        """How many articles are indexed, for BM25's idf: counted once, again after this index
        changes (a change by another process shows at the next opening; idf hardly moves)."""
        if self._n_docs is None:
            self._n_docs = self._recall().count()
        return self._n_docs

    def _by_date(self, matched: IdSet, limit: int | None) -> list[int]:
        """Matches newest first (then by id, descending)."""
        sql = f"SELECT id FROM doc WHERE id IN ({matched.sql}) ORDER BY date DESC, id DESC"
        sql += f" LIMIT {int(limit)}" if limit is not None else ""
        return [r[0] for r in self._recall().db.execute(sql, matched.params)]

    def _newest(self, matched: IdSet, limit: int | None, skip: set[int] = frozenset()) -> list[int]:
        """Matches most recently imported first (by id, descending), without those in `skip`.
        FTS5 walks its posting lists backwards and stops at the limit: no list of every match."""
        sql = f"{matched.sql} ORDER BY rowid DESC" if matched.match is not None else \
            f"SELECT * FROM ({matched.sql}) ORDER BY 1 DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit) + len(skip)}"
        out = [r[0] for r in self._recall().db.execute(sql, matched.params) if r[0] not in skip]
        return out if limit is None else out[:limit]

    def _ranked(self, matched: IdSet, terms: list, total: int,
                limit: int | None) -> tuple[list[int], dict[int, float]]:
        """Matches by relevance: BM25 over exact substring counts with a title boost. Up to
        SCORE_ALL matches, every one is scored. Beyond that, the SCORE_ALL most recently
        imported of those with a term in the title (among the RECENT latest articles) are
        scored and lead, and the rest follow, most recently imported first: scoring a word
        found in most of a big archive costs seconds and orders by little more than length."""
        store = self._recall()
        rank = rank_expr(terms)
        if rank is None:  # no term the index can look up
            return self._newest(matched, limit), {}
        if total <= SCORE_ALL:
            ids = [r[0] for r in store.db.execute(matched.sql, matched.params)]
        else:
            # Title matches among the RECENT most recently imported articles: a bounded stretch
            # of each posting list, however rare the term is in titles.
            title = f"title : ({rank})"
            since = (store.db.execute("SELECT max(id) FROM doc").fetchone()[0] or 0) - RECENT
            if matched.match is not None:  # one FTS5 expression: no list of every match is built
                pool = IdSet("SELECT rowid FROM grams WHERE grams MATCH ? AND rowid > ?" + matched.where,
                             (f"({matched.match}) AND ({title})", since, *matched.where_params))
            else:
                pool = IdSet("SELECT rowid FROM grams WHERE grams MATCH ? AND rowid > ? "
                             f"AND +rowid IN ({matched.sql})", (title, since, *matched.params))
            # Ascending: FTS5 (3.40) ignores a lower rowid bound when it walks backwards.
            ids = [r[0] for r in store.db.execute(pool.sql, pool.params)][-SCORE_ALL:]
        docs = {i: LightDoc(i, date, title_, text) for i, (date, title_, text) in store.get(ids).items()}
        scores = bm25_scores(terms, docs, self._docs_in_index())
        order = sorted(docs, key=lambda i: (-scores[i], i))
        if total > len(order) and (limit is None or len(order) < limit):
            order += self._newest(matched, None if limit is None else limit - len(order), skip=set(order))
        return order, scores

    def _verify(self, tree, candidates: IdSet) -> dict[int, Doc | LightDoc]:
        """The candidates that really match, decided on folded text (or the stored article)."""
        store = self._recall()
        ids = [r[0] for r in store.db.execute(candidates.sql, candidates.params)]
        out: dict[int, Doc | LightDoc] = {}
        for start in range(0, len(ids), BATCH):
            chunk = ids[start:start + BATCH]
            if needs_row(tree):
                for row in self._rows(chunk):
                    doc = Doc(row)
                    if matches(tree, doc):
                        out[row["id"]] = doc
            else:
                for article_id, (date, title, text) in store.get(chunk).items():
                    doc = LightDoc(article_id, date, title, text)
                    if matches(tree, doc):
                        out[article_id] = doc
        return out

    def _with_ids(self, ids: list[int], sql: str) -> list[tuple]:
        """Run `sql` against a temporary table `hit(id)` holding ids (kept out of the archive file)."""
        db = self.archive.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS hit (id INTEGER PRIMARY KEY)")
        try:
            db.conn.executemany("INSERT OR IGNORE INTO temp.hit VALUES (?)", ((i,) for i in ids))
            return db.execute(sql).fetchall()
        finally:
            db.execute("DELETE FROM temp.hit")
            db.conn.commit()

    def _facets(self, matched: IdSet) -> tuple[dict[str, list[tuple[str, int]]], list[tuple[str, int]]]:
        """Counts over all matches by year, publication, column and source; and matches per month."""
        rows = self._recall().db.execute(f"""
            SELECT substr(date, 1, 7), publication, column_name, source, COUNT(*) FROM doc
            WHERE id IN ({matched.sql}) GROUP BY 1, 2, 3, 4""", matched.params).fetchall()
        counts: dict[str, dict[str, int]] = {f: {} for f in FACETS}
        months: dict[str, int] = {}
        for month, pub, column, source, n in rows:
            months[month] = months.get(month, 0) + n
            for name, value in (("year", month[:4]), ("publication", pub), ("column", column),
                                ("source", source)):
                if value:
                    counts[name][value] = counts[name].get(value, 0) + n
        facets = {name: sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) for name, c in counts.items()}
        return facets, sorted(months.items())

    def more_like(self, article_id: int, limit: int = 10) -> list[Hit]:
        """Articles that share the most telling words with this one (its keywords, weighted by
        tf·idf, against the word layer), best first, without the article itself."""
        rows = self._rows([article_id])
        if not rows:
            raise NotFound(f"no article with id {article_id}")
        words = weighted(keywords(fold(searchable_text(rows[0]))))
        if not words:
            return []
        ix, _ = self._synced()
        q = Or([Term("words", w, boost=weight) for w, weight in words])
        # Score: the dot product of the two articles' keyword weights.
        with ix.searcher(weighting=scoring.Frequency()) as s:
            found = [(int(h["id"]), h.score)
                     for h in s.search(q, limit=limit + 1, mask=Term("id", str(article_id)))]
        by_id = {r["id"]: r for r in self._rows(i for i, _ in found)}
        return [Hit(i, by_id[i]["headline"], by_id[i]["date"], score,
                    *snippet(searchable_text(by_id[i]), [])) for i, score in found[:limit] if i in by_id]


def _merge_policy(max_docs: int):
    """Whoosh merge policy: when MERGE_FACTOR segments of the same size tier (by the number of
    digits of their document count) exist, merge the smallest of them, at most max_docs documents
    in all. Whoosh's default could merge most of the index in one commit (45 s for one issue of
    100 articles at 100k); this bounds the work an import does. `baoku reindex --optimize`
    merges everything."""

    def policy(writer, segments):
        tiers: dict[int, list] = {}
        for seg in sorted(segments, key=lambda s: s.doc_count_all()):
            tiers.setdefault(len(str(seg.doc_count_all())), []).append(seg)
        for tier in sorted(tiers):
            group = tiers[tier]
            if len(group) < MERGE_FACTOR:
                continue
            take, total = [], 0
            for seg in group:
                if total + seg.doc_count_all() > max_docs:
                    break
                take.append(seg)
                total += seg.doc_count_all()
            if len(take) >= 2:
                for seg in take:
                    reader = SegmentReader(writer.storage, writer.schema, seg)
                    writer.add_reader(reader)
                    reader.close()
                return [seg for seg in segments if seg not in take]
        return segments

    return policy


def _doc_count(ix) -> int:
    """Documents in a Whoosh index, from its table of contents (opening a reader reads every
    segment)."""
    return sum(segment.doc_count() for segment in ix._segments())


def snippet(text: str, spans: list[tuple[int, int]], width: int = 60) -> tuple[str, list[tuple[int, int]]]:
    """A window of the stored text around the first match, with every match inside it."""
    if not spans:
        return text[:width].replace("\n", " "), []
    first = spans[0][0]
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    window = text[start:end].replace("\n", " ")
    marks = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
    return window, marks
