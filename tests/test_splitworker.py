"""Page text split in a second process during a batch import (importing.splitworker): the same
pages, the same errors, and a batch that goes on when the worker is not there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from baoku.core.importing import run, splitworker
from baoku.core.importing.pagetext import parse_page_text
from baoku.core.importing.run import IMPORTED, import_paths
from baoku.core.importing.splitworker import PageSplitter
from baoku.core.model import PageInfo
from baoku.core.store import Archive

from .conftest import SAMPLE_PAGE, SAMPLE_TXT
from .pageset import all_pages

pytestmark = pytest.mark.skipif(not splitworker.available(), reason="the split worker runs on POSIX only")


def pages():
    """The dev pages and the sample page: (text, page)."""
    return [(p.raw, p.info()) for p in all_pages("dev")] + [(SAMPLE_TXT.read_text(encoding="utf-8"), SAMPLE_PAGE)]


def test_the_worker_splits_every_page_exactly_as_this_process_does():
    with PageSplitter() as splitter:
        splitter.start()
        assert splitter.in_worker(wait=60)
        for text, page in pages():
            there = splitter.split(text, page)
            here = parse_page_text(text, page)
            assert repr(there) == repr(here)
        assert splitter.split_there == len(pages())


def test_a_page_the_worker_cannot_split_raises_here_as_it_always_did_and_the_worker_goes_on():
    with PageSplitter() as splitter:
        splitter.start()
        assert splitter.in_worker(wait=60)
        with pytest.raises(AttributeError):
            splitter.split(None, PageInfo(1))  # type: ignore[arg-type]
        text, page = pages()[-1]
        assert len(splitter.split(text, page).articles) == 6
        assert splitter.split_there == 1


def test_pages_are_split_here_until_the_worker_is_ready_and_after_it_is_gone():
    text, page = pages()[-1]
    with PageSplitter() as splitter:
        assert not splitter.in_worker()  # not started: here
        assert len(splitter.split(text, page).articles) == 6
        splitter.start()
        assert splitter.in_worker(wait=60)
        splitter._proc.kill()
        splitter._proc.wait()
        assert len(splitter.split(text, page).articles) == 6  # the worker died: split here
        assert not splitter.in_worker()
        assert splitter.split_there == 0


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
        super().__init__()
        self.made.append(self)

    def start(self) -> None:
        super().start()
        assert self.in_worker(wait=60)


def test_a_batch_stores_each_page_as_the_split_here_gives_it(tmp_path, archive, monkeypatch):
    monkeypatch.setattr(run, "PageSplitter", ReadyAtOnce)
    ReadyAtOnce.made.clear()
    files = write_batch(tmp_path, 12)
    report = import_paths(archive, files)
    assert [o.status for o in report.outcomes] == [IMPORTED] * len(files)
    splitter, = ReadyAtOnce.made
    assert splitter.split_there >= len(files) - 1  # (the first page may have been split here)
    assert splitter._proc is None  # stopped after the batch
    for outcome, (text, page) in zip(report.outcomes, pages()):
        expected = [(a.headline, [(b.kind, b.text) for b in a.blocks]) for a in parse_page_text(text, page).articles]
        assert stored(archive, outcome.article_ids) == expected


def test_a_single_file_starts_no_worker_and_a_second_one_does(tmp_path, monkeypatch):
    started = []
    monkeypatch.setattr(PageSplitter, "start", lambda self: started.append(self))
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    with Archive(tmp_path / "one.db") as archive:
        assert import_paths(archive, write_batch(tmp_path / "one", 1)).count(IMPORTED) == 1
    assert not started
    with Archive(tmp_path / "two.db") as archive:
        assert import_paths(archive, write_batch(tmp_path / "two", 2)).count(IMPORTED) == 2
    assert len(started) == 1
