"""Search benchmark: import, query latency, memory and index size at archive scale, side by side
with two baselines over the same text in the same run: an SQLite `LIKE '%q%'` scan and SQLite
FTS5 with the trigram tokenizer.

    .venv/bin/python bench/search_bench.py --sizes 100000 1000000 [--repeats 3] [--workdir DIR --keep]
    .venv/bin/python bench/search_bench.py --backend postgresql --clients 10 --workdir DIR  # server_bench.py

The articles come from `corpus.py`, a generator calibrated on real People's Daily figures (it
prints them beside the real ones). Each size is built in its own folder (`--workdir`, a temporary
one by default; `--keep` keeps it, and a kept archive of the right size is reused; `--phases
search baselines` reruns only those phases, the others reporting their last results). Each phase
runs in a child process, so its peak memory (RSS) is its own:
1. build: store N articles through the archive (issues of 100 articles), then bring the search
   index in step (what `baoku import` does): the import rate with every index layer;
2. add: one more issue of 100 articles as a whole `baoku import` command (a JSONL file);
3. search: the query list below, first page (exact total and the top 20) and full result (also
   facets and every match in order), `--repeats` times each; and a whole `baoku search 经济`
   command, start to finish;
4. baselines: the same folded text and fields in a `LIKE` table and an FTS5 trigram table (built
   and timed here), the same queries, each hit count compared with Baoku's;
5. reindex: a full rebuild of the index (`--no-reindex` skips it).
Not a test: it prints numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import checkout  # noqa: E402

checkout.use_desktop(ROOT)  # its own code, unless PYTHONPATH names another
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402
from installed import command_env  # noqa: E402

from baoku.core.search.normalize import fold  # noqa: E402

PER_ISSUE = corpus.PER_ISSUE
BAOKU = Path(sys.executable).with_name("baoku")


def queries() -> list[tuple[str, str, list[tuple]]]:
    """(kind, Baoku query, baseline spec). A spec term is (column, text) for LIKE '%text%' on that
    column of the baseline table (FTS5 trigram matches it on that column when it has 3+
    characters, else it scans with instr), or ("or", a, b), ("not", spec), ("date", from, to)."""
    people = corpus.vocabulary().people
    star, known, rare = people[0], people[40], people[1500]
    return [
        ("common word", "中国", [("text", "中国")]),
        ("common word", "发展", [("text", "发展")]),
        ("common word", "经济", [("text", "经济")]),
        ("word", "农民", [("text", "农民")]),
        ("word", "香港", [("text", "香港")]),
        ("word", "知识产权", [("text", "知识产权")]),
        ("two common words", "经济 发展", [("text", "经济"), ("text", "发展")]),
        ("phrase", "中国经济", [("text", "中国经济")]),
        ("long phrase of common words", "中国特色社会主义", [("text", "中国特色社会主义")]),
        ("long phrase of common words", "社会主义市场经济", [("text", "社会主义市场经济")]),
        ("long phrase of common words", "全面建成小康社会", [("text", "全面建成小康社会")]),
        ("long phrase + common word", "中国特色社会主义 发展", [("text", "中国特色社会主义"), ("text", "发展")]),
        ("name", star, [("text", star)]),
        ("name", known, [("text", known)]),
        ("name", rare, [("text", rare)]),
        ("phrase with punctuation", "发展，经济", [("text", "发展,经济")]),
        ("number and unit", "2023年", [("text", "2023年")]),
        ("traditional input", "經濟", [("text", "经济")]),
        ("traditional input", "知識產權", [("text", "知识产权")]),
        ("field: title", "标题:经济", [("title", "经济")]),
        ("field: byline", f"作者:{known}", [("byline", known)]),
        ("field: genre", "体裁:评论", [("genre", "评论")]),
        ("field: page", "版:3", [("page", 3)]),
        ("field: page name", "版:国际", [("pagename", "国际")]),
        ("field: paper", "报名:南方晚报", [("publication", "南方晚报")]),
        ("field: column", "栏目:人民论坛", [("column", "人民论坛")]),
        ("field: source", "来源:新华社", [("source", "新华社")]),
        ("field + word", "经济 体裁:评论", [("text", "经济"), ("genre", "评论")]),
        ("field + date", f"作者:{star} 日期:2000-03..", [("byline", star), ("date", "2000-03-01", "")]),
        ("NOT", "农民 -农民工", [("text", "农民"), ("not", [("text", "农民工")])]),
        ("OR", "香港 OR 知识产权", [("or", "香港", "知识产权")]),
        ("date range", "知识产权 日期:2000-01..2000-06", [("text", "知识产权"), ("date", "2000-01-01", "2000-06-30")]),
        ("month", "经济 日期:2000-03", [("text", "经济"), ("date", "2000-03-01", "2000-03-31")]),
    ]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def index_sizes(index_dir: Path) -> dict:
    """What each layer of a closed index takes on disk, in MB: the recall store's WAL as found
    (a writer's connection left open keeps one), then checkpointed into the file; its tables (FTS5
    shadow tables summed per table) by SQLite's dbstat; and the Whoosh segments by file kind."""
    recall = index_dir / "recall.sqlite"
    wal = recall.with_name(recall.name + "-wal")
    out = {"wal_found_mb": (wal.stat().st_size if wal.exists() else 0) / 2**20}
    db = sqlite3.connect(str(recall))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    tables: dict[str, float] = {}
    for name, size in db.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"):
        base = name.split("_")[0] if name.startswith(("grams_", "chars_")) else name
        tables[base] = tables.get(base, 0) + size / 2**20
    db.close()
    out["recall_tables_mb"] = dict(sorted(tables.items(), key=lambda kv: -kv[1]))
    out["recall_mb"] = recall.stat().st_size / 2**20
    whoosh: dict[str, float] = {}
    for f in index_dir.iterdir():
        if f.is_file() and f.name.startswith(("MAIN_", "_MAIN_")):
            kind = f.name.rsplit(".", 1)[-1] if "." in f.name else "other"
            whoosh[kind] = whoosh.get(kind, 0) + f.stat().st_size / 2**20
    out["whoosh_files_mb"] = whoosh
    out["whoosh_mb"] = sum(whoosh.values())
    out["total_mb"] = dir_mb(index_dir)  # after the checkpoint
    return out


