"""The search benchmark on a server archive (`search_bench.py --backend postgresql`), with the
embedded archive's figures from the same run beside it.

    .venv/bin/python bench/search_bench.py --backend postgresql --sizes 100000 --clients 10 \
        --workdir DIR [--url postgresql://…] [--repeats 3]

Without --url a private PostgreSQL server is started as the tests start one (tests/pgserver.py,
Debian's binaries), with more memory than the tests give it (SERVER_SETTINGS), and dropped at the
end. The embedded side is the archive in DIR/nN (bench.db and its index, built by the embedded
bench, or a copy of a kept one): it is only read.

1. build: the server stores the same issues the embedded build stored (corpus issues of 100),
   then the JSONL issues earlier add phases imported into DIR/nN (add-*.jsonl, in name order),
   so both archives hold the same articles; then BUILDERS processes make every search row (what
   `baoku import` does after its commit, there in one process). Store and search rows are timed apart, and the counts of articles
   compared. A database already holding the articles is reused (--url).
2. search: `--clients` processes per archive, each running the query list `--repeats` times
   (first page: exact total and top 20; full result: facets and every match), each client
   starting at another query; the server's clients first, then the embedded archive's.
3. add: one more issue as a whole `baoku --archive URL import` (after the search, so both
   archives hold the same articles while they are compared).
Not a test: it prints numbers.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import subprocess
import sys
import time
from pathlib import Path

import corpus
from search_bench import BAOKU, PER_ISSUE, pct, print_tables, queries, rss_mb

BUILDERS = 2  # processes making the search rows after the store (the machine has 2 cores)
SERVER_SETTINGS = {"shared_buffers": "1GB", "work_mem": "32MB", "maintenance_work_mem": "256MB",
                   "effective_cache_size": "4GB", "max_wal_size": "4GB", "checkpoint_timeout": "30min"}


def start_server():
    """A private server (tests/pgserver.py) restarted with SERVER_SETTINGS."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests import pgserver

    server = pgserver.start()
    with open(server.root / "data" / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write("".join(f"{k} = {v}\n" for k, v in SERVER_SETTINGS.items()))
    server._run(str(server.bin / "pg_ctl"), "-D", str(server.root / "data"), "-l", str(server.root / "server.log"),
                "-w", "-t", "120", "restart")
    return server


def build(url: str, work: Path, n: int) -> dict:
    """Store what the embedded build stored, then make every search row; each timed."""
    from baoku.core.importing.run import import_paths
    from baoku.core.search.words import preload
    from baoku.core.store import Archive
    from baoku.core.store.server import ServerArchive

    preload()
    with Archive(work / "bench.db", read_only=True) as embedded:
        want = embedded.conn.execute("SELECT COUNT(*) FROM article").fetchone()[0]
    with ServerArchive(url) as archive:
        held = archive.conn.execute("SELECT COUNT(*) FROM article").fetchone()[0]
        store_s, stored = 0.0, 0
        if held == 0:
            t0 = time.perf_counter()
            for number in range(n // PER_ISSUE):
                stored += len(archive.save_issue(corpus.parsed_issue(number)).article_ids)
            feeds = sorted(work.glob("add-*.jsonl"))
            if feeds:
                stored += import_paths(archive, feeds).articles_added
            store_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        made = make_rows(url, BUILDERS)
        index_s = time.perf_counter() - t0
        held = archive.conn.execute("SELECT COUNT(*) FROM article").fetchone()[0]
        size = archive.conn.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 2**20
        tables = {name: round(b / max(held, 1) / 1024, 2) for name, b in archive.conn.execute(
            "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace s "
            "ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind = 'r' ORDER BY 2 DESC LIMIT 6")}
        t0 = time.perf_counter()
        archive.conn.execute("VACUUM ANALYZE article_search")
        archive.conn.execute("VACUUM ANALYZE search_word")
        vacuum_s = time.perf_counter() - t0
    return {"stored": stored, "store_s": store_s, "made": made, "index_s": index_s, "vacuum_s": vacuum_s,
            "articles": held, "embedded_articles": want, "db_mb": size, "kb_per_article": tables, "rss_mb": rss_mb(),
            "load": os.getloadavg()}


def builder(url: str, out) -> None:
    from baoku.core.search.server import sync
    from baoku.core.search.words import preload
    from baoku.core.store.server import ServerArchive

    preload()
    with ServerArchive(url, create=False) as archive:
        out.put(sync(archive))


def make_rows(url: str, workers: int) -> int:
    """Every pending search row, made by `workers` processes at once (they share the backlog,
    search.server.sync); how many were made."""
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    procs = [ctx.Process(target=builder, args=(url, out)) for _ in range(workers)]
    for p in procs:
        p.start()
    made = sum(out.get() for _ in procs)
    for p in procs:
        p.join()
    return made


def client(backend: str, where: str, repeats: int, offset: int, ready, go, out) -> None:
    """One searcher: its own process and connection (or its own opening of the embedded archive)."""
    from baoku.core.search.words import preload

    listed = queries()
    listed = listed[offset % len(listed):] + listed[:offset % len(listed)]
    if backend == "postgresql":
        from baoku.core.search.serversearch import ServerSearch
        from baoku.core.store.server import ServerArchive

        archive = ServerArchive(where, create=False)
        index = ServerSearch(archive)
    else:
        from baoku.core.search.index import SearchIndex
        from baoku.core.store import Archive

        archive = Archive(Path(where), read_only=True)
        index = SearchIndex(archive)
    index.search("发展", limit=1)  # opened, outside the timings
    preload()
    ready.put(1)
    go.wait()
    results = {}
    try:
        for _, q, _ in listed:
            first, full = [], []
            total = distinct = None
            for _ in range(repeats):
                t = time.perf_counter()
                r = index.search(q, limit=20, facets=False, all_ids=False)
                first.append((time.perf_counter() - t) * 1000)
                total, distinct = r.total, r.distinct
                t = time.perf_counter()
                index.search(q, limit=20)
                full.append((time.perf_counter() - t) * 1000)
            results[q] = {"total": total, "distinct": distinct, "first": first, "full": full}
    finally:
        index.close()
        archive.close()
    out.put({"queries": results, "rss_mb": rss_mb()})


def search(backend: str, where: str, clients: int, repeats: int) -> dict:
    """Every client's timings per query, pooled; totals must agree between clients."""
    ctx = mp.get_context("spawn")
    ready, out, go = ctx.Queue(), ctx.Queue(), ctx.Event()
    procs = [ctx.Process(target=client, args=(backend, where, repeats, i * 3, ready, go, out)) for i in range(clients)]
    for p in procs:
        p.start()
    for _ in procs:
        ready.get()
    load0 = os.getloadavg()
    t0 = time.perf_counter()
    go.set()
    answers = [out.get() for _ in procs]
    wall = time.perf_counter() - t0
    for p in procs:
        p.join()
    pooled = {}
    for _, q, _ in queries():
        runs = [a["queries"][q] for a in answers]
        totals = {r["total"] for r in runs}
        pooled[q] = {"total": runs[0]["total"] if len(totals) == 1 else f"{sorted(totals)}",
                     "distinct": runs[0]["distinct"], "first": [x for r in runs for x in r["first"]],
                     "full": [x for r in runs for x in r["full"]]}
    return {"queries": pooled, "clients": clients, "wall_s": wall, "rss_mb": max(a["rss_mb"] for a in answers),
            "load": [load0, os.getloadavg()]}


def add(url: str, work: Path, n: int) -> dict:
    number = n // PER_ISSUE + int(time.time()) % 100000
    feed = work / f"server-add-{number}.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in corpus.jsonl_issue(
        number, publication="基准晚报")), encoding="utf-8")
    t0 = time.perf_counter()
    proc = subprocess.run([str(BAOKU), "--archive", url, "import", str(feed)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "desktop")})
    took = time.perf_counter() - t0
    feed.unlink()
    if proc.returncode:
        sys.exit(f"baoku import failed:\n{proc.stderr}")
    return {"s": took, "output": proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""}


