"""What a whole `baoku import` and `baoku search` load at start-up. (Their time is
measured in the benchmarks; here, that they do not load what they do not use.)"""

from __future__ import annotations

import json
import subprocess
import sys

from baoku.core.search import worker
from baoku.core.search.index import SearchIndex
from baoku.core.store import Archive

# The store's hot paths use sqlite3 alone; the index's update lock is flock (search.updatelock);
# a progress bar is drawn only on a terminal (cli.output.progress_bar), and these run piped.
HEAVY = ("sqlite_utils", "click", "dateutil", "pluggy", "filelock", "rich.progress")
# An issue's small segment is written in plain Python (segments.PLAIN_POOL): numpy is for searching
# and for large segments. The words are split by the word writer started ahead in a second process
# (search.sync.IndexSync.prestart), which loads the segmenter while this one stores.
IMPORT_HEAVY = (*HEAVY, "numpy", *(("rjieba",) if worker.available() else ()))


def _loaded_after(argv: list[str], heavy: tuple[str, ...] = HEAVY) -> tuple[int, list[str]]:
    code = ("import json, sys\n"
            "from baoku.cli import main\n"
            f"rc = main({argv!r})\n"
            f"print(rc, json.dumps(sorted(({{m.split('.')[0] for m in sys.modules}} | set(sys.modules))"
            f" & set({heavy!r}))))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 0, r.stderr
    rc, loaded = r.stdout.strip().splitlines()[-1].split(" ", 1)
    return int(rc), json.loads(loaded)


def test_import_and_search_load_no_sqlite_utils(tmp_path):
    path = tmp_path / "a.db"
    Archive(path).close()  # made (and migrated) once, as an archivist's archive is
    feed = tmp_path / "issue.jsonl"
    feed.write_text("\n".join(json.dumps({
        "publication": "泉州晚报", "date": "2024-09-11", "page": 1, "headline": f"粮食丰收第{i}篇",
        "paragraphs": [f"今年秋粮又获丰收，第{i}篇报道说，农民的收入比去年增加了不少。"]}, ensure_ascii=False)
        for i in range(3)), encoding="utf-8")
    assert _loaded_after(["--archive", str(path), "import", str(feed)], IMPORT_HEAVY) == (0, [])
    assert _loaded_after(["--archive", str(path), "search", "粮食"]) == (0, [])
    # Another paper reprints a stored text: the stored article is marked reprinted, and its
    # indexed text is looked for among the versions the archive kept (the ledger's `previous`).
    again = tmp_path / "reprint.jsonl"
    again.write_text(json.dumps({
        "publication": "东南早报", "date": "2024-09-12", "page": 2, "headline": "粮食丰收第0篇",
        "paragraphs": ["今年秋粮又获丰收，第0篇报道说，农民的收入比去年增加了不少。"]}, ensure_ascii=False),
        encoding="utf-8")
    assert _loaded_after(["--archive", str(path), "import", str(again)], IMPORT_HEAVY) == (0, [])
    assert _loaded_after(["--archive", str(path), "search", "粮食"]) == (0, [])
    with Archive(path) as archive:  # and the archive holds what the imports stored
        assert archive.conn.execute("SELECT COUNT(*) FROM article").fetchone()[0] == 4
        # the connection is set up as sqlite-utils' Database sets it up, before one is made
        assert archive.conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
        assert "_db" not in archive.__dict__
        with SearchIndex(archive) as index:  # and the index the imports wrote finds them
            assert index.search("粮食").total == 4 and not index.ledger.behind()
