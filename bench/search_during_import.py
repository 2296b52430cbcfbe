"""Readers never wait for writers: searches timed while a big import runs.

    .venv/bin/python bench/search_during_import.py [--articles 20000] [--searches 20]

An archive with a first indexed batch (1,000 articles of the calibrated corpus, bench/corpus.py)
takes a second batch of --articles in one import, and --searches searches are timed while it
runs, twice:
- the command line: `baoku import` in one process, `baoku search` commands in another (each a
  whole command: start-up, opening, searching);
- the window: the app's writer (gui.backend.Backend.import_files, one all-or-nothing transaction,
  on a thread) and its searcher (Backend.search, as the search box runs it) in one process.
The same searches on the idle archive afterwards are the baseline of the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

QUERIES = ["经济", "知识产权", "农民", "香港 OR 知识产权", "中国经济", "作者:曾晓思", "发展 日期:2000-01"]


def feed(folder: Path, first: int, articles: int) -> Path:
    """A folder of JSONL files, ten issues (1,000 articles) a file, as a feed arrives."""
    folder.mkdir(parents=True)
    for n in range(first, first + articles // corpus.PER_ISSUE):
        with open(folder / f"feed-{(n - first) // 10:03d}.jsonl", "a", encoding="utf-8") as f:
            for row in corpus.jsonl_issue(n):
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return folder


def baoku(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "baoku", *args], capture_output=True, text=True,
                          env=dict(os.environ, COLUMNS="200"))


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def cli_run(db: Path, big: Path, searches: int) -> tuple[list[float], list[float], float]:
    proc = subprocess.Popen([sys.executable, "-m", "baoku", "import", "--archive", str(db), str(big)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    started = time.monotonic()
    during: list[float] = []
    while proc.poll() is None and len(during) < searches:
        q = QUERIES[len(during) % len(QUERIES)]
        t = time.monotonic()
        r = baoku("--archive", str(db), "search", q, "--limit", "20")
        if r.returncode not in (0, 1):
            raise SystemExit(f"search failed: {r.stderr}")
        during.append(time.monotonic() - t)
    _, err = proc.communicate()
    if proc.returncode != 0 or "waited" in err:
        raise SystemExit(f"import failed or waited: {err}")
    took = time.monotonic() - started
    idle = []
    for i in range(searches):
        t = time.monotonic()
        baoku("--archive", str(db), "search", QUERIES[i % len(QUERIES)], "--limit", "20")
        idle.append(time.monotonic() - t)
    return during, idle, took


def window_run(db: Path, big: Path, searches: int) -> tuple[list[float], list[float], float, int]:
    from baoku.gui.backend import Backend

    writer, searcher = Backend(db), Backend(db)
    writer.open()
    searcher.open()

    class Job:
        def progress(self, done: int, total: int) -> None:
            pass

        def cancelled(self) -> bool:
            return False

    done = threading.Event()
    errors: list[BaseException] = []

    def run() -> None:
        try:
            writer.import_files([big], None, Job())
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)
        finally:
            done.set()

    thread = threading.Thread(target=run)
    started = time.monotonic()
    thread.start()
    during: list[float] = []
    lagging = 0
    while not done.is_set() and len(during) < searches:
        t = time.monotonic()
        result = searcher.search(QUERIES[len(during) % len(QUERIES)])
        during.append(time.monotonic() - t)
        lagging = max(lagging, result.not_yet_indexed)
        time.sleep(0.2)  # a user typing, not a loop
    thread.join()
    took = time.monotonic() - started
    if errors:
        raise errors[0]
    idle = []
    for i in range(searches):
        t = time.monotonic()
        searcher.search(QUERIES[i % len(QUERIES)])
        idle.append(time.monotonic() - t)
    writer.close()
    searcher.close()
    return during, idle, took, lagging


def line(name: str, during: list[float], idle: list[float], took: float) -> str:
    return (f"| {name} | {len(during)} | {pct(during, 0.5) * 1000:.0f} / {pct(during, 0.95) * 1000:.0f} / "
            f"{max(during) * 1000:.0f} ms | {pct(idle, 0.5) * 1000:.0f} / {pct(idle, 0.95) * 1000:.0f} ms | "
            f"{took:.0f} s |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--searches", type=int, default=20)
    ap.add_argument("--work", type=Path, default=None)
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="baoku-sdi-"))
    try:
        first = feed(work / "first", 1, 1000)
        rows = []
        for name in ("command line", "window"):
            db = work / f"{name.split()[0]}.db"
            r = baoku("--archive", str(db), "import", str(first))
            if r.returncode != 0:
                raise SystemExit(r.stderr)
            big = feed(work / f"big-{name.split()[0]}", 11, args.articles)
            if name == "command line":
                rows.append(line(name, *cli_run(db, big, args.searches)))
            else:
                during, idle, took, lagging = window_run(db, big, args.searches)
                rows.append(line(name, during, idle, took))
        print(f"{args.articles:,} articles imported into an archive of 1,000; searches during the import "
              f"and on the idle archive after it ({os.cpu_count()} cores)\n")
        print("| searching from | searches during the import | during: p50 / p95 / max | idle: p50 / p95 | import |")
        print("| --- | ---: | --- | --- | ---: |")
        print("\n".join(rows))
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