# -- phases (each in its own process) ----------------------------------------------------------------

def phase_build(work: Path, n: int) -> dict:
    """Store the articles (resuming a store that was stopped), then bring the index in step."""
    from baoku.core.search.index import SearchIndex
    from baoku.core.store import Archive

    progress = work / "store-progress.json"
    state = json.loads(progress.read_text()) if progress.exists() else {"issues": 0, "store_s": 0.0}
    with Archive(work / "bench.db") as archive:
        for number in range(state["issues"], n // PER_ISSUE):
            issue = corpus.parsed_issue(number)
            t0 = time.perf_counter()
            archive.save_issue(issue)
            state["store_s"] += time.perf_counter() - t0
            state["issues"] = number + 1
            if state["issues"] % 1000 == 0:
                progress.write_text(json.dumps(state))
        progress.write_text(json.dumps(state))
        with SearchIndex(archive) as index:
            t0 = time.perf_counter()
            index.sync()
            t_index = time.perf_counter() - t0
    sizes = index_sizes(work / "bench.db.index")  # closed, the WAL checkpointed
    return {"store_s": state["store_s"], "index_s": t_index, "rss_mb": rss_mb(),
            "archive_mb": (work / "bench.db").stat().st_size / 2**20,
            "index_mb": sizes["total_mb"], "sizes": sizes}


def phase_add(work: Path, n: int) -> dict:
    """A whole `baoku import` of one more issue, as an archivist runs it."""
    number = n // PER_ISSUE + int(time.time()) % 100000  # a new issue each run
    feed = work / f"add-{number}.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in corpus.jsonl_issue(
        number, publication="基准晚报")), encoding="utf-8")
    t0 = time.perf_counter()
    proc = subprocess.run([str(BAOKU), "--archive", str(work / "bench.db"), "import", str(feed)],
                          capture_output=True, text=True, env=command_env())
    took = time.perf_counter() - t0
    if proc.returncode:
        sys.exit(f"baoku import failed:\n{proc.stderr}")
    return {"s": took, "output": proc.stdout.strip().splitlines()[-1]}


