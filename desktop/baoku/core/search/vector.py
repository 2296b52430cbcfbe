"""Whoosh's ranking query evaluated over whole posting runs at once (numpy), to find a first
page's candidates without walking common words' postings one document at a time in Python.

Every leaf is scored by Whoosh's own scorer for that term (the searcher's weighting: BM25F with
the index's statistics), computed once per distinct weight and looked up for each posting;
compound queries combine as Whoosh's matchers do: And adds its parts' scores over the documents
all of them match, Or adds those that match, AndNot keeps the first part's scores, a boost
multiplies. So the candidates come out with the scores Whoosh would give them; Whoosh's own
matchers then score and order the few the page needs (`wordindex.WordIndex.top`).

A query with anything else (a prefix, a phrase) is not evaluated here: `evaluate` returns None
and the caller ranks with Whoosh's matchers alone.
"""

from __future__ import annotations

import numpy as np
from whoosh import query as wq

from . import postings

_EMPTY_IDS = np.zeros(0, dtype=np.int64)
_EMPTY_SCORES = np.zeros(0, dtype=np.float64)


class Unsupported(Exception):
    """A query part this module does not evaluate."""


class _Weight:
    """What a Whoosh scorer reads of a matcher, for one weight."""

    __slots__ = ("w",)

    def __init__(self, w: float):
        self.w = w

    def weight(self):
        return self.w

    def block_min_length(self):
        return 1


def _scores(scorer, run: postings.Run, tables: dict, key) -> np.ndarray:
    """Whoosh's score of each posting, computed once per distinct weight (and term: `tables`
    keeps each term's scores by stored weight across the segments of one evaluation)."""
    if scorer is None:
        return run.weights.copy()
    if run.units is None or len(run) <= 16:
        return np.array([scorer.score(_Weight(w)) for w in run.weights.tolist()], dtype=np.float64)
    table = tables.get(key)
    top = int(run.units.max())
    if table is None or len(table) <= top:
        grown = np.full(top + 1, np.nan)
        if table is not None:
            grown[:len(table)] = table
        table = tables[key] = grown
    distinct = np.flatnonzero(np.bincount(run.units))
    missing = distinct[np.isnan(table[distinct])]
    if len(missing):
        table[missing] = [scorer.score(_Weight(u / postings.WEIGHT_UNIT)) for u in missing.tolist()]
    return table[run.units]


class Ranked:
    """Every document a query matches (global document numbers) with its score."""

    def __init__(self, docnums: np.ndarray, scores: np.ndarray):
        self.docnums = docnums
        self.scores = scores

    def __len__(self) -> int:
        return len(self.docnums)

    def best(self, k: int, skip: set[int] = frozenset()) -> list[tuple[int, float]]:
        """The first k (document number, score) pairs in Whoosh's order: higher score first,
        then lower document number; without the documents in `skip`."""
        n = len(self.docnums)
        want = min(n, k + len(skip))
        if want <= 0:
            return []
        if want < n:
            cut = np.partition(self.scores, n - want)[n - want]
            chosen = np.flatnonzero(self.scores >= cut)
        else:
            chosen = np.arange(n)
        order = chosen[np.lexsort((self.docnums[chosen], -self.scores[chosen]))]
        out = []
        for i in order:
            d = int(self.docnums[i])
            if d not in skip:
                out.append((d, float(self.scores[i])))
                if len(out) >= k:
                    break
        return out


class _Leaf:
    """One segment's view for the evaluation."""

    def __init__(self, searcher, reader, local_of, tables: dict):
        self.searcher = searcher  # the segment's (sub)searcher, for its scorers
        self.reader = reader
        self.local_of = local_of  # article ids -> sorted local document numbers
        self.tables = tables  # per term: scores by stored weight


