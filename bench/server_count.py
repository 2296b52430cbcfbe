"""What counting the search rows costs a ranked search on a server, against reading the kept
number (server schema 18, `search_count`): a private server (tests/pgserver.py), a table of
--rows rows of ~200 bytes with a bigint key beside sixteen shards, each statement timed --repeats
times. Not a test: it prints numbers.

    .venv/bin/python bench/server_count.py [--rows 1000000] [--repeats 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeats", type=int, default=7)
    args = ap.parse_args()
    import psycopg

    from tests import pgserver

    server = pgserver.start()
    try:
        url = server.create_database("count_bench")
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE rows_ (article_id bigint PRIMARY KEY, pad text)")
            conn.execute("INSERT INTO rows_ SELECT g, repeat('x', 200) FROM generate_series(1, %s) g", [args.rows])
            conn.execute("VACUUM ANALYZE rows_")
            conn.execute("CREATE TABLE shards (shard int PRIMARY KEY, n bigint NOT NULL)")
            conn.execute("INSERT INTO shards SELECT s, %s FROM generate_series(0, 15) s", [args.rows // 16])
            conn.execute("SET jit = off")
            print(f"{args.rows:,} rows, {args.repeats} runs each (ms)")
            for label, q in (("count(*)", "SELECT count(*) FROM rows_"),
                             ("sum of 16 shards", "SELECT COALESCE(sum(n), 0)::bigint FROM shards")):
                times = []
                for _ in range(args.repeats):
                    t0 = time.perf_counter()
                    conn.execute(q).fetchone()
                    times.append((time.perf_counter() - t0) * 1000)
                print(f"| {label} | median {statistics.median(times):.2f} | " + ", ".join(f"{t:.1f}" for t in times) + " |")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