def phase_search(work: Path, repeats: int) -> dict:
    from baoku.core.search.index import SearchIndex
    from baoku.core.store import Archive

    from baoku.core.search.words import preload

    out = {}
    with Archive(work / "bench.db") as archive, SearchIndex(archive) as index:
        index.search("发展", limit=1)  # open the index (its first check) outside the timings
        preload()  # and load the word segmenter's dictionary, as the app does before its window shows
        for _, q, _ in queries():
            first, full = [], []
            total = distinct = top = None
            for _ in range(repeats):
                t = time.perf_counter()
                r = index.search(q, limit=20, facets=False, all_ids=False)
                first.append((time.perf_counter() - t) * 1000)
                total, distinct, top = r.total, r.distinct, [h.id for h in r.hits[:10]]
                t = time.perf_counter()
                index.search(q, limit=20)
                full.append((time.perf_counter() - t) * 1000)
            out[q] = {"total": total, "distinct": distinct, "first": first, "full": full, "top": top}
    command, env = [], command_env()
    for _ in range(repeats):
        t0 = time.perf_counter()
        subprocess.run([str(BAOKU), "--archive", str(work / "bench.db"), "search", "经济"], check=True, env=env,
                       capture_output=True)
        command.append(time.perf_counter() - t0)
    return {"queries": out, "rss_mb": rss_mb(), "command_s": command}


def _where(spec: list[tuple], engine: str) -> tuple[str, list]:
    conds, params = [], []
    for kind, *args in spec:
        if kind == "or":
            a, b = (_where([("text", x)], engine) for x in args)
            conds.append(f"({a[0]} OR {b[0]})")
            params += a[1] + b[1]
        elif kind == "not":
            a = _where(args[0], engine)
            conds.append(f"NOT ({a[0]})")
            params += a[1]
        elif kind == "date":
            if args[0]:
                conds.append("date >= ?")
                params.append(args[0])
            if args[1]:
                conds.append("date <= ?")
                params.append(args[1])
        elif kind == "page":
            conds.append("page = ?")
            params.append(args[0])
        else:
            term = fold(args[0])
            if engine == "like":
                conds.append(f"{kind} LIKE ?")
                params.append(f"%{term}%")
            elif len(term) >= 3:
                conds.append("id IN (SELECT rowid FROM tri WHERE tri MATCH ?)")
                params.append(f'{kind} : "{term}"' if '"' not in term else f"{kind} : " + '"' + term.replace('"', '""') + '"')
            else:
                conds.append(f"instr({kind}, ?) > 0")
                params.append(term)
    return " AND ".join(conds), params


BASE_COLUMNS = ("title", "text", "byline", "genre", "column", "source", "publication", "pagename")
# The fields the baselines keep (the bench's queries name no others): fixed, so a kept baseline
# table still fits when the index gains a field (collections and notes did).
BASE_FIELDS = ("byline", "column", "source", "genre", "publication", "pagename")


