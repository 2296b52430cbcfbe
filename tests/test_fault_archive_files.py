"""Fault cases of issue 52e (docs/faults.md): what stands at an archive's path, and an archive file
damaged inside. Before: SQLite's integrity findings went out as dozens of lines (a row of its check
holds many lines), a named pipe or a device was "disk I/O error", and every read-only file at
another schema, an empty one or one of a newer Baoku included, was told to be "opened writable
once to upgrade it". Now each is one line saying what it is; nothing is changed."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3

import pytest

from baoku.cli import main
from baoku.core.errors import ArchiveUnavailable
from baoku.core.store.archive import Archive
from baoku.core.store.version import SCHEMA_VERSION


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _archive(tmp_path, capsys, n: int = 30):
    db, feed = tmp_path / "a.db", tmp_path / "feed.jsonl"
    rows = [{"publication": "泉州晚报", "date": f"2024-{1 + i // 28:02d}-{1 + i % 28:02d}", "page": 1,
             "headline": f"标题{i}", "paragraphs": [f"正文{i}，市场很热闹。"]} for i in range(n)]
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert main(["--archive", str(db), "import", str(feed)]) == 0
    capsys.readouterr()
    return db


def _scribble_on_the_issue_table(db) -> None:
    """Garbage over the cells of the issue table's first page, as a failing disk leaves it: SQLite's
    check then finds dozens of cells wrong, all in one row of its answer."""
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'issue'").fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(db, "r+b") as f:
        f.seek((root - 1) * size + 8)
        f.write(b"\xde\xad\xbe\xef" * 100)


def test_a_damaged_archive_is_said_in_one_line_by_backup_and_line_by_line_by_check(tmp_path, capsys):
    db = _archive(tmp_path, capsys)
    _scribble_on_the_issue_table(db)
    before = _digest(db)
    assert main(["--archive", str(db), "backup", str(tmp_path / "b.db")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "***" not in err, err  # it was 60 lines
    assert "is damaged (On tree page" in err and "more); no backup was written" in err, err
    assert not (tmp_path / "b.db").exists() and _digest(db) == before
    assert main(["--archive", str(db), "check"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.startswith(("problem integrity: ", "note ")) for line in lines[:-1]), lines
    assert "On tree page" in lines[0] and lines[-2].startswith("problem integrity: … and ") and \
        lines[-1].endswith("problems"), lines
    assert _digest(db) == before


@pytest.mark.parametrize("command", [["list"], ["search", "市场"], ["import", "feed.jsonl"]])
def test_a_named_pipe_or_a_device_given_as_the_archive_is_said_as_such(tmp_path, capsys, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "feed.jsonl").write_text(json.dumps({"publication": "泉州晚报", "date": "2024-01-01", "page": 1,
                                                     "headline": "标题", "paragraphs": ["正文。"]}), encoding="utf-8")
    os.mkfifo(tmp_path / "a.db")
    for path, kind in ((tmp_path / "a.db", "a named pipe"), ("/dev/null", "a device")):
        assert main(["--archive", str(path), *command]) == 1
        err = capsys.readouterr().err
        assert err == f"baoku: error: {path} is {kind}, not an archive file; give an archive file, or a new " \
                      "file's name to make one\n", err  # it was SQLite's "disk I/O error"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db", "feed.jsonl"]


def test_a_read_only_file_of_a_newer_baoku_says_to_update_baoku(tmp_path, capsys):
    db = _archive(tmp_path, capsys, n=2)
    with sqlite3.connect(db) as con:
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    before = _digest(db)
    with pytest.raises(ArchiveUnavailable) as refused:
        Archive(db, read_only=True)  # as a file this user cannot write is opened
    assert refused.value.coded.code == "archive_newer" and "upgrade" not in str(refused.value)
    assert str(refused.value) == f"{db} was made by a newer Baoku (schema {SCHEMA_VERSION + 1}); update Baoku to open it"
    assert _digest(db) == before


def test_an_empty_read_only_file_is_no_archive_to_upgrade(tmp_path):
    empty = tmp_path / "a.db"
    empty.touch()
    with pytest.raises(ArchiveUnavailable) as refused:
        Archive(empty, read_only=True)
    assert refused.value.coded.code == "archive_read_only_empty" and "upgrade" not in str(refused.value)
    assert "holds no archive (it is empty)" in str(refused.value) and empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db"]


def test_an_older_read_only_archive_is_still_told_to_be_upgraded(tmp_path, capsys):
    db = _archive(tmp_path, capsys, n=2)
    with sqlite3.connect(db) as con:
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    con.close()
    with pytest.raises(ArchiveUnavailable) as refused:
        Archive(db, read_only=True)
    assert refused.value.coded.code == "archive_read_only_older" and "open a writable copy once to upgrade it" \
        in str(refused.value)


def test_a_damaged_file_given_to_migrate_is_the_file_named(tmp_path, capsys, monkeypatch, server_url):
    """The one-line refusal of a damaged archive file named --archive (the default archive.db of
    the folder the command ran in, which migrate never opened), not the file given to it."""
    db = _archive(tmp_path, capsys)
    _scribble_on_the_issue_table(db)
    monkeypatch.chdir(tmp_path)
    assert main(["migrate", str(db), server_url]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"baoku: error: the archive file {db} is damaged (") and err.count("\n") == 1, err
