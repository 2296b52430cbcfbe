"""The word layer's posting lists as runs: one term's postings in one segment, stored whole as
two arrays (document numbers as deltas, weights as 1/64 steps), so they are read at C speed,
as numpy arrays by the vectorised ranking (`vector`) and through `RunMatcher` by Whoosh.

Whoosh's own format cuts a list into blocks of 128 postings, each a pickled tuple compressed
with zlib: reading a common word's list (中国, in half of all articles) means tens of
thousands of Python calls, and skipping to a document walks the blocks one header at a time.
A run is decoded with `numpy.frombuffer` and a cumulative sum, and a matcher skips by bisection.

Layout of a run, at the term's offset in the segment's postings file (little-endian):
    MAGIC, count (uint32), id width (1 byte: 2 or 4), weight width (1 byte: 2 or 4),
    `count` document number deltas (uint16 or uint32; the first from 0),
    `count` weights (uint16: the weight in WEIGHT_UNITs, or float32).
Weights are multiples of 1/64 (`words.WEIGHT_STEP`) below 1,024, so they nearly always fit
two bytes; any that does not makes the run's weights float32.

This module and `segments` are the only ones that know Whoosh's codec internals (whoosh-reloaded
2.7): here, how a segment reader finds a term's postings.
"""

from __future__ import annotations

import bisect
import struct
import threading
from array import array
from collections import OrderedDict

import numpy as np
from whoosh.codec.whoosh3 import W3TermInfo
from whoosh.matching import ListMatcher, ReadTooFar
from whoosh.reading import TermNotFound

from .damage import IndexDamaged
from .runbytes import HEAD, MAGIC, WEIGHT_UNIT, encode_plain

SMALL = 256  # runs up to this long are encoded in plain Python
BLOCK = 128  # postings per block for Whoosh's block-quality skipping (virtual: a run has no blocks)
_ID = {2: np.dtype("<u2"), 4: np.dtype("<u4")}


def encode(ids, weights) -> bytes:
    """A run of postings: document numbers in increasing order and their weights."""
    if len(ids) <= SMALL:  # most terms: plain Python is quicker than numpy's call overhead
        return encode_plain(list(ids), list(weights))
    ids = np.asarray(ids, dtype=np.int64)
    deltas = np.diff(ids, prepend=0)
    idw = 2 if len(deltas) == 0 or int(deltas.max()) < 1 << 16 else 4
    w = np.asarray(weights, dtype=np.float64)
    units = np.rint(w * WEIGHT_UNIT)
    exact = len(w) == 0 or (units.max() < 1 << 16 and units.min() >= 0 and np.array_equal(units / WEIGHT_UNIT, w))
    ww = 2 if exact else 4
    return b"".join((MAGIC, HEAD.pack(len(ids), idw, ww), deltas.astype(_ID[idw]).tobytes(),
                     units.astype("<u2").tobytes() if exact else w.astype("<f4").tobytes()))


def encode_groups(docs: np.ndarray, weights: np.ndarray, starts: np.ndarray, chosen=None) -> list[bytes]:
    """Runs of many terms at once: `docs` and `weights` hold each term's postings one after the
    other (in document order within a term), a term starting at each of `starts`; the runs of
    the terms `chosen` (a list of flags; default all)."""
    if not len(starts):
        return []
    d = docs.astype(np.int64)
    deltas = np.empty_like(d)
    deltas[0] = d[0]
    np.subtract(d[1:], d[:-1], out=deltas[1:])
    deltas[starts] = d[starts]
    w = weights.astype(np.float64)
    units = np.rint(w * WEIGHT_UNIT)
    fits = (units / WEIGHT_UNIT == w) & (units >= 0) & (units < 1 << 16)
    wide = (np.maximum.reduceat(deltas, starts) >= 1 << 16).tolist()
    exact = np.logical_and.reduceat(fits, starts).tolist()
    d16, u16 = deltas.astype("<u2").tobytes(), units.astype("<u2").tobytes()
    d32 = deltas.astype("<u4").tobytes() if any(wide) else b""
    f32 = w.astype("<f4").tobytes() if not all(exact) else b""
    bounds = starts.tolist() + [len(d)]
    out = []
    pack = HEAD.pack
    for g in range(len(starts)):
        if chosen is not None and not chosen[g]:
            continue
        a, b = bounds[g], bounds[g + 1]
        ids = d32[4 * a:4 * b] if wide[g] else d16[2 * a:2 * b]
        ws = u16[2 * a:2 * b] if exact[g] else f32[4 * a:4 * b]
        out.append(b"".join((MAGIC, pack(b - a, 4 if wide[g] else 2, 2 if exact[g] else 4), ids, ws)))
    return out


