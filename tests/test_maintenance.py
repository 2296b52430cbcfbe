"""`baoku check` and `baoku backup`: what they find, what they repair, what they copy."""

from __future__ import annotations

import shutil
from pathlib import Path
import sqlite3

import pytest

from baoku.cli import main
from baoku.core.checks import check_archive
from baoku.core.errors import ValidationError
from baoku.core.importing.run import import_paths
from baoku.core.search.index import SearchIndex
from baoku.core.store import Archive
from baoku.core.store.maintenance import backup

from .conftest import SAMPLE_TXT


@pytest.fixture
def indexed(archive):
    assert import_paths(archive, [SAMPLE_TXT]).ok
    with SearchIndex(archive) as index:
        index.sync()
    return archive


def test_a_sound_archive_checks_ok(indexed, capsys):
    report = check_archive(indexed)
    assert report.ok and report.problems == []
    assert main(["--archive", str(indexed.path), "check"]) == 0
    assert "archive ok" in capsys.readouterr().out


def test_check_takes_a_relative_archive_path(indexed, capsys, monkeypatch):
    monkeypatch.chdir(indexed.path.parent)
    assert main(["--archive", indexed.path.name, "check"]) == 0
    assert "archive ok" in capsys.readouterr().out


def test_a_lost_recall_layer_is_found_and_rebuilt(indexed, capsys):
    (Path(str(indexed.path) + ".index") / "recall.sqlite").unlink()
    assert main(["--archive", str(indexed.path), "check"]) == 1
    out = capsys.readouterr().out
    assert "its recall layer (FTS5) is missing or damaged" in out and "word layer" not in out
    assert main(["--archive", str(indexed.path), "check", "--repair"]) == 0
    with SearchIndex(indexed) as index:
        assert index.search("知识产权").total == 4
    assert main(["--archive", str(indexed.path), "check"]) == 0


def test_a_lost_index_is_found_and_rebuilt(indexed, capsys):
    shutil.rmtree(str(indexed.path) + ".index")
    assert main(["--archive", str(indexed.path), "check"]) == 1
    assert "missing or damaged" in capsys.readouterr().out
    assert main(["--archive", str(indexed.path), "check", "--repair"]) == 0
    assert "rebuilt: 6 articles indexed" in capsys.readouterr().out
    with SearchIndex(indexed) as index:
        assert index.search("知识产权").total == 4


def test_stale_and_orphaned_entries_are_found_and_repaired(indexed):
    db = indexed.db
    with indexed.transaction():  # as if the index had recorded an old version, and a deleted article
        db.execute("UPDATE search_state SET content_hash = 'old' WHERE article_id = 2")
        db.execute("INSERT INTO search_state (article_id, content_hash) VALUES (999, 'gone')")
    report = check_archive(indexed)
    assert any("older version" in p for p in report.problems)
    assert any("deleted article" in p for p in report.problems)
    repaired = check_archive(indexed, repair=True)
    assert repaired.ok, repaired.problems
    assert check_archive(indexed).ok


def test_broken_references_and_duplicates_are_reported(indexed, tmp_path):
    folder = tmp_path / "again"
    folder.mkdir()
    shutil.copy(SAMPLE_TXT, folder / "泉州晚报_2024-09-12_第5版_民企会客厅.txt")  # the same page, next day
    refused = import_paths(indexed, [folder])
    assert not refused.ok and refused.outcomes[0].stored_elsewhere  # by default: a mistaken re-import
    assert "2024-09-11 第5版" in refused.outcomes[0].message and "articles 1–6" in refused.outcomes[0].message
    assert import_paths(indexed, [folder], duplicates=True).ok  # asked for: reprints, linked by their text
    notes = check_archive(indexed).notes
    assert "reprints: 6 texts printed more than once (6 later copies linked to the first by their text)" in notes
    assert sum("also printed as" in n and "2024-09-12 第5版" in n for n in notes) == 6
    db = indexed.db
    db.execute("PRAGMA foreign_keys = OFF")
    with indexed.transaction():
        db.execute("INSERT INTO contributor (article_id, seq, name, role, note) VALUES (4242, 1, 'x', '', '')")
    db.execute("PRAGMA foreign_keys = ON")
    report = check_archive(indexed)
    assert any("contributor" in p and "missing article" in p for p in report.problems)


def test_backup_is_a_consistent_copy_even_during_a_write(indexed, tmp_path):
    other = sqlite3.connect(str(indexed.path))
    other.execute("BEGIN IMMEDIATE")  # another process is in the middle of writing
    other.execute("DELETE FROM article WHERE id = 1")
    dest = backup(indexed, tmp_path / "copy.db")
    other.rollback()
    other.close()
    with Archive(dest, create=False) as copy:
        assert copy.stats()["articles"] == 6  # the last committed state, not the half-done write
        assert copy.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list(tmp_path.glob("*.part"))