def evaluate(searcher, q: wq.Query, local_of) -> Ranked | None:
    """All documents matching `q` with Whoosh's scores, or None when `q` has a part this module
    does not evaluate. `local_of(segment_reader, article_ids)` gives a segment's sorted document
    numbers of those articles (for `articles.Articles`)."""
    docs, scores = [], []
    tables: dict = {}
    try:
        for sub, offset in searcher.leaf_searchers():
            reader = sub.reader()
            ids, sc = _node(q, _Leaf(sub, reader, local_of, tables))
            deleted = reader.deleted_docs_set if reader.has_deletions() else None
            if deleted and len(ids):
                alive = ~np.isin(ids, np.fromiter(deleted, dtype=np.int64, count=len(deleted)))
                ids, sc = ids[alive], sc[alive]
            docs.append(ids + offset)
            scores.append(sc)
    except Unsupported:
        return None
    if not docs:
        return Ranked(_EMPTY_IDS, _EMPTY_SCORES)
    return Ranked(np.concatenate(docs), np.concatenate(scores))


def _node(q, leaf: _Leaf) -> tuple[np.ndarray, np.ndarray]:
    """(sorted document numbers, scores) of the segment's documents matching q."""
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        return _EMPTY_IDS, _EMPTY_SCORES
    if isinstance(q, (wq.And, wq.Or)) and not q.subqueries:
        return _EMPTY_IDS, _EMPTY_SCORES
    if isinstance(q, (wq.And, wq.Or)) and len(q.subqueries) == 1:
        return _node(q.subqueries[0], leaf)  # as Whoosh: the one part's matcher, without this boost
    boost = getattr(q, "boost", 1.0)
    if isinstance(q, wq.Term):
        ids, sc = _term(q, leaf)
    elif type(q).__name__ == "Articles":
        ids = np.asarray(leaf.local_of(leaf.reader, q.ids), dtype=np.int64)
        return ids, np.zeros(len(ids))
    elif isinstance(q, wq.And):
        ids, sc = _and([_node(s, leaf) for s in q.subqueries])
    elif isinstance(q, wq.Or):
        ids, sc = _or([_node(s, leaf) for s in q.subqueries])
    elif isinstance(q, wq.AndNot):
        ids, sc = _node(q.a, leaf)
        if len(ids):
            out, _ = _node(q.b, leaf)
            if len(out):
                keep = ~_contains(out, ids)
                ids, sc = ids[keep], sc[keep]
        return ids, sc  # (Whoosh's AndNot gives its boost to the first part)
    else:
        raise Unsupported(type(q).__name__)
    if boost != 1.0:
        sc = sc * boost
    return ids, sc


def _term(q: wq.Term, leaf: _Leaf) -> tuple[np.ndarray, np.ndarray]:
    schema = leaf.searcher.schema
    if q.fieldname not in schema:
        return _EMPTY_IDS, _EMPTY_SCORES
    try:
        tbytes = schema[q.fieldname].to_bytes(q.text)
    except ValueError:
        return _EMPTY_IDS, _EMPTY_SCORES
    run = postings.read(leaf.reader, q.fieldname, tbytes)
    if run is None:
        return _EMPTY_IDS, _EMPTY_SCORES
    weighting = leaf.searcher.weighting
    scorer = weighting.scorer(leaf.searcher, q.fieldname, tbytes) if weighting is not None else None
    return run.ids, _scores(scorer, run, leaf.tables, (q.fieldname, tbytes))


def _contains(haystack: np.ndarray, needles: np.ndarray) -> np.ndarray:
    """For each needle, whether the sorted haystack holds it."""
    pos = np.searchsorted(haystack, needles)
    pos[pos == len(haystack)] = 0
    return haystack[pos] == needles


def _and(parts: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    parts.sort(key=lambda p: len(p[0]))
    ids, sc = parts[0]
    sc = sc.copy()
    for other, osc in parts[1:]:
        if not len(ids):
            break
        pos = np.searchsorted(other, ids)
        pos[pos == len(other)] = 0
        found = other[pos] == ids
        ids, sc, pos = ids[found], sc[found], pos[found]
        sc += osc[pos]
    return ids, sc


def _or(parts: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    parts = [p for p in parts if len(p[0])]
    if not parts:
        return _EMPTY_IDS, _EMPTY_SCORES
    if len(parts) == 1:
        return parts[0]
    ids = np.concatenate([p[0] for p in parts])
    sc = np.concatenate([p[1] for p in parts])
    order = np.argsort(ids, kind="stable")
    ids, sc = ids[order], sc[order]
    starts = np.flatnonzero(np.diff(ids, prepend=-1))
    return ids[starts], np.add.reduceat(sc, starts)
