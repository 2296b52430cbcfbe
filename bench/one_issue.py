"""One 100-article issue as a whole `baoku import`, two code trees in turns (ABBA).

Each side imports into its own copy of an archive (make them from one kept archive first), the same
new issues to both, in the order A B B A A B ...: wall and CPU seconds (user + sys of the command)
per run, and the load average around each run. The two code trees are given as the folders that
hold the `baoku` package (a worktree's `desktop`); the same interpreter runs both.

    python bench/one_issue.py --code-a /work/main/desktop --archive-a A/bench.db \
        --code-b desktop --archive-b B/bench.db --runs 12 --first 50000 --out DIR

Issue numbers start at --first and step by five (the corpus makes five papers a day; each run
gets a day of its own; pick numbers no earlier run used: an issue already stored is skipped). The JSONL files are written to --out, with the results as one-issue.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
from installed import command_env  # noqa: E402


def write_issue(out: Path, number: int) -> Path:
    feed = out / f"issue-{number}.jsonl"
    if not feed.exists():
        rows = corpus.jsonl_issue(number, publication="基准晚报")
        feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return feed


def run(code: str, archive: str, feed: Path, extra: list[str]) -> dict:
    env = command_env(code, PYTHONPATH=code)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, *extra, "-m", "baoku", "--archive", archive, "import", str(feed)],
                          env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        sys.exit(f"baoku import failed ({code}):\n{proc.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "load": load, "output": proc.stdout.strip().splitlines()[-1]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code-a", required=True)
    ap.add_argument("--archive-a", required=True)
    ap.add_argument("--code-b", required=True)
    ap.add_argument("--archive-b", required=True)
    ap.add_argument("--runs", type=int, default=12, help="runs a side")
    ap.add_argument("--first", type=int, default=50000, help="the first issue number to import")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sides = {"a": (str(Path(args.code_a).resolve()), args.archive_a),
             "b": (str(Path(args.code_b).resolve()), args.archive_b)}
    warm = write_issue(args.out, args.first - 5)
    for side in "ab":  # one import each, not counted: bytecode written, files in the page cache
        run(*sides[side], warm, [])
    results: dict[str, list] = {"a": [], "b": []}
    for i in range(args.runs):
        feed = write_issue(args.out, args.first + 5 * i)  # a new day each run
        order = "ab" if i % 2 == 0 else "ba"
        for side in order:
            r = run(*sides[side], feed, [])
            if "new articles" not in r["output"] or "0 failed" not in r["output"]:
                sys.exit(f"run {i} side {side} did not import the issue: {r['output']}")
            results[side].append(r)
            print(f"{i:2d} {side} wall {r['wall']:.3f} cpu {r['cpu']:.3f} load {r['load']:.1f}", flush=True)
    summary = {}
    for side, rs in results.items():
        summary[side] = {k: {"median": statistics.median(r[k] for r in rs), "min": min(r[k] for r in rs),
                             "mean": statistics.fmean(r[k] for r in rs)} for k in ("wall", "cpu")}
        summary[side]["load"] = [min(r["load"] for r in rs), max(r["load"] for r in rs)]
    for side in "ab":
        s = summary[side]
        print(f"{side}: wall median {s['wall']['median']:.3f} (min {s['wall']['min']:.3f}) "
              f"cpu median {s['cpu']['median']:.3f} (min {s['cpu']['min']:.3f}) load {s['load']}")
    print(f"b/a: wall {summary['b']['wall']['median'] / summary['a']['wall']['median']:.2f}x "
          f"cpu {summary['b']['cpu']['median'] / summary['a']['cpu']['median']:.2f}x")
    (args.out / "one-issue.json").write_text(json.dumps({"args": {k: str(v) for k, v in vars(args).items()},
                                                          "runs": results, "summary": summary}, indent=1))


if __name__ == "__main__":
    main()
