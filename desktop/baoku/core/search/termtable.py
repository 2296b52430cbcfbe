"""Whoosh's term table (an OrderedHashWriter) and postings file written as Whoosh writes them,
byte for byte, but in large pieces (`segments` writes a segment's terms through these): positions
counted rather than asked of the file, and each of the 256 hash tables that end the term table
written whole rather than one slot at a time. Like `segments`, this knows Whoosh's writer internals
(whoosh-reloaded 2.7)."""

from __future__ import annotations

import struct
from hashlib import md5
from itertools import islice
from operator import ge

from whoosh.codec.whoosh3 import W3TermInfo
from whoosh.filedb.filetables import _lengths as _LENGTHS
from whoosh.filedb.filetables import md5_hash


INFO = W3TermInfo._struct  # flags (inlined), total weight, documents, lengths (none), top weight, first, last


class TermTable:
    """Appends keys and values to Whoosh's term table (an OrderedHashWriter) and postings to the
    postings file as OrderedHashWriter.add and a postings write would, byte for byte, but buffered:
    positions are counted rather than asked of the file, and the bytes go out in pieces of about
    CHUNK. Keys must come in increasing order, as OrderedHashWriter requires."""

    CHUNK = 1 << 22

    def __init__(self, tindex, postfile):
        self.tindex, self.postfile = tindex, postfile
        self.pos = tindex.dbfile.tell()
        self.ppos = postfile.tell()
        self.parts: list[bytes] = []
        self.pparts: list[bytes] = []
        self.size = self.psize = 0
        self.positions: list[int] = []
        self.lastkey = tindex.lastkey
        self.buckets, self.hashfn = tindex.buckets, tindex.hashfn

    def post(self, data: bytes) -> int:
        """Queue one term's postings; return where they start in the postings file."""
        at = self.ppos
        self.pparts.append(data)
        self.ppos += len(data)
        self.psize += len(data)
        if self.psize >= self.CHUNK:
            self._flush_posts()
        return at

    def add(self, key: bytes, value: bytes) -> None:
        self.add_all([key], [value])

    def add_all(self, keys: list[bytes], values: list[bytes]) -> None:
        """Keys (in increasing order, after any added before) with their values, in one loop: a
        term costs a few list appends, and its hash is Whoosh's md5_hash without its per-call
        version check and hex round trip (the digest's last four bytes)."""
        if not keys:
            return
        if keys[0] <= self.lastkey or any(map(ge, keys, islice(keys, 1, None))):
            bad = next(i for i, k in enumerate(keys) if k <= (keys[i - 1] if i else self.lastkey))
            raise ValueError(f"Keys must increase: {(keys[bad - 1] if bad else self.lastkey)!r}..{keys[bad]!r}")
        if self.hashfn is md5_hash:
            hashes = [int.from_bytes(md5(k, usedforsecurity=False).digest()[12:], "big") for k in keys]
        else:
            hashes = list(map(self.hashfn, keys))
        buckets, lengths, chunk = self.buckets, _LENGTHS.pack, self.CHUNK
        pos, size = self.pos, self.size
        positions, parts = self.positions, self.parts
        for key, value, h in zip(keys, values, hashes):
            positions.append(pos)
            parts += (lengths(len(key), len(value)), key, value)
            buckets[h & 255].append((h, pos))
            n = 8 + len(key) + len(value)
            pos += n
            size += n
            if size >= chunk:
                self.pos, self.size = pos, size
                self._flush_terms()
                size, positions, parts = 0, self.positions, self.parts
        self.pos, self.size = pos, size
        self.lastkey = keys[-1]

    def _flush_posts(self) -> None:
        self.postfile.write(b"".join(self.pparts))
        self.pparts, self.psize = [], 0

    def _flush_terms(self) -> None:
        self.tindex.dbfile.write(b"".join(self.parts))
        self.parts, self.size = [], 0
        positions, self.positions = self.positions, []
        if positions:
            index = self.tindex.index  # a GrowableArray: widen it once for the largest position
            index.append(positions[-1])
            index.array.pop()
            index.array.extend(positions)

    def close(self) -> None:
        self._flush_posts()
        self._flush_terms()
        self.tindex.lastkey = self.lastkey
        assert self.tindex.dbfile.tell() == self.pos and self.postfile.tell() == self.ppos


_SLOT = struct.Struct(">Iq")  # filetables._pointer ("!Iq"): a slot's hash and position


def write_hashes(table) -> None:
    """HashWriter._write_hashes (the 256 hash tables that end a term table), the same bytes: each
    bucket's slots placed by the same linear probing, but a bucket written as one array rather
    than one write per slot. A key's position is never 0 (the file starts with a header), so a
    slot with position 0 is free, as Whoosh's (0, 0) marks it."""
    dbfile = table.dbfile
    pos = dbfile.tell()
    for entries in table.buckets:
        numslots = 2 * len(entries)
        table.directory.append((pos, numslots))
        if not numslots:
            continue
        hashes, places = [0] * numslots, [0] * numslots
        for hashval, position in entries:
            slot = (hashval >> 8) % numslots
            while places[slot]:
                slot = (slot + 1) % numslots
            hashes[slot] = hashval
            places[slot] = position
        dbfile.write(b"".join(map(_SLOT.pack, hashes, places)))
        pos += numslots * _SLOT.size
