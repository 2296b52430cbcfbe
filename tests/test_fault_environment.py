"""Fault cases of the environment (issue 48f): a file Baoku did not make given as the archive, a
terminal that cannot show Chinese. Each is one clear line, and nothing is changed."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from baoku.cli import main
from baoku.core.errors import ArchiveUnavailable
from baoku.core.store import Archive

from .conftest import SAMPLE_TXT


def _foreign(path) -> str:
    """Another program's SQLite file (a browser's history, say); its SHA-256."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    db.execute("INSERT INTO moz_places VALUES (1, 'https://example.org/')")
    db.commit()
    db.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("argv", [["list"], ["import", SAMPLE_TXT], ["search", "泉州"], ["check"], ["stats"]])
def test_another_programs_sqlite_file_is_refused_and_left_byte_for_byte(tmp_path, capsys, argv):
    """`baoku --archive places.sqlite …` (a wrong file picked, a typo) made Baoku's tables in the
    other program's database and switched it to WAL, then listed it as an empty archive; an import
    stored issues in it."""
    path = tmp_path / "places.sqlite"
    before = _foreign(path)
    code = main(["--archive", str(path), *map(str, argv)])
    said = capsys.readouterr()
    assert code == 1 and said.out == ""
    assert said.err.strip() == (f"baoku: error: {path} is another program's SQLite database (it holds the table "
                                "moz_places), not a Baoku archive; nothing was changed. Give an archive file, or "
                                "a new file's name to make one")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]  # no -wal, index or lock made


def test_another_programs_sqlite_file_is_refused_read_only_too_and_in_the_windows_words(tmp_path):
    from baoku.gui.codedwords import words

    path = tmp_path / "places.sqlite"
    before = _foreign(path)
    for read_only in (False, True):
        with pytest.raises(ArchiveUnavailable) as refused:
            Archive(path, read_only=read_only)
        assert refused.value.coded.code == "foreign_database"
    assert words(refused.value.coded) == (f"{path} 是别的程序的 SQLite 数据库（其中有表 moz_places），不是报库档案；"
                                          "没有作任何改动。请打开档案文件，或者给一个新文件名来新建档案。")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_an_empty_file_and_a_first_open_cut_short_are_still_made_archives(tmp_path):
    """What is not another program's: an empty file (made by `touch`), and a file whose first open
    was cut short after sqlite-utils made its migrations table."""
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    cut = tmp_path / "cut.db"
    db = sqlite3.connect(cut)
    db.execute("CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT, name TEXT, "
               "applied_at TEXT)")
    db.commit()
    db.close()
    for path in (empty, cut):
        with Archive(path) as archive:
            assert archive.stats()["articles"] == 0 and archive.schema_version > 0


def _terminal(monkeypatch, encoding: str):
    """stdout and stderr as a terminal in `encoding` would have them (PYTHONIOENCODING, an old
    locale); what each received, as text."""
    import io
    import sys

    streams = {name: io.TextIOWrapper(io.BytesIO(), encoding=encoding) for name in ("stdout", "stderr")}
    for name, stream in streams.items():
        monkeypatch.setattr(sys, name, stream)

    def said(name: str) -> str:
        streams[name].flush()
        return streams[name].buffer.getvalue().decode(encoding)
    return said


def test_a_terminal_that_cannot_show_chinese_gets_escapes_and_one_note_not_a_traceback(tmp_path, monkeypatch):
    """With PYTHONIOENCODING=ascii (or a Latin-1 locale) `baoku list` printed half its table and
    ended in UnicodeEncodeError's traceback; an error line with a Chinese name did the same."""
    path = tmp_path / "archive.db"
    page = tmp_path / "泉州晚报_2024-09-11_第1版.txt"
    page.write_text("秋粮收购开始\n\n本报讯 秋粮收购今起开始。\n", encoding="utf-8")
    assert main(["--archive", str(path), "import", str(page)]) == 0
    said = _terminal(monkeypatch, "ascii")
    assert main(["--archive", str(path), "list"]) == 0
    assert "\\u6cc9\\u5dde\\u665a\\u62a5 | 2024-09-11" in said("stdout")  # 泉州晚报
    assert said("stderr") == ("baoku: note: this terminal's encoding (ascii) cannot show Chinese, which is shown as "
                              "\\u escapes; set it to UTF-8 (LANG=zh_CN.UTF-8) to read it\n")
    said = _terminal(monkeypatch, "ascii")
    assert main(["--archive", str(path), "paper", "泉州日报"]) == 1
    assert said("stderr").splitlines()[1:] == ["baoku: error: no paper '\\u6cc9\\u5dde\\u65e5\\u62a5' in the archive "
                                               "(baoku list publications shows them)"]


def test_a_gbk_terminal_shows_what_gbk_lacks_as_an_escape_and_needs_no_note(tmp_path, monkeypatch):
    path = tmp_path / "archive.db"
    page = tmp_path / "泉州晚报_2024-09-11_第1版.txt"
    page.write_text("吉祥物亮相\n\n本报讯 𠮷野家的吉祥物今天亮相。\n", encoding="utf-8")
    assert main(["--archive", str(path), "import", str(page)]) == 0
    said = _terminal(monkeypatch, "gbk")
    assert main(["--archive", str(path), "show", "1"]) == 0
    assert "本报讯 \\U00020bb7野家的吉祥物今天亮相。" in said("stdout") and said("stderr") == ""


