"""The full-text index: Whoosh, derived from SQLite, rebuildable, and checked against it.

`search_state` in the archive records which article was indexed at which content hash; it is
written only after the Whoosh commit. Before every search, `sync` indexes what is missing or
stale and drops what is gone, so nothing is ever searched stale, even after a crash between the
SQLite commit and the index commit.
"""

from __future__ import annotations

import math
import shutil
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from whoosh import fields, index
from whoosh.query import AndMaybe, Every, Or, Term

from ..errors import NotFound
from ..store import Archive
from .evaluate import Doc, exact, highlight_spans, matches, narrow, rank_query, searchable_text
from .normalize import fold
from .query import QueryError, parse_query, positive_texts
from .tokens import recall_analyzer, word_analyzer, word_tokens

BATCH = 500  # candidates verified per SQLite round trip
INDEX_BATCH = 5000  # articles per index commit (and progress step)
MP_MIN_BATCH = 1000  # from this many articles on, index with two processes
MAX_SEGMENTS = 12
FACETS = ("year", "publication", "column", "source")

__all__ = ["SearchIndex", "SearchResult", "Hit", "QueryError", "searchable_text"]


def schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
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


class SearchIndex:
    def __init__(self, archive: Archive):
        self.archive = archive
        self.path = Path(str(archive.path) + ".index")

    # -- keeping the index in step with the store ---------------------------------------------------

    def _open(self, rebuild: bool = False):
        if rebuild and self.path.exists():
            shutil.rmtree(self.path)
        if self.path.exists() and index.exists_in(str(self.path)):
            try:
                return index.open_dir(str(self.path))
            except Exception:  # a damaged index is rebuilt from the store, never trusted
                shutil.rmtree(self.path)
        self.path.mkdir(parents=True, exist_ok=True)
        with self.archive.transaction() as db:
            db.execute("DELETE FROM search_state")
        return index.create_in(str(self.path), schema())

    def pending(self) -> tuple[list[int], list[int]]:
        """(articles to index, ids to drop)."""
        db = self.archive.db
        stale = [r[0] for r in db.execute(
            "SELECT a.id FROM article a LEFT JOIN search_state s ON s.article_id = a.id "
            "WHERE s.content_hash IS NULL OR s.content_hash != a.content_hash ORDER BY a.id")]
        gone = [r[0] for r in db.execute(
            "SELECT article_id FROM search_state WHERE article_id NOT IN (SELECT id FROM article)")]
        return stale, gone

    def sync(self, progress: Callable[[int, int], None] | None = None, rebuild: bool = False) -> int:
        """Bring the index in step with the store; return how many articles were (re)indexed."""
        ix, done = self._synced(progress, rebuild)
        ix.close()
        return done

    def _synced(self, progress: Callable[[int, int], None] | None = None,
                rebuild: bool = False) -> tuple[index.Index, int]:
        """The open index, in step with the store, and how many articles that took."""
        ix = self._open(rebuild)
        db = self.archive.db
        indexed = db.execute("SELECT COUNT(*) FROM search_state").fetchone()[0]
        if ix.doc_count() < indexed:  # the index lost documents the store says it has: start again
            ix.close()
            ix = self._open(rebuild=True)
        stale, gone = self.pending()
        if ix.doc_count() > indexed - len(gone):
            # The index holds documents with no record (a crash after an index commit): those of
            # articles still stored are re-indexed as stale (update_document replaces them); the
            # rest are dropped.
            with ix.reader() as reader:
                in_index = {int(t.decode() if isinstance(t, bytes) else t) for t in reader.lexicon("id")}
            recorded = {r[0] for r in db.execute("SELECT article_id FROM search_state")}
            stored = {r[0] for r in db.execute("SELECT id FROM article")}
            gone = sorted(set(gone) | {i for i in in_index - recorded if i not in stored})
        if not stale and not gone:
            return ix, 0
        done = 0
        for start in range(0, max(len(stale), 1), INDEX_BATCH):
            chunk = stale[start:start + INDEX_BATCH]
            rows = self._rows(chunk)
            # Two processes double the indexing rate on big batches; starting them costs more
            # than it saves on a small import.
            big = len(rows) >= MP_MIN_BATCH
            writer = ix.writer(procs=2, limitmb=128, multisegment=True) if big else ix.writer(limitmb=128)
            try:
                if start == 0:
                    for article_id in gone:
                        writer.delete_by_term("id", str(article_id))
                for row in rows:
                    text = fold(searchable_text(row))
                    title = fold(" ".join(filter(None, (row["kicker"], row["headline"], row["subhead"]))))
                    writer.update_document(id=str(row["id"]), grams=text, title=title, words=text,
                                           date=row["date"])
                writer.commit()
            except BaseException:
                writer.cancel()
                raise
            with self.archive.transaction() as tx:
                if start == 0 and gone:
                    tx.execute(f"DELETE FROM search_state WHERE article_id IN ({','.join('?' * len(gone))})",
                               gone)
                tx["search_state"].upsert_all(
                    ({"article_id": r["id"], "content_hash": r["content_hash"]} for r in rows),
                    pk="article_id")
            done += len(rows)
            if progress:
                progress(done, len(stale))
        with ix.reader() as reader:
            segments = sum(1 for _ in reader.leaf_readers())
        if segments > MAX_SEGMENTS:  # multisegment commits leave small segments: merge them
            ix.writer(limitmb=128).commit(merge=True)
        return ix, done

    def _rows(self, ids: Iterable[int]) -> list[dict]:
        ids = list(ids)
        if not ids:
            return []
        return list(self.archive.db.query(
            f"{ARTICLE_SQL} WHERE a.id IN ({','.join('?' * len(ids))}) ORDER BY a.id", ids))

    # -- searching -----------------------------------------------------------------------------------

    def search(self, query: str, *, sort: str = "relevance", limit: int = 20) -> SearchResult:
        """Every article matching `query` (see search.query for the language), exact total,
        the first `limit` hits (0: all) with snippets, and facet counts over all matches."""
        if sort not in ("relevance", "date"):
            raise QueryError(f"unknown sort {sort!r}: use relevance or date")
        tree = parse_query(query)
        terms = positive_texts(tree)
        exact_q = exact(tree)
        required = exact_q if exact_q is not None else narrow(tree)
        rank = rank_query(terms)
        q = Every() if required is None else AndMaybe(required, rank) \
            if rank is not None and sort == "relevance" else required
        ix, _ = self._synced()
        try:
            with ix.searcher() as s:
                if sort == "date":
                    results = s.search(q, limit=None, sortedby="date", reverse=True)
                else:
                    results = s.search(q, limit=None)
                candidates = [(int(h["id"]), h.score or 0.0) for h in results]
        finally:
            ix.close()
        if exact_q is not None:  # the index answered exactly: no need to read the text
            stored = {r[0] for r in self._with_ids([i for i, _ in candidates],
                                                   "SELECT h.id FROM temp.hit h JOIN article a ON a.id = h.id")}
            matched = [c for c in candidates if c[0] in stored]
            docs: dict[int, Doc] = {}
        else:
            matched, docs = self._verify(tree, candidates)
        if sort == "date":  # Whoosh sorted by date; break ties by id, newest first
            dates = self._dates([i for i, _ in matched])
            matched.sort(key=lambda m: (dates[m[0]], m[0]), reverse=True)
        else:
            matched.sort(key=lambda m: (-m[1], m[0]))
        shown = matched if limit == 0 else matched[:limit]
        missing = [i for i, _ in shown if i not in docs]
        docs.update({r["id"]: Doc(r) for r in self._rows(missing)})
        hits = []
        for article_id, score in shown:
            d = docs[article_id]
            hits.append(Hit(article_id, d.row["headline"], d.row["date"], score,
                            *snippet(d.text, highlight_spans(terms, d))))
        return SearchResult(total=len(matched), hits=hits, facets=self._facets([i for i, _ in matched]))

    def _verify(self, tree, candidates: list[tuple[int, float]]
                ) -> tuple[list[tuple[int, float]], dict[int, Doc]]:
        matched: list[tuple[int, float]] = []
        docs: dict[int, Doc] = {}
        for start in range(0, len(candidates), BATCH):
            chunk = candidates[start:start + BATCH]
            rows = {r["id"]: r for r in self._rows(c[0] for c in chunk)}
            for article_id, score in chunk:
                row = rows.get(article_id)
                if row is None:
                    continue
                doc = Doc(row)
                if matches(tree, doc):
                    matched.append((article_id, score))
                    docs[article_id] = doc
        return matched, docs

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

    def _facets(self, ids: list[int]) -> dict[str, list[tuple[str, int]]]:
        rows = self._with_ids(ids, """
            SELECT substr(i.date, 1, 4), p.name, a.column_name, a.source, COUNT(*)
            FROM temp.hit h JOIN article a ON a.id = h.id JOIN page g ON g.id = a.page_id
            JOIN issue i ON i.id = g.issue_id JOIN publication p ON p.id = i.publication_id
            GROUP BY 1, 2, 3, 4""")
        counts: dict[str, dict[str, int]] = {f: {} for f in FACETS}
        for year, pub, column, source, n in rows:
            for name, value in (("year", year), ("publication", pub), ("column", column), ("source", source)):
                if value:
                    counts[name][value] = counts[name].get(value, 0) + n
        return {name: sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) for name, c in counts.items()}

    def more_like(self, article_id: int, limit: int = 10, terms: int = 20) -> list[Hit]:
        """Articles that share the most distinctive words with this one (tf·idf over the word
        layer), best first, without the article itself."""
        rows = self._rows([article_id])
        if not rows:
            raise NotFound(f"no article with id {article_id}")
        words = Counter(w for w in word_tokens(fold(searchable_text(rows[0]))) if len(w) > 1)
        ix, _ = self._synced()
        try:
            with ix.searcher() as s:
                n = max(s.doc_count(), 1)
                weights = {w: tf * math.log(1 + n / max(s.doc_frequency("words", w), 1))
                           for w, tf in words.items()}
                top = sorted(weights, key=lambda w: (-weights[w], w))[:terms]
                if not top:
                    return []
                q = Or([Term("words", w, boost=weights[w]) for w in top])
                results = s.search(q, limit=limit + 1, mask=Term("id", str(article_id)))
                found = [(int(h["id"]), h.score) for h in results]
        finally:
            ix.close()
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