class Run:
    """One term's decoded postings in one segment: `ids` (int64) and `weights` (float64), numpy
    arrays in document order."""

    __slots__ = ("ids", "weights", "units", "_lists")

    def __init__(self, ids: np.ndarray, weights: np.ndarray, units: np.ndarray | None = None):
        self.ids = ids
        self.weights = weights
        self.units = units  # the weights in WEIGHT_UNITs (uint16), when stored so
        self._lists = None

    @classmethod
    def decode(cls, data: bytes) -> Run:
        if data[:4] != MAGIC:
            raise IndexDamaged("not a posting run (damaged postings file)")
        n, idw, ww = HEAD.unpack_from(data, 4)
        start = 4 + HEAD.size
        end = start + n * idw
        if idw not in _ID or ww not in (2, 4) or len(data) < end + n * ww:
            raise IndexDamaged("posting run truncated or damaged")
        ids = np.cumsum(np.frombuffer(data, _ID[idw], n, start), dtype=np.int64)
        if ww == 2:
            units = np.frombuffer(data, "<u2", n, end)
            return cls(ids, units / WEIGHT_UNIT, units)
        return cls(ids, np.frombuffer(data, "<f4", n, end).astype(np.float64))

    @classmethod
    def of(cls, ids, weights) -> Run:
        return cls(np.asarray(ids, dtype=np.int64), np.asarray(weights, dtype=np.float64))

    def __len__(self) -> int:
        return len(self.ids)

    def lists(self) -> tuple[array, array, array]:
        """ids, weights and each virtual block's largest weight as Python arrays (fast to index
        one at a time, which is how Whoosh's matchers read)."""
        if self._lists is None:
            ids = array("q", self.ids.tobytes())
            weights = array("d", self.weights.tobytes())
            tops = np.maximum.reduceat(self.weights, np.arange(0, len(self.weights), BLOCK)) if len(self) else []
            self._lists = (ids, weights, array("d", np.asarray(tops, dtype=np.float64).tobytes()))
        return self._lists


def read(reader, fieldname: str, tbytes: bytes) -> Run | None:
    """A term's postings in one segment (deleted documents included), or None when the segment
    does not have the term. `reader` is a Whoosh SegmentReader."""
    terms = reader._terms  # W3TermsReader
    try:
        info = terms.term_info(fieldname, tbytes)
    except (KeyError, TermNotFound):
        return None
    return from_info(terms._postfile, info)


def segment_runs(reader, cached: bool = True):
    """Every term of a segment with its postings, (fieldname, term bytes, Run), in term order:
    the term table read through once (not looked up term by term through its hash tables,
    which is most of the time merging small segments takes). Not `cached`: every run decoded
    from the file as it is now, none taken from (or put into) the cache of decoded runs."""
    terms = reader._terms  # W3TermsReader
    table = terms._tindex  # OrderedHashReader
    data = table.dbfile.get(table.startofdata, table.endofdata - table.startofdata)
    unpack, size = _LENGTHS.unpack_from, _LENGTHS.size
    decode_key, decode_info, postfile = terms._keydecoder, W3TermInfo.from_bytes, terms._postfile
    pos = 0
    while pos < len(data):
        keylen, datalen = unpack(data, pos)
        pos += size
        fieldname, tbytes = decode_key(data[pos:pos + keylen])
        info = decode_info(data[pos + keylen:pos + keylen + datalen])
        pos += keylen + datalen
        yield fieldname, tbytes, from_info(postfile, info, cached)


