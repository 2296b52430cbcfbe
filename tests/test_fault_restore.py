"""Fault cases of issue 50c: a restore over work done since the backup. The restore compared the
newest import batch and the newest article edit time, so a note (or a collection, the trash, a
saved search) written after the backup, and an edit made while the clock was set back, were
replaced without a word. Now rows are compared: work the backup lacks is refused in one line,
the archive unchanged; what the archive lost since (a deleted article) is what a restore is for."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from baoku.cli import main


@pytest.fixture
def backed_up(tmp_path, capsys):
    db, feed = tmp_path / "a.db", tmp_path / "feed.jsonl"
    rows = [{"publication": "泉州晚报", "date": f"2024-09-1{i}", "page": 1, "headline": f"标题{i}",
             "paragraphs": [f"正文{i}。"]} for i in range(3)]
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert main(["--archive", str(db), "import", str(feed)]) == 0
    assert main(["--archive", str(db), "backup", str(tmp_path / "b.db")]) == 0
    capsys.readouterr()
    return db, tmp_path / "b.db"


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(db, backup, capsys, kind: str) -> None:
    before = _digest(db)
    assert main(["--archive", str(db), "restore", str(backup)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "changes made after this backup" in err and f"in its {kind}" in err, err
    assert _digest(db) == before


def test_a_note_written_after_the_backup_is_not_restored_over(backed_up, capsys):
    db, backup = backed_up
    assert main(["--archive", str(db), "note", "1", "恢复前写的批注"]) == 0
    capsys.readouterr()
    _refused(db, backup, capsys, "notes")
    assert main(["--archive", str(db), "restore", str(backup), "--force"]) == 0
    kept = list(db.parent.glob("a.before-restore-*.db"))
    assert len(kept) == 1 and "恢复前写的批注" in sqlite3.connect(kept[0]).execute("SELECT text FROM note").fetchone()[0]


def test_an_edit_made_with_the_clock_set_back_is_not_restored_over(backed_up, capsys):
    db, backup = backed_up
    assert main(["--archive", str(db), "edit", "2", "--genre", "简讯"]) == 0
    with sqlite3.connect(db) as con:  # the edit as a computer whose clock ran years behind stamped it
        con.execute("UPDATE article SET updated_at = '2001-01-01T00:00:00+00:00' WHERE id = 2")
    con.close()
    capsys.readouterr()
    _refused(db, backup, capsys, "articles")


def test_what_the_archive_lost_since_the_backup_is_restored(backed_up, capsys):
    db, backup = backed_up
    assert main(["--archive", str(db), "restore", str(backup)]) == 0  # nothing changed since: no refusal
    assert main(["--archive", str(db), "delete", "2"]) == 0
    assert main(["--archive", str(db), "trash", "empty"]) == 0
    capsys.readouterr()
    assert main(["--archive", str(db), "restore", str(backup)]) == 0, capsys.readouterr().err
    assert main(["--archive", str(db), "list", "articles"]) == 0
    assert "3 articles" in capsys.readouterr().out


def test_a_restore_in_a_second_already_used_keeps_its_copy_under_a_free_name(backed_up, capsys, monkeypatch):
    """Two restores in one second, or one after the clock was set back to a time a kept copy
    already bears: the second was refused, naming a file the user never chose."""
    import time

    db, backup = backed_up
    monkeypatch.setattr(time, "strftime", lambda fmt, *a: "20200101-000000")
    for text in ("第一条", "第二条"):
        assert main(["--archive", str(db), "note", "1", text]) == 0
        assert main(["--archive", str(db), "restore", str(backup), "--force"]) == 0, capsys.readouterr().err
    kept = sorted(p.name for p in db.parent.glob("a.before-restore-*.db"))
    assert kept == ["a.before-restore-20200101-000000-2.db", "a.before-restore-20200101-000000.db"]