def phase_baselines(work: Path, repeats: int) -> dict:
    """The same folded text and fields as Baoku searches (folded from the archive as its index
    does), in a plain table scanned with LIKE and in an FTS5 trigram index."""
    path = work / "baseline.db"
    db = sqlite3.connect(str(path))
    db.execute("CREATE TABLE IF NOT EXISTS doc (id INTEGER PRIMARY KEY, date TEXT, page INTEGER, title TEXT, "
               f"text TEXT, {', '.join(f'{f} TEXT' for f in BASE_FIELDS)})")
    last = db.execute("SELECT COALESCE(MAX(id), 0) FROM doc").fetchone()[0]
    from baoku.core.search.documents import read_rows, recall_doc
    from baoku.core.store import Archive

    with Archive(work / "bench.db") as archive:
        ids = [i for i in archive.article_ids() if i > last]
        for start in range(0, len(ids), 5000):
            docs = [recall_doc(r, False) for r in read_rows(archive, ids[start:start + 5000])]
            db.executemany(f"INSERT INTO doc VALUES ({','.join('?' * (5 + len(BASE_FIELDS)))})", (
                (d.id, d.date, d.page, d.title, d.text, *("\n".join(d.values.get(f, [])) for f in BASE_FIELDS))
                for d in docs))
    db.commit()
    cols = ", ".join(BASE_COLUMNS)
    t_fts = None
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'tri'").fetchone():
        db.execute(f"CREATE VIRTUAL TABLE tri USING fts5({cols}, content='doc', content_rowid='id', "
                   "tokenize='trigram')")
        t0, c0 = time.perf_counter(), time.process_time()
        db.execute(f"INSERT INTO tri (rowid, {cols}) SELECT id, {cols} FROM doc")
        db.commit()
        t_fts, cpu_fts = time.perf_counter() - t0, time.process_time() - c0
        (work / "baseline.json").write_text(json.dumps({"fts_build_s": t_fts, "fts_build_cpu_s": cpu_fts}))
    else:  # built by an earlier run: index what the archive gained since
        db.execute(f"INSERT INTO tri (rowid, {cols}) SELECT id, {cols} FROM doc WHERE id > ?", [last])
        db.commit()
        if (work / "baseline.json").exists():
            t_fts = json.loads((work / "baseline.json").read_text())["fts_build_s"]
    n = db.execute("SELECT COUNT(*) FROM doc").fetchone()[0]
    out = {}
    for _, q, spec in queries():
        res = {}
        for engine in ("like", "fts"):
            where, params = _where(spec, engine)
            times, count = [], None
            for _ in range(repeats):
                t = time.perf_counter()
                count = db.execute(f"SELECT COUNT(*) FROM doc WHERE {where}", params).fetchone()[0]
                times.append((time.perf_counter() - t) * 1000)
            res[engine] = {"total": count, "ms": times}
        out[q] = res
    cpu_fts = json.loads((work / "baseline.json").read_text()).get("fts_build_cpu_s") \
        if (work / "baseline.json").exists() else None
    return {"queries": out, "fts_build_s": t_fts, "fts_build_cpu_s": cpu_fts, "articles": n, "rss_mb": rss_mb(),
            "db_mb": path.stat().st_size / 2**20}


def phase_reindex(work: Path) -> dict:
    from baoku.core.search.index import SearchIndex
    from baoku.core.store import Archive

    def cpu() -> float:  # this process and its ended children (the index's worker, joined at the end)
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    with Archive(work / "bench.db") as archive, SearchIndex(archive) as index:
        t0, c0 = time.perf_counter(), cpu()
        done = index.sync(rebuild=True)
        took = time.perf_counter() - t0
        open_mb = dir_mb(work / "bench.db.index")  # as measured before: any WAL included
    took_cpu = cpu() - c0
    sizes = index_sizes(work / "bench.db.index")  # closed, the WAL checkpointed
    return {"s": took, "cpu_s": took_cpu, "articles": done, "rss_mb": rss_mb(), "index_open_mb": open_mb,
            "index_mb": sizes["total_mb"], "sizes": sizes,
            "archive_mb": (work / "bench.db").stat().st_size / 2**20}


# -- the driver ------------------------------------------------------------------------------------

PHASES = ["build", "add", "search", "baselines", "reindex"]


