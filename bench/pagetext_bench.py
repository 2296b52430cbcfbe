"""Page-text import speed: page files a second, this code against another checkout, in one run.

    .venv/bin/python bench/pagetext_bench.py --old ../main/desktop [--repeats 3]

The files are the labelled pages' text (tests/pageset train and dev, as a layout program gives
it: 171 pages) plus the sample page, each written as its own page file with a sidecar (a paper,
a date, a page). Each code base runs in its own process, on the same files: once the splitter
alone (parse only, the files read in memory), once a whole import (`import_paths`: read,
decode, split, store each file in its archive, a fresh archive each repeat), and that import with
the search index brought up to date after it, as `baoku import` and the window do. The first parse of a
process also loads the scorer (and rjieba); it is reported on its own ("first page").
The two code bases take turns, a process a run, and the medians are printed (a commit's sync
to disk takes a varying time, which no single run should decide). The CPU time of the import
and index (this process's and the split's worker processes') is printed too: on a machine
shared with other work it moves less than the wall-clock rates. Not a test: it prints numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample" / "000_a63266adadd608e6.txt"


def write_files(folder: Path) -> list[Path]:
    sys.path[:0] = [str(ROOT / "desktop"), str(ROOT)]
    from tests.pageset import all_pages

    texts = [p.raw for p in all_pages("train", "dev")] + [SAMPLE.read_text(encoding="utf-8")]
    files = []
    for n, text in enumerate(texts, 1):
        path = folder / f"page_{n:03d}.txt"
        path.write_text(text, encoding="utf-8")
        sidecar = {"publication": "基准日报", "date": f"2001-{1 + n // 28:02d}-{1 + n % 28:02d}", "page": 1 + n % 8}
        path.with_suffix(".json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
        files.append(path)
    return files


def measure(folder: Path, repeats: int, workers: int | None = None) -> dict:
    """Run inside the code base under test (its desktop/ first on sys.path)."""
    if workers is not None:  # as many split workers however busy the machine is (a code base that has them)
        try:
            from baoku.core.importing import splitworker
        except ImportError:
            pass
        else:
            splitworker.workers = lambda: workers
    from baoku.core.importing.pagetext import parse_page_text
    from baoku.core.importing.run import import_paths
    from baoku.core.model import PageInfo
    from baoku.core.search.index import SearchIndex
    from baoku.core.store import Archive

    files = sorted(folder.glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]

    def cpu() -> float:  # this process's and its finished children's (the split's workers)
        me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime

    t0 = time.perf_counter()
    parse_page_text(texts[0], PageInfo(1))
    first = time.perf_counter() - t0
    parse, imports, searchable, cpu_ms = [], [], [], []
    for r in range(repeats):
        t0 = time.perf_counter()
        for text in texts:
            parse_page_text(text, PageInfo(1))
        parse.append(len(texts) / (time.perf_counter() - t0))
        with tempfile.TemporaryDirectory() as tmp, Archive(Path(tmp) / "a.db") as archive:
            t0, c0 = time.perf_counter(), cpu()
            report = import_paths(archive, files)
            imports.append(len(files) / (time.perf_counter() - t0))
            assert report.count("imported") == len(files), [o.message for o in report.outcomes]
            with SearchIndex(archive) as index:  # as `baoku import` goes on: the search index
                index.sync()
            searchable.append(len(files) / (time.perf_counter() - t0))
            cpu_ms.append((cpu() - c0) * 1000 / len(files))
    return {"files": len(files), "first_page_s": first, "parse_per_s": statistics.median(parse),
            "import_per_s": statistics.median(imports), "searchable_per_s": statistics.median(searchable),
            "cpu_ms": statistics.median(cpu_ms)}


def run(code: Path, folder: Path, repeats: int, workers: int | None = None) -> dict:
    env = dict(os.environ, PYTHONPATH=str(code))
    more = ["--split-workers", str(workers)] if workers is not None else []
    out = subprocess.run([sys.executable, __file__, "--measure", str(folder), "--repeats", str(repeats), *more],
                         env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--old", type=Path, help="the other checkout's desktop/ folder (e.g. main's)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--split-workers", type=int, help="this many page-text split workers for a batch, "
                    "however busy the machine is (by default as many as cores are free, up to two)")
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.repeats, args.split_workers)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_files(folder)
        codes = ([("old (" + str(args.old) + ")", args.old.resolve())] if args.old else []) + \
            [("new (this checkout)", ROOT / "desktop")]
        runs: dict[str, list[dict]] = {name: [] for name, _ in codes}
        for _ in range(args.repeats):  # old and new take turns, so the disk's moods fall on both
            for name, code in codes:
                runs[name].append(run(code, folder, 1, args.split_workers))
        rows = [(name, {k: statistics.median(r[k] for r in rs) for k in rs[0]}) for name, rs in runs.items()]
    print(f"{rows[0][1]['files']} page files, median of {args.repeats} runs, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f} at the end")
    print("| code | first page (loads the scorer) | split only, pages/s | import (stored), page files/s "
          "| import and search index (as `baoku import`), page files/s | CPU of that, ms a page file |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, r in rows:
        print(f"| {name} | {r['first_page_s'] * 1000:.0f} ms | {r['parse_per_s']:.0f} | {r['import_per_s']:.1f} "
              f"| {r['searchable_per_s']:.1f} | {r['cpu_ms']:.1f} |")


if __name__ == "__main__":
    main()