def report(n: int, built: dict, server: dict, embedded: dict, added: dict, cached: dict) -> None:
    fmt = lambda xs: f"{pct(xs, .5):.0f} / {pct(xs, .95):.0f} / {pct(xs, .99):.0f} ms"  # noqa: E731
    every = lambda s, k: [x for v in s["queries"].values() for x in v[k]]  # noqa: E731
    print(f"\n## {n:,} articles: server against embedded, {server['clients']} concurrent clients each\n")
    rows = []
    if built.get("store_s"):
        both = built["store_s"] + built["index_s"]
        rows.append(("import: store, then every search row (`baoku import`'s path)",
                     f"{built['stored'] / both:,.0f} articles/s ({both:,.0f} s: store {built['store_s']:,.0f} s = "
                     f"{built['stored'] / built['store_s']:,.0f} articles/s, search rows {built['index_s']:,.0f} s = "
                     f"{built['made'] / built['index_s']:,.0f} articles/s by {BUILDERS} processes)",
                     _embedded_build(n, cached)))
    rows.append(("add one issue of 100 articles: a whole `baoku import`", f"{added['s']:.2f} s",
                 f"{cached['add']['s']:.2f} s (its last run)" if cached.get("add") else "–"))
    rows.append((f"query p50 / p95 / p99, first page (exact total + top 20), {server['clients']} clients",
                 fmt(every(server, "first")), fmt(every(embedded, "first"))))
    rows.append((f"query p50 / p95 / p99, full result (facets, every match in order), {server['clients']} clients",
                 fmt(every(server, "full")), fmt(every(embedded, "full"))))
    rows.append(("searches answered a second, all clients",
                 f"{2 * len(every(server, 'first')) / server['wall_s']:.1f}",
                 f"{2 * len(every(embedded, 'first')) / embedded['wall_s']:.1f}"))
    rows.append(("peak RSS of a client", f"{server['rss_mb']:.0f} MB", f"{embedded['rss_mb']:.0f} MB"))
    rows.append(("size on disk", f"database {built['db_mb']:,.0f} MB", "–"))
    rows.append(("load average (1 min) before / after the searches",
                 f"{server['load'][0][0]:.1f} / {server['load'][1][0]:.1f}",
                 f"{embedded['load'][0][0]:.1f} / {embedded['load'][1][0]:.1f}"))
    print_tables(["Baoku on the server", "Baoku embedded (same run)"], rows,
                 ["server first page p50 / p95 ms", "server full p50 / p95 ms", "embedded first page p50 / p95 ms",
                  "embedded full p50 / p95 ms", "totals agree"])
    for label, q, _ in queries():
        s, e = server["queries"][q], embedded["queries"][q]
        agree = "yes" if s["total"] == e["total"] and s["distinct"] == e["distinct"] else \
            f"NO ({s['total']}/{e['total']})"
        print(f"| `{q}` | {label} | {s['total']:,} ({s['distinct']:,}) | {pct(s['first'], .5):.0f} / "
              f"{pct(s['first'], .95):.0f} | {pct(s['full'], .5):.0f} / {pct(s['full'], .95):.0f} | "
              f"{pct(e['first'], .5):.0f} / {pct(e['first'], .95):.0f} | {pct(e['full'], .5):.0f} / "
              f"{pct(e['full'], .95):.0f} | {agree} |")
    sys.stdout.flush()


