"""The server archive's search against the embedded archive's, on the search benchmark's corpus and
queries: the same N generated articles stored in both (a private PostgreSQL server started as the
tests start one, tests/pgserver.py), then for every query of bench/search_bench.py the totals
(exact: they must be equal), the overlap of the first ten hits and whether their order is the
same, and each side's first-page time (median of --repeats).

    .venv/bin/python bench/server_overlap.py --articles 20000 [--repeats 3]

Not a test: it prints numbers (and exits 1 when a total differs)."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import checkout  # noqa: E402

checkout.use_desktop(ROOT)  # its own code, unless PYTHONPATH names another
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402
from search_bench import PER_ISSUE, queries  # noqa: E402

from baoku.core.search.index import SearchIndex  # noqa: E402
from baoku.core.search.serversearch import ServerSearch  # noqa: E402
from baoku.core.store import Archive  # noqa: E402
from baoku.core.store.server import ServerArchive  # noqa: E402
from tests import pgserver  # noqa: E402


def timed(fn, repeats: int):
    times, out = [], None
    for _ in range(repeats):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return out, statistics.median(times) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    issues = max(1, args.articles // PER_ISSUE)
    server = pgserver.start()
    failed = 0
    try:
        url = server.create_database("overlap")
        with tempfile.TemporaryDirectory() as tmp, Archive(Path(tmp) / "bench.db") as embedded, \
                ServerArchive(url) as remote:
            rates = {}
            for name, archive in (("embedded", embedded), ("server", remote)):
                t = time.perf_counter()
                for n in range(issues):
                    archive.save_issue(corpus.parsed_issue(n), duplicates=True)
                index = SearchIndex(embedded) if name == "embedded" else ServerSearch(remote)
                index.sync()
                rates[name] = issues * PER_ISSUE / (time.perf_counter() - t)
            print(f"{issues * PER_ISSUE} articles; stored and indexed: embedded {rates['embedded']:.0f}/s, "
                  f"server {rates['server']:.0f}/s (one process, 2 shared cores)")
            local, far = SearchIndex(embedded), ServerSearch(remote)
            print(f"{'query':<34}{'total':>8}{'top-10':>8}{'order':>7}{'emb ms':>8}{'srv ms':>8}")
            shares = []
            for kind, q, _ in queries():
                a, ta = timed(lambda: local.search(q, limit=10, facets=False, all_ids=False), args.repeats)
                b, tb = timed(lambda: far.search(q, limit=10, facets=False, all_ids=False), args.repeats)
                ten_a, ten_b = [h.id for h in a.hits], [h.id for h in b.hits]
                share = len(set(ten_a) & set(ten_b)) / max(len(ten_a), 1)
                if a.total:
                    shares.append(share)
                same = "same" if ten_a == ten_b else "other"
                total = f"{a.total}" if a.total == b.total else f"{a.total}≠{b.total}"
                failed += a.total != b.total
                print(f"{q[:30]:<34}{total:>8}{share:>8.0%}{same:>7}{ta:>8.1f}{tb:>8.1f}")
            print(f"mean top-10 overlap {statistics.mean(shares):.1%} over the {len(shares)} queries with hits; "
                  f"{failed} totals differ")
    finally:
        server.stop()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