def child(phase: str, work: Path, args) -> dict:
    cmd = [sys.executable, __file__, "--phase", phase, "--workdir", str(work), "--sizes", str(args.n),
           "--repeats", str(args.repeats)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode:
        sys.exit(f"phase {phase} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def report(n: int, build: dict | None, add: dict | None, search: dict, base: dict, reindex: dict | None,
           json_path: Path | None = None) -> None:
    if json_path is not None:  # the tables' numbers, for other scripts (every phase's own figures)
        json_path.write_text(json.dumps({"articles": n, "date": str(dt.date.today()), "build": build, "add": add,
                                         "search": search, "baselines": base, "reindex": reindex,
                                         "queries": [{"kind": k, "query": q} for k, q, _ in queries()]},
                                        ensure_ascii=False, indent=1))
    print(f"\n## {n:,} articles\n")
    rows = []
    if build:
        total = build["store_s"] + build["index_s"]
        rows.append(("import with every index layer (store + index)",
                     f"{n / total:,.0f} articles/s ({total:,.0f} s: store {build['store_s']:,.0f} s, "
                     f"index {build['index_s']:,.0f} s = {n / build['index_s']:,.0f} articles/s)", "–",
                     f"index build {n / base['fts_build_s']:,.0f} articles/s" if base.get("fts_build_s") else "–"))
    if add:
        rows.append(("add one issue of 100 articles: a whole `baoku import`", f"{add['s']:.2f} s", "–", "–"))
    if reindex:
        rate = f"{n / reindex['s']:,.0f} articles/s"
        if base.get("fts_build_s"):
            rate += f", {base['fts_build_s'] / reindex['s']:.2f}× the trigram build's rate"
        if base.get("fts_build_cpu_s") and reindex.get("cpu_s"):
            rate += (f"; CPU {reindex['cpu_s']:,.0f} s against the trigram build's {base['fts_build_cpu_s']:,.0f} s "
                     f"({base['fts_build_cpu_s'] / reindex['cpu_s']:.2f}×)")
        rows.append(("full reindex", f"{reindex['s']:,.0f} s ({rate})", "–", "–"))
        if reindex.get("sizes") and reindex.get("archive_mb"):
            z = reindex["sizes"]
            rows.append(("index after a full reindex (closed, checkpointed)",
                         f"{z['total_mb']:,.0f} MB, {z['total_mb'] / reindex['archive_mb']:.2f}× the archive "
                         f"(FTS5 recall {z['recall_mb']:,.0f} MB, Whoosh {z['whoosh_mb']:,.0f} MB)", "–", "–"))
    firsts = [x for v in search["queries"].values() for x in v["first"]]
    fulls = [x for v in search["queries"].values() for x in v["full"]]
    likes = [x for v in base["queries"].values() for x in v["like"]["ms"]]
    ftss = [x for v in base["queries"].values() for x in v["fts"]["ms"]]
    fmt = lambda xs: f"{pct(xs, .5):.0f} / {pct(xs, .95):.0f} / {pct(xs, .99):.0f} ms"  # noqa: E731
    rows.append(("query p50 / p95 / p99, first page (exact total + top 20)", fmt(firsts), fmt(likes), fmt(ftss)))
    rows.append(("query p50 / p95 / p99, full result (facets, every match in order)", fmt(fulls), "–", "–"))
    cmd = search.get("command_s")
    if cmd:
        rows.append(("whole command `baoku search 经济`, median", f"{pct(cmd, .5):.2f} s", "–", "–"))
    mem = f"import {build['rss_mb']:.0f} MB, " if build else ""
    rows.append(("peak RSS", f"{mem}search {search['rss_mb']:.0f} MB"
                 + (f", reindex {reindex['rss_mb']:.0f} MB" if reindex else ""),
                 f"{base['rss_mb']:.0f} MB (both baselines)", "(same process)"))
    if build:
        rows.append(("size on disk", f"index {build['index_mb']:,.0f} MB, archive {build['archive_mb']:,.0f} MB "
                     f"({build['index_mb'] / build['archive_mb']:.1f}×)",
                     f"text {base['db_mb']:,.0f} MB with the trigram index", "(same file)"))
    print_tables(["Baoku", "LIKE scan", "FTS5 trigram"], rows,
                 ["Baoku first page p50 / p95 ms", "full p50 / p95 ms", "LIKE p50 / p95 ms",
                  "FTS5 trigram p50 / p95 ms", "counts agree"])
    for label, q, spec in queries():
        s, b = search["queries"][q], base["queries"][q]
        agree = "yes" if s["total"] == b["like"]["total"] == b["fts"]["total"] else \
            f"NO ({s['total']}/{b['like']['total']}/{b['fts']['total']})"
        short = any(k not in ("or", "not", "date", "page") and len(fold(str(a[0]))) < 3 for k, *a in spec) or \
            any(k in ("or", "not") for k, *a in spec)
        print(f"| `{q}` | {label} | {s['total']:,} ({s['distinct']:,}) | {pct(s['first'], .5):.0f} / "
              f"{pct(s['first'], .95):.0f} | {pct(s['full'], .5):.0f} / {pct(s['full'], .95):.0f} | "
              f"{pct(b['like']['ms'], .5):.0f} / {pct(b['like']['ms'], .95):.0f} | "
              f"{pct(b['fts']['ms'], .5):.1f} / {pct(b['fts']['ms'], .95):.1f}{' (scan)' if short else ''} | {agree} |")
    sys.stdout.flush()


def print_tables(engines: list[str], rows: list[tuple], columns: list[str]) -> None:
    """The summary table (a row a measure, a column an engine), then the per-query table's head
    (query, kind, hits, then `columns`): the rows are the caller's."""
    print("| | " + " | ".join(engines) + " |")
    print("| --- |" + " --- |" * len(engines))
    for r in rows:
        print("| " + " | ".join(r) + " |")
    print("\n| query | kind | hits (texts) | " + " | ".join(columns) + " |")
    print("| --- | --- | ---: |" + " ---: |" * (len(columns) - 1) + " --- |")


def _json_path(path: Path, n: int, sizes: int) -> Path:
    return path if sizes == 1 else path.with_name(f"{path.stem}-{n}{path.suffix}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--no-reindex", action="store_true", help="skip timing a full rebuild of the index")
    ap.add_argument("--workdir", type=Path, help="build archives here (default: a temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the archives (a kept one is reused)")
    ap.add_argument("--phases", nargs="+", choices=PHASES,
                    help="run only these phases on a kept archive (the others report their last run)")
    ap.add_argument("--json", type=Path, help="also write the tables' numbers to this file (one per size: "
                    "FILE-N.json when several sizes run)")
    ap.add_argument("--backend", choices=["embedded", "postgresql"], default="embedded",
                    help="postgresql: the same queries on a server archive, the embedded archive in --workdir "
                    "beside it (bench/server_bench.py)")
    ap.add_argument("--clients", type=int, default=1, help="concurrent searchers (--backend postgresql)")
    ap.add_argument("--url", help="a server database to use (default: start a private server)")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.backend == "postgresql":
        import server_bench

        server_bench.main(args)
        return
    if args.phase:
        n = args.sizes[0]
        result = {"build": lambda: phase_build(args.workdir, n),
                  "add": lambda: phase_add(args.workdir, n),
                  "search": lambda: phase_search(args.workdir, args.repeats),
                  "baselines": lambda: phase_baselines(args.workdir, args.repeats),
                  "reindex": lambda: phase_reindex(args.workdir)}[args.phase]()
        print(json.dumps(result))
        return
    print(f"# Baoku search benchmark, {dt.date.today()}\n")
    print(f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}")
    print("- articles: generated by bench/corpus.py (a word model calibrated on 13,442 People's Daily articles)")
    base_dir = args.workdir or Path(tempfile.mkdtemp(prefix="baoku-bench-"))
    wanted = args.phases or [p for p in PHASES if not (p == "reindex" and args.no_reindex)]
    for n in args.sizes:
        work = base_dir / f"n{n}"
        args.n = n
        if not (work / "phase-build.json").exists():
            if not (work / "store-progress.json").exists():  # else: resume the store
                shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True, exist_ok=True)
            wanted_now = ["build", *[p for p in wanted if p != "build"]]
        else:
            wanted_now = wanted
        results = {}
        for phase in PHASES:  # a phase not run now reports what it measured last time, if kept
            cached = work / f"phase-{phase}.json"
            if phase in wanted_now:
                results[phase] = child(phase, work, args)
                cached.write_text(json.dumps(results[phase]))
            elif cached.exists():
                results[phase] = json.loads(cached.read_text())
        if "search" not in results or "baselines" not in results:  # e.g. `--phases build` on a new folder
            print(f"\n{n:,} articles: {', '.join(sorted(results))} measured; the tables need a search and a "
                  "baselines run too (`--phases search baselines`)")
        else:
            report(n, results.get("build"), results.get("add"), results["search"], results["baselines"],
                   results.get("reindex"), _json_path(args.json, n, len(args.sizes)) if args.json else work / "tables.json")
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if not args.keep and not args.workdir:
        shutil.rmtree(base_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
