"""The full-text index: Whoosh, derived from SQLite, rebuildable, and checked against it.

`search_state` in the archive records which article was indexed at which content hash; it is
written only after the Whoosh commit. Before every search, `sync` indexes what is missing or
stale and drops what is gone, so nothing is ever searched stale, even after a crash between the
SQLite commit and the index commit.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from whoosh import fields, index
from whoosh.query import And, AndMaybe, Every, Or, Term

from ..errors import BaokuError
from ..model import Article
from ..store import Archive
from .match import find_all
from .normalize import fold, query_variants
from .tokens import query_tokens, recall_analyzer, word_analyzer

BATCH = 500


class QueryError(BaokuError):
    """A query that cannot be run; the message points at the problem."""


def schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        grams=fields.TEXT(analyzer=recall_analyzer(), phrase=False),
        title=fields.TEXT(analyzer=recall_analyzer(), phrase=False, field_boost=3.0),
        words=fields.TEXT(analyzer=word_analyzer(), phrase=False),
        date=fields.ID(stored=True, sortable=True),
    )


ARTICLE_SQL = """
SELECT a.id, a.kicker, a.headline, a.subhead, a.column_name, a.byline, a.source, a.blocks,
       a.content_hash, i.date
FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id
"""


def searchable_text(row: dict) -> str:
    """Everything an editor can search for in one article, one field or block a line."""
    blocks = [b.text for b in Article.blocks_from_json(row["blocks"])]
    meta = [row["kicker"], row["headline"], row["subhead"], row["column_name"], row["byline"],
            row["source"]]
    seen = set(blocks)
    return "\n".join(blocks + [m for m in dict.fromkeys(meta) if m and m not in seen])


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
    total: int
    hits: list[Hit]


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
        indexed = self.archive.db.execute("SELECT COUNT(*) FROM search_state").fetchone()[0]
        if ix.doc_count() != indexed:  # the index lost documents: start again
            ix.close()
            ix = self._open(rebuild=True)
        stale, gone = self.pending()
        if not stale and not gone:
            return ix, 0
        done = 0
        for start in range(0, max(len(stale), 1), BATCH):
            chunk = stale[start:start + BATCH]
            rows = self._rows(chunk)
            writer = ix.writer()
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
            with self.archive.transaction() as db:
                if start == 0 and gone:
                    db.execute(f"DELETE FROM search_state WHERE article_id IN ({','.join('?' * len(gone))})",
                               gone)
                db["search_state"].upsert_all(
                    ({"article_id": r["id"], "content_hash": r["content_hash"]} for r in rows),
                    pk="article_id")
            done += len(rows)
            if progress:
                progress(done, len(stale))
        return ix, done

    def _rows(self, ids: Iterable[int]) -> list[dict]:
        ids = list(ids)
        if not ids:
            return []
        return list(self.archive.db.query(
            f"{ARTICLE_SQL} WHERE a.id IN ({','.join('?' * len(ids))}) ORDER BY a.id", ids))

    # -- searching -----------------------------------------------------------------------------------

    def search(self, query: str, *, sort: str = "relevance", limit: int = 20) -> SearchResult:
        terms = parse_terms(query)
        variants = [query_variants(t) for t in terms]  # per term, its folded forms
        tokens = [[query_tokens(f) for f in forms] for forms in variants]
        required = []
        for form_tokens in tokens:
            if all(form_tokens):  # else some form has no token: this term cannot narrow the search
                alternatives = [And([Term("grams", t) for t in sorted(toks)]) for toks in form_tokens]
                required.append(Or(alternatives) if len(alternatives) > 1 else alternatives[0])
        rank = [Term("title", t) for form_tokens in tokens for t in sorted(form_tokens[0])] + \
               [Term("words", forms[0]) for forms in variants]
        q = AndMaybe(And(required), Or(rank)) if required else Every()
        ix, _ = self._synced()
        try:
            with ix.searcher() as s:
                results = s.search(q, limit=None, scored=sort == "relevance")
                candidates = [(int(h["id"]), h.score or 0.0, h["date"]) for h in results]
        finally:
            ix.close()
        # (id, score, date, headline, stored text, match spans)
        matched: list[tuple[int, float, str, str, str, list[tuple[int, int]]]] = []
        for start in range(0, len(candidates), BATCH):
            chunk = candidates[start:start + BATCH]
            rows = {r["id"]: r for r in self._rows(c[0] for c in chunk)}
            for article_id, score, date in chunk:
                row = rows.get(article_id)
                if row is None:
                    continue
                stored = searchable_text(row)
                text = fold(stored)
                spans = [[s for f in forms for s in find_all(text, f)] for forms in variants]
                if all(spans):
                    matched.append((article_id, score, date, row["headline"], stored,
                                    sorted(s for sp in spans for s in sp)))
        if sort == "date":
            matched.sort(key=lambda m: (m[2], m[0]), reverse=True)
        else:
            matched.sort(key=lambda m: (-m[1], m[0]))
        shown = matched if limit == 0 else matched[:limit]
        hits = [Hit(m[0], m[3], m[2], m[1], *snippet(m[4], m[5])) for m in shown]
        return SearchResult(total=len(matched), hits=hits)


def parse_terms(query: str) -> list[str]:
    """Bare terms, and "quoted phrases" kept whole. (The full query language comes next.)"""
    terms: list[str] = []
    i, q = 0, query.strip()
    while i < len(q):
        c = q[i]
        if c.isspace():
            i += 1
        elif c in "\"“”":
            end = min((j for j in (q.find('"', i + 1), q.find("”", i + 1)) if j > 0), default=-1)
            if end < 0:
                raise QueryError(f"unclosed quote at character {i + 1}: {q[i:i + 12]}…")
            if q[i + 1:end].strip():
                terms.append(q[i + 1:end])
            i = end + 1
        else:
            j = i
            while j < len(q) and not q[j].isspace() and q[j] not in "\"“”":
                j += 1
            terms.append(q[i:j])
            i = j
    if not terms:
        raise QueryError("the query is empty")
    return terms


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
