"""Writing Whoosh segments fast enough for an archive: Whoosh's segment format (its term table,
per-document files and table of contents), with each term's postings as one run, read through
this codec. This module is the only one that knows Whoosh's
writer internals (whoosh-reloaded 2.7).

Whoosh's SegmentWriter puts every posting in a pool as a tuple, sorts the pool, and writes the
postings one call each, looking up each document's field length from a file as it goes. Here:
- postings are collected per term in arrays as documents come, so no pool is sorted, and a
  term's postings are written whole, as one run (`postings`: two arrays, read at C speed by
  the vectorised ranking and by a bisecting Whoosh matcher), not as Whoosh's pickled blocks;
  merging reads and writes whole runs too;
- field lengths are not stored: the weights are already normalised (see `words`);
- terms with fewer than INLINE postings are kept inside the term table, not in blocks of their
  own (Whoosh supports reading this; its writer had the name of the call wrong);
- each segment gets a file `<segment>.aid` with the article id of every document, in document
  order. Whoosh deletes it with its segment. It maps hits to articles, and articles to the
  documents to delete or to restrict a search to, without a stored field per document.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from itertools import repeat

import numpy as np
from whoosh.codec.whoosh3 import W3Codec, W3PerDocWriter, W3PostingsWriter
from whoosh.writing import SegmentWriter

from . import postings

AID = ".aid"
INLINE = 8  # postings kept in the term table rather than in a block of their own


class _PostingsWriter(W3PostingsWriter):
    """Writes each term's postings as one run (see `postings`), or inside the term table when
    they are fewer than INLINE."""

    def start_postings(self, format_, terminfo):
        super().start_postings(format_, terminfo)
        self._run = False

    def finish_postings(self):
        terminfo = self._terminfo
        if self._run:
            terminfo.set_extent(self._startoffset, self._postfile.tell() - self._startoffset)
        elif len(self) < self._inlinelimit:
            terminfo.add_block(self)
            terminfo.set_inlined(self._ids, self._weights, self._values)
        else:
            raise ValueError("postings must be given as a run")
        self._terminfo = None
        return terminfo

    def add_encoded(self, data: bytes, count: int, total: float, top: float, first: int, last: int) -> None:
        """A whole posting list of one term, already encoded as a run, with its statistics."""
        info = self._terminfo
        info._weight, info._df, info._maxweight, info._minid, info._maxid = total, count, top, first, last
        self._postfile.write(data)
        self._run = True

    def add_run(self, ids, weights) -> None:
        """A whole posting list of one term, in document order."""
        if len(ids) < self._inlinelimit:
            self._ids, self._weights = ids, weights
            self._maxweight = max(weights)
            return
        info = self._terminfo
        info._weight = float(sum(weights))
        info._df = len(ids)
        info._maxweight = max(weights)
        info._minid, info._maxid = ids[0], ids[-1]
        self._postfile.write(postings.encode(ids, weights))
        self._run = True


class _Codec(W3Codec):
    def postings_writer(self, dbfile, byteids=False):
        return _PostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                               compression=self._compression, inlinelimit=self._inlinelimit)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term, scorer)
        return postings.RunMatcher(lambda: postings.from_info(dbfile, terminfo), terminfo.doc_frequency(), format_,
                                   scorer, term, terminfo)


def codec() -> W3Codec:
    return _Codec(inlinelimit=INLINE)


class _Pool:
    """One field's postings as documents come, in three arrays (each word's number in `vocab`, the
    document, the weight): a document costs a few C-level appends, not a dictionary lookup and
    two appends per word. Sorted by word when the segment is written."""

    def __init__(self):
        self.vocab: dict[str, int] = {}
        self.words = array("I")
        self.docs = array("I")
        self.weights = array("f")

    def add(self, docnum: int, weights: dict[str, float]) -> None:
        vocab = self.vocab
        self.words.extend([vocab.setdefault(w, len(vocab)) for w in weights])
        self.docs.extend(repeat(docnum, len(weights)))
        self.weights.extend(weights.values())

    def add_run(self, word: str, docs: np.ndarray, weights: np.ndarray) -> None:
        n = self.vocab.setdefault(word, len(self.vocab))
        self.words.extend(repeat(n, len(docs)))
        self.docs.frombytes(docs.astype(np.uint32).tobytes())
        self.weights.frombytes(weights.astype(np.float32).tobytes())

    def write(self, fw, fieldname: str, fieldobj) -> None:
        """Every term's postings, in term order, through the field writer."""
        words = np.frombuffer(self.words, dtype=np.uint32)
        order = np.argsort(words, kind="stable")  # stable: each term's documents stay in order
        words = words[order]
        docs = np.frombuffer(self.docs, dtype=np.uint32)[order]
        weights = np.frombuffer(self.weights, dtype=np.float32)[order]
        del order
        starts = np.flatnonzero(np.diff(words, prepend=np.uint32(0xFFFFFFFF)) != 0)
        ends = np.append(starts[1:], len(words))
        big = ((ends - starts) >= INLINE).tolist()
        runs = iter(postings.encode_groups(docs, weights, starts, big))
        w64 = weights.astype(np.float64)
        totals = np.add.reduceat(w64, starts).tolist()
        tops = np.maximum.reduceat(w64, starts).tolist()
        firsts, lasts = docs[starts].tolist(), docs[ends - 1].tolist()
        names = list(self.vocab)
        terms = [(names[w].encode("utf-8"), g) for g, w in enumerate(words[starts].tolist())]
        bounds = starts.tolist() + [len(words)]
        encoded = {g: next(runs) for g in range(len(big)) if big[g]}
        fw.start_field(fieldname, fieldobj)
        for tbytes, g in sorted(terms):
            fw.start_term(tbytes)
            a, b = bounds[g], bounds[g + 1]
            if big[g]:
                fw._postwriter.add_encoded(encoded.pop(g), b - a, totals[g], tops[g], firsts[g], lasts[g])
            else:
                fw._postwriter.add_run(docs[a:b].tolist(), weights[a:b].tolist())
            fw.finish_term()
        fw.finish_field()


