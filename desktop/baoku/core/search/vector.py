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


def _scores(scorer, run: postings.Run, tables: dict, key, at: np.ndarray | None = None) -> np.ndarray:
    """Whoosh's score of each posting (or of those at these positions), computed once per
    distinct weight (and term: `tables` keeps each term's scores by stored weight across the
    segments of one evaluation)."""
    if scorer is None:
        return run.weights.copy() if at is None else run.weights[at]
    if run.units is None or len(run) <= 16:
        weights = run.weights if at is None else run.weights[at]
        return np.array([scorer.score(_Weight(w)) for w in weights.tolist()], dtype=np.float64)
    units = run.units if at is None else run.units[at]
    if not len(units):
        return _EMPTY_SCORES.copy()
    table = tables.get(key)
    top = int(units.max())
    if table is None or len(table) <= top:
        grown = np.full(top + 1, np.nan)
        if table is not None:
            grown[:len(table)] = table
        table = tables[key] = grown
    distinct = np.flatnonzero(np.bincount(units))
    missing = distinct[np.isnan(table[distinct])]
    if len(missing):
        table[missing] = [scorer.score(_Weight(u / postings.WEIGHT_UNIT)) for u in missing.tolist()]
    return table[units]


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
            part = _node(q, _Leaf(sub, reader, local_of, tables))
            ids, at = part.ids, None
            deleted = reader.deleted_docs_set if reader.has_deletions() else None
            if deleted and len(ids):
                at = np.flatnonzero(~np.isin(ids, np.fromiter(deleted, dtype=np.int64, count=len(deleted))))
                ids = ids[at]
            docs.append(ids + offset)
            scores.append(part.scores(at))
    except Unsupported:
        return None
    if not docs:
        return Ranked(_EMPTY_IDS, _EMPTY_SCORES)
    return Ranked(np.concatenate(docs), np.concatenate(scores))


class _Part:
    """A node's matching documents (sorted local numbers) and, computed only when asked, their
    scores: an And of common words scores only the documents all of them hold, not every
    posting of each word."""

    __slots__ = ("ids", "_scores")

    def __init__(self, ids: np.ndarray, scores):
        self.ids = ids
        self._scores = scores  # positions (an index array, or None: all) -> scores

    def scores(self, at: np.ndarray | None = None) -> np.ndarray:
        return self._scores(at)


def _fixed(ids: np.ndarray, sc: np.ndarray) -> _Part:
    return _Part(ids, lambda at: sc.copy() if at is None else sc[at])


_NONE = _fixed(_EMPTY_IDS, _EMPTY_SCORES)


def _node(q, leaf: _Leaf) -> _Part:
    """The segment's documents matching q, with their scores."""
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        return _NONE
    if isinstance(q, (wq.And, wq.Or)) and not q.subqueries:
        return _NONE
    if isinstance(q, (wq.And, wq.Or)) and len(q.subqueries) == 1:
        return _node(q.subqueries[0], leaf)  # as Whoosh: the one part's matcher, without this boost
    boost = getattr(q, "boost", 1.0)
    if isinstance(q, wq.Term):
        part = _term(q, leaf)
    elif type(q).__name__ == "Articles":
        ids = np.asarray(leaf.local_of(leaf.reader, q.ids), dtype=np.int64)
        return _fixed(ids, np.zeros(len(ids)))
    elif isinstance(q, wq.And):
        part = _and([_node(s, leaf) for s in q.subqueries])
    elif isinstance(q, wq.Or):
        part = _or([_node(s, leaf) for s in q.subqueries])
    elif isinstance(q, wq.AndNot):
        part = _node(q.a, leaf)
        if len(part.ids):
            out = _node(q.b, leaf)
            if len(out.ids):
                part = _kept(part, np.flatnonzero(_positions(out.ids, part.ids) < 0))
        return part  # (Whoosh's AndNot gives its boost to the first part)
    else:
        raise Unsupported(type(q).__name__)
    if boost != 1.0:
        inner = part
        part = _Part(inner.ids, lambda at: inner.scores(at) * boost)
    return part


def _term(q: wq.Term, leaf: _Leaf) -> _Part:
    schema = leaf.searcher.schema
    if q.fieldname not in schema:
        return _NONE
    try:
        tbytes = schema[q.fieldname].to_bytes(q.text)
    except ValueError:
        return _NONE
    run = postings.read(leaf.reader, q.fieldname, tbytes)
    if run is None:
        return _NONE
    weighting = leaf.searcher.weighting
    scorer = weighting.scorer(leaf.searcher, q.fieldname, tbytes) if weighting is not None else None
    return _Part(run.ids, lambda at: _scores(scorer, run, leaf.tables, (q.fieldname, tbytes), at))


def _kept(part: _Part, at: np.ndarray) -> _Part:
    """The part's documents at these positions."""
    return _Part(part.ids[at], lambda sub: part.scores(at if sub is None else at[sub]))


def _positions(haystack: np.ndarray, needles: np.ndarray) -> np.ndarray:
    """For each needle, its position in the sorted haystack, or -1. When the needles are many, a
    map over the segment's document numbers (one write per posting, one read per needle) beats
    a binary search for each."""
    if not len(haystack) or not len(needles):
        return np.full(len(needles), -1, dtype=np.int64)
    if len(needles) * 16 < len(haystack):
        pos = np.searchsorted(haystack, needles)
        pos[pos == len(haystack)] = 0
        return np.where(haystack[pos] == needles, pos, -1)
    where = np.full(int(max(haystack[-1], needles[-1])) + 1, -1, dtype=np.int64)
    where[haystack] = np.arange(len(haystack))
    return where[needles]


def _and(parts: list[_Part]) -> _Part:
    parts.sort(key=lambda p: len(p.ids))
    ids = parts[0].ids
    at = [np.arange(len(ids))]  # for each part taken, the positions of the documents kept
    for other in parts[1:]:
        if not len(ids):
            break
        pos = _positions(other.ids, ids)
        found = pos >= 0
        ids = ids[found]
        at = [a[found] for a in at] + [pos[found]]
    taken = parts[:len(at)]

    def scores(sub: np.ndarray | None) -> np.ndarray:
        # Summed in the order Whoosh's matchers and the eager sum add them: the same floats.
        sc = taken[0].scores(at[0] if sub is None else at[0][sub]).copy()
        for part, a in zip(taken[1:], at[1:]):
            sc += part.scores(a if sub is None else a[sub])
        return sc

    return _Part(ids, scores)


def _or(parts: list[_Part]) -> _Part:
    parts = [p for p in parts if len(p.ids)]
    if not parts:
        return _NONE
    if len(parts) == 1:
        return parts[0]
    ids = np.concatenate([p.ids for p in parts])
    sc = np.concatenate([p.scores() for p in parts])
    order = np.argsort(ids, kind="stable")
    ids, sc = ids[order], sc[order]
    starts = np.flatnonzero(np.diff(ids, prepend=-1))
    return _fixed(ids[starts], np.add.reduceat(sc, starts))
