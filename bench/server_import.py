"""Importing into a server archive, timed in its two parts: storing generated issues (bench/corpus.py,
100 articles each, one transaction an issue, as `baoku import` stores them) and making their search
rows after the commit (one process, as `baoku import` does; --builders N: N processes at once).
With one builder it shows the CPU the rows took, a row: the client's (this process) and the
server's (its backend, read from /proc: the server runs on this machine); with more, the builders'
processes' and the whole server's (every process of it, autovacuum included); storing's CPU an article
the same way, their sum and the articles/s two fully used cores would reach at it; and after the rows
the database's size an article, with the search tables' share (heap, TOAST and indexes).

    PYTHONPATH=desktop .venv/bin/python bench/server_import.py [--issues 20] [--rounds 1] [--profile] [--detail]

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
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402
from server_bench import make_rows  # noqa: E402


def run(url: str, first: int, issues: int, builders: int, profile: bool, details: bool = False) -> dict:
    from baoku.core.search.serversearch import ServerSearch
    from baoku.core.search.words import preload
    from baoku.core.store.server import ServerArchive

    preload()
    parsed = [corpus.parsed_issue(n) for n in range(first, first + issues)]
    with ServerArchive(url) as archive:
        load = os.getloadavg()[0]
        t0, c0, b0 = time.perf_counter(), time.process_time(), _cpu(archive.conn.info.backend_pid)
        stored = sum(len(archive.save_issue(p).article_ids) for p in parsed)
        store_s = time.perf_counter() - t0
        store_cpu = {"store_client_ms": round((time.process_time() - c0) * 1000 / max(stored, 1), 2),
                     "store_server_ms": round((_cpu(archive.conn.info.backend_pid) - b0) * 1000 / max(stored, 1), 2)}
        prof = cProfile.Profile() if profile else None
        backend = _cpu(archive.conn.info.backend_pid)
        t0, c0 = time.perf_counter(), time.process_time()
        whole0, kids0 = _server_cpu(archive.conn.info.backend_pid), _children_cpu()
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
        if builders > 1:  # the builders' processes' CPU, and the whole server's (every backend, autovacuum too)
            cpu = {"builders_ms_a_row": round((_children_cpu() - kids0) * 1000 / max(made, 1), 2),
                   "server_all_ms_a_row": round((_server_cpu(archive.conn.info.backend_pid) - whole0) * 1000
                                                / max(made, 1), 2)}
        if cpu:  # an article's CPU in all, and what two fully used cores could then import a second
            cpu["all_ms_an_article"] = round(sum(store_cpu.values()) + sum(cpu.values()), 2)
            cpu["two_cores_per_s"] = round(2000 / cpu["all_ms_an_article"])
        size = _sizes(archive.conn, stored)
        if details:
            size["detail"] = detail(archive.conn, stored)
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    return {"stored": stored, "store_per_s": round(stored / store_s), "made": made,
            "rows_per_s": round(made / rows_s) if rows_s else 0,
            "both_per_s": round(stored / (store_s + rows_s)), "load_before": round(load, 1),
            "load_after": round(os.getloadavg()[0], 1), **store_cpu, **cpu, **size}


def _cpu(pid: int) -> float:
    """A process's user and system CPU seconds so far (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _server_cpu(backend: int) -> float:
    """The whole server's CPU seconds so far: its postmaster (this backend's parent), the children
    it has reaped (backends that closed) and those alive (backends, autovacuum, the writers)."""
    def stat(pid) -> list[str]:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()

    postmaster = int(stat(backend)[1])
    f = stat(postmaster)
    ticks = sum(int(x) for x in f[11:15])
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                g = stat(entry.name)
            except OSError:  # gone meanwhile
                continue
            if int(g[1]) == postmaster:
                ticks += int(g[11]) + int(g[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def _children_cpu() -> float:
    """The CPU seconds of this process's children that ended (the builders)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _sizes(conn, articles: int) -> dict:
    """The database's size an article, and each search table's (with its TOAST and indexes), in KB."""
    def kb(sql: str) -> float:
        return round(conn.execute(sql).fetchone()[0] / 1024 / max(articles, 1), 1)

    out = {"db_kb_an_article": kb("SELECT pg_database_size(current_database())")}
    for table in ("article_search", "search_word", "search_token", "article"):
        if conn.execute("SELECT to_regclass(%s)", [table]).fetchone()[0]:
            out[f"{table}_kb"] = kb(f"SELECT pg_total_relation_size('{table}')")
    return out


def detail(conn, articles: int) -> dict:
    """The search tables' parts, KB an article: each one's heap, TOAST and every index, and
    article_search's columns as stored (pg_column_size: compressed or not) with its lexemes."""
    out = {}
    for table in ("article_search", "search_word"):
        if not conn.execute("SELECT to_regclass(%s)", [table]).fetchone()[0]:
            continue
        heap, toast = conn.execute(
            "SELECT pg_relation_size(c.oid), COALESCE(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0) "
            "FROM pg_class c WHERE c.oid = %s::regclass", [table]).fetchone()
        out[f"{table}.heap"] = round(heap / 1024 / articles, 2)
        out[f"{table}.toast"] = round(toast / 1024 / articles, 2)
        for name, size in conn.execute(
                "SELECT indexrelid::regclass::text, pg_relation_size(indexrelid) FROM pg_index "
                "WHERE indrelid = %s::regclass", [table]):
            out[f"{table}.{name}"] = round(size / 1024 / articles, 2)
    cols = [r[0] for r in conn.execute(
        "SELECT attname FROM pg_attribute WHERE attrelid = 'article_search'::regclass AND attnum > 0 "
        "AND NOT attisdropped ORDER BY attnum")]
    tokens = "grams" if "grams" in cols else "array_to_tsvector(string_to_array(lexemes, ' '))"  # before / since 47d
    sums = conn.execute("SELECT count(*), " + ", ".join(f"avg(pg_column_size({c}))" for c in cols) +
                        f", avg(length({tokens})), avg(pg_column_size({tokens})) FROM article_search").fetchone()
    out["rows"] = sums[0]
    out.update({f"column.{c}": round(float(v or 0)) for c, v in zip(cols, sums[1:])})
    out["lexemes_an_article"] = round(float(sums[-2] or 0))
    out["their_tsvector_bytes"] = round(float(sums[-1] or 0))
    return out


def main() -> int:
    from tests import pgserver

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--issues", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=1, help="import --issues more issues this many times")
    ap.add_argument("--builders", type=int, default=1)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--detail", action="store_true", help="each search table's heap, TOAST, indexes and columns")
    args = ap.parse_args()
    server = pgserver.start()
    try:
        url = server.create_database("imports")
        for r in range(args.rounds):
            print(json.dumps(run(url, r * args.issues, args.issues, args.builders, args.profile, args.detail)), flush=True)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