def _embedded_build(n: int, cached: dict) -> str:
    """The embedded archive's import rate, from the run that built it (phase-build.json)."""
    b = cached.get("build")
    if not b:
        return "–"
    return (f"{n / (b['store_s'] + b['index_s']):,.0f} articles/s (the run that built it: store "
            f"{b['store_s']:,.0f} s, index {b['index_s']:,.0f} s = {n / b['index_s']:,.0f} articles/s)")


def main(args) -> None:
    """Run the server bench for each size; see the module's text."""
    base = args.workdir
    if base is None:
        sys.exit("--backend postgresql needs --workdir: the embedded archive to compare with (DIR/nN/bench.db)")
    for n in args.sizes:
        work = base / f"n{n}"
        if not (work / "bench.db").exists():
            sys.exit(f"{work / 'bench.db'} is missing: build it with the embedded bench first (same --workdir)")
        server = None
        url = args.url
        if not url:
            server = start_server()
            url = server.create_database("bench")
        try:
            cached = {p: json.loads((work / f"phase-{p}.json").read_text()) for p in ("build", "add")
                      if (work / f"phase-{p}.json").exists()}
            built = build(url, work, n)
            print(f"built: {json.dumps(built)}", flush=True)
            on_server = search("postgresql", url, args.clients, args.repeats)
            print("server searched", flush=True)
            local = search("embedded", str(work / "bench.db"), args.clients, args.repeats)
            added = add(url, work, n)
            report(n, built, on_server, local, added, cached)
            if args.json:
                args.json.write_text(json.dumps({"articles": n, "built": built, "server": on_server,
                                                 "embedded": local, "add": added}, ensure_ascii=False, indent=1))
        finally:
            if server:
                server.stop()
