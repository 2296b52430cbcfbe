"""The full-text index: Whoosh, derived from SQLite, rebuildable, and checked against it.

`search_state` in the archive records which article was indexed at which content hash; it is
written only after the index commit. Before every search, `sync` indexes what is missing or
stale and drops what is gone, so nothing is ever searched stale, even after a crash between the
SQLite commit and the index commit.

A search runs in three steps:
1. the index gives candidates: an exact answer when every term is a single recall token (one or
   two Han characters, one whole Latin word or number), else a superset (all of a term's bigrams);
2. candidates that are only a superset are verified on folded text kept beside the index
   (`textstore`), or on the stored article when the query names other fields;
3. relevance is BM25 over exact substring counts with a title boost (Whoosh's BM25F for exact
   answers); facets and date order come from the archive.
"""

from __future__ import annotations

import math
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import fields, index
from whoosh.query import AndMaybe, Every, Or, Term

from ..errors import ArchiveUnavailable, NotFound
from ..store import Archive
from .evaluate import (
    Doc, LightDoc, bm25_scores, exact, highlight_spans, matches, narrow, needs_row, rank_query,
    searchable_text, title_text,
)
from .normalize import fold
from .query import QueryError, parse_query, positive_texts
from .textstore import TextStore
from .tokens import recall_analyzer, word_analyzer, word_tokens

INDEX_FORMAT = "2"  # bump when the schema or the text store changes: old indexes are rebuilt
BATCH = 900  # candidates verified per round trip
INDEX_BATCH = 5000  # articles per index commit (and progress step)
# Posting pool sizes (see SearchIndex): 256 MB indexed 3,000 articles at 50/s and 454 MB peak RSS;
# 4 MB at 36/s and 123 MB, with no pause of the desktop window's event loop over ~50 ms.
POOL_MB_BATCH = 256
SYNC_LOCK_WAIT = 120.0  # seconds to wait for another process's index update
POOL_MB_INTERACTIVE = 4
FACETS = ("year", "publication", "column", "source")

__all__ = ["SearchIndex", "SearchResult", "Hit", "QueryError", "searchable_text"]


def schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),
        grams=fields.TEXT(analyzer=recall_analyzer(), phrase=False),
        title=fields.TEXT(analyzer=recall_analyzer(), phrase=False, field_boost=3.0),
        words=fields.TEXT(analyzer=word_analyzer(), phrase=False),
        date=fields.ID(stored=True, sortable=True),
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

    def _text_store(self) -> TextStore:
        return TextStore(self.path / "text.sqlite")

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
                with index.open_dir(str(self.path)).searcher() as s:
                    counts["index_documents"] = s.doc_count()
            except Exception:  # noqa: BLE001 - any damage means: rebuild
                counts["index_documents"] = -1
        else:
            counts["index_documents"] = 0 if not recorded else -1
        counts["index_disagrees"] = int(counts["index_documents"] != recorded)
        return counts

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

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None
        self._ix = None

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _first_check(self, ix, store: TextStore) -> tuple[index.Index, TextStore]:
        """Once per opening: cheap counts first; the full comparison only when they disagree."""
        db = self.archive.db
        articles = db.execute("SELECT COUNT(*) FROM article").fetchone()[0]
        indexed = db.execute("SELECT COUNT(*) FROM search_state").fetchone()[0]
        if ix.doc_count() < indexed or store.count() < indexed:
            # The index or its text store lost documents the archive says they have: rebuild both.
            store.close()
            ix = self._open(rebuild=True)
            self.mark_all_differences()
            return ix, self._text_store()
        if not (articles == indexed == ix.doc_count() == store.count()):
            self.mark_all_differences()
        if ix.doc_count() > indexed:
            # Documents with no record (a crash after an index commit): those of articles still
            # stored are re-indexed (update_document replaces them); the rest are dropped.
            with ix.reader() as reader:
                in_index = {int(t.decode() if isinstance(t, bytes) else t) for t in reader.lexicon("id")}
            recorded = {r[0] for r in db.execute("SELECT article_id FROM search_state")}
            self._unrecorded = in_index - recorded
            with self.archive.transaction() as tx:
                tx.conn.executemany("INSERT OR IGNORE INTO search_dirty VALUES (?)",
                                    ((i,) for i in self._unrecorded))
        return ix, store

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
        store = self._text_store()
        try:
            if self._ix is None:
                ix, store = self._first_check(ix, store)
                self._ix = ix
            if not any(self.pending()):
                return ix, 0
            with self._sync_lock(ix):  # another process may be indexing the same changes
                return ix, self._index_pending(ix, store, progress)
        finally:
            store.close()

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

    def _index_pending(self, ix, store: TextStore, progress) -> int:
        """Index what the triggers marked; the caller holds the sync lock."""
        stale, gone = self.pending()  # again, under the lock: another process may have done it
        done = 0
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

    def _index_batch(self, ix, store: TextStore, rows: list[dict], drop: list[int], replace: set[int]) -> None:
        """Write one batch to the text store and the index. Both are derived: the archive's
        record of it is written by the caller only after both have committed. Articles in
        `replace` may be in the index already and are replaced; the others are added, which
        spares a lookup per document."""
        docs = []
        for row in rows:
            title = fold(title_text(row))
            docs.append((row["id"], row["date"], title, fold(searchable_text(row))))
        store.put(docs, drop)
        # One process: Whoosh's two-process multisegment writer doubles the rate on a few thousand
        # articles, but leaves segments whose pure-Python merge took over 30 minutes at 100k.
        writer = ix.writer(limitmb=self.pool_mb)
        try:
            for article_id in drop:
                writer.delete_by_term("id", str(article_id))
            for article_id, date, title, text in docs:
                add = writer.update_document if article_id in replace else writer.add_document
                add(id=str(article_id), grams=text, title=title, words=text, date=date)
            writer.commit()
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

    def search(self, query: str, *, sort: str = "relevance", limit: int = 20) -> SearchResult:
        """Every article matching `query` (see search.query for the language), exact total,
        the first `limit` hits (0: all) with snippets, and facet counts over all matches."""
        if sort not in ("relevance", "date"):
            raise QueryError(f"unknown sort {sort!r}: use relevance or date")
        tree = parse_query(query)
        terms = positive_texts(tree)
        exact_q = exact(tree)
        ix, _ = self._synced()
        s = self._searcher_for(ix)
        ids_of = s.reader().column_reader("id")
        q = exact_q if exact_q is not None else (narrow(tree) or Every())
        candidates = [int(ids_of[d]) for d in s.docs_for_query(q)]
        ranked: dict[int, float] = {}
        if exact_q is not None and sort == "relevance" and candidates:
            rank = rank_query(terms)
            top = s.search(AndMaybe(exact_q, rank) if rank is not None else exact_q,
                           limit=None if limit == 0 else limit)
            ranked = {int(ids_of[h.docnum]): h.score or 0.0 for h in top}
        total_docs = s.doc_count()
        if exact_q is not None:  # the index answered exactly: no text needs reading
            matched = candidates
            scores = ranked
        else:
            docs = self._verify(tree, candidates)
            matched = list(docs)
            scores = bm25_scores(terms, docs, total_docs) if sort == "relevance" else {}
        if sort == "date":
            dates = self._dates(matched)
            order = sorted(matched, key=lambda i: (dates[i], i), reverse=True)
        else:
            order = sorted(matched, key=lambda i: (-scores.get(i, 0.0), i))
        shown = order if limit == 0 else order[:limit]
        rows = {r["id"]: r for r in self._rows(shown)}
        hits = []
        for article_id in shown:
            d = Doc(rows[article_id])
            hits.append(Hit(article_id, d.row["headline"], d.row["date"], scores.get(article_id, 0.0),
                            *snippet(d.text, highlight_spans(terms, d))))
        facets, months = self._facets(matched)
        return SearchResult(total=len(matched), hits=hits, facets=facets, ids=order, months=months)

    def _verify(self, tree, candidates: list[int]) -> dict[int, Doc | LightDoc]:
        """The candidates that really match, decided on folded text (or the stored article)."""
        out: dict[int, Doc | LightDoc] = {}
        if needs_row(tree):
            for start in range(0, len(candidates), BATCH):
                for row in self._rows(candidates[start:start + BATCH]):
                    doc = Doc(row)
                    if matches(tree, doc):
                        out[row["id"]] = doc
            return out
        store = self._text_store()
        try:
            for start in range(0, len(candidates), BATCH):
                chunk = candidates[start:start + BATCH]
                for article_id, (date, title, text) in store.get(chunk).items():
                    doc = LightDoc(article_id, date, title, text)
                    if matches(tree, doc):
                        out[article_id] = doc
        finally:
            store.close()
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

    def _dates(self, ids: list[int]) -> dict[int, str]:
        return dict(self._with_ids(ids, "SELECT a.id, i.date FROM temp.hit h JOIN article a ON a.id = h.id "
                                        "JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id"))

    def _facets(self, ids: list[int]) -> tuple[dict[str, list[tuple[str, int]]], list[tuple[str, int]]]:
        """Counts over all matches by year, publication, column and source; and matches per month."""
        rows = self._with_ids(ids, """
            SELECT substr(i.date, 1, 7), p.name, a.column_name, a.source, COUNT(*)
            FROM temp.hit h JOIN article a ON a.id = h.id JOIN page g ON g.id = a.page_id
            JOIN issue i ON i.id = g.issue_id JOIN publication p ON p.id = i.publication_id
            GROUP BY 1, 2, 3, 4""")
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

    def more_like(self, article_id: int, limit: int = 10, terms: int = 20) -> list[Hit]:
        """Articles that share the most distinctive words with this one (tf·idf over the word
        layer), best first, without the article itself."""
        rows = self._rows([article_id])
        if not rows:
            raise NotFound(f"no article with id {article_id}")
        words = Counter(w for w in word_tokens(fold(searchable_text(rows[0]))) if len(w) > 1)
        ix, _ = self._synced()
        s = self._searcher_for(ix)
        n = max(s.doc_count(), 1)
        weights = {w: tf * math.log(1 + n / max(s.doc_frequency("words", w), 1)) for w, tf in words.items()}
        top = sorted(weights, key=lambda w: (-weights[w], w))[:terms]
        if not top:
            return []
        q = Or([Term("words", w, boost=weights[w]) for w in top])
        found = [(int(h["id"]), h.score) for h in s.search(q, limit=limit + 1, mask=Term("id", str(article_id)))]
        by_id = {r["id"]: r for r in self._rows(i for i, _ in found)}
        return [Hit(i, by_id[i]["headline"], by_id[i]["date"], score,
                    *snippet(searchable_text(by_id[i]), [])) for i, score in found[:limit] if i in by_id]


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
