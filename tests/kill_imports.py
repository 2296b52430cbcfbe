"""Crash test: real imports killed with SIGKILL at random moments, then checked.

    .venv/bin/python tests/kill_imports.py --kills 50 [--seed 7] [--keep DIR]

Each run builds a batch of its own (page-text copies of the sample issue on twelve dates and a JSONL
feed of 120 articles over ten issues), starts `baoku import` on it in a subprocess and kills it with
SIGKILL after a random delay: while it parses, while SQLite commits, while the search index is
written or recorded. After the kills, the restart imports every batch to the end. Then:

- `baoku check` must report no problems;
- every issue in the archive must be complete: exactly the articles its source file holds;
- every query must find the same articles as a fresh index built from the archive (`reindex` on a
  copy).

Exit status 0 when all hold. `tests/test_kill_imports.py` runs it with a few kills in CI.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from baoku.core.importing.run import parse_source  # noqa: E402
from baoku.core.importing.sources import Limits, SourceFile, iter_sources  # noqa: E402
from baoku.core.search.index import SearchIndex  # noqa: E402
from baoku.core.store import Archive  # noqa: E402
from baoku.core.store.maintenance import backup  # noqa: E402

SAMPLE = ROOT / "resources" / "sample" / "000_a63266adadd608e6.txt"
QUERIES = ["知识产权", "新华社", "专利 -知识产权", "标题:新质", "日期:2003-10", "汽车 OR 粮食", "李劲松"]


def build_sources(folder: Path, n: int) -> Path:
    """Batch n: the sample page on twelve days and a JSONL feed of ten issues, in year 2001 + n."""
    batch = folder / f"batch{n:03d}"
    batch.mkdir(parents=True)
    year = 2001 + n
    meta = json.loads(SAMPLE.with_suffix(".json").read_text(encoding="utf-8"))
    for day in range(1, 13):
        shutil.copy(SAMPLE, batch / f"page{day:02d}.txt")
        (batch / f"page{day:02d}.json").write_text(
            json.dumps(dict(meta, date=f"{year}-10-{day:02d}")), encoding="utf-8")
    paragraphs = [p.strip() for p in SAMPLE.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 30]
    rows = []
    for k in range(120):
        rows.append({"publication": "测试日报", "date": f"{year}-11-{1 + k // 12:02d}", "page": 1 + k % 4,
                     "headline": f"第{k + 1}篇 " + paragraphs[k % len(paragraphs)][:14],
                     "paragraphs": [paragraphs[(k + j) % len(paragraphs)] for j in range(3)]})
    (batch / "feed.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows),
                                      encoding="utf-8")
    return batch


def baoku(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "baoku", *args], capture_output=True, text=True,
                          timeout=timeout, env=dict(os.environ, COLUMNS="200"))


def expected_issues(batch: Path) -> dict[tuple[str, str], list[str]]:
    """(publication, date) → content hashes of the articles the sources hold for it."""
    out: dict[tuple[str, str], list[str]] = {}
    for item in iter_sources(batch, Limits()):
        if not isinstance(item, SourceFile):
            continue
        for issue in parse_source(item):
            key = (issue.info.publication, issue.info.date.isoformat())
            out.setdefault(key, []).extend(a.content_hash() for p in issue.pages for a in p.articles)
    return out


def stored_issues(db: Path) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    with Archive(db, create=False) as archive:
        for pub, date, digest in archive.db.execute(
                "SELECT p.name, i.date, a.content_hash FROM article a JOIN page g ON g.id = a.page_id "
                "JOIN issue i ON i.id = g.issue_id JOIN publication p ON p.id = i.publication_id"):
            out.setdefault((pub, date), []).append(digest)
    return out


def search_all(db: Path) -> dict[str, list[int]]:
    with Archive(db, create=False) as archive, SearchIndex(archive) as index:
        return {q: sorted(index.search(q, limit=0).ids) for q in QUERIES}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    work = args.keep or Path(tempfile.mkdtemp(prefix="baoku-kill-"))
    work.mkdir(parents=True, exist_ok=True)
    sources = work / "sources"
    db = work / "archive.db"
    t0 = time.monotonic()  # how long one whole batch takes, to aim the kills inside it
    first = baoku("import", "--archive", str(work / "probe.db"), str(build_sources(work / "probe", 0)))
    full = time.monotonic() - t0
    if first.returncode != 0:
        print(first.stdout, first.stderr)
        return 2
    killed = finished = 0
    for n in range(args.kills):  # each run has a batch of its own to import, so there is work to kill
        batch = build_sources(sources, n)
        proc = subprocess.Popen([sys.executable, "-m", "baoku", "import", "--archive", str(db), str(batch)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rnd.uniform(0.0, full * 1.1))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        else:
            finished += 1
        proc.wait()
    last = baoku("import", "--archive", str(db), str(sources))  # the restart: everything, to the end
    print(f"{args.kills} runs: {killed} killed mid-way, {finished} finished first; one whole batch "
          f"takes {full:.1f} s; the last run (all batches) exited {last.returncode}")
    problems = []
    if last.returncode != 0:
        problems.append(f"the last import failed: {last.stderr.strip()}")
    check = baoku("check", "--archive", str(db))
    if check.returncode != 0:
        problems.append("baoku check: " + check.stdout.strip())
    want, have = expected_issues(sources), stored_issues(db)
    for key, hashes in want.items():
        if sorted(have.get(key, [])) != sorted(hashes):
            problems.append(f"issue {key} holds {len(have.get(key, []))} of its {len(hashes)} articles")
    extra = set(have) - set(want)
    if extra:
        problems.append(f"issues that no source holds: {sorted(extra)}")
    found = search_all(db)
    copy = work / "fresh.db"
    with Archive(db, create=False) as archive:
        backup(archive, copy)
    fresh = baoku("reindex", "--archive", str(copy))
    if fresh.returncode != 0:
        problems.append("reindex of the copy failed: " + fresh.stderr)
    expected = search_all(copy)
    for q in QUERIES:
        if found[q] != expected[q]:
            problems.append(f"「{q}」 finds {len(found[q])} articles, a fresh index {len(expected[q])}")
    print(f"{len(have)} issues, {sum(len(v) for v in have.values())} articles; "
          + ", ".join(f"「{q}」 {len(found[q])}" for q in QUERIES))
    for p in problems:
        print("PROBLEM", p)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print("ok: check clean, every issue complete, search equals a fresh index" if not problems
          else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