def test_an_index_folder_linked_to_a_disk_not_there_is_one_line_and_left_as_it_is(tmp_path, capsys):
    """The index put on another disk through a symbolic link (archive.db.index → /media/usb/…),
    that disk not connected, or a link to itself: every search, import, reindex and repair was a
    FileExistsError traceback (an import's after its issue was stored)."""
    path = tmp_path / "archive.db"
    page = tmp_path / "泉州晚报_2024-09-11_第1版.txt"
    page.write_text("秋粮收购开始\n\n本报讯 秋粮收购今起开始。\n", encoding="utf-8")
    assert main(["--archive", str(path), "import", str(page)]) == 0
    index = tmp_path / "archive.db.index"
    index.rename(tmp_path / "elsewhere")
    usb = tmp_path / "usb" / "index"

    def line(target) -> str:
        return (f"the search index's folder {index} is a symbolic link to {target}, which cannot be reached (a "
                "disk not connected, or a link that leads nowhere or to itself); connect it, or remove the link to "
                "have the index made again beside the archive. The archive is fine")
    for target, commands in ((usb, (["search", "秋粮"], ["reindex"], ["check", "--repair"])),
                             (index, (["search", "秋粮"],))):  # a disk not there; a link to itself
        index.symlink_to(target)
        capsys.readouterr()
        for argv in commands:
            assert main(["--archive", str(path), *argv]) == 1, argv
            said = capsys.readouterr()
            assert said.err.strip().splitlines()[-1] == f"baoku: error: {line(target)}", argv
            assert "Traceback" not in said.err
        assert index.is_symlink() and not usb.parent.exists()
        index.unlink()
    index.symlink_to(usb)
    page.write_text("秋粮入库\n\n本报讯 秋粮今天入库。\n", encoding="utf-8")
    page = page.rename(tmp_path / "泉州晚报_2024-09-12_第1版.txt")
    assert main(["--archive", str(path), "import", str(page)]) == 0  # stored; the index waits
    said = capsys.readouterr()
    assert said.err.strip() == f"note {line(usb)}" and "1 file imported" in said.out
    index.unlink()
    (tmp_path / "elsewhere").rename(index)  # the disk is back: the index catches up
    assert main(["--archive", str(path), "search", "秋粮"]) == 0
    assert "2 articles" in capsys.readouterr().out


def test_check_on_an_index_folder_linked_to_nowhere_says_so_in_the_windows_words_too(tmp_path, capsys):
    """`check` said the index was "missing or damaged" and pointed at --repair, which then said
    the link's line; the window's check said the same."""
    from baoku.core.checks import check_archive
    from baoku.gui.codedwords import words

    path = tmp_path / "archive.db"
    page = tmp_path / "泉州晚报_2024-09-11_第1版.txt"
    page.write_text("秋粮收购开始\n\n本报讯 秋粮收购今起开始。\n", encoding="utf-8")
    assert main(["--archive", str(path), "import", str(page)]) == 0
    index, usb = tmp_path / "archive.db.index", tmp_path / "usb" / "index"
    index.rename(tmp_path / "elsewhere")
    index.symlink_to(usb)
    capsys.readouterr()
    assert main(["--archive", str(path), "check"]) == 1
    assert capsys.readouterr().out.splitlines()[-2:] == [
        f"problem the search index's folder {index} is a symbolic link to {usb}, which cannot be reached (a disk "
        "not connected, or a link that leads nowhere or to itself); connect it, or remove the link to have the "
        "index made again beside the archive. The archive is fine", "1 problem"]
    with Archive(path) as archive:  # the window's check
        problem, = check_archive(archive).problems
    assert words(problem) == (f"搜索索引的文件夹 {index} 是指向 {usb} 的符号链接，但那里无法访问（磁盘没有连接，或者链接"
                              "指向不存在的地方或指向自身）。请连接那个磁盘，或者删除这个链接，索引会在档案旁边重新建立。"
                              "档案本身没有问题。")
    assert index.is_symlink() and not usb.parent.exists()


def test_a_folder_where_the_lock_file_belongs_stops_a_write_in_one_line(tmp_path, capsys):
    """With a folder at archive.db.lock the lock was silently not taken (as in a read-only folder,
    where nothing writes): an import ran unlocked, and a restore would not have waited for it."""
    path = tmp_path / "archive.db"
    with Archive(path):
        pass
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    (tmp_path / "archive.db.lock").mkdir()
    page = tmp_path / "泉州晚报_2024-09-11_第1版.txt"
    page.write_text("秋粮收购开始\n\n本报讯 秋粮收购今起开始。\n", encoding="utf-8")
    assert main(["--archive", str(path), "import", str(page)]) == 1
    said = capsys.readouterr()
    assert said.err.strip() == (f"baoku: error: the archive's lock file {path}.lock cannot be opened (Is a directory); "
                                "remove what stands at that name (Baoku makes the file again); nothing was changed")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
