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

from .conftest import SAMPLE_TXT


def batch(folder: Path, month: int, days: int) -> Path:
    folder.mkdir()
    meta = json.loads(SAMPLE_TXT.with_suffix(".json").read_text(encoding="utf-8"))
    for day in range(1, days + 1):
        shutil.copy(SAMPLE_TXT, folder / f"p{day}.txt")
        (folder / f"p{day}.json").write_text(json.dumps(dict(meta, date=f"2024-{month:02d}-{day:02d}")),
                                             encoding="utf-8")
    return folder


def test_two_processes_importing_at_once(tmp_path):
    db = tmp_path / "archive.db"
    Archive(db).close()
    a, b = batch(tmp_path / "a", 3, 8), batch(tmp_path / "b", 4, 8)
    env = dict(os.environ, COLUMNS="200")
    procs = [subprocess.Popen([sys.executable, "-m", "baoku", "import", "--archive", str(db), str(folder)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for folder in (a, b)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert "8 file(s) imported (48 new article(s))" in out
    with Archive(db) as archive:
        assert archive.stats()["issues"] == 16 and archive.stats()["articles"] == 96
        assert archive.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        report = check_archive(archive)
        assert report.ok, report.problems
        with SearchIndex(archive) as index:
            assert index.verify()["index_documents"] == 96  # no article indexed twice
            assert index.search("知识产权", limit=0).total == 64
