"""A path no file system takes (issue-49e, docs/faults.md): a name in it longer than 255 bytes (90
Chinese characters in UTF-8), given as the archive, a file to import or restore, or a file to
write. Python's own look at such a path (is it a folder? is it there?) raises instead of
answering, so every command ended in a traceback before saying which name was wrong."""

from __future__ import annotations

import pytest

from baoku.cli import main

from .conftest import SAMPLE_TXT, file_digest
from .test_fault_outputs import feed_archive  # noqa: F401,F811

LONG = "报" * 90  # 270 bytes of UTF-8: one name past ext4's 255


def baoku(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    said = capsys.readouterr()
    return code, said.out, said.err


def one_line(code: int, err: str) -> str:
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    return err.strip()


@pytest.mark.parametrize("argv", [
    ["list"], ["stats"], ["check"], ["search", "专利"], ["show", "1"], ["import", SAMPLE_TXT], ["backup", "b.db"]])
def test_an_archive_named_past_the_file_systems_limit_is_one_line(tmp_path, capsys, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    for archive in (tmp_path / f"{LONG}.db", tmp_path / LONG / "a.db"):
        said = one_line(*baoku(capsys, "--archive", archive, *argv)[::2])
        assert said.startswith(f"baoku: error: no file can be at {archive}: the name 报报报") and \
            "bytes of UTF-8; file systems take at most 255); nothing was changed" in said, said
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_file_to_write_named_past_the_limit_is_one_line_and_the_archive_unchanged(  # noqa: F811
        feed_archive, capsys, tmp_path):  # noqa: F811
    before = file_digest(feed_archive)
    for argv in (["export", "2", "-o", tmp_path / f"{LONG}.pdf"], ["export", "2", "-o", tmp_path / LONG / "a.md"],
                 ["export", "2", "--format", "docx", "-o", tmp_path / f"{LONG}.docx"],
                 ["backup", tmp_path / f"{LONG}.db"], ["cite", "2", "-o", tmp_path / LONG / "c.txt"]):
        said = one_line(*baoku(capsys, "--archive", feed_archive, *argv)[::2])
        assert said.startswith(f"baoku: error: cannot write {argv[-1]}: the name is too long"), said
    assert file_digest(feed_archive) == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("a.db")) == ["feed.jsonl"]


def test_a_file_to_read_named_past_the_limit_fails_alone(feed_archive, capsys, tmp_path):  # noqa: F811
    code, out, err = baoku(capsys, "--archive", feed_archive, "import", tmp_path / f"{LONG}.txt", SAMPLE_TXT)
    assert code == 1 and "Traceback" not in err and "1 file imported" in out, (out, err)
    assert "no file can have this name: the name 报报报" in out + err
    said = one_line(*baoku(capsys, "--archive", feed_archive, "restore", tmp_path / LONG / "b.db")[::2])
    assert said.startswith("baoku: error: no file can be at ") and "is too long" in said


def test_the_window_says_the_name_is_too_long_and_writes_nothing(feed_archive, tmp_path):  # noqa: F811
    """The window's export and backup go through the same core: NotWritten, worded as 文件名太长,
    where the window said an unexpected error with a traceback to report."""
    from baoku.core.errors import NotWritten
    from baoku.core.export import ExportOptions
    from baoku.gui.backend import Backend
    from baoku.gui.codedwords import error_words

    backend = Backend(feed_archive)
    try:
        for act in (lambda: backend.export([2], tmp_path / LONG / "a.pdf", ExportOptions()),
                    lambda: backend.export([2], tmp_path / f"{LONG}.html", ExportOptions(), "html"),
                    lambda: backend.backup(tmp_path / f"{LONG}.db")):
            with pytest.raises(NotWritten) as raised:
                act()
            assert raised.value.coded.params["kind"] == "too_long"
            assert error_words(raised.value).endswith("文件名太长。")
    finally:
        backend.close()
