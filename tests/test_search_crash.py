"""A process killed between the SQLite commit and the index commit leaves nothing stale."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from baoku.core.importing.run import import_paths
from baoku.core.search.index import SearchIndex
from baoku.core.store import Archive

from .conftest import SAMPLE_TXT

CHILD = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from baoku.core.importing.run import import_paths
    from baoku.core.search.index import SearchIndex
    from baoku.core.store import Archive

    from baoku.core.search.recall import RecallStore

    archive_path, extra, where = sys.argv[1], sys.argv[2], sys.argv[3]
    real_commit = SearchIndex._index_batch
    real_put = RecallStore.put

    def dying_put(self, docs, drop=()):
        real_put(self, docs, drop)
        os._exit(137)  # the recall layer committed; the word layer and the record never did

    if where == "between-the-layers":
        RecallStore.put = dying_put

    def dying_batch(self, ix, store, rows, drop, replace):
        if where == "before-index-commit":
            os._exit(137)  # the archive has the articles; the index never saw them
        real_commit(self, ix, store, rows, drop, replace)
        os._exit(137)  # the index committed; its record in the archive was never written

    SearchIndex._index_batch = dying_batch
    with Archive(archive_path) as archive:
        import_paths(archive, [extra])  # committed to SQLite
        SearchIndex(archive).sync()
""")

QUERIES = ["知识产权", "专利保护中心", "高价值发明专利", "本报讯", "-知识产权", "日期:2024-09-13"]


@pytest.mark.parametrize("where", ["before-index-commit", "between-the-layers", "after-index-commit"])
def test_killed_between_commits_then_restarted(tmp_path, where):
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        import_paths(archive, [SAMPLE_TXT])
        SearchIndex(archive).sync()
    extra = tmp_path / "泉州晚报_2024-09-13_第2版.txt"
    extra.write_text("知识产权新闻\n\n本报讯 知识产权保护中心揭牌,高价值发明专利服务上线。\n", encoding="utf-8")
    child = subprocess.run([sys.executable, "-c", CHILD, str(db), str(extra), where], capture_output=True,
                           text=True, timeout=120)
    assert child.returncode == 137, child.stderr

    with Archive(db) as archive:  # "starting again"
        assert len(archive.article_ids()) == 7
        with SearchIndex(archive) as index:
            after_restart = {q: sorted(h.id for h in index.search(q, limit=0).hits) for q in QUERIES}
        with SearchIndex(archive) as fresh:
            fresh.sync(rebuild=True)
            rebuilt = {q: sorted(h.id for h in fresh.search(q, limit=0).hits) for q in QUERIES}
    assert after_restart == rebuilt
    assert rebuilt["本报讯"] == [7]  # the new article is found, and only it
