"""A Whoosh query over given articles, for ranking exactly the articles SQLite found (see
`wordindex.WordIndex.rescore`)."""

from __future__ import annotations

import numpy as np
from whoosh import query as wq
from whoosh.matching import ListMatcher, NullMatcher


class Articles(wq.Query):
    """Matches the given articles (and scores nothing): And(Articles(ids), words) ranks exactly
    the articles SQLite found, however few, without Whoosh walking the words' posting lists."""

    def __init__(self, ids, segments):  # segments: wordindex._Segments, whose local_of finds the documents
        self.ids = np.unique(np.asarray(ids, dtype=np.int64))
        self._segments = segments

    def __unicode__(self):
        return f"<{len(self.ids)} articles>"

    __str__ = __unicode__

    def __eq__(self, other):
        return isinstance(other, Articles) and np.array_equal(self.ids, other.ids)

    def __hash__(self):
        return hash(self.ids.tobytes())

    def is_leaf(self):
        return True

    def estimate_size(self, ixreader):
        return len(self.ids)

    def matcher(self, searcher, context=None):
        docs = self._segments.local_of(searcher.reader(), self.ids)
        return ListMatcher(docs.tolist(), all_weights=0.0) if len(docs) else NullMatcher()