def test_backup_refuses_bad_targets(indexed, tmp_path, capsys):
    with pytest.raises(ValidationError):
        backup(indexed, tmp_path)
    with pytest.raises(ValidationError):
        backup(indexed, indexed.path)
    assert main(["--archive", str(indexed.path), "backup", str(tmp_path / "b.db")]) == 0
    assert (tmp_path / "b.db").is_file()


def test_restore_refuses_to_lose_newer_changes_and_keeps_them_when_forced(indexed, tmp_path, capsys):
    db = str(indexed.path)
    assert main(["--archive", db, "backup", str(tmp_path / "b.db")]) == 0
    folder = tmp_path / "later"
    folder.mkdir()
    shutil.copy(SAMPLE_TXT, folder / "泉州晚报_2024-09-12_第5版_民企会客厅.txt")
    assert import_paths(indexed, [folder], duplicates=True).ok  # a change after the backup
    indexed.close()
    capsys.readouterr()
    assert main(["--archive", db, "restore", str(tmp_path / "b.db")]) == 1
    assert "changes made after this backup" in capsys.readouterr().err
    with Archive(db) as a:
        assert a.stats()["articles"] == 12  # untouched
    assert main(["--archive", db, "restore", str(tmp_path / "b.db"), "--force"]) == 0
    capsys.readouterr()
    assert main(["--archive", db, "check"]) == 0  # right after: the index is still to be built, which is no problem
    said = capsys.readouterr().out
    assert "6 changes not indexed yet (done on the next search)" in said and "archive ok" in said
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(("-wal", "-shm")) and "before-restore" in p.name]
    assert not leftovers  # no empty journal files beside the copy kept
    with Archive(db) as a:
        assert a.stats()["articles"] == 6
        with SearchIndex(a) as index:
            assert index.search("知识产权").total == 4  # the index was rebuilt for the restored archive
        assert check_archive(a).ok
    kept = list(tmp_path.glob("archive.before-restore-*.db"))
    assert len(kept) == 1
    with Archive(kept[0], create=False) as before:
        assert before.stats()["articles"] == 12  # nothing lost: the forced-over archive is kept


def test_restore_refuses_what_is_not_a_backup(indexed, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ValidationError):
        from baoku.core.store.maintenance import restore

        restore(junk, indexed.path)
    assert indexed.stats()["articles"] == 6


def _subsets(items: list) -> list[list]:
    out = [[]]
    for item in items:
        out += [s + [item] for s in out]
    return [s for s in out if s]


def test_backups_taken_during_an_import_restore_to_consistent_archives(tmp_path):
    import subprocess
    import sys
    import time

    from baoku.core.store.maintenance import restore

    from . import kill_imports

    sources = kill_imports.build_sources(tmp_path / "sources", 0)
    db = tmp_path / "archive.db"
    Archive(db).close()
    proc = subprocess.Popen([sys.executable, "-m", "baoku", "import", "--allow-duplicates", "--archive", str(db),
                             str(sources)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    copies = []
    with Archive(db) as live:
        deadline = time.monotonic() + 120  # the import's first issue is in (reading pages takes a while on a busy machine)
        while proc.poll() is None and not live.article_ids() and time.monotonic() < deadline:
            time.sleep(0.02)
        while proc.poll() is None and len(copies) < 40:
            copies.append(backup(live, tmp_path / f"copy{len(copies):02d}.db"))
            time.sleep(0.05)
    assert proc.wait(timeout=300) == 0, proc.stderr.read()
    want = kill_imports.expected_files(sources)
    sizes = set()
    for n, copy in enumerate(copies[::max(1, len(copies) // 8)]):  # eight of them, spread out
        target = tmp_path / f"restored{n:02d}.db"
        restore(copy, target)
        have = kill_imports.stored_issues(target)
        sizes.add(sum(len(v) for v in have.values()))
        for key, hashes in have.items():  # every file's issue in a backup is whole (an issue's pages
            whole = [sorted(sum(files, [])) for files in _subsets(want[key])]  # may come in two files)
            assert sorted(hashes) in whole, (copy.name, key)
        with Archive(target) as a:
            assert check_archive(a, repair=True).ok  # the index is rebuilt for it
            assert check_archive(a).ok
    assert len(copies) >= 2 and len(sizes) >= 2  # the backups really caught the import midway


def test_a_damaged_archive_file_is_one_line_for_check_and_every_command(tmp_path, capsys):
    """A tester overwrote one page of an archive: check, check --repair and stats ended in
    'database disk image is malformed' tracebacks. check reports it as its problem; the others say
    it in one line and change nothing."""
    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(SAMPLE_TXT)]) == 0
    with open(db, "r+b") as f:  # pages 11 on (the archive's text and its indexes) overwritten
        f.seek(40960)
        f.write(b"\xff" * 4096)
    capsys.readouterr()
    for argv in (["check"], ["check", "--repair"]):
        assert main(["--archive", str(db), *argv]) == 1
        out = capsys.readouterr().out
        assert "the archive file is damaged" in out and "restore" in out
    assert main(["--archive", str(db), "stats"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("baoku: error: the archive file") and "damaged" in err and len(err.splitlines()) == 1
