"""The word layer: one Whoosh index over every article, which ranks every search (BM25F) and
answers its field conditions for the ranking. The recall layer (`recall`) decides which articles
match; this one decides their order. Derived, rebuildable, beside the archive.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from whoosh import index as whoosh_index
from whoosh import scoring

from .damage import IndexDamaged
from .segments import FastSegmentWriter, merge_policy, optimize_policy, read_aids
from .tokens import page_tokens
from .words import EXACT_FIELDS, K1, date_terms, schema, weigh

if TYPE_CHECKING:  # (Whoosh's queries, numpy and the vectorised ranking load on the first search: writing needs none)
    import numpy as np
    from whoosh import query as wq

    from . import vector
    from .articles import Articles

MERGE_FACTOR = 10  # segments of one size tier before they are merged (segments.tier_merge)
# At most this many documents merged by an everyday commit (an issue): ten segments of ten
# thousand, about once in a thousand issues; a bulk update's segments are left to `optimize`.
MERGE_DOCS = 120_000


@dataclass
class WordDoc:
    """What the word layer is given for one article (folded text; see `sync`)."""

    id: int
    title: str
    text: str
    values: dict[str, list[str]] = field(default_factory=dict)  # the exact fields' folded values
    date: str = ""  # YYYY-MM-DD
    page: int = 0
    section: str = ""

    def fields(self, title_boost: float) -> dict[str, object]:
        out: dict[str, object] = dict(weigh(self.title, self.text, title_boost))
        for name in EXACT_FIELDS:
            vs = [v for v in self.values.get(name, []) if v]
            if vs:
                out[name] = vs
        out["date"] = date_terms(self.date)
        out["page"] = [t[1:] for t in page_tokens(self.page, self.section)]  # 5, and a5 for A05
        return out


class _NormalisedScorer(scoring.BM25FScorer):
    """Whoosh's BM25F scorer with B=0, without the per-document length lookup that B=0 never
    uses (with no length column Whoosh would look for the file once per scored document)."""

    def score(self, matcher):
        return self._score(matcher.weight(), 1)


class NormalisedBM25F(scoring.BM25F):
    """BM25F over weights normalised at index time (words.py): Whoosh's formula with B=0."""

    def __init__(self):
        super().__init__(B=0.0, K1=K1)

    def scorer(self, searcher, fieldname, text, qf=1):
        if not searcher.schema[fieldname].scorable:
            return super().scorer(searcher, fieldname, text, qf)
        return _NormalisedScorer(searcher, fieldname, text, 0.0, self.K1, qf=qf)


def weighting():
    return NormalisedBM25F()


class _Segments:
    """Article ids per segment (read once: segments never change), and the mapping both ways."""

    def __init__(self, storage, segments, before: _Segments | None = None):
        self.segments = list(segments)
        self.offsets: list[int] = []
        self.aids: list[array] = []
        self._sorted: dict[int, tuple[np.ndarray, np.ndarray | None]] = {}
        known = {seg.segment_id(): a for seg, a in zip(before.segments, before.aids)} if before else {}
        base = 0
        for seg in self.segments:
            self.offsets.append(base)
            aids = known.get(seg.segment_id())
            self.aids.append(aids if aids is not None else read_aids(seg, storage))
            base += seg.doc_count_all()
        self._index = {seg.segment_id(): i for i, seg in enumerate(self.segments)}

    def article(self, docnum: int) -> int:
        i = bisect.bisect_right(self.offsets, docnum) - 1
        return self.aids[i][docnum - self.offsets[i]]

    def _lookup(self, i: int) -> tuple[np.ndarray, np.ndarray | None]:
        """Segment i's article ids sorted, and the document number of each (None when the
        ids are in document order already): found when first needed."""
        import numpy as np

        if i not in self._sorted:
            aids = np.frombuffer(self.aids[i], dtype=np.uint32).astype(np.int64)
            if len(aids) < 2 or (np.diff(aids) > 0).all():
                self._sorted[i] = (aids, None)
            else:
                order = np.argsort(aids, kind="stable")
                self._sorted[i] = (aids[order], order)
        return self._sorted[i]

    def local(self, i: int, ids) -> np.ndarray:
        """Segment i's live document numbers of these article ids (sorted), in document order."""
        import numpy as np

        keys, order = self._lookup(i)
        wanted = np.asarray(ids, dtype=np.int64)
        if not len(keys) or not len(wanted):
            return np.zeros(0, dtype=np.int64)
        if len(wanted) > 64 and (wanted[1:] >= wanted[:-1]).all():
            # Sorted (a restriction to thousands of matches): only those within the segment's
            # range of ids are looked up (a segment holds a stretch of the archive's ids).
            lo = int(np.searchsorted(wanted, keys[0], side="left"))
            hi = int(np.searchsorted(wanted, keys[-1], side="right"))
            wanted = wanted[lo:hi]
            if not len(wanted):
                return np.zeros(0, dtype=np.int64)
        pos = np.searchsorted(keys, wanted)
        inside = pos < len(keys)
        pos = pos[inside]
        pos = pos[keys[pos] == wanted[inside]]
        docs = np.sort(pos) if order is None else np.sort(order[pos])
        seg = self.segments[i]
        if seg.has_deletions() and len(docs):
            gone = np.fromiter(seg.deleted_docs(), dtype=np.int64)
            docs = docs[~np.isin(docs, gone)]
        return docs

    def local_of(self, reader, ids) -> np.ndarray:
        """The same, for the segment a Whoosh segment reader reads."""
        import numpy as np

        i = self._index.get(reader.segment().segment_id())
        return np.zeros(0, dtype=np.int64) if i is None else self.local(i, ids)

    def globals_of(self, ids) -> dict[int, int]:
        """article id -> global document number, for those of these ids the index holds."""
        ids = sorted(set(ids))
        out: dict[int, int] = {}
        for i in range(len(self.segments)):
            for d in self.local(i, ids).tolist():
                out[self.aids[i][d]] = self.offsets[i] + d
        return out

    def held(self, ids) -> dict[int, int]:
        """What globals_of gives, by a scan of each segment's ids in plain Python: for an update's
        few articles (usually new, in no segment), without numpy (a segment's ids are looked at
        once, at C speed, to see whether any is wanted)."""
        wanted = set(ids)
        out: dict[int, int] = {}
        for i, aids in enumerate(self.aids):
            if wanted.isdisjoint(aids):
                continue
            seg = self.segments[i]
            gone = set(seg.deleted_docs()) if seg.has_deletions() else set()
            base = self.offsets[i]
            for d, a in enumerate(aids):
                if a in wanted and d not in gone:
                    out[a] = base + d
        return out


