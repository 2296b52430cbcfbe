"""An issue's small segment is sorted and encoded in plain Python (no numpy loaded), a large one
with numpy: both give the same values and the same bytes, so the index does not depend on which
path wrote a segment."""

from __future__ import annotations

import hashlib
import random

import numpy as np
import pytest

from baoku.core.search import postings, runbytes, segments
from baoku.core.search.index import SearchIndex
from baoku.core.store import Archive

from .test_vector import check_same, fill


def pool(seed: int, docs: int, words: int, odd: float) -> segments._Pool:
    """Documents with Zipf-like word choices (some words in most documents, many in one), weights
    mostly in 1/64 steps, a share `odd` of them not (float32 runs), and a wide gap between ids."""
    rnd = random.Random(seed)
    p = segments._Pool()
    vocab = [f"词{i}" for i in range(words)]
    for d in range(docs):
        docnum = d if d < docs // 2 else d + 70_000  # gaps over 65,535: four-byte ids
        chosen = {vocab[min(int(rnd.paretovariate(0.7)) - 1, words - 1)] for _ in range(rnd.randint(1, 60))}
        p.add(docnum, {w: (rnd.random() * 50 if rnd.random() < odd else rnd.randint(1, 3000) / 64)
                       for w in chosen})
    return p


@pytest.mark.parametrize("seed,docs,words,odd", [(1, 100, 3000, 0.0), (2, 300, 500, 0.02), (3, 40, 50, 0.5),
                                                 (4, 1, 5, 0.0), (5, 700, 20, 0.3)])
def test_the_plain_and_numpy_sorts_give_the_same_values_and_bytes(seed, docs, words, odd):
    p = pool(seed, docs, words, odd)
    plain, fast = p._sorted_plain(), p._sorted_numpy()
    names = ("words", "bounds", "docs", "weights", "totals", "tops", "big", "encoded")
    for name, a, b in zip(names, plain, fast):
        assert a == b, name  # floats compared exactly: the totals are summed as numpy sums them
    assert any(b - a > 128 for a, b in zip(plain[1], plain[1][1:])) or docs < 129  # the pairwise sum's halves


def test_numpy_sum_is_numpy_add_reduceat():
    rnd = random.Random(7)
    for n in [1, 2, 7, 8, 9, 15, 16, 17, 127, 128, 129, 130, 255, 256, 257, 1000, 3001]:
        v = [float(np.float32(rnd.random() * rnd.choice([1e-3, 1, 1e3]))) for _ in range(n + 5)]
        want = np.add.reduceat(np.array(v), np.array([0, 3, 3 + n])).tolist()
        assert [runbytes.numpy_sum(v, 0, 3), runbytes.numpy_sum(v, 3, 3 + n)] == want[:2]


def test_encode_plain_is_postings_encode_groups():
    rnd = random.Random(3)
    for n in [1, 2, 9, 300]:
        ids = sorted(rnd.sample(range(200_000 if n > 2 else 100), n))
        for weights in ([rnd.randint(0, 4000) / 64 for _ in ids], [float(np.float32(rnd.random())) for _ in ids]):
            want = postings.encode_groups(np.array(ids, dtype=np.uint32), np.array(weights, dtype=np.float32),
                                          np.array([0]))[0]
            assert runbytes.encode_plain(ids, weights) == want


def _segment_files(path) -> dict[str, str]:
    """The newest segment's files by kind, as digests (segment names are random)."""
    newest = max((f for f in path.iterdir() if f.suffix == ".aid"), key=lambda f: f.stat().st_mtime_ns)
    stem = newest.name[:-len(".aid")]
    return {f.name[len(stem):]: hashlib.sha256(f.read_bytes()).hexdigest()
            for f in path.iterdir() if f.name.startswith(stem)}


def test_an_issue_segment_is_the_same_bytes_either_way(tmp_path, monkeypatch):
    files = []
    for plain_pool in (10**9, 0):  # every pool in plain Python; every pool with numpy
        monkeypatch.setattr(segments, "PLAIN_POOL", plain_pool)
        with Archive(tmp_path / f"a{plain_pool}.db") as archive, SearchIndex(archive) as index:
            fill(archive, seed=11, issues=6, per=20)
            index.sync()
            files.append(_segment_files(index.files.words.path))
            check_same(index)  # and the runs read back as Whoosh's matchers read them
    assert files[0] == files[1]
    assert {".trm", ".pst", ".aid"} <= set(files[0])
