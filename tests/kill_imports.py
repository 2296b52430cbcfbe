"""Crash test: real imports killed with SIGKILL at random moments, then checked.

    .venv/bin/python tests/kill_imports.py --kills 50 [--seed 7] [--keep DIR]

Each run builds a batch of its own (the sample issue's page text on twelve dates, each issue with a
一-article 广告 placeholder page that is the same in every issue, and a JSONL feed of 120 articles
over ten issues; imported as they come, without --allow-duplicates), starts `baoku import` on it in a subprocess and kills it with
SIGKILL at a random moment: runs take turns at being killed while their issues are stored (once the
first one is in) and while the search index is written (once every issue is in). After each kill the
archive is looked at to tell where the run really was; the script fails unless most kills landed
mid-way. After the kills, the restart imports every batch to the end. Then:

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
import re
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


def dated(text: str, stamp: str) -> str:
    """The sample page's text as printed on another day: each paragraph says which (so no page is
    a re-import of another), the headlines and the layout as they were."""
    return "\n".join(re.sub("[,，]", lambda m: f"{m.group()}{stamp}", line, count=1) if len(line) > 40 else line
                     for line in text.split("\n"))


def build_sources(folder: Path, n: int) -> Path:
    """Batch n, in year 2001 + n: twelve issues of the sample page (each day's text its own) with a
    一-article 广告 placeholder page, the same in every issue, and a JSONL feed of ten issues."""
    batch = folder / f"batch{n:03d}"
    batch.mkdir(parents=True)
    year = 2001 + n
    meta = json.loads(SAMPLE.with_suffix(".json").read_text(encoding="utf-8"))
    text = SAMPLE.read_text(encoding="utf-8")
    for day in range(1, 13):
        (batch / f"page{day:02d}.txt").write_text(dated(text, f"{year}年10月{day}日"), encoding="utf-8")
        (batch / f"page{day:02d}.json").write_text(
            json.dumps(dict(meta, date=f"{year}-10-{day:02d}")), encoding="utf-8")
        (batch / f"ad{day:02d}.txt").write_text("广告\n", encoding="utf-8")
        (batch / f"ad{day:02d}.json").write_text(
            json.dumps(dict(meta, date=f"{year}-10-{day:02d}", page=8, page_name="广告")), encoding="utf-8")
    paragraphs = [p.strip() for p in SAMPLE.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 30]
    rows = []
    for k in range(120):
        rows.append({"publication": "测试日报", "date": f"{year}-11-{1 + k // 12:02d}", "page": 1 + k % 4,
                     "headline": f"第{k + 1}篇 " + paragraphs[k % len(paragraphs)][:14],
                     "paragraphs": [dated(paragraphs[(k + j) % len(paragraphs)], f"{year}年") for j in range(3)]})
    (batch / "feed.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows),
                                      encoding="utf-8")
    return batch


def baoku(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "baoku", *args], capture_output=True, text=True,
                          timeout=timeout, env=dict(os.environ, COLUMNS="200"))


def expected_issues(batch: Path) -> dict[tuple[str, str], list[str]]:
    """(publication, date) → content hashes of the articles the sources hold for it."""
    return {key: sum(files, []) for key, files in expected_files(batch).items()}


def expected_files(batch: Path) -> dict[tuple[str, str], list[list[str]]]:
    """(publication, date) → for each source file that holds part of it, its articles' hashes."""
    out: dict[tuple[str, str], list[list[str]]] = {}
    for item in iter_sources(batch, Limits()):
        if not isinstance(item, SourceFile):
            continue
        for issue in parse_source(item):
            key = (issue.info.publication, issue.info.date.isoformat())
            out.setdefault(key, []).append([a.content_hash() for p in issue.pages for a in p.articles])
    return out


def stored_issues(db: Path) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    with Archive(db, create=False) as archive:
        for pub, date, digest in archive.db.execute(
                "SELECT p.name, i.date, a.content_hash FROM article a JOIN page g ON g.id = a.page_id "
                "JOIN issue i ON i.id = g.issue_id JOIN publication p ON p.id = i.publication_id"):
            out.setdefault((pub, date), []).append(digest)
    return out


def progress(db: Path, year: int) -> tuple[int, int]:
    """(issues of this year's batch stored, changes the index has not taken yet), read without
    locking anything (a plain read-only connection)."""
    import sqlite3

    if not db.exists():
        return 0, 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2)
        try:
            stored = con.execute("SELECT COUNT(*) FROM issue WHERE date LIKE ?", [f"{year}-%"]).fetchone()[0]
            dirty = con.execute("SELECT COUNT(*) FROM search_dirty").fetchone()[0]
        finally:
            con.close()
        return stored, dirty
    except sqlite3.Error:
        return 0, 0


def killed_at(db: Path, year: int, issues: int) -> str:
    """Where a killed run was, from what it left."""
    stored, dirty = progress(db, year)
    if stored == 0:
        return "before storing"
    if stored < issues:
        return "while storing"
    return "while indexing" if dirty else "after indexing"


SEARCH_LIMIT = 5.0  # seconds: far above an answer at once, far below a search that indexes or waits


def search_once(db: Path) -> int:
    with Archive(db, create=False) as archive, SearchIndex(archive) as index:
        return index.search(QUERIES[0], limit=20).total


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
    searches: list[float] = []
    phases: dict[str, int] = {}
    issues_per_batch = len(expected_issues(work / "probe"))
    for n in range(args.kills):  # each run has a batch of its own to import, so there is work to kill
        batch = build_sources(sources, n)
        proc = subprocess.Popen([sys.executable, "-m", "baoku", "import", "--archive", str(db), str(batch)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Aim inside the work: odd runs once storing has begun, even runs once it is done (indexing).
        goal = 1 if n % 2 else issues_per_batch
        deadline = time.monotonic() + 120
        while proc.poll() is None and progress(db, 2001 + n)[0] < goal and time.monotonic() < deadline:
            time.sleep(0.005)
        if n and proc.poll() is None:  # a search while it writes answers at once (readers never wait)
            started = time.monotonic()
            search_once(db)
            searches.append(time.monotonic() - started)
        time.sleep(rnd.uniform(0.0, full * (0.04 if n % 2 else 0.15)))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        else:
            finished += 1
        proc.wait()
        phase = killed_at(db, 2001 + n, issues_per_batch) if proc.returncode == -signal.SIGKILL else "finished"
        phases[phase] = phases.get(phase, 0) + 1
    midway = phases.get("while storing", 0) + phases.get("while indexing", 0)
    last = baoku("import", "--archive", str(db), str(sources))  # the restart: everything, to the end
    print(f"{args.kills} runs: {killed} killed, {finished} finished first; where the kills landed: "
          + ", ".join(f"{k} {v}" for k, v in sorted(phases.items()))
          + f"; one whole batch takes {full:.1f} s; the last run (all batches) exited {last.returncode}; "
          + (f"{len(searches)} searches during the runs, the slowest {max(searches):.2f} s" if searches else ""))
    problems = []
    if searches and max(searches) > SEARCH_LIMIT:
        problems.append(f"a search during an import took {max(searches):.1f} s (limit {SEARCH_LIMIT} s)")
    if midway < max(1, args.kills * 2 // 3):
        problems.append(f"only {midway} of {args.kills} runs were killed mid-way (storing or indexing)")
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
          else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
