"""A posting run's bytes (the layout `postings` describes), made in plain Python: what writing an
issue's small segment needs, without loading numpy (about 0.1 s of CPU at every `baoku import`).
`postings` decodes runs and encodes long ones with numpy, to the same bytes."""

from __future__ import annotations

import struct
import sys
from array import array
from operator import sub

MAGIC = b"BKr1"
HEAD = struct.Struct("<IBB")
WEIGHT_UNIT = 64  # a stored weight is round(weight * 64)
_UNIT = float(WEIGHT_UNIT)


def encode_plain(ids: list[int], weights: list[float]) -> bytes:
    """A run of postings (document numbers in increasing order, their weights), by Python's own
    arrays: the bytes `postings.encode_groups` makes for the same run."""
    deltas = list(map(sub, ids, [0, *ids[:-1]]))
    idw = 2 if max(deltas, default=0) < 1 << 16 else 4
    units = list(map(_UNIT.__mul__, weights))
    exact = all(map(float.is_integer, units)) and max(units, default=0) < 1 << 16 and min(units, default=0) >= 0
    parts = [array("H" if idw == 2 else "I", deltas), array("H", map(int, units)) if exact else array("f", weights)]
    if sys.byteorder == "big":
        for a in parts:
            a.byteswap()
    return b"".join((MAGIC, HEAD.pack(len(ids), idw, 2 if exact else 4), parts[0].tobytes(), parts[1].tobytes()))


def numpy_sum(values: list[float], a: int, b: int) -> float:
    """values[a:b] summed as numpy's add.reduceat sums a group (the first value, plus a pairwise
    sum of the rest: eight running sums in blocks of up to 128), so that a term's total weight is
    the same float whichever path wrote its segment."""
    return values[a] + _pairwise(values, a + 1, b - a - 1)


def _pairwise(v: list[float], lo: int, n: int) -> float:
    if n < 8:
        res = -0.0
        for i in range(lo, lo + n):
            res += v[i]
        return res
    if n <= 128:
        r = v[lo:lo + 8]
        i = 8
        whole = n - n % 8
        while i < whole:
            j = lo + i
            r[0] += v[j]
            r[1] += v[j + 1]
            r[2] += v[j + 2]
            r[3] += v[j + 3]
            r[4] += v[j + 4]
            r[5] += v[j + 5]
            r[6] += v[j + 6]
            r[7] += v[j + 7]
            i += 8
        res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        for j in range(lo + i, lo + n):
            res += v[j]
        return res
    half = n // 2
    half -= half % 8
    return _pairwise(v, lo, half) + _pairwise(v, lo + half, n - half)
