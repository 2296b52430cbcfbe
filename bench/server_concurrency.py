"""Many users on one server archive at once: searching clients and importers for a while, then a
count of what the archive holds.

    .venv/bin/python bench/server_concurrency.py [--searchers 10] [--importers 2] [--seconds 120]
        [--seed-issues 20] [--url postgresql://…]   # without --url a private server is started

Each importer is its own process, importing generated issues (bench/corpus.py, JSONL) one file at a
time through the application layer, as `baoku import` does; every issue is imported by both
importers (one in order, the other from the end), so they race on the same issues and an issue
stored twice, or half, shows. Each searcher is its own process, running the bench's queries in turn
through its own connection. At the end:

- errors: every exception any client met (there should be none);
- lost or doubled: for each issue some importer reported stored, the archive holds exactly its
  articles once (the JSONL's rows, by content), and no issue is stored that no importer stored;
- a query's total never goes down while imports only add (each searcher checks its own answers);
- search latency p50 / p95 / max over the run, and imports per minute.

Prints one table (Markdown) and writes it as JSON with --json. The latency depends on the machine's
load: quote it with `uptime`.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import checkout  # noqa: E402

checkout.use_desktop(ROOT)  # its own code, unless PYTHONPATH names another
sys.path.insert(0, str(ROOT))

QUERIES = ["中国", "经济 发展", "改革", "科技 创新", "香港", "知识产权", "农民", "人民 生活", "中国特色社会主义",
           "工作 会议", "发展 -经济", "农民工", "教育", "记者", "市场"]


def write_issues(folder: Path, count: int, first: int = 0) -> list[Path]:
    from bench.corpus import jsonl_issue

    paths = []
    for n in range(first, first + count):
        path = folder / f"issue-{n:04d}.jsonl"
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in jsonl_issue(n)),
                        encoding="utf-8")
        paths.append(path)
    return paths


def importer(url: str, paths: list[str], until: float, out: mp.Queue) -> None:
    from baoku.core.address import ServerAddress
    from baoku.core.app.actions.importing import ImportRequest, import_files
    from baoku.core.app.library import Library

    stored, errors, seconds = [], [], []
    with Library(ServerAddress(url)) as lib:
        for n, path in enumerate(paths):
            if n and time.monotonic() > until:  # each importer gets through one issue however slow the machine
                break
            t0 = time.monotonic()
            try:
                report = import_files(lib, ImportRequest((Path(path),))).value.report
                seconds.append(time.monotonic() - t0)
                if report.articles_added:
                    stored.append(path)
            except Exception as e:  # noqa: BLE001 - every failure is counted, none may happen
                errors.append(f"import {Path(path).name}: {type(e).__name__}: {e}")
    out.put({"kind": "importer", "stored": stored, "errors": errors, "seconds": seconds})


def searcher(url: str, queries: list[str], until: float, out: mp.Queue) -> None:
    from baoku.core.address import ServerAddress
    from baoku.core.app.library import Library

    latencies, errors, shrunk = [], [], []
    seen: dict[str, int] = {}
    with Library(ServerAddress(url), create=False) as lib:
        i = 0
        while i == 0 or time.monotonic() < until:  # always one search, however late a loaded machine starts it
            query = queries[i % len(queries)]
            i += 1
            t0 = time.monotonic()
            try:
                total = len(lib.index.search_ids(query))
            except Exception as e:  # noqa: BLE001
                errors.append(f"search {query}: {type(e).__name__}: {e}")
                continue
            latencies.append(time.monotonic() - t0)
            if total < seen.get(query, 0):
                shrunk.append(f"{query}: {seen[query]} -> {total}")
            seen[query] = max(total, seen.get(query, 0))
    out.put({"kind": "searcher", "latencies": latencies, "errors": errors, "shrunk": shrunk})


def expected_contents(path: Path) -> Counter:
    """The issue's articles as (headline, first paragraph), each as often as the file holds it."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return Counter((r["headline"], r["paragraphs"][0] if r["paragraphs"] else "") for r in rows)


def stored_contents(url: str) -> dict[tuple[str, str], Counter]:
    """What the archive holds, per (publication, date): its articles as expected_contents has them."""
    from baoku.core.address import ServerAddress
    from baoku.core.store.server import ServerArchive

    held: dict[tuple[str, str], Counter] = {}
    with ServerArchive(ServerAddress(url), create=False) as archive:
        for issue in archive.issues():
            key = (issue["publication"], str(issue["date"]))
            counter = held.setdefault(key, Counter())
            for row in archive.article_rows(issue_id=issue["id"]):
                article = archive.article(row["id"]).article
                paragraphs = article.paragraphs
                counter[(article.headline, paragraphs[0] if paragraphs else "")] += 1
    return held


def issue_key(path: Path) -> tuple[str, str]:
    row = json.loads(path.read_text(encoding="utf-8").split("\n", 1)[0])
    return row["publication"], row["date"]


