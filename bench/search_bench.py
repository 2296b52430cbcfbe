"""Search benchmark: import+index throughput and query latency, against LIKE and FTS5 trigram.

    .venv/bin/python bench/search_bench.py --sizes 2000 10000 [--corpus ../shared/corpus]

For each size it builds a fresh archive in a temporary folder, imports N articles through the
store (one issue of 100 articles a day), indexes them, and times a fixed list of queries on three
engines over the same text: Baoku's search, an SQLite `LIKE '%q%'` scan, and SQLite FTS5 with the
trigram tokenizer. Hit counts must agree for the plain-text queries; the script says so per row.

Articles are synthesised from real newspaper sentences: the sample page's, plus the files of
`--corpus` when given (plain UTF-8 text files, read recursively). Not a test: it prints numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import re
import resource
import sqlite3
import statistics
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

# (query, plain): plain queries are single substrings that all three engines can answer.
QUERIES = [
    ("李劲松", True), ("陈士华", True), ("泉州", True), ("九牧集团", True),  # names, places
    ("专利", True), ("汽车", True),  # two characters
    ("新质生产力", True), ("高价值发明专利", True), ("知识产权的数字化存证和追溯", True),  # phrases
    ("发展", True), ("企业", True),  # very common
    ("标题:知识产权", False), ("知识产权 日期:2024-03", False), ("汽车 OR 粮食", False),
    ("知识产权 -专利", False),
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


def synth_articles(n: int, pool: list[str], seed: int = 1) -> list[Article]:
    rnd = random.Random(seed)
    arts = []
    for _ in range(n):
        paras, size = [], 0
        while size < 1000:
            p = "".join(rnd.choice(pool) for _ in range(rnd.randint(2, 4)))
            paras.append(p)
            size += len(p)
        headline = rnd.choice(pool)[:rnd.randint(8, 20)].rstrip("，,。")
        blocks = [Block(HEADLINE, headline)] + [Block(PARAGRAPH, p) for p in paras]
        arts.append(Article(blocks=blocks, headline=headline, genre="消息"))
    return arts


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def run_size(n: int, pool: list[str], repeats: int, reindex: bool = True) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        arts = synth_articles(n, pool)
        with Archive(path) as archive:
            t0 = time.perf_counter()
            day = dt.date(2024, 1, 1)
            for start in range(0, n, 100):
                chunk = arts[start:start + 100]
                pages = [ParsedPage(PageInfo(p + 1), chunk[p * 10:(p + 1) * 10]) for p in range(10)
                         if chunk[p * 10:(p + 1) * 10]]
                archive.save_issue(ParsedIssue(IssueInfo("基准日报", day), pages, source="bench",
                                               source_hash=str(start), importer="bench"))
                day += dt.timedelta(days=1)
            t_store = time.perf_counter() - t0
            index = SearchIndex(archive)
            t0 = time.perf_counter()
            index.sync()
            t_index = time.perf_counter() - t0
            rss_import = rss_mb()
            size_mb = sum(f.stat().st_size for f in index.path.iterdir()) / 2**20

            # Baselines over the same (folded) text.
            db = sqlite3.connect(":memory:")
            db.execute("CREATE TABLE doc (id INTEGER PRIMARY KEY, text TEXT)")
            db.execute("CREATE VIRTUAL TABLE fts USING fts5(text, tokenize='trigram')")
            from baoku.core.search.evaluate import searchable_text
            rows = [(r["id"], fold(searchable_text(r))) for r in index._rows(archive.article_ids())]
            db.executemany("INSERT INTO doc VALUES (?, ?)", rows)
            t0 = time.perf_counter()
            db.executemany("INSERT INTO fts (rowid, text) VALUES (?, ?)", rows)
            db.commit()
            t_fts = time.perf_counter() - t0

            print(f"\n## {n:,} articles (~1,000 characters each)\n")
            print(f"- store: {t_store:.1f} s ({n / t_store:,.0f} articles/s); index: {t_index:.1f} s "
                  f"({n / t_index:,.0f} articles/s); import with index: {n / (t_store + t_index):,.0f} "
                  f"articles/s")
            print(f"- index size {size_mb:.1f} MB; peak RSS after import {rss_import:.0f} MB")
            print(f"- baseline: FTS5 trigram builds its index over the same text in {t_fts:.1f} s "
                  f"({n / t_fts:,.0f} articles/s)\n")
            print("| query | hits | Baoku p50 / p95 ms | LIKE p50 / p95 ms | FTS5 trigram p50 / p95 ms | counts agree |")
            print("| --- | ---: | ---: | ---: | ---: | --- |")
            all_ours, all_like, all_fts = [], [], []
            for q, plain in QUERIES:
                ours, like, fts = [], [], []
                total = None
                for _ in range(repeats):
                    t = time.perf_counter()
                    total = index.search(q, limit=20).total
                    ours.append((time.perf_counter() - t) * 1000)
                    if plain:
                        f = fold(q)
                        t = time.perf_counter()
                        n_like = db.execute("SELECT COUNT(*) FROM doc WHERE text LIKE ?", [f"%{f}%"]).fetchone()[0]
                        like.append((time.perf_counter() - t) * 1000)
                        t = time.perf_counter()
                        if len(f) >= 3:
                            n_fts = db.execute("SELECT COUNT(*) FROM fts WHERE fts MATCH ?",
                                               ['"' + f.replace('"', '""') + '"']).fetchone()[0]
                        else:  # trigram cannot index under 3 characters: scan its stored text
                            n_fts = db.execute("SELECT COUNT(*) FROM fts WHERE instr(text, ?) > 0",
                                               [f]).fetchone()[0]
                        fts.append((time.perf_counter() - t) * 1000)
                all_ours.extend(ours)
                all_like.extend(like)
                all_fts.extend(fts)
                if plain:
                    agree = "yes" if total == n_like == n_fts else f"NO ({total}/{n_like}/{n_fts})"
                    scan = " (scan)" if len(fold(q)) < 3 else ""
                    print(f"| `{q}` | {total} | {pct(ours, .5):.0f} / {pct(ours, .95):.0f} | "
                          f"{pct(like, .5):.0f} / {pct(like, .95):.0f} | {pct(fts, .5):.1f} / {pct(fts, .95):.1f}{scan} "
                          f"| {agree} |")
                else:
                    print(f"| `{q}` | {total} | {pct(ours, .5):.0f} / {pct(ours, .95):.0f} | – | – | – |")
            print(f"\nAll Baoku queries: p50 {statistics.median(all_ours):.0f} ms, p95 {pct(all_ours, .95):.0f} ms, "
                  f"p99 {pct(all_ours, .99):.0f} ms; peak RSS {rss_mb():.0f} MB")
            print(f"Plain queries, baselines: LIKE p50 {pct(all_like, .5):.0f} / p95 {pct(all_like, .95):.0f} / "
                  f"p99 {pct(all_like, .99):.0f} ms; FTS5 trigram p50 {pct(all_fts, .5):.1f} / "
                  f"p95 {pct(all_fts, .95):.1f} / p99 {pct(all_fts, .99):.1f} ms")
            if reindex:
                t0 = time.perf_counter()
                index.sync(rebuild=True)
                t_re = time.perf_counter() - t0
                print(f"Full reindex: {t_re:.1f} s ({n / t_re:,.0f} articles/s); peak RSS {rss_mb():.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--no-reindex", action="store_true", help="skip timing a full rebuild of the index")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args()
    pool = sentences(args.corpus)
    corpus = f"{args.corpus} + sample page" if args.corpus.exists() else "the sample page only (no corpus found)"
    print(f"# Baoku search benchmark, {dt.date.today()}\n")
    print(f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}")
    print(f"- sentences: {len(pool):,} from {corpus}")
    for n in args.sizes:
        run_size(n, pool, args.repeats, reindex=not args.no_reindex)


if __name__ == "__main__":
    main()