class FastSegmentWriter(SegmentWriter):
    """A SegmentWriter for one segment of prepared documents (and of merged segments)."""

    def __init__(self, ix, **kwargs):
        # Separate files, not one compound file per segment: Whoosh copies a compound segment into
        # memory whenever it opens a reader (580 MB at a million articles).
        super().__init__(ix, codec=codec(), compound=False, **kwargs)
        self._pools: dict[str, _Pool] = {}
        self._aids = array("I")

    def _pool(self, name: str) -> _Pool:
        pool = self._pools.get(name)
        if pool is None:
            pool = self._pools[name] = _Pool()
        return pool

    def add_article(self, article_id: int, values: dict[str, object]) -> None:
        """One document: field name -> value as the field's index() takes it (for the word
        fields, a dict word -> weight)."""
        self._check_state()
        docnum = self.docnum
        pdw = self.perdocwriter
        pdw.start_doc(docnum)
        for name, value in values.items():
            if not value:
                continue
            if not isinstance(value, dict):  # an exact field's values: its terms as Whoosh makes them
                value = {t.decode("utf-8"): w for t, _, w, _ in self.schema[name].index(value)}
            self._pool(name).add(docnum, value)
        pdw.finish_doc()
        self._aids.append(article_id)
        self.docnum += 1
        self._added = True

    def add_postings_to_pool(self, reader, startdoc, docmap):
        """Merging a segment (Whoosh's add_reader calls this after copying its documents): its
        postings into the pools, a term's whole run at a time, and its article ids after ours."""
        segment = reader.segment()
        src = read_aids(segment, self.storage)
        deleted = np.fromiter(segment.deleted_docs(), dtype=np.int64) if docmap is not None else None
        keep = None
        if deleted is not None and len(deleted):
            live = np.ones(len(src), dtype=bool)
            live[deleted] = False
            newnum = np.cumsum(live) - 1 + startdoc  # the merged documents are numbered in order
            keep = (live, newnum)
            self._aids.frombytes(np.asarray(src, dtype=np.uint32)[live].tobytes())
        else:
            self._aids.extend(src)
        for fieldname, tbytes in reader.all_terms():
            if fieldname not in self.schema:
                continue
            run = postings.read(reader, fieldname, tbytes)
            ids, weights = run.ids, run.weights
            if keep is not None:
                live, newnum = keep
                alive = live[ids]
                ids, weights = newnum[ids[alive]], weights[alive]
            else:
                ids = ids + startdoc
            if len(ids):
                self._pool(fieldname).add_run(tbytes.decode("utf-8"), ids, weights)

    def _flush_segment(self):
        self.perdocwriter.close()
        fw = self.fieldwriter
        for name in sorted(self._pools):
            self._pools[name].write(fw, name, self.schema[name])
        fw.close()
        segment = self.get_segment()
        out = segment.create_file(self.storage, AID)
        out.write(self._aids.tobytes())
        out.close()
        self._pools = {}


def read_aids(segment, storage) -> array:
    """The article id of each document of a segment, in document order."""
    f = segment.open_file(storage, AID)
    try:
        aids = array("I")
        aids.frombytes(f.read())
    finally:
        f.close()
    if len(aids) != segment.doc_count_all():
        raise ValueError(f"segment {segment.segment_id()}: {len(aids)} article ids for "
                         f"{segment.doc_count_all()} documents")
    return aids


def merge_policy(max_docs: int, factor: int):
    """When `factor` segments of one size tier (the number of digits of their document count)
    exist, merge the smallest of them, at most `max_docs` documents in all. This bounds what one
    import merges (Whoosh's default could merge most of the index in one commit)."""

    def policy(writer, segments):
        tiers: dict[int, list] = {}
        for seg in sorted(segments, key=lambda s: s.doc_count_all()):
            tiers.setdefault(len(str(seg.doc_count_all())), []).append(seg)
        for tier in sorted(tiers):
            group = tiers[tier]
            if len(group) < factor:
                continue
            take, total = [], 0
            for seg in group:
                if total + seg.doc_count_all() > max_docs:
                    break
                take.append(seg)
                total += seg.doc_count_all()
            if len(take) >= 2:
                _merge_into(writer, take)
                return [seg for seg in segments if seg not in take]
        return segments

    return policy


def optimize_policy(writer, segments):
    """Merge every segment into the new one."""
    _merge_into(writer, segments)
    return []


def _merge_into(writer, segments: Iterable) -> None:
    from whoosh.reading import SegmentReader

    for seg in segments:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