class WordIndex:
    def __init__(self, path: Path):
        self.path = path
        self._ix = None
        self._searcher = None
        self._segments: _Segments | None = None
        self._segments_for = None  # the searcher _segments were read for

    # -- opening -------------------------------------------------------------------------------------

    def exists(self) -> bool:
        return self.path.exists() and whoosh_index.exists_in(str(self.path))

    def open(self):
        if self._ix is None:
            self._ix = whoosh_index.open_dir(str(self.path))
        return self._ix

    def create(self):
        self.close()
        self.path.mkdir(parents=True, exist_ok=True)
        self._ix = whoosh_index.create_in(str(self.path), schema())
        return self._ix

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None
        self._segments = None
        self._ix = None

    def doc_count(self) -> int:
        """Live documents, from the table of contents (opening a reader reads every segment)."""
        return sum(s.doc_count() for s in self.open()._segments())

    def title_boost(self) -> float:
        return self.open().schema["text"].title_boost

    # -- writing -------------------------------------------------------------------------------------

    def writer(self) -> WordWriter:
        return WordWriter(self)

    def holding(self, ids: list[int]) -> dict[int, int]:
        """Which of these articles the index holds (any version): id -> document number."""
        return self._current_segments(self.open()._segments()).held(ids) if ids else {}

    def optimize(self) -> None:
        w = FastSegmentWriter(self.open())
        w.commit(mergetype=optimize_policy)
        self.close()

    # -- reading -------------------------------------------------------------------------------------

    def _current_segments(self, segments=None) -> _Segments:
        """The article ids of the segments the searcher reads (or of these segments), reusing
        what was read before: a segment's ids never change, only its deletions."""
        if segments is None:
            s = self.searcher()
            if self._segments is not None and self._segments_for is s:
                return self._segments
            segments = [r.segment() for r, _ in s.reader().leaf_readers()]
            self._segments_for = s
        else:
            self._segments_for = None
        ids = [seg.segment_id() for seg in segments]
        if self._segments is None or [seg.segment_id() for seg in self._segments.segments] != ids:
            self._segments = _Segments(self.open().storage, segments, self._segments)
        else:
            self._segments.segments = list(segments)  # same documents, perhaps new deletions
        return self._segments

    def searcher(self):
        """A searcher that sees the latest commit, reused while nothing changed. (Not
        Searcher.refresh(): it reuses segment readers and misses deletions-only commits.)"""
        if self._searcher is not None and not self._searcher.up_to_date():
            self._searcher.close()
            self._searcher = None
            self._ix = None
        if self._searcher is None:
            self._searcher = self.open().searcher(weighting=weighting())
        return self._searcher

    def articles(self, ids) -> Articles:
        from .articles import Articles

        self.searcher()
        return Articles(ids, self._current_segments())

    def top(self, q: wq.Query, limit: int, exclude: set[int] = frozenset(),
            within: wq.Query | None = None) -> list[tuple[int, float]]:
        """The best `limit` articles for the query by BM25F, with their scores, without the
        excluded articles and, given `within` (unscored terms such as dates), among the documents
        it matches: Whoosh's own top N, with its block-quality skipping (over the virtual blocks
        of `postings.RunMatcher`).

        `within` is a conjunct, not Whoosh's `filter=`: a filter is checked after the words'
        matcher has walked every posting, while a conjunct is walked with skip_to from its own
        shorter list (经济 in one month at 100k: 19 ms against 40 ms, and 18 ms unfiltered). Its
        terms score the same for every document, so the order is BM25F's."""
        from whoosh import query as wq

        s = self.searcher()
        segs = self._current_segments()
        mask = set(segs.globals_of(exclude).values()) if exclude else None
        if within is not None:
            q = wq.And([q, within])
        results = s.search(q, limit=limit, mask=mask, scored=True, terms=False)
        return [(segs.article(d), score) for score, d in results.top_n]

    def candidates(self, q: wq.Query, within: wq.Query | None = None) -> vector.Ranked | None:
        """Every document the query matches (and `within`), with the score Whoosh gives it,
        found over whole posting runs at once (see `vector`); None when the query has a part
        that evaluation does not take (a prefix)."""
        from whoosh import query as wq

        from . import vector

        segs = self._current_segments()
        return vector.evaluate(self.searcher(), q if within is None else wq.And([q, within]), segs.local_of)

    def rescore(self, q: wq.Query, docnums: list[int], within: wq.Query | None = None) -> list[tuple[int, float]]:
        """These documents (chosen among `candidates`) as Whoosh's own top N: its matchers score
        them and its collector orders them. Returns (article id, score)."""
        from whoosh import query as wq

        if not docnums:
            return []
        q = wq.And([self.articles(self.article_ids(docnums)), q])
        if within is not None:
            q = wq.And([q, within])
        # Whoosh's collector, run over the segments holding these documents only: at 1M articles
        # in 21 segments, setting up the query's matchers in every segment was most of the cost.
        s = self.searcher()
        collector = s.collector(limit=len(docnums), scored=True, terms=False)
        collector.prepare(s, q, s.context())
        wanted = sorted(docnums)
        try:
            for sub, offset in s.leaf_searchers():
                first = bisect.bisect_left(wanted, offset)
                if first < len(wanted) and wanted[first] < offset + sub.doc_count_all():
                    collector.set_subsearcher(sub, offset)
                    collector.collect_matches()
        finally:
            collector.finish()
        segs = self._current_segments()
        return [(segs.article(d), score) for score, d in collector.results().top_n]

    def article_ids(self, docnums: list[int]) -> list[int]:
        segs = self._current_segments()
        return [segs.article(d) for d in docnums]

    def docnums(self, ids: list[int]) -> list[int]:
        held = self._current_segments().globals_of(ids)
        return [held[i] for i in ids if i in held]

    def more_like(self, article_id: int, folded_text: str, limit: int) -> list[tuple[int, float]]:
        """Articles like this one, by Whoosh's more-like-this: the key terms of its text (Bo1
        model over the index's statistics), searched as one weighted query."""
        s = self.searcher()
        segs = self._current_segments()
        docnum = segs.globals_of([article_id]).get(article_id)
        if docnum is None:
            return []
        results = s.more_like(docnum, "text", text=folded_text, top=limit, numterms=12, normalize=True)
        return [(segs.article(hit.docnum), hit.score) for hit in results]

    def check(self) -> int:
        """Read every segment: its article ids, and every term of its term table with its postings
        (each run decoded from the file, not taken from the cache of decoded runs: its header, its
        length, document numbers in order and inside the segment). Return the live document
        count; raise on any damage."""
        from whoosh.reading import SegmentReader

        import numpy as np

        from .postings import segment_runs

        ix = self.open()
        live = 0
        for seg in ix._segments():
            read_aids(seg, ix.storage)
            docs = seg.doc_count_all()
            reader = SegmentReader(ix.storage, ix.schema, seg)
            try:
                for fieldname, tbytes, run in segment_runs(reader, cached=False):
                    if len(run) and (run.ids[-1] >= docs or (np.diff(run.ids) <= 0).any()):
                        raise IndexDamaged(f"segment {seg.segment_id()}: postings of {fieldname}:{tbytes!r} "
                                         "are out of order or outside the segment")
            finally:
                reader.close()
            live += seg.doc_count()
        return live


class WordWriter:
    """Adds and deletes articles in one commit; documents are added in article id order."""

    def __init__(self, words: WordIndex):
        self.words = words
        ix = words.open()
        self._w = FastSegmentWriter(ix)
        self._boost = ix.schema["text"].title_boost
        self.added = 0

    def delete(self, docnums) -> None:
        for d in docnums:
            self._w.delete_document(d)

    def add(self, docs: list[WordDoc]) -> None:
        for d in docs:
            self._w.add_article(d.id, d.fields(self._boost))
        self.added += len(docs)

    def commit(self, *, merge: bool = True) -> None:
        policy = merge_policy(MERGE_DOCS, MERGE_FACTOR) if merge else None
        if policy is None:
            self._w.commit(merge=False)
        else:
            self._w.commit(mergetype=policy)
        self.words.close()  # a new generation: readers reopen

    def cancel(self) -> None:
        self._w.cancel()
