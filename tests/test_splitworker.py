"""Page text split in a second process during a batch import (importing.splitworker): the same
pages, the same errors, and a batch that goes on when the worker is not there."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from baoku.core.importing import run, splitworker
from baoku.core.importing.pagetext import parse_page_text
from baoku.core.importing.run import IMPORTED, import_paths
from baoku.core.importing.splitworker import PageSplitter
from baoku.core.importing.metadata import IssueMeta
from baoku.core.model import PageInfo
from baoku.core.store import Archive

from .conftest import SAMPLE_PAGE, SAMPLE_TXT
from .pageset import all_pages

pytestmark = pytest.mark.skipif(not splitworker.available(), reason="the split worker runs on POSIX only")


def pages():
    """The dev pages and the sample page: (text, page)."""
    return [(p.raw, p.info()) for p in all_pages("dev")] + [(SAMPLE_TXT.read_text(encoding="utf-8"), SAMPLE_PAGE)]


def test_the_worker_splits_every_page_exactly_as_this_process_does():
    with PageSplitter(1) as splitter:
        splitter.start()
        assert splitter.in_worker(wait=60)
        for text, page in pages():
            there = splitter.split(text, page)
            here = parse_page_text(text, page)
            assert repr(there) == repr(here)
        assert splitter.split_there == len(pages())


def test_a_page_the_worker_cannot_split_raises_here_as_it_always_did_and_the_worker_goes_on():
    with PageSplitter(1) as splitter:
        splitter.start()
        assert splitter.in_worker(wait=60)
        with pytest.raises(AttributeError):
            splitter.split(None, PageInfo(1))  # type: ignore[arg-type]
        text, page = pages()[-1]
        assert len(splitter.split(text, page).articles) == 6
        assert splitter.split_there == 1


def test_pages_are_split_here_until_a_worker_is_ready_and_after_the_workers_are_gone():
    text, page = pages()[-1]
    with PageSplitter(2) as splitter:
        assert not splitter.in_worker()  # not started: here
        assert len(splitter.split(text, page).articles) == 6
        splitter.start()
        assert splitter.in_worker(wait=60)
        for worker in splitter._all:
            worker.proc.kill()
            worker.proc.wait()
        for _ in range(3):  # each dead worker found out in turn, then split here
            assert len(splitter.split(text, page).articles) == 6
        assert not splitter.in_worker() and not splitter._all
        assert splitter.split_there == 0


def test_two_workers_split_pages_at_once(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    with PageSplitter(2) as splitter, ThreadPoolExecutor(2) as pool:
        splitter.start()
        assert splitter.in_worker(wait=60) and len(splitter._idle) == 2
        texts = pages()
        there = list(pool.map(lambda tp: splitter.split(*tp), texts))
        assert [repr(p) for p in there] == [repr(parse_page_text(*tp)) for tp in texts]
        assert splitter.split_there == len(texts)


def write_batch(folder: Path, n: int) -> list[Path]:
    files = []
    for k, (text, page) in enumerate(pages()[:n], 1):
        path = folder / f"page_{k:02d}.txt"
        path.write_text(text, encoding="utf-8")
        path.with_suffix(".json").write_text(json.dumps(
            {"publication": "测试日报", "date": f"2001-01-{k:02d}", "page": page.number, "page_name": page.name}),
            encoding="utf-8")
        files.append(path)
    return files


def stored(archive, ids):
    return [(a.headline, [(b.kind, b.text) for b in a.blocks]) for a in (archive.article(i).article for i in ids)]


class ReadyAtOnce(PageSplitter):
    """The batch's splitter, its worker made ready before the next page is sent (so that a short
    batch in a test goes through it)."""

    made: list[PageSplitter] = []

    def __init__(self):
        super().__init__(2)
        self.made.append(self)

    def start(self) -> None:
        super().start()
        assert self.in_worker(wait=60)


def test_a_batch_stores_each_page_as_the_split_here_gives_it(tmp_path, archive, monkeypatch):
    monkeypatch.setattr(run, "PageSplitter", ReadyAtOnce)
    monkeypatch.setattr(run, "MIN_BATCH", 12)
    ReadyAtOnce.made.clear()
    files = write_batch(tmp_path, 12)
    report = import_paths(archive, files)
    assert [o.status for o in report.outcomes] == [IMPORTED] * len(files)
    splitter, = ReadyAtOnce.made
    assert splitter.split_there == len(files)
    assert not splitter._all  # stopped after the batch
    for outcome, (text, page) in zip(report.outcomes, pages()):
        expected = [(a.headline, [(b.kind, b.text) for b in a.blocks]) for a in parse_page_text(text, page).articles]
        assert stored(archive, outcome.article_ids) == expected


def test_a_small_batch_starts_no_worker_and_a_big_one_does(tmp_path, monkeypatch):
    started = []
    monkeypatch.setattr(splitworker, "workers", lambda: 2)  # (however busy the machine is)
    monkeypatch.setattr(PageSplitter, "start", lambda self: started.append(self))
    small = tmp_path / "small"
    small.mkdir()
    with Archive(tmp_path / "small.db") as archive:
        assert import_paths(archive, write_batch(small, 3)).count(IMPORTED) == 3
    assert not started
    big = tmp_path / "big"
    big.mkdir()
    for k in range(run.MIN_BATCH):
        (big / f"page_{k:02d}.txt").write_text(f"第{k}条新闻\n\n本报讯　第{k}条新闻的正文。\n", encoding="utf-8")
        (big / f"page_{k:02d}.json").write_text(json.dumps({"date": f"2001-01-{k % 28 + 1:02d}", "page": k // 28 + 1}),
                                               encoding="utf-8")
    with Archive(tmp_path / "big.db") as archive:
        report = import_paths(archive, [big], overrides=IssueMeta(publication="测试日报"))
    assert len(started) == 1
    assert report.count(IMPORTED) == run.MIN_BATCH


def test_page_text_files_are_counted_in_folders_and_zips_up_to_enough(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/1.txt", "a/b/2.txt", "a/b/3.TXT", "a/4.jsonl", "5.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "pages.zip", "w") as zf:
        zf.writestr("p1.txt", "x")
        zf.writestr("in/p2.txt", "x")
        zf.writestr("p.xml", "x")
    assert run.page_text_files([tmp_path / "a"]) == 2
    assert run.page_text_files([tmp_path / "a", tmp_path / "5.txt", tmp_path / "pages.zip"]) == 5
    assert run.page_text_files([tmp_path / "a", tmp_path / "5.txt", tmp_path / "pages.zip"], enough=3) == 3
    assert run.page_text_files([tmp_path / "a" / "4.jsonl"]) == 0


def test_workers_only_where_cores_are_free(monkeypatch):
    monkeypatch.setattr(splitworker.os, "cpu_count", lambda: 2)
    for load, count in ((0.1, 2), (0.8, 1), (1.4, 1), (1.6, 0), (7.0, 0)):
        monkeypatch.setattr(splitworker.os, "getloadavg", lambda load=load: (load, load, load))
        assert splitworker.workers() == count
    monkeypatch.setattr(splitworker.os, "cpu_count", lambda: 1)
    monkeypatch.setattr(splitworker.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert splitworker.workers() == 0


def test_page_text_is_read_four_files_ahead_and_other_files_one_as_before():
    from concurrent.futures import ThreadPoolExecutor

    from baoku.core.importing.sources import SourceFile

    names = ["1.txt", "2.txt", "3.txt", "4.txt", "5.txt", "6.txt", "scan.png", "7.txt"]
    pulled: list[str] = []

    def items():
        for name in names:
            pulled.append(name)
            yield SourceFile(name, "标题\n\n正文。".encode(), lambda _: None)

    with ThreadPoolExecutor(1) as pool:
        seen = [(item.name, len(pulled), ahead is not None)
                for item, ahead in run._read_ahead(items(), pool, None, None)]
    assert seen == [("1.txt", 5, True), ("2.txt", 6, True), ("3.txt", 7, True), ("4.txt", 7, True),
                    ("5.txt", 7, True), ("6.txt", 7, True), ("scan.png", 8, False), ("7.txt", 8, True)]


def test_a_zip_of_pages_with_sidecars_imports_every_page_with_its_sidecar(tmp_path, archive):
    """Pages read ahead are read after the walk of their ZIP has gone past them (and closed it at
    its end): their sidecars are read while it is open."""
    z = tmp_path / "pages.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for k, (text, page) in enumerate(pages()[:8], 1):
            zf.writestr(f"pages/p{k}.txt", text)
            zf.writestr(f"pages/p{k}.json", json.dumps({"publication": "测试日报", "date": f"2001-02-{k:02d}",
                                                        "page": page.number}))
    report = import_paths(archive, [z])
    assert [o.status for o in report.outcomes] == [IMPORTED] * 8, [o.message for o in report.outcomes]
    assert sorted(i["date"] for i in archive.issues()) == [f"2001-02-{k:02d}" for k in range(1, 9)]
