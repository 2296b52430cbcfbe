"""The word layer: one Whoosh index over every article, which ranks every search (BM25F) and
answers its field conditions for the ranking. The recall layer (`recall`) decides which articles
match; this one decides their order. Derived, rebuildable, beside the archive.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh import scoring
from whoosh.matching import ListMatcher, NullMatcher

from .tokens import page_tokens
from .segments import FastSegmentWriter, merge_policy, optimize_policy, read_aids
from .words import EXACT_FIELDS, K1, date_terms, schema, weigh

MERGE_FACTOR = 10  # segments of one size tier before they are merged
MERGE_DOCS_SMALL = 2000  # at most this many documents merged by an everyday commit (an issue)


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

    def __init__(self, storage, segments):
        self.segments = list(segments)
        self.offsets: list[int] = []
        self.aids: list[array] = []
        self._shape: dict[int, tuple[int, int, bool]] = {}  # i -> lowest id, highest id, sorted
        base = 0
        for seg in self.segments:
            self.offsets.append(base)
            self.aids.append(read_aids(seg, storage))
            base += seg.doc_count_all()

    def article(self, docnum: int) -> int:
        i = bisect.bisect_right(self.offsets, docnum) - 1
        return self.aids[i][docnum - self.offsets[i]]

    def shape(self, i: int) -> tuple[int, int, bool]:
        """Segment i's lowest and highest article id, and whether its ids are in order: found when
        first needed (a million ids take 0.2 s to check in Python; a first page never needs it)."""
        if i not in self._shape:
            aids = self.aids[i]
            if not aids:
                self._shape[i] = (1, 0, True)
            else:
                ordered = all(map(operator.lt, aids, itertools.islice(aids, 1, None)))
                self._shape[i] = (aids[0], aids[-1], True) if ordered else (min(aids), max(aids), False)
        return self._shape[i]

    def local(self, i: int, ids) -> list[int]:
        """Segment i's live document numbers of these article ids, in document order."""
        lo, hi, ordered = self.shape(i)
        aids, seg = self.aids[i], self.segments[i]
        wanted = [a for a in ids if lo <= a <= hi]
        if not wanted:
            return []
        if ordered:
            out = []
            for a in wanted:
                d = bisect.bisect_left(aids, a)
                if d < len(aids) and aids[d] == a:
                    out.append(d)
        else:
            where = {a: d for d, a in enumerate(aids)}
            out = [where[a] for a in wanted if a in where]
        if seg.has_deletions():
            out = [d for d in out if not seg.is_deleted(d)]
        return sorted(out)

    def globals_of(self, ids) -> dict[int, int]:
        """article id -> global document number, for those of these ids the index holds."""
        ids = sorted(set(ids))
        out: dict[int, int] = {}
        for i in range(len(self.segments)):
            for d in self.local(i, ids):
                out[self.aids[i][d]] = self.offsets[i] + d
        return out


class Articles(wq.Query):
    """Matches the given articles (and scores nothing): And(Articles(ids), words) ranks exactly
    the articles SQLite found, however few, without Whoosh walking the words' posting lists."""

    def __init__(self, ids, segments: _Segments):
        self.ids = sorted(set(ids))
        self._segments = segments

    def __unicode__(self):
        return f"<{len(self.ids)} articles>"

    __str__ = __unicode__

    def __eq__(self, other):
        return isinstance(other, Articles) and self.ids == other.ids

    def __hash__(self):
        return hash(tuple(self.ids))

    def is_leaf(self):
        return True

    def estimate_size(self, ixreader):
        return len(self.ids)

    def matcher(self, searcher, context=None):
        seg = searcher.reader().segment()
        for i, s in enumerate(self._segments.segments):
            if s.segment_id() == seg.segment_id():
                docs = self._segments.local(i, self.ids)
                return ListMatcher(docs, all_weights=0.0) if docs else NullMatcher
        return NullMatcher


class WordIndex:
    def __init__(self, path: Path):
        self.path = path
        self._ix = None
        self._searcher = None
        self._segments: _Segments | None = None

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
        return self._current_segments().globals_of(ids) if ids else {}

    def optimize(self) -> None:
        w = FastSegmentWriter(self.open())
        w.commit(mergetype=optimize_policy)
        self.close()

    # -- reading -------------------------------------------------------------------------------------

    def _current_segments(self) -> _Segments:
        ix = self.open()
        segments = ix._segments()
        ids = [s.segment_id() for s in segments]
        if self._segments is None or [s.segment_id() for s in self._segments.segments] != ids:
            self._segments = _Segments(ix.storage, segments)
        elif any(a.deleted_count() != b.deleted_count() for a, b in zip(segments, self._segments.segments)):
            self._segments.segments = list(segments)  # same documents, new deletions
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
        self.searcher()
        return Articles(ids, self._current_segments())

    def top(self, q: wq.Query, limit: int, exclude: set[int] = frozenset(),
            within: wq.Query | None = None) -> list[tuple[int, float]]:
        """The best `limit` articles for the query by BM25F, with their scores, without the
        excluded articles and, given `within` (unscored terms such as dates), among the documents
        it matches. Whoosh's block-quality top N: it skips what cannot make the list.

        `within` is a conjunct, not Whoosh's `filter=`: a filter is checked after the words'
        matcher has walked every posting, while a conjunct is walked with skip_to from its own
        shorter list (经济 in one month at 100k: 19 ms against 40 ms, and 18 ms unfiltered). Its
        terms score the same for every document, so the order is BM25F's."""
        s = self.searcher()
        segs = self._current_segments()
        mask = set(segs.globals_of(exclude).values()) if exclude else None
        if within is not None:
            q = wq.And([q, within])
        results = s.search(q, limit=limit, mask=mask, scored=True, terms=False)
        return [(segs.article(d), score) for score, d in results.top_n]

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
        """Read every segment: its article ids, every term of its term table, each term's postings
        within the postings file, and the first block of each (where its header and compression
        are). Return the live document count; raise on any damage."""
        from whoosh.codec.whoosh3 import W3Codec
        from whoosh.reading import SegmentReader

        ix = self.open()
        live = 0
        for seg in ix._segments():
            read_aids(seg, ix.storage)
            size = ix.storage.file_length(seg.make_filename(W3Codec.POSTS_EXT))
            reader = SegmentReader(ix.storage, ix.schema, seg)
            try:
                for fieldname, btext in reader.all_terms():
                    info = reader.term_info(fieldname, btext)
                    if not info.is_inlined():
                        offset, length = info.extent()
                        if isinstance(length, tuple):  # (how Whoosh reads it back from the term table)
                            length = length[0]
                        if offset + length > size:
                            raise ValueError(f"segment {seg.segment_id()}: postings of {fieldname} end at "
                                             f"byte {offset + length} of a {size}-byte file (truncated)")
                    reader.postings(fieldname, btext)  # reads (and decompresses) the first block
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
        policy = merge_policy(MERGE_DOCS_SMALL, MERGE_FACTOR) if merge else None
        if policy is None:
            self._w.commit(merge=False)
        else:
            self._w.commit(mergetype=policy)
        self.words.close()  # a new generation: readers reopen

    def cancel(self) -> None:
        self._w.cancel()
