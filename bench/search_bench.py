"""Search benchmark: import, reindex, query latency, memory and index size at archive scale, each
side by side with two baselines over the same text: an SQLite `LIKE '%q%'` scan and SQLite FTS5
with the trigram tokenizer.

    .venv/bin/python bench/search_bench.py --sizes 10000 100000 1000000 [--repeats 5]

Each size is built in its own folder (`--workdir`, a temporary one by default; `--keep` keeps it,
and a kept archive of the right size is reused by the next run; `--phases search baselines` reruns
only those phases, the others reporting their last kept results). Each phase runs in a child
process, so its peak memory (RSS) is its own:
1. build: store N articles through the archive (one issue of 100 articles a day from 2000-01-01),
   then bring the search index in step (the same code path as `baoku import`);
2. add: import one more issue of 100 articles and index it (what an archivist does daily);
3. search: a fixed mixed query list, first page (total and the top 20) and full result (also
   facets and every match in order), `--repeats` times each;
4. baselines: the same folded text in a `LIKE` table and an FTS5 trigram table (built and timed
   here), the same queries, hit counts compared with Baoku's;
5. reindex: a full rebuild of the index (`--no-reindex` skips it).

Articles are synthesised from real newspaper sentences: the sample page's, plus the files of
`--corpus` when present (plain UTF-8 text, read recursively). Not a test: it prints numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from baoku.core.model import (  # noqa: E402
    HEADLINE, PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage,
)
from baoku.core.search.index import SearchIndex  # noqa: E402
from baoku.core.search.normalize import fold  # noqa: E402
from baoku.core.store import Archive  # noqa: E402

SAMPLE = ROOT / "resources" / "sample" / "000_a63266adadd608e6.txt"
PER_ISSUE = 100
START = dt.date(2000, 1, 1)
COLUMNS = ["要闻", "经济", "城事", "文体", "国际", "评论", "副刊", "民企会客厅", "", ""]
SOURCES = ["", "", "", "据新华社电", "本报讯"]

# (label, Baoku query, baseline WHERE over doc(date, title, text), its parameters)
# A baseline term is ("like", column, text): LIKE '%text%' for the scan; for FTS5 trigram a MATCH
# on that column when the text has 3+ characters, else instr() over the stored text (trigram
# cannot index shorter terms).
QUERIES = [
    ("name", "李劲松", [("text", "李劲松")]),
    ("name", "陈士华", [("text", "陈士华")]),
    ("place, 2 chars", "泉州", [("text", "泉州")]),
    ("organisation", "九牧集团", [("text", "九牧集团")]),
    ("2 chars", "专利", [("text", "专利")]),
    ("2 chars", "汽车", [("text", "汽车")]),
    ("phrase", "新质生产力", [("text", "新质生产力")]),
    ("phrase", "高价值发明专利", [("text", "高价值发明专利")]),
    ("long phrase", "知识产权的数字化存证和追溯", [("text", "知识产权的数字化存证和追溯")]),
    ("very common", "发展", [("text", "发展")]),
    ("very common", "企业", [("text", "企业")]),
    ("title field", "标题:知识产权", [("title", "知识产权")]),
    ("term + month", "知识产权 日期:2000-03", [("text", "知识产权"), ("month", "2000-03")]),
    ("common + year", "发展 日期:2000", [("text", "发展"), ("year", "2000")]),
    ("OR", "汽车 OR 粮食", [("or", "汽车", "粮食")]),
    ("NOT", "知识产权 -专利", [("text", "知识产权"), ("not", "专利")]),
]


def sentences(extra: Path | None) -> list[str]:
    texts = [SAMPLE.read_text(encoding="utf-8")]
    if extra and extra.exists():
        for f in sorted(extra.rglob("*")):
            if f.is_file() and f.suffix.lower() in (".txt", ".text", ".md", ""):
                try:
                    texts.append(f.read_text(encoding="utf-8"))
                except (UnicodeDecodeError, OSError):
                    continue
    out = []
    for t in texts:
        out.extend(s.strip() for s in re.split(r"(?<=[。！？])", t.replace("\n", "")) if len(s.strip()) > 8)
    return out


def synth_issue(number: int, pool: list[str], publication: str = "基准日报") -> ParsedIssue:
    """Issue `number` (0-based): 100 articles of ~1,000 characters on 10 pages, dated by number."""
    rnd = random.Random(number)
    pages = []
    for p in range(10):
        arts = []
        for _ in range(PER_ISSUE // 10):
            paras, size = [], 0
            while size < 1000:
                para = "".join(rnd.choice(pool) for _ in range(rnd.randint(2, 4)))
                paras.append(para)
                size += len(para)
            headline = rnd.choice(pool)[:rnd.randint(8, 20)].rstrip("，,。")
            blocks = [Block(HEADLINE, headline)] + [Block(PARAGRAPH, x) for x in paras]
            arts.append(Article(blocks=blocks, headline=headline, genre="消息", column=COLUMNS[p],
                                source=rnd.choice(SOURCES)))
        pages.append(ParsedPage(PageInfo(p + 1, COLUMNS[p]), arts))
    return ParsedIssue(IssueInfo(publication, START + dt.timedelta(days=number)), pages, source="bench",
                       source_hash=f"{publication}-{number}", importer="bench")


def synth_articles(n: int, pool: list[str]) -> list[Article]:
    """n articles of the same kind, in a list (for the GUI benchmark)."""
    out: list[Article] = []
    for number in range((n + PER_ISSUE - 1) // PER_ISSUE):
        out.extend(a for page in synth_issue(number, pool).pages for a in page.articles)
    return out[:n]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


# -- phases (each in its own process) ----------------------------------------------------------------

def phase_build(work: Path, n: int, pool: list[str]) -> dict:
    with Archive(work / "bench.db") as archive:
        t0 = time.perf_counter()
        for number in range(n // PER_ISSUE):
            archive.save_issue(synth_issue(number, pool))
        t_store = time.perf_counter() - t0
        with SearchIndex(archive) as index:
            t0 = time.perf_counter()
            index.sync()
            t_index = time.perf_counter() - t0
    return {"store_s": t_store, "index_s": t_index, "rss_mb": rss_mb(),
            "archive_mb": (work / "bench.db").stat().st_size / 2**20,
            "index_mb": dir_mb(work / "bench.db.index")}


def phase_add(work: Path, n: int, pool: list[str]) -> dict:
    with Archive(work / "bench.db") as archive, SearchIndex(archive) as index:
        index.sync()  # open and check the index first, as a running app would have it
        number = n // PER_ISSUE + int(time.time()) % 100000  # a new issue each run
        t0 = time.perf_counter()
        archive.save_issue(synth_issue(number, pool, publication="基准晚报"))
        t_store = time.perf_counter() - t0
        t0 = time.perf_counter()
        done = index.sync()
        t_index = time.perf_counter() - t0
    return {"store_s": t_store, "index_s": t_index, "articles": done, "rss_mb": rss_mb()}


def phase_search(work: Path, repeats: int) -> dict:
    out = {}
    with Archive(work / "bench.db") as archive, SearchIndex(archive) as index:
        index.search("发展", limit=1)  # open the index (its first check) outside the timings
        for _, q, _ in QUERIES:
            first, full = [], []
            total = None
            for _ in range(repeats):
                t = time.perf_counter()
                total = index.search(q, limit=20, facets=False, all_ids=False).total
                first.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                index.search(q, limit=20)
                full.append((time.perf_counter() - t) * 1000)
            out[q] = {"total": total, "first": first, "full": full}
    return {"queries": out, "rss_mb": rss_mb()}


def _where(spec: list[tuple], engine: str) -> tuple[str, list]:
    conds, params = [], []
    for kind, *args in spec:
        if kind in ("text", "title"):
            col, term = ("text" if kind == "text" else "title"), fold(args[0])
            if engine == "like":
                conds.append(f"{col} LIKE ?")
                params.append(f"%{term}%")
            elif len(term) >= 3:
                conds.append("id IN (SELECT rowid FROM tri WHERE tri MATCH ?)")
                params.append(f'{col} : "{term}"')
            else:
                conds.append(f"instr({col}, ?) > 0")
                params.append(term)
        elif kind == "or":
            a, b = (_where([("text", x)], engine) for x in args)
            conds.append(f"({a[0]} OR {b[0]})")
            params += a[1] + b[1]
        elif kind == "not":
            a = _where([("text", args[0])], engine)
            conds.append(f"NOT ({a[0]})")
            params += a[1]
        elif kind == "month":
            conds.append("substr(date, 1, 7) = ?")
            params.append(args[0])
        elif kind == "year":
            conds.append("substr(date, 1, 4) = ?")
            params.append(args[0])
    return " AND ".join(conds), params


def phase_baselines(work: Path, repeats: int) -> dict:
    """The same folded text as Baoku searches (its recall store), in a plain table and FTS5 trigram."""
    path = work / "baseline.db"
    built = path.exists()
    db = sqlite3.connect(str(path))
    t_fts = None
    if not built:
        db.execute("CREATE TABLE doc (id INTEGER PRIMARY KEY, date TEXT, title TEXT, text TEXT)")
        db.execute("ATTACH ? AS r", [str(work / "bench.db.index" / "recall.sqlite")])
        db.execute("INSERT INTO doc SELECT f.id, d.date, f.title, f.text FROM r.folded f JOIN r.doc d ON d.id = f.id")
        db.commit()
        db.execute("DETACH r")
        db.execute("CREATE VIRTUAL TABLE tri USING fts5(title, text, content='doc', content_rowid='id', "
                   "tokenize='trigram')")
        t0 = time.perf_counter()
        db.execute("INSERT INTO tri (rowid, title, text) SELECT id, title, text FROM doc")
        db.commit()
        t_fts = time.perf_counter() - t0
        (work / "baseline.json").write_text(json.dumps({"fts_build_s": t_fts}))
    else:  # built by an earlier run: add what the archive gained since, report the build time
        db.execute("ATTACH ? AS r", [str(work / "bench.db.index" / "recall.sqlite")])
        last = db.execute("SELECT max(id) FROM doc").fetchone()[0]
        db.execute("INSERT INTO doc SELECT f.id, d.date, f.title, f.text FROM r.folded f JOIN r.doc d "
                   "ON d.id = f.id WHERE f.id > ?", [last])
        # An external-content table: its rowids are the content table's, so say which are new.
        db.execute("INSERT INTO tri (rowid, title, text) SELECT id, title, text FROM doc WHERE id > ?", [last])
        db.commit()
        db.execute("DETACH r")
        if (work / "baseline.json").exists():
            t_fts = json.loads((work / "baseline.json").read_text())["fts_build_s"]
    n = db.execute("SELECT COUNT(*) FROM doc").fetchone()[0]
    out = {}
    for _, q, spec in QUERIES:
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
    size = path.stat().st_size / 2**20
    return {"queries": out, "fts_build_s": t_fts, "articles": n, "rss_mb": rss_mb(), "db_mb": size}


def phase_reindex(work: Path) -> dict:
    with Archive(work / "bench.db") as archive, SearchIndex(archive) as index:
        t0 = time.perf_counter()
        done = index.sync(rebuild=True)
        return {"s": time.perf_counter() - t0, "articles": done, "rss_mb": rss_mb()}


# -- the driver ------------------------------------------------------------------------------------

PHASES = ["build", "add", "search", "baselines", "reindex"]

def child(phase: str, work: Path, args) -> dict:
    cmd = [sys.executable, __file__, "--phase", phase, "--workdir", str(work), "--sizes", str(args.n),
           "--repeats", str(args.repeats), "--corpus", str(args.corpus)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode:
        sys.exit(f"phase {phase} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def report(n: int, build: dict | None, add: dict, search: dict, base: dict, reindex: dict | None) -> None:
    print(f"\n## {n:,} articles\n")
    rows = []
    if build:
        total = build["store_s"] + build["index_s"]
        rows.append(("import with index (store + index)", f"{n / total:,.0f} articles/s ({total:,.0f} s: "
                     f"store {build['store_s']:,.0f} s, index {build['index_s']:,.0f} s)", "–",
                     f"index build {n / base['fts_build_s']:,.0f} articles/s" if base.get("fts_build_s") else "–"))
    rows.append(("add one issue of 100 articles", f"{add['store_s'] + add['index_s']:.2f} s (store "
                 f"{add['store_s']:.2f} s, index {add['index_s']:.2f} s)", "–", "–"))
    if reindex:
        rows.append(("full reindex", f"{reindex['s']:,.0f} s ({n / reindex['s']:,.0f} articles/s)", "–", "–"))
    firsts = [x for v in search["queries"].values() for x in v["first"]]
    fulls = [x for v in search["queries"].values() for x in v["full"]]
    likes = [x for v in base["queries"].values() for x in v["like"]["ms"]]
    ftss = [x for v in base["queries"].values() for x in v["fts"]["ms"]]
    fmt = lambda xs: f"{pct(xs, .5):.0f} / {pct(xs, .95):.0f} / {pct(xs, .99):.0f} ms"  # noqa: E731
    rows.append(("query p50 / p95 / p99, first page (total + top 20)", fmt(firsts), fmt(likes), fmt(ftss)))
    rows.append(("query p50 / p95 / p99, with facets and every match in order", fmt(fulls), "–", "–"))
    mem = f"import {build['rss_mb']:.0f} MB, " if build else ""
    rows.append(("peak RSS", f"{mem}search {search['rss_mb']:.0f} MB, add {add['rss_mb']:.0f} MB"
                 + (f", reindex {reindex['rss_mb']:.0f} MB" if reindex else ""),
                 f"{base['rss_mb']:.0f} MB (both baselines)", "(same process)"))
    if build:
        rows.append(("size on disk", f"index {build['index_mb']:,.0f} MB (archive {build['archive_mb']:,.0f} MB)",
                     f"text {base['db_mb']:,.0f} MB with the trigram index", "(same file)"))
    print("| | Baoku | LIKE scan | FTS5 trigram |")
    print("| --- | --- | --- | --- |")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    print("\n| query | kind | hits | Baoku first page p50 / p95 ms | full p50 / p95 ms | LIKE p50 / p95 ms "
          "| FTS5 trigram p50 / p95 ms | counts agree |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for label, q, spec in QUERIES:
        s, b = search["queries"][q], base["queries"][q]
        agree = "yes" if s["total"] == b["like"]["total"] == b["fts"]["total"] else \
            f"NO ({s['total']}/{b['like']['total']}/{b['fts']['total']})"
        short = any(k in ("text", "title") and len(fold(a[0])) < 3 for k, *a in spec) or \
            any(k in ("or", "not") for k, *a in spec)
        print(f"| `{q}` | {label} | {s['total']:,} | {pct(s['first'], .5):.0f} / {pct(s['first'], .95):.0f} | "
              f"{pct(s['full'], .5):.0f} / {pct(s['full'], .95):.0f} | "
              f"{pct(b['like']['ms'], .5):.0f} / {pct(b['like']['ms'], .95):.0f} | "
              f"{pct(b['fts']['ms'], .5):.1f} / {pct(b['fts']['ms'], .95):.1f}{' (scan)' if short else ''} | {agree} |")
    sys.stdout.flush()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--no-reindex", action="store_true", help="skip timing a full rebuild of the index")
    ap.add_argument("--workdir", type=Path, help="build archives here (default: a temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the archives (a kept one is reused)")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--phases", nargs="+", choices=PHASES,
                    help="run only these phases on a kept archive (the others report their last run)")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    args = ap.parse_args()
    pool = sentences(args.corpus)
    if args.phase:
        n = args.sizes[0]
        result = {"build": lambda: phase_build(args.workdir, n, pool),
                  "add": lambda: phase_add(args.workdir, n, pool),
                  "search": lambda: phase_search(args.workdir, args.repeats),
                  "baselines": lambda: phase_baselines(args.workdir, args.repeats),
                  "reindex": lambda: phase_reindex(args.workdir)}[args.phase]()
        print(json.dumps(result))
        return
    corpus = f"{args.corpus} + sample page" if args.corpus.exists() else "the sample page only (no corpus found)"
    print(f"# Baoku search benchmark, {dt.date.today()}\n")
    print(f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}")
    print(f"- articles: ~1,000 characters, synthesised from {len(pool):,} sentences of {corpus}")
    base_dir = args.workdir or Path(tempfile.mkdtemp(prefix="baoku-bench-"))
    wanted = args.phases or [p for p in PHASES if not (p == "reindex" and args.no_reindex)]
    for n in args.sizes:
        work = base_dir / f"n{n}"
        args.n = n
        if (work / "built").exists() and not (work / "phase-build.json").exists():
            (work / "phase-build.json").write_text((work / "built").read_text())  # older runs
        if not (work / "phase-build.json").exists():
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            wanted = ["build", *[p for p in wanted if p != "build"]]
        results = {}
        for phase in PHASES:  # a phase not run now reports what it measured last time, if kept
            cached = work / f"phase-{phase}.json"
            if phase in wanted:
                results[phase] = child(phase, work, args)
                cached.write_text(json.dumps(results[phase]))
            elif cached.exists():
                results[phase] = json.loads(cached.read_text())
        report(n, results.get("build"), results["add"], results["search"], results["baselines"],
               results.get("reindex"))
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if not args.keep and not args.workdir:
        shutil.rmtree(base_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
