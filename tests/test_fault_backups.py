"""Fault cases of issue 52e (docs/faults.md) in backups. An archive whose image store was moved or
deleted was backed up without its page images and without a word ("backed up a.db → b.db"), a
backup taken for a whole one. A server archive's backup cut short (a copy stopped half-way) was
refused only once the restore had begun, in pg_restore's words ("the server archive's restore
failed: could not read from input file: end of file"), saying neither that the file was at fault
nor that nothing had changed; with --force, the archive had been dumped beside it first for
nothing. Now the backup warns in one line, naming how many images it lacks and where they were
looked for, and a damaged server backup is refused before anything is touched."""

from __future__ import annotations

import json

import psycopg
import pytest
from PIL import Image, ImageDraw

from baoku.cli import main

from .test_alto import _alto_by_hand


def _pages(tmp_path):
    """Two ALTO pages, each with its page image (no OCR: the text is the ALTO's)."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for day in (1, 2):
        stem = pages / f"泉州晚报_2024-10-0{day}_第1版"
        stem.with_suffix(".xml").write_text(_alto_by_hand(), encoding="utf-8")
        image = Image.new("RGB", (300, 300), "white")
        ImageDraw.Draw(image).text((10, 10 * day), f"page {day}", fill="black")  # two images, two files
        image.save(stem.with_suffix(".png"))
    return pages


def _scanned_archive(tmp_path, capsys):
    """An archive of the two pages of _pages, with their images."""
    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(_pages(tmp_path))]) == 0
    capsys.readouterr()
    return db


def test_a_backup_of_an_archive_whose_image_store_is_gone_says_what_it_lacks(tmp_path, capsys):
    db = _scanned_archive(tmp_path, capsys)
    store = tmp_path / "a.db.images"
    assert main(["--archive", str(db), "backup", str(tmp_path / "whole.db")]) == 0
    out, err = capsys.readouterr()
    assert "backed up" in out and err == ""
    assert len([p for p in (tmp_path / "whole.db.images").rglob("*.png")]) == 2
    store.rename(tmp_path / "moved.images")  # the image store moved (a folder tidied away, a disk not mounted)
    assert main(["--archive", str(db), "backup", str(tmp_path / "b.db")]) == 0
    out, err = capsys.readouterr()
    assert "backed up" in out and (tmp_path / "b.db").is_file()
    assert err == (f"warning: the backup lacks 2 page images that the archive records: they are not in its "
                   f"image store {store} (moved or deleted?). The rest is backed up; put the images back "
                   "(baoku check lists them) and back up again\n"), err


def _feed(path, day: int, n: int) -> str:
    rows = [{"publication": "泉州晚报", "date": f"2024-0{day}-{i + 1:02d}", "page": 1, "headline": f"标题{day}-{i}",
             "paragraphs": [f"正文{day}-{i}，市场很热闹。" * 20]} for i in range(n)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return str(path)


def _articles(url: str) -> list:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT id, headline FROM article ORDER BY id").fetchall()


def test_a_server_backup_cut_short_is_refused_before_anything_is_touched(server_url, tmp_path, capsys, monkeypatch):
    # a locale this machine lacks (the window sets LANG=zh_CN.UTF-8): Debian's wrapper warns first
    monkeypatch.setenv("LC_ALL", "zz_ZZ.UTF-8")
    on = ["--archive", server_url]
    assert main([*on, "import", _feed(tmp_path / "a.jsonl", 1, 20)]) == 0
    dump = tmp_path / "b.dump"
    assert main([*on, "backup", str(dump)]) == 0
    assert main([*on, "import", _feed(tmp_path / "b.jsonl", 2, 3)]) == 0
    held = _articles(server_url)
    capsys.readouterr()
    whole = dump.read_bytes()
    cut = tmp_path / "cut.dump"
    cut.write_bytes(whole[:len(whole) * 3 // 4])  # its list of contents whole, its data cut short
    assert main([*on, "restore", "--force", str(cut)]) == 1
    err = capsys.readouterr().err
    assert err == (f"baoku: error: {cut} is cut short or damaged (could not read from input file: end of "
                   "file): it cannot be restored, and nothing was changed. Restore another backup\n"), err
    assert _articles(server_url) == held
    # nothing written beside it either: --force kept what the archive held before it began
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl", "b.dump", "b.jsonl", "cut.dump"]


def test_the_windows_backup_without_page_images_says_so_in_its_words(qtbot, tmp_path, capsys):
    pytest.importorskip("PySide6.QtWidgets")
    from baoku.gui.options import Settings
    from PySide6.QtCore import QSettings

    from .test_gui import make_window

    db = _scanned_archive(tmp_path, capsys)
    (tmp_path / "a.db.images").rename(tmp_path / "moved.images")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = make_window(qtbot, db, settings, sample=False)
    with qtbot.waitSignal(window.archive.backedUp) as saved:
        window.archive.backup(tmp_path / "b.db")
    assert saved.args[0] == tmp_path / "b.db" and (tmp_path / "b.db").is_file()
    said = [box.text() for box in window.archive.messages.open_boxes]
    assert said == [f"备份里缺少档案记录的 2 张版面图像：它们不在图像文件夹 {tmp_path / 'a.db.images'} 里（被移走或删除了？）。"
                    "其余内容都已备份；请把图像放回原处（“检查档案”会列出它们），再备份一次。"], said


def test_a_restore_reads_its_backup_without_writing_beside_it(tmp_path, capsys):
    """SQLite's read-only mode still makes a WAL file's -shm and -wal beside it (every backup is
    one), and where it cannot, reads nothing: a backup on a CD, a write-protected stick or a folder
    of another user's was refused as "not a Baoku archive backup: attempt to write a readonly
    database". Now the backup is read as it is (immutable), and nothing is made beside it."""
    db = _scanned_archive(tmp_path, capsys)
    shelf = tmp_path / "shelf"
    assert main(["--archive", str(db), "backup", str(shelf / "b.db")]) == 0
    before = sorted(p.name for p in shelf.iterdir())
    assert main(["--archive", str(db), "note", "1", "备份之后写的批注"]) == 0
    capsys.readouterr()
    assert main(["--archive", str(db), "restore", str(shelf / "b.db")]) == 1  # newer work: compared, refused
    assert "changes made after this backup (in its notes)" in capsys.readouterr().err
    assert main(["--archive", str(tmp_path / "new.db"), "restore", str(shelf / "b.db")]) == 0
    assert sorted(p.name for p in shelf.iterdir()) == before == ["b.db", "b.db.images"]
    assert main(["--archive", str(tmp_path / "new.db"), "check"]) == 0, capsys.readouterr()


def test_a_restore_of_a_backup_whose_page_images_are_gone_says_what_it_lacks(tmp_path, capsys):
    db = _scanned_archive(tmp_path, capsys)
    assert main(["--archive", str(db), "backup", str(tmp_path / "b.db")]) == 0
    (tmp_path / "b.db.images").rename(tmp_path / "elsewhere")  # only the .db copied to the stick
    capsys.readouterr()
    assert main(["--archive", str(tmp_path / "new.db"), "restore", str(tmp_path / "b.db")]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("restored") and err == (
        f"warning: the restored archive lacks 2 page images that it records: they were not beside the backup, "
        f"in {tmp_path / 'b.db.images'}. The rest is restored; put them there and restore again, or baoku check "
        "lists them\n"), err
    (tmp_path / "elsewhere").rename(tmp_path / "b.db.images")
    assert main(["--archive", str(tmp_path / "new.db"), "restore", "--force", str(tmp_path / "b.db")]) == 0
    assert capsys.readouterr().err == "" and len(list((tmp_path / "new.db.images").rglob("*.png"))) == 2
