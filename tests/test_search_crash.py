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
    from baoku.core.importing.run import import_paths
    from baoku.core.search import sync
    from baoku.core.search.index import SearchIndex
    from baoku.core.search.recall import RecallStore
    from baoku.core.search.wordindex import WordWriter
    from baoku.core.search.worker import WorkerWriter
    from baoku.core.store import Archive
    from baoku.core.store.ledger import SearchLedger

    archive_path, extra, where, bulk = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "bulk"
    if bulk:
        sync.WORKER_MIN = 1  # the word layer is written by the second process
    real_put, real_record = RecallStore.put, SearchLedger.record
    real_commit = WorkerWriter.commit if bulk else WordWriter.commit

    def die(*args, **kwargs):
        os._exit(137)

    def put_then_die(self, *args, **kwargs):
        real_put(self, *args, **kwargs)
        if kwargs.get("drop") is not None or args:  # the recall layer committed; words never did
            os._exit(137)

    def commit_then_die(self, *args, **kwargs):
        real_commit(self, *args, **kwargs)
        os._exit(137)  # both layers committed; the archive's record was never written

    if where == "before-index-commit":
        RecallStore.put = die  # the archive has the articles; the index never saw them
    elif where == "between-the-layers":
        RecallStore.put = put_then_die
    else:
        (WorkerWriter if bulk else WordWriter).commit = commit_then_die
    with Archive(archive_path) as archive:
        import_paths(archive, [extra])  # committed to SQLite
        SearchIndex(archive).sync()
""")

QUERIES = ["知识产权", "专利保护中心", "高价值发明专利", "本报讯", "-知识产权", "日期:2024-09-13"]


@pytest.mark.parametrize("bulk", ["one-process", "bulk"])
@pytest.mark.parametrize("where", ["before-index-commit", "between-the-layers", "after-index-commit"])
def test_killed_between_commits_then_restarted(tmp_path, where, bulk):
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        import_paths(archive, [SAMPLE_TXT])
        SearchIndex(archive).sync()
    extra = tmp_path / "泉州晚报_2024-09-13_第2版.txt"
    extra.write_text("知识产权新闻\n\n本报讯 知识产权保护中心揭牌,高价值发明专利服务上线。\n", encoding="utf-8")
    child = subprocess.run([sys.executable, "-c", CHILD, str(db), str(extra), where, bulk], capture_output=True,
                           text=True, timeout=120)
    assert child.returncode == 137, child.stderr

    with Archive(db) as archive:  # "starting again"
        assert len(archive.article_ids()) == 7
        with SearchIndex(archive) as index:
            after_restart = {q: sorted(h.id for h in index.search(q, limit=0).hits) for q in QUERIES}
            # nothing doubled in either layer
            assert index.files.words.doc_count() == index.files.recall.count() == 7
        with SearchIndex(archive) as fresh:
            fresh.sync(rebuild=True)
            rebuilt = {q: sorted(h.id for h in fresh.search(q, limit=0).hits) for q in QUERIES}
    assert after_restart == rebuilt
    assert rebuilt["本报讯"] == [7]  # the new article is found, and only it
