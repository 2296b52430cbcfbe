"""Writing Whoosh segments fast enough for an archive: Whoosh's segment format (its term table,
per-document files and table of contents), with each term's postings as one run, read through
this codec. This module (with `termtable`, which writes the term table) is the only one that knows Whoosh's
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
from collections.abc import Iterable, Sequence
from functools import partial
from itertools import compress, count, repeat
from operator import itemgetter, ne
from pickle import dumps
from typing import TYPE_CHECKING

from whoosh.codec.whoosh3 import W3Codec
from whoosh.system import pack_int, pack_long, pack_ushort
from whoosh.writing import SegmentWriter

from .damage import IndexDamaged
from .runbytes import encode_plain, numpy_sum
from .termtable import INFO, TermTable, write_hashes

if TYPE_CHECKING:
    import numpy as np

AID = ".aid"
INLINE = 8  # postings kept in the term table rather than in a block of their own
# A field's pool of up to this many postings is sorted and encoded in plain Python, and numpy is
# not loaded: an issue's segment (100 articles, about 40,000 postings in its text field) is
# written as fast either way, and a one-issue `baoku import` does not pay numpy's 0.1 s import.
PLAIN_POOL = 200_000


class _Codec(W3Codec):
    """Whoosh's codec, reading each term's postings as a run (writing is FastSegmentWriter's)."""

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        from . import postings

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
        # A word's number is a number from `_numbers` that no other word has (not its rank among
        # the words: a number is drawn for every word of every document, used or not, so that
        # numbering a document's words is one C-level map of setdefault, not a Python loop).
        self.vocab: dict[str, int] = {}
        self._numbers = count()
        self.words = array("I")
        self.docs = array("I")
        self.weights = array("f")

    def add(self, docnum: int, weights: dict[str, float]) -> None:
        self.words.extend(map(self.vocab.setdefault, weights, self._numbers))
        self.docs.extend(repeat(docnum, len(weights)))
        self.weights.extend(weights.values())

    def add_runs(self, terms: list[bytes], counts: np.ndarray, docs: np.ndarray, weights: np.ndarray) -> None:
        """Whole runs of postings, term after term (`counts` postings each; a term with none is
        left out), as merging adds a segment's field."""
        import numpy as np

        vocab, numbers = self.vocab, self._numbers
        nums = np.array([vocab.setdefault(t.decode("utf-8"), next(numbers)) if c else 0
                         for t, c in zip(terms, counts.tolist())], dtype=np.uint32)
        self.words.frombytes(np.repeat(nums, counts).tobytes())
        self.docs.frombytes(docs.astype(np.uint32).tobytes())
        self.weights.frombytes(weights.astype(np.float32).tobytes())

    def _sorted_numpy(self):
        """The postings sorted by word (each word's documents in order), grouped: numpy, for
        large pools."""
        import numpy as np

        from . import postings

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
        encoded = {g: next(runs) for g in range(len(big)) if big[g]}
        return (words[starts].tolist(), starts.tolist() + [len(words)], docs.tolist(), weights.tolist(),
                totals, tops, big, encoded)

    def _sorted_plain(self):
        """The same in plain Python, the same values and bytes (a term's total weight summed as
        numpy sums it), for an issue's small pools."""
        n = len(self.words)
        order = sorted(range(n), key=self.words.__getitem__)  # sorted() is stable, as above
        pick = itemgetter(*order) if n > 1 else (lambda seq: [seq[i] for i in order])  # (one: not a tuple)
        words, docs, weights = list(pick(self.words)), list(pick(self.docs)), list(pick(self.weights))
        starts = list(compress(range(n), map(ne, words, [-1, *words[:-1]])))
        bounds = [*starts, n]
        big, totals, tops, encoded = [], [], [], {}
        for g, a in enumerate(starts):
            b = bounds[g + 1]
            if b - a == 1:  # most terms of an issue: in one article
                big.append(False)
                totals.append(weights[a])
                tops.append(weights[a])
                continue
            big.append(b - a >= INLINE)
            totals.append(numpy_sum(weights, a, b))
            tops.append(max(weights[a:b]))
            if big[g]:
                encoded[g] = encode_plain(docs[a:b], weights[a:b])
        return [words[a] for a in starts], bounds, docs, weights, totals, tops, big, encoded

    def write(self, fw, fieldname: str, fieldobj) -> None:
        """Every term's postings, in term order, through the field writer."""
        sort = self._sorted_plain if len(self.words) <= PLAIN_POOL else self._sorted_numpy
        word_of, bounds, doc_list, weight_list, totals, tops, big, encoded = sort()
        names = {number: word for word, number in self.vocab.items()}
        terms = [(names[w].encode("utf-8"), g) for g, w in enumerate(word_of)]
        firsts = [doc_list[a] for a in bounds[:-1]]
        lasts = [doc_list[b - 1] for b in bounds[1:]]
        # The term table, written here rather than through Whoosh's field writer (a term info
        # object, a postings writer and half a dozen calls per term: most of writing an issue's
        # segment): the same bytes, as W3TermInfo.to_bytes and OrderedHashWriter.add make them,
        # with the file positions counted here and the bytes written in large pieces rather than
        # three writes and two tell() calls per term.
        fw.start_field(fieldname, fieldobj)
        prefix = pack_ushort(fw._fieldid)
        table = TermTable(fw._tindex, fw._postfile)
        terms.sort()
        values = []
        info = INFO.pack
        for _, g in terms:
            a, b = bounds[g], bounds[g + 1]
            head = info(not big[g], totals[g], b - a, 0, 0, tops[g], firsts[g], lasts[g])
            if big[g]:
                data = encoded.pop(g)
                tail = pack_long(table.post(data)) + pack_int(len(data))
            else:
                tail = dumps((tuple(doc_list[a:b]), tuple(weight_list[a:b]), ()), 2)
            values.append(head + tail)
        table.add_all([prefix + t for t, _ in terms], values)
        table.close()
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

    def write_per_doc(self, fieldnames, reader):
        """Whoosh's write_per_doc (copying a merged segment's documents), except that a field's
        document lengths are looked for once per segment, not once per document and field: with
        no length column (these segments store none) Whoosh's reader looks for the column's file
        again at every call, a stat() each (most of merging an issue's small segments)."""
        from whoosh import columns
        from whoosh.codec.whoosh3 import _lenfield

        schema = self.schema
        docmap = {} if reader.has_deletions() else None
        pdw = self.perdocwriter
        cols = {}
        for fieldname in fieldnames:
            fieldobj = schema[fieldname]
            coltype = fieldobj.column_type
            if coltype and reader.has_column(fieldname):
                creader = reader.column_reader(fieldname, coltype)
                if isinstance(creader, columns.TranslatingColumnReader):
                    creader = creader.raw_column()
                cols[fieldname] = creader
        lengths: dict[str, bool] = {}
        perdoc = getattr(reader, "_perdoc", None)  # a SegmentReader's per-document reader
        for docnum, stored in reader.iter_docs():
            if docmap is not None:
                docmap[docnum] = self.docnum
            pdw.start_doc(self.docnum)
            for fieldname in fieldnames | set(s for s in stored if s in schema):
                fieldobj = schema[fieldname]
                has = lengths.get(fieldname)
                if has is None:
                    has = lengths[fieldname] = perdoc is None or perdoc.has_column(_lenfield(fieldname))
                length = reader.doc_field_length(docnum, fieldname) if has else 0
                pdw.add_field(fieldname, fieldobj, stored.get(fieldname), length)
                if fieldobj.vector and reader.has_vector(docnum, fieldname):
                    v = reader.vector(docnum, fieldname, fieldobj.vector)
                    pdw.add_vector_matcher(fieldname, fieldobj, v)
                if fieldname in cols:
                    cv = cols[fieldname][docnum]
                    pdw.add_column_value(fieldname, fieldobj.column_type, cv)
            pdw.finish_doc()
            self.docnum += 1
        return docmap

    def add_postings_to_pool(self, reader, startdoc, docmap):
        """Merging a segment (Whoosh's add_reader calls this after copying its documents): its
        postings into the pools, a term's whole run at a time, and its article ids after ours."""
        import numpy as np

        from . import postings

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
        for fieldname, (terms, counts, ids, weights) in postings.segment_fields(reader).items():
            if fieldname not in self.schema:
                continue
            if keep is not None:
                live, newnum = keep
                alive = live[ids]
                term_of = np.repeat(np.arange(len(terms)), counts)[alive]
                counts = np.bincount(term_of, minlength=len(terms))
                ids, weights = newnum[ids[alive]], weights[alive]
            else:
                ids = ids + startdoc
            if len(ids):
                self._pool(fieldname).add_runs(terms, counts, ids, weights)

    def _flush_segment(self):
        self.perdocwriter.close()
        fw = self.fieldwriter
        fw._tindex._write_hashes = partial(write_hashes, fw._tindex)
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
        raise IndexDamaged(f"segment {segment.segment_id()}: {len(aids)} article ids for "
                         f"{segment.doc_count_all()} documents")
    return aids


def merge_policy(max_docs: int, factor: int):
    """Whoosh's merge policy for an everyday commit: the segments `tier_merge` picks."""

    def policy(writer, segments):
        take = [segments[i] for i in tier_merge([s.doc_count_all() for s in segments], max_docs, factor)]
        if take:
            _merge_into(writer, take)
            return [seg for seg in segments if seg not in take]
        return segments

    return policy


def tier_merge(sizes: Sequence[int], max_docs: int, factor: int) -> list[int]:
    """Which segments (indices into their document counts) one commit merges: when `factor`
    segments of one size tier exist (a tier: the power of `factor` nearest their size), the `factor`
    smallest, if they hold at most `max_docs` documents together; the smallest tier first.

    So `factor` issues make a segment of the next tier, `factor` of those one of the next, and
    no tier holds more than `factor` - 1 segments for long: the count stays logarithmic in the
    documents (a cap that a tier's `factor` segments can never fit under let that tier pile up).
    `max_docs` bounds one commit's work: segments that big (a bulk update's) are left to
    `optimize`."""
    tiers: dict[int, list[int]] = {}
    for i in sorted(range(len(sizes)), key=sizes.__getitem__):
        tiers.setdefault(_tier(sizes[i], factor), []).append(i)
    for tier in sorted(tiers):
        take = tiers[tier][:factor]
        if len(take) == factor and sum(sizes[i] for i in take) <= max_docs:
            return take
    return []


def _tier(size: int, factor: int) -> int:
    """The power of `factor` nearest to `size` (a segment of 100 articles and one of 95 are in
    one tier; ten of them, about 1,000, in the next)."""
    tier = 0
    while size * size >= factor ** (2 * tier + 1):
        tier += 1
    return tier


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
