"""Where a search's time goes on a server archive: each statement the search sends, with the plan
PostgreSQL ran and its timings (auto_explain with ANALYZE and BUFFERS, sent to this client as
notices), for a first page or a full result.

    .venv/bin/python bench/server_profile.py URL [--full] [--facets] [--min-ms 20] QUERY...

URL is a server archive (postgresql://…), e.g. the one `bench/search_bench.py --backend postgresql
--url URL` built. Nothing is written to the archive. Another checkout's code is profiled with its
`desktop` on PYTHONPATH (bench/checkout.py). The plans of stop 49's profiles (docs/server.md:
"The full result's minutes, and a first page's counting") were read this way."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import checkout  # noqa: E402

checkout.use_desktop(ROOT)  # its own code, unless PYTHONPATH names another


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("url")
    ap.add_argument("queries", nargs="+")
    ap.add_argument("--full", action="store_true", help="every match in order (else the first page of 20)")
    ap.add_argument("--facets", action="store_true", help="with the facets (the window's first page)")
    ap.add_argument("--min-ms", type=int, default=20, help="show statements taking at least this long")
    ap.add_argument("--lines", type=int, default=60, help="plan lines shown a statement")
    args = ap.parse_args()

    from baoku.core.search.serversearch import ServerSearch
    from baoku.core.store.server import ServerArchive

    archive = ServerArchive(args.url, create=False)
    search = ServerSearch(archive)
    search.search("发展", limit=1)  # opened, outside the profile
    plans: list[str] = []

    def keep(diag) -> None:
        if diag.message_primary and "plan:" in diag.message_primary:
            plans.append(diag.message_primary)

    conn = archive.conn
    conn.execute("LOAD 'auto_explain'")
    for setting, value in (("log_min_duration", str(args.min_ms)), ("log_analyze", "on"), ("log_buffers", "on"),
                           ("log_level", "notice")):
        conn.execute(f"SET auto_explain.{setting} = {value!r}" if setting == "log_level" else
                     f"SET auto_explain.{setting} = {value}")
    conn.add_notice_handler(keep)
    print(f"# load average {os.getloadavg()[0]:.1f}")
    for query in args.queries:
        plans.clear()
        t0 = time.perf_counter()
        result = search.search(query, limit=20, facets=args.facets, all_ids=args.full)
        ms = (time.perf_counter() - t0) * 1000
        print(f"\n== {query}: {'full result' if args.full else 'first page'}, {result.total:,} matches, {ms:.0f} ms")
        for plan in plans:
            print("\n".join(line[:220] for line in plan.splitlines()[:args.lines]))
    conn.remove_notice_handler(keep)
    archive.close()


if __name__ == "__main__":
    main()
