"""Importing into a server archive, timed in its two parts: storing generated issues (bench/corpus.py,
100 articles each, one transaction an issue, as `baoku import` stores them) and making their search
rows after the commit (one process, as `baoku import` does; --builders N: N processes at once).
With one builder it shows the CPU the rows took, a row: the client's (this process) and the
server's (its backend, read from /proc: the server runs on this machine); and after the rows
the database's size an article, with the search tables' share (heap, TOAST and indexes).

    PYTHONPATH=desktop .venv/bin/python bench/server_import.py [--issues 20] [--rounds 1] [--profile]

A private server is started as the tests start one (tests/pgserver.py). Run it with another
checkout's `desktop` on PYTHONPATH to compare code in the same conditions: the machine's load
moves every absolute figure, so compare runs made one after the other and quote the load.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402
from server_bench import make_rows  # noqa: E402


def run(url: str, first: int, issues: int, builders: int, profile: bool) -> dict:
    from baoku.core.search.serversearch import ServerSearch
    from baoku.core.search.words import preload
    from baoku.core.store.server import ServerArchive

    preload()
    parsed = [corpus.parsed_issue(n) for n in range(first, first + issues)]
    with ServerArchive(url) as archive:
        load = os.getloadavg()[0]
        t0 = time.perf_counter()
        stored = sum(len(archive.save_issue(p).article_ids) for p in parsed)
        store_s = time.perf_counter() - t0
        prof = cProfile.Profile() if profile else None
        backend = _cpu(archive.conn.info.backend_pid)
        t0, c0 = time.perf_counter(), time.process_time()
        if builders > 1:
            made = make_rows(url, builders)
        else:
            if prof:
                prof.enable()
            made = ServerSearch(archive).sync()
            if prof:
                prof.disable()
        rows_s = time.perf_counter() - t0
        cpu = {"client_ms_a_row": round((time.process_time() - c0) * 1000 / max(made, 1), 2),
               "server_ms_a_row": round((_cpu(archive.conn.info.backend_pid) - backend) * 1000 / max(made, 1), 2)} \
            if builders == 1 else {}
        size = _sizes(archive.conn, stored)
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    return {"stored": stored, "store_per_s": round(stored / store_s), "made": made,
            "rows_per_s": round(made / rows_s) if rows_s else 0,
            "both_per_s": round(stored / (store_s + rows_s)), "load_before": round(load, 1),
            "load_after": round(os.getloadavg()[0], 1), **cpu, **size}


def _cpu(pid: int) -> float:
    """A process's user and system CPU seconds so far (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _sizes(conn, articles: int) -> dict:
    """The database's size an article, and each search table's (with its TOAST and indexes), in KB."""
    def kb(sql: str) -> float:
        return round(conn.execute(sql).fetchone()[0] / 1024 / max(articles, 1), 1)

    out = {"db_kb_an_article": kb("SELECT pg_database_size(current_database())")}
    for table in ("article_search", "search_word", "search_token"):
        if conn.execute("SELECT to_regclass(%s)", [table]).fetchone()[0]:
            out[f"{table}_kb"] = kb(f"SELECT pg_total_relation_size('{table}')")
    return out


def main() -> int:
    from tests import pgserver

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--issues", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=1, help="import --issues more issues this many times")
    ap.add_argument("--builders", type=int, default=1)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    server = pgserver.start()
    try:
        url = server.create_database("imports")
        for r in range(args.rounds):
            print(json.dumps(run(url, r * args.issues, args.issues, args.builders, args.profile)), flush=True)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