_LENGTHS = struct.Struct("!ii")  # (whoosh.filedb.filetables: each entry's key and value lengths)
_INFO = W3TermInfo._struct
_LONG = struct.Struct("!q")
_INT = struct.Struct("!i")


def segment_fields(reader) -> dict[str, tuple[list[bytes], np.ndarray, np.ndarray, np.ndarray]]:
    """Every field's postings in one segment, for merging: field name -> (its terms in term order,
    each term's posting count, every posting's document number (int64) and weight (float64), term
    after term). The same postings as `segment_runs`, read from the file, but a field's arrays
    are made at once: an inlined term's postings (most of a segment's terms) are appended to
    lists rather than made into two numpy arrays each."""
    from pickle import loads

    terms = reader._terms  # W3TermsReader
    table = terms._tindex  # OrderedHashReader
    data = table.dbfile.get(table.startofdata, table.endofdata - table.startofdata)
    unpack, size = _LENGTHS.unpack_from, _LENGTHS.size
    decode_key, postfile = terms._keydecoder, terms._postfile
    head, long_at, int_at = _INFO.size, _LONG.unpack_from, _INT.unpack_from
    fields: dict[str, tuple[list, list, list, list, list, list]] = {}
    pos = 0
    while pos < len(data):
        keylen, datalen = unpack(data, pos)
        pos += size
        fieldname, tbytes = decode_key(data[pos:pos + keylen])
        start = pos + keylen
        pos = start + datalen
        f = fields.get(fieldname)
        if f is None:  # terms, counts, id chunks, weight chunks, and the inlined ids and weights not chunked yet
            f = fields[fieldname] = ([], [], [], [], [], [])
        names, counts, id_chunks, weight_chunks, ids, weights = f
        names.append(tbytes)
        if data[start]:  # the flags byte: inlined
            i, w, _ = loads(data[start + head:pos])
            counts.append(len(i))
            ids += i
            weights += w
        else:
            offset = long_at(data, start + head)[0]
            length = int_at(data, start + head + 8)[0]
            run = Run.decode(postfile.get(offset, length))
            counts.append(len(run))
            if ids:
                id_chunks.append(np.array(ids, dtype=np.int64))
                weight_chunks.append(np.array(weights, dtype=np.float64))
                ids.clear()
                weights.clear()
            id_chunks.append(run.ids)
            weight_chunks.append(run.weights)
    out = {}
    for fieldname, (names, counts, id_chunks, weight_chunks, ids, weights) in fields.items():
        if ids:
            id_chunks.append(np.array(ids, dtype=np.int64))
            weight_chunks.append(np.array(weights, dtype=np.float64))
        out[fieldname] = (names, np.array(counts, dtype=np.int64),
                          np.concatenate(id_chunks) if id_chunks else np.zeros(0, np.int64),
                          np.concatenate(weight_chunks) if weight_chunks else np.zeros(0, np.float64))
    return out


class _Cache:
    """Recently decoded runs (segments never change, so a run stays right as long as its
    segment's file exists): a query's runs are decoded once for the vectorised evaluation and
    Whoosh's matchers, and a word searched again is not decoded again."""

    def __init__(self, limit_bytes: int):
        self.limit = limit_bytes
        self.size = 0
        self.runs: OrderedDict[tuple, Run] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key, make) -> Run:
        with self.lock:
            run = self.runs.get(key)
            if run is not None:
                self.runs.move_to_end(key)
                return run
        run = make()
        cost = 40 * len(run)  # ids, weights, stored bytes; and their Python arrays when a matcher reads them
        if cost <= self.limit // 8:
            with self.lock:
                if key not in self.runs:
                    self.runs[key] = run
                    self.size += cost
                while self.size > self.limit:
                    _, old = self.runs.popitem(last=False)
                    self.size -= 40 * len(old)
        return run


