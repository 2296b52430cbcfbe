"""Two processes writing one archive at once: both batches land, nothing is corrupted."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from baoku.core.checks import check_archive
from baoku.core.search.index import SearchIndex
from baoku.core.store import Archive
from baoku.core.store.schema import migrations
from baoku.core.store.version import SCHEMA_VERSION
from sqlite_utils import Database

from .conftest import SAMPLE_TXT


def batch(folder: Path, month: int, days: int) -> Path:
    folder.mkdir()
    meta = json.loads(SAMPLE_TXT.with_suffix(".json").read_text(encoding="utf-8"))
    for day in range(1, days + 1):
        shutil.copy(SAMPLE_TXT, folder / f"p{day}.txt")
        (folder / f"p{day}.json").write_text(json.dumps(dict(meta, date=f"2024-{month:02d}-{day:02d}")),
                                             encoding="utf-8")
    return folder


def feed(folder: Path, year: int, issues: int) -> Path:
    """A JSONL feed of `issues` issues of 4 articles: each issue is a transaction of its own."""
    folder.mkdir()
    rows = [{"publication": "测试日报", "date": f"{year}-{1 + d // 28:02d}-{1 + d % 28:02d}", "page": 1,
             "headline": f"{year}年第{d}期第{k}篇", "paragraphs": [f"知识产权保护工作，第{d}期第{k}篇。" * 20]}
            for d in range(issues) for k in range(4)]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return folder


def test_two_processes_importing_at_once(tmp_path):
    db = tmp_path / "archive.db"
    Archive(db).close()
    a, b = batch(tmp_path / "a", 3, 8), batch(tmp_path / "b", 4, 8)
    fa, fb = feed(tmp_path / "fa", 2020, 150), feed(tmp_path / "fb", 2021, 150)
    env = dict(os.environ, COLUMNS="200")
    procs = [subprocess.Popen([sys.executable, "-m", "baoku", "import", "--allow-duplicates", "--archive", str(db),
                               *map(str, folders)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for folders in ((fa, a), (fb, b))]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert "9 files imported (648 new articles)" in out
    with Archive(db) as archive:
        # They really ran at once: their issues were stored in turns, not one batch after the other.
        order = ["a" if "/fa/" in r["source"] or "/a/" in r["source"] else "b" for r in archive.batches()]
        assert order.count("a") == order.count("b") == 158
        turns = sum(1 for x, y in zip(order, order[1:]) if x != y)
        assert turns >= 2, f"the two imports did not overlap: {''.join(order)}"
        assert archive.stats()["issues"] == 316 and archive.stats()["articles"] == 1296
        assert archive.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        report = check_archive(archive)
        assert report.ok, report.problems
        with SearchIndex(archive) as index:
            assert index.verify()["index_documents"] == 1296  # no article indexed twice
            assert index.search("知识产权", limit=0).total == 64 + 1200


def test_a_search_during_a_long_import_answers_at_once_from_the_index_as_it_stands(tmp_path):
    """Readers never wait for writers: while another process imports thousands of articles, each
    search answers from the last consistent index (saying how many changes it has not seen), and
    none of them indexes the importer's articles itself or waits for its locks."""
    import time

    from baoku.cli import main

    db = tmp_path / "archive.db"
    assert main(["--archive", str(db), "import", str(SAMPLE_TXT)]) == 0  # an archive with its index
    big = tmp_path / "big"
    big.mkdir()
    rows = [{"publication": "测试日报", "date": f"2021-{1 + d // 28:02d}-{1 + d % 28:02d}", "page": 1 + k % 8,
             "headline": f"第{d}期第{k}篇", "paragraphs": [f"农村改革试点工作稳步推进，第{d}期第{k}篇报道。" * 12]}
            for d in range(300) for k in range(30)]
    (big / "feed.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "baoku", "import", "--archive", str(db), str(big)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    times, lagging = [], []
    try:
        with Archive(db) as archive:
            while proc.poll() is None and len(times) < 8:
                if archive.stats()["articles"] < 1000:  # until the import has stored a good part
                    time.sleep(0.05)
                    continue
                start = time.monotonic()
                with SearchIndex(archive) as index:
                    result = index.search("知识产权", limit=10)
                times.append(time.monotonic() - start)
                lagging.append(result.not_yet_indexed)
                assert result.total == 4  # the sample's: the index as it stood
        out, err = proc.communicate(timeout=600)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert times and max(lagging) >= 1000, (times, lagging)  # searched while thousands were pending
    assert max(times) < 5, times  # each answered at once (a search that indexed them took far longer)
    assert "waited" not in err
    with Archive(db) as archive, SearchIndex(archive) as index:
        assert index.search("农村改革", limit=0).total == 9000  # and the importer indexed them all


def test_a_search_during_the_first_import_finds_nothing_yet_and_says_so(tmp_path):
    """No index is made yet while the first import stores: the last whole state is empty."""
    from baoku.core.importing.run import import_paths
    from baoku.core.store.locks import ArchiveLock

    db = tmp_path / "archive.db"
    with Archive(db) as writer, ArchiveLock(db).shared(1):  # an import at work, its index not made
        assert import_paths(writer, [SAMPLE_TXT]).ok
        with Archive(db) as reader, SearchIndex(reader) as index:
            result = index.search("知识产权")
        assert (result.total, result.not_yet_indexed) == (0, 6)
        assert not Path(str(db) + ".index").exists()  # the reader made nothing
    with Archive(db) as archive, SearchIndex(archive) as index:
        assert index.search("知识产权").total == 4  # with no writer at work, the search builds it


def test_baokus_opening_one_new_archive_at_once_all_open_it(tmp_path):
    """Two imports started at once into an archive not made yet: each process finds no schema and
    makes it. One waits for the other's (store.locks.migrating) and finds it made; before, the
    second failed on 'table … already exists' or 'database is locked' (most of 30 processes)."""
    code = "import sys; from baoku.core.store import Archive; Archive(sys.argv[1]).close()"
    for round_ in range(3):
        db = tmp_path / f"new{round_}.db"
        procs = [subprocess.Popen([sys.executable, "-c", code, str(db)], stderr=subprocess.PIPE, text=True)
                 for _ in range(6)]
        errors = [p.communicate(timeout=120)[1] for p in procs]
        assert [p.returncode for p in procs] == [0] * 6, [e.strip().splitlines()[-1:] for e in errors]
        with Archive(db) as archive:  # made once: each migration recorded once, the schema this Baoku's
            names = [r[0] for r in archive.conn.execute("SELECT name FROM _sqlite_migrations")]
            assert len(names) == len(set(names)) == len(migrations.pending(Database(memory=True)))
            assert archive.schema_version == SCHEMA_VERSION


def test_a_new_file_another_baoku_is_making_is_waited_for_not_refused(tmp_path):
    """Another Baoku holds a new archive file's write lock (it is making it, still in SQLite's
    rollback mode) as this one opens it: switching the file to WAL was refused at once ('database
    is locked', SQLite calls no busy handler there), which failed one of six processes opening a
    new archive at once in CI. The open now tries again until the other lets go."""
    import sqlite3
    import threading
    import time

    path = tmp_path / "new.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    # (what a Baoku making an archive commits first: sqlite-utils' record of migrations; a table of
    # anything else at schema version 0 is another program's file, refused untouched)
    other.execute("CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT, name TEXT, "
                  "applied_at TEXT)")
    threading.Timer(0.5, lambda: other.execute("COMMIT")).start()
    started = time.monotonic()
    with Archive(path) as archive:
        assert archive.schema_version == SCHEMA_VERSION
    assert time.monotonic() - started >= 0.4  # it waited for the other
    other.close()