def run(url: str, searchers: int, importers: int, seconds: float, seeds: list[Path], fresh: list[Path],
        queries: list[str] = QUERIES) -> dict:
    """Import `seeds`, then let the clients run for `seconds` with `fresh` to import (JSONL issues,
    one (publication, date) each), and count what the archive holds."""
    from baoku.core.address import ServerAddress
    from baoku.core.app.actions.importing import ImportRequest, import_files
    from baoku.core.app.library import Library

    with Library(ServerAddress(url)) as lib:  # the archive searchers start on
        for path in seeds:
            import_files(lib, ImportRequest((path,)))
    until = time.monotonic() + seconds
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    procs = []
    for i in range(importers):
        order = fresh if i % 2 == 0 else list(reversed(fresh))
        procs.append(ctx.Process(target=importer, args=(url, [str(p) for p in order], until, out)))
    for _ in range(searchers):
        procs.append(ctx.Process(target=searcher, args=(url, queries, until, out)))
    started = time.monotonic()
    for p in procs:
        p.start()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    wall = time.monotonic() - started
    errors = [e for r in results for e in r["errors"]]
    latencies = sorted(x for r in results if r["kind"] == "searcher" for x in r["latencies"])
    shrunk = [s for r in results if r["kind"] == "searcher" for s in r["shrunk"]]
    stored_paths = {p for r in results if r["kind"] == "importer" for p in r["stored"]}
    import_seconds = [s for r in results if r["kind"] == "importer" for s in r["seconds"]]

    held = stored_contents(url)
    lost, doubled = [], []
    expected_keys = set()
    for path in [*seeds, *fresh]:
        if path in seeds or str(path) in stored_paths:
            key = issue_key(path)
            expected_keys.add(key)
            want, have = expected_contents(path), held.get(key, Counter())
            if have - want:
                doubled.append(f"{path.name}: {sum((have - want).values())} extra")
            if want - have:
                lost.append(f"{path.name}: {sum((want - have).values())} missing")
    unexpected = sorted(f"{k[0]} {k[1]}" for k in held if k not in expected_keys)

    def pct(q: float) -> float:
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000 if latencies else 0.0

    return {
        "searchers": searchers, "importers": importers, "seconds": round(wall, 1),
        "seed_issues": len(seeds), "issues_stored_during_run": len(stored_paths),
        "articles_in_archive": sum(sum(c.values()) for c in held.values()),
        "searches": len(latencies), "search_p50_ms": round(pct(0.50), 1), "search_p95_ms": round(pct(0.95), 1),
        "search_max_ms": round(latencies[-1] * 1000, 1) if latencies else 0.0,
        "import_median_s": round(statistics.median(import_seconds), 2) if import_seconds else 0.0,
        "errors": errors, "lost": lost, "doubled": doubled, "unexpected": unexpected, "shrunk": shrunk,
        "load": os.getloadavg(),
    }


def markdown(r: dict) -> str:
    rows = [("clients", f"{r['searchers']} searching, {r['importers']} importing, {r['seconds']} s"),
            ("issues stored during the run", r["issues_stored_during_run"]),
            ("articles in the archive at the end", r["articles_in_archive"]),
            ("searches answered", r["searches"]),
            ("search p50 / p95 / max", f"{r['search_p50_ms']} / {r['search_p95_ms']} / {r['search_max_ms']} ms"),
            ("one issue's import, median", f"{r['import_median_s']} s"),
            ("errors", len(r["errors"])), ("articles lost", len(r["lost"])), ("articles doubled", len(r["doubled"])),
            ("issues no importer stored", len(r["unexpected"])), ("a total that went down", len(r["shrunk"])),
            ("load average (1, 5, 15 min)", " ".join(f"{x:.1f}" for x in r["load"]))]
    return "| measure | value |\n| --- | ---: |\n" + "".join(f"| {k} | {v} |\n" for k, v in rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--searchers", type=int, default=10)
    ap.add_argument("--importers", type=int, default=2)
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--seed-issues", type=int, default=20)
    ap.add_argument("--url", help="an existing server database (default: start a private server)")
    ap.add_argument("--json", type=Path, help="also write the result here")
    args = ap.parse_args()
    server = None
    if not args.url:
        from tests import pgserver

        server = pgserver.start()
        url = server.create_database("concurrency")
    else:
        url = args.url
    try:
        with tempfile.TemporaryDirectory() as tmp:
            seeds = write_issues(Path(tmp), args.seed_issues)
            fresh = write_issues(Path(tmp), int(args.seconds * 1.5) + 10, first=1000)  # more than two importers get through
            result = run(url, args.searchers, args.importers, args.seconds, seeds, fresh)
    finally:
        if server:
            server.stop()
    print(markdown(result))
    for key in ("errors", "lost", "doubled", "unexpected", "shrunk"):
        for line in result[key][:10]:
            print(f"{key}: {line}")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    bad = result["errors"] or result["lost"] or result["doubled"] or result["unexpected"] or result["shrunk"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