CACHE = _Cache(64 << 20)
CACHED_FROM = 4096  # bytes: smaller runs are decoded again (as quick as the lookup)


def from_info(postfile, info, cached: bool = True) -> Run:
    if info.is_inlined():
        ids, weights, _ = info.inlined_postings()
        return Run.of(ids, weights)
    offset, length = info.extent()
    if isinstance(length, tuple):  # (how Whoosh reads it back from the term table)
        length = length[0]
    name = getattr(postfile, "_name", None)
    if not cached or name is None or length < CACHED_FROM:
        return Run.decode(postfile.get(offset, length))
    return CACHE.get((name, offset, length), lambda: Run.decode(postfile.get(offset, length)))


class RunMatcher(ListMatcher):
    """Whoosh's matcher over a run: skip_to by bisection, and virtual blocks of BLOCK postings
    with their largest weight, so Whoosh's block-quality skipping works as over its own blocks.
    The run is decoded when first read (a query's term matchers are made in every segment, and
    most of them, restricted to a few articles elsewhere, are never read)."""

    def __init__(self, load, count: int, format_, scorer=None, term=None, terminfo=None, position=0):
        super().__init__(None, None, None, format_, scorer, position, None, term, terminfo)
        self._load = load  # () -> Run
        self._n = count
        self._tops = None

    def _read(self):
        ids, weights, tops = self._load().lists()
        self._ids, self._weights, self._tops = ids, weights, tops

    def copy(self):
        return RunMatcher(self._load, self._n, self._format, self._scorer, self._term, self._terminfo, self._i)

    @property
    def format(self):
        return self._format

    @property
    def scorer(self):
        return self._scorer

    def is_active(self):
        return self._i < self._n

    def id(self):
        if self._ids is None:
            self._read()
        return self._ids[self._i]

    def skip_to(self, id):
        if not self.is_active():
            raise ReadTooFar
        if self._ids is None:
            self._read()
        if id <= self._ids[self._i]:
            return False
        old = self._i
        self._i = bisect.bisect_left(self._ids, id, self._i)
        return self._i // BLOCK != old // BLOCK

    def next(self):
        self._i += 1
        return self._i % BLOCK == 0

    def weight(self):
        if self._weights is None:
            self._read()
        return self._weights[self._i]

    def value(self):
        return b""

    def all_ids(self):
        if self._ids is None:
            self._read()
        return iter(self._ids[self._i:])

    def supports(self, astype):
        return self._format.supports(astype)

    def max_quality(self):
        if self._scorer:
            return self._scorer.max_quality()
        if self._weights is None:
            self._read()
        return max(self._weights, default=0.0)

    def block_quality(self):
        return self._scorer.block_quality(self)

    def block_max_weight(self):
        if self._tops is None:
            self._read()
        return self._tops[self._i // BLOCK]

    def block_min_length(self):
        return 1

    def block_max_length(self):
        return 1

    def block_min_id(self):
        if self._ids is None:
            self._read()
        return self._ids[self._i - self._i % BLOCK]

    def block_max_id(self):
        if self._ids is None:
            self._read()
        return self._ids[min(self._n, self._i - self._i % BLOCK + BLOCK) - 1]

    def skip_to_quality(self, minquality):
        skipped = 0
        while self.is_active() and self.block_quality() <= minquality:
            self._i = self._i - self._i % BLOCK + BLOCK
            skipped += 1
        return skipped

    def replace(self, minquality=0):
        if not self.is_active() or (minquality and self.max_quality() < minquality):
            from whoosh.matching import NullMatcher

            return NullMatcher()
        return self
