"""An import's word writer started ahead in a second process (search.sync.IndexSync.prestart):
where the importing process has not loaded the segmenter, the other process loads it while the
articles are stored, then splits and writes their words. The index is the one a single process
writes, and a writer the import did not use is ended."""

from __future__ import annotations

import sys

import pytest

from baoku.core.app.actions.importing import ImportRequest, import_files
from baoku.core.app.library import Library
from baoku.core.search import worker
from baoku.core.search.words import preload

QUERIES = ["知识产权", "专利保护中心", "高价值发明专利", "本报讯", "专利 -知识产权", "日期:2024-09-13"]


@pytest.fixture
def started(monkeypatch):
    """The word writers started in a second process during the test."""
    writers: list[worker.WorkerWriter] = []
    real = worker.WorkerWriter.__init__

    def spy(self, path):
        real(self, path)
        writers.append(self)

    monkeypatch.setattr(worker.WorkerWriter, "__init__", spy)
    return writers


def _hits(lib: Library) -> list:
    found = []
    for q in QUERIES:
        r = lib.index.search(q, limit=0)
        found.append((q, r.total, [(h.id, round(h.score, 9)) for h in r.hits]))
    return found


@pytest.mark.skipif(not worker.available(), reason="a second process writes words on POSIX only")
def test_an_import_written_ahead_gives_the_index_one_process_writes(tmp_path, monkeypatch, started, sample_copy):
    preload()  # this process has the segmenter (a window, a test session): words are written here
    with Library(tmp_path / "one.db") as lib:
        import_files(lib, ImportRequest((sample_copy,)))
        alone = _hits(lib)
    assert not started
    monkeypatch.delitem(sys.modules, "rjieba")  # as in a command's process, which has not loaded it
    with Library(tmp_path / "two.db") as lib:
        outcome = import_files(lib, ImportRequest((sample_copy,)))
        assert outcome.value.indexed == outcome.value.report.articles_added > 0
        assert len(started) == 1 and started[0].used
        assert started[0]._proc.returncode == 0  # it committed and stopped
        assert _hits(lib) == alone
        assert any(total for _, total, _ in alone)


@pytest.mark.skipif(not worker.available(), reason="a second process writes words on POSIX only")
def test_a_writer_started_ahead_and_not_used_is_ended(tmp_path, monkeypatch, started, sample_copy):
    monkeypatch.delitem(sys.modules, "rjieba")
    with Library(tmp_path / "a.db") as lib:
        import_files(lib, ImportRequest((sample_copy,)))
        again = import_files(lib, ImportRequest((sample_copy,)))  # the same page: nothing stored
        assert again.value.report.articles_added == 0
        assert len(started) == 2 and not started[1].used
        assert started[1]._proc.returncode is not None  # ended, not left running
        assert lib.index.search("知识产权").total > 0
