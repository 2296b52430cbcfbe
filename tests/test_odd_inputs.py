"""Odd names, odd values and odd files at the command line (a tester's report, issue 40f): each is
one clear line, never a traceback, and the archive is left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from baoku.cli import main
from baoku.core.store import Archive

from .conftest import SAMPLE_TXT, file_digest


def baoku(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    said = capsys.readouterr()
    return code, said.out, said.err


# -- 1. a year no newspaper was printed in is not a date ----------------------------------------------

@pytest.mark.parametrize("date", ["1550-03-01", "2150-01-01", "0000-01-01", "9999-12-31"])
def test_a_file_name_whose_year_is_no_newspapers_is_refused_saying_so(tmp_path, capsys, date):
    page = tmp_path / f"泉州晚报_{date}_第5版_民企会客厅.txt"
    page.write_text(SAMPLE_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "a.db"
    code, _, err = baoku(capsys, "--archive", db, "import", page)
    assert code == 1 and "Traceback" not in err
    assert date in err and "not a plausible newspaper date" in err and "1600" in err and "2100" in err, err
    with Archive(db) as archive:
        assert archive.issues() == []
    # the name's paper and page are still read: a date given beside it is all that is needed
    code, out, err = baoku(capsys, "--archive", db, "import", page, "--date", "1887-03-03")
    assert code == 0, err
    with Archive(db) as archive:
        assert [(r["publication"], r["date"]) for r in archive.issues()] == [("泉州晚报", "1887-03-03")]


@pytest.mark.parametrize("given", [("--date", "1550-03-01"), ("--date", "2101-01-01")])
def test_an_implausible_date_given_as_an_option_is_refused_in_one_line(tmp_path, capsys, given):
    db = tmp_path / "a.db"
    code, _, err = baoku(capsys, "--archive", db, "import", SAMPLE_TXT, *given)
    assert code == 1 and "Traceback" not in err and "not a plausible newspaper date" in err, err
    if db.exists():
        with Archive(db) as archive:
            assert archive.issues() == []


def test_the_first_and_last_plausible_years_are_dates(tmp_path, capsys):
    from baoku.core.model import parse_date

    assert parse_date("1600-01-01").year == 1600 and parse_date("2100-12-31").year == 2100


def test_a_name_with_an_implausible_year_leaves_the_date_to_ask_for_and_is_no_scan(tmp_path):
    from baoku.core.importing.metadata import known_metadata, needs_issue_metadata
    from baoku.core.importing.sources import is_scan

    page = tmp_path / "泉州晚报_2150-01-01_第5版_民企会客厅.txt"
    page.write_text(SAMPLE_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    known = known_metadata(page)
    assert (known.publication, known.date, known.page) == ("泉州晚报", None, 5)
    assert needs_issue_metadata(page)  # the window asks for the date
    assert not is_scan("泉州晚报_1550-03-01_A05.png", lambda name: False)
    assert is_scan("泉州晚报_1887-03-03_A05.png", lambda name: False)


# -- 2. a read-only archive: reindex and check --repair say so, change nothing ---------------------

@pytest.fixture
def read_only_archive(capsys):
    """An archive with one change its index has not seen, in a folder any user can read, then made
    read-only (the file, its index and the folder); run with _other_user's prefix (root ignores
    file modes)."""
    import os
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="baoku-ro-"))
    db = folder / "ro.db"
    assert main(["--archive", str(db), "import", str(SAMPLE_TXT)]) == 0
    with Archive(db) as archive:
        archive.update_article(archive.article_ids()[0], headline="改过的标题")
    capsys.readouterr()
    for p in folder.rglob("*"):  # chmod -R a-w
        os.chmod(p, p.stat().st_mode & ~0o222)
    os.chmod(folder, 0o555)
    yield db
    os.chmod(folder, 0o755)
    for p in folder.rglob("*"):
        os.chmod(p, p.stat().st_mode | 0o200)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("command", [("reindex",), ("reindex", "--optimize"), ("check", "--repair")])
def test_reindex_and_repair_of_a_read_only_archive_say_it_is_read_only_and_change_nothing(read_only_archive,
                                                                                          command):
    from .test_hardening import _baoku, _other_user

    db = read_only_archive
    before = {p.name: file_digest(p) for p in db.parent.rglob("*") if p.is_file()}
    r = _baoku("--archive", str(db), *command, prefix=_other_user())
    said = r.stdout + r.stderr
    assert "Traceback" not in said and "read-only" in said and "nothing was changed" in said, said
    assert "missing or out of date" not in said
    if command[0] == "reindex":
        assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1, said
    else:  # the check is still made and said; only the repair is left undone
        assert r.returncode == 0 and "archive ok" in r.stdout and "not indexed yet" in r.stdout, said
    assert {p.name: file_digest(p) for p in db.parent.rglob("*") if p.is_file()} == before


# -- 3. names and arguments that are not UTF-8 ---------------------------------------------------------

def gbk_named(folder: Path, name: str, text: str) -> Path:
    """A file whose name is GBK bytes (as a Chinese Windows or an old disk leaves it)."""
    import os

    raw = os.fsencode(folder) + b"/" + name.encode("gbk")
    with open(raw, "w", encoding="utf-8") as f:
        f.write(text)
    return Path(os.fsdecode(raw))


def test_a_file_whose_name_is_not_utf8_is_one_line_naming_it_as_read_in_gb18030(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    named = gbk_named(folder, "泉州晚报_2024-09-11_第5版_民企会客厅.txt", SAMPLE_TXT.read_text(encoding="utf-8"))
    gbk_named(folder, "人民日报.txt", "...")
    good = folder / "good.jsonl"
    good.write_text('{"publication": "测试报", "date": "2024-10-01", "page": 1, "headline": "好新闻", '
                    '"paragraphs": ["正文。"]}\n', encoding="utf-8")
    db = tmp_path / "a.db"
    for paths in ([named], [folder]):
        code, out, err = baoku(capsys, "--archive", db, "import", *paths)
        assert code == 1 and "Traceback" not in err
        lines = [ln for ln in err.splitlines() if ln.strip()]
        assert any("泉州晚报_2024-09-11_第5版_民企会客厅.txt" in ln and "not UTF-8" in ln for ln in lines), err
        assert "\\udc" not in err and "surrogate" not in err
        if paths == [folder]:
            assert any("人民日报.txt" in ln and "not UTF-8" in ln for ln in lines), err
            assert len(lines) == 2 and "1 file imported" in out, out + err  # the rest of the folder goes in


@pytest.mark.parametrize("argv", [["search", "知识产权"], ["search", "标题:知识产权"],
                                  ["import", SAMPLE_TXT, "--publication", "泉州晚报"],
                                  ["saved", "--delete", "知识产权"]])
def test_an_argument_that_is_not_utf8_is_one_line(tmp_path, capsys, argv):
    import os

    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(SAMPLE_TXT)]) == 0
    capsys.readouterr()
    digest = file_digest(db)
    gbk = [os.fsdecode("知识产权".encode("gbk")) if a == "知识产权" else
           a.replace("知识产权", os.fsdecode("知识产权".encode("gbk"))) if isinstance(a, str) else a for a in argv]
    gbk = [os.fsdecode("泉州晚报".encode("gbk")) if a == "泉州晚报" else a for a in gbk]
    code, _, err = baoku(capsys, "--archive", db, *gbk)
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "not UTF-8" in err and ("知识产权" in err or "泉州晚报" in err), err
    assert file_digest(db) == digest


# -- 4. and 10. a number option out of its range -------------------------------------------------------

@pytest.mark.parametrize("mb", ["-1", "0", "-5", "99999999999", str(10**21)])
def test_an_impossible_file_size_limit_is_refused_in_one_line_before_anything_is_read(tmp_path, capsys, mb):
    db = tmp_path / "a.db"
    code, out, err = baoku(capsys, "--archive", db, "import", SAMPLE_TXT, "--max-file-mb", mb)
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "--max-file-mb" in err and mb in err and ("from 1 to" in err or "too large" in err) and not out, err
    assert not db.exists()


def test_the_file_size_limit_s_own_range_is_taken(tmp_path, capsys):
    from baoku.core.importing.sourcefile import MAX_FILE_MB

    db = tmp_path / "a.db"
    assert baoku(capsys, "--archive", db, "import", SAMPLE_TXT, "--max-file-mb", "1")[0] == 0
    assert baoku(capsys, "--archive", db, "import", SAMPLE_TXT, "--max-file-mb", str(MAX_FILE_MB))[0] == 0


@pytest.mark.parametrize("argv", [["search", "知识产权", "--limit", "-5"], ["search", "知识产权", "--limit", str(10**12)],
                                  ["search", "知识产权", "--limit", str(10**23)], ["search", "--like", "1", "--limit", "-3"],
                                  ["list", "articles", "--limit", "-5"], ["show", str(10**23)]])
def test_a_negative_or_absurd_number_is_refused_in_one_line_and_the_index_is_left_alone(tmp_path, capsys, argv):
    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(SAMPLE_TXT)]) == 0
    assert main(["--archive", str(db), "search", "知识产权"]) == 0
    capsys.readouterr()
    index = {p.name: file_digest(p) for p in (tmp_path / "a.db.index").iterdir() if p.is_file()}
    code, out, err = baoku(capsys, "--archive", db, *argv)
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert argv[-1] in err and not out and "damaged" not in err, err
    assert {p.name: file_digest(p) for p in (tmp_path / "a.db.index").iterdir() if p.is_file()} == index


def test_a_search_limit_out_of_range_is_refused_by_the_search_itself(tmp_path, archive):
    from baoku.core.errors import ValidationError
    from baoku.core.importing.run import import_paths

    from .conftest import search_of

    import_paths(archive, [SAMPLE_TXT])
    with search_of(archive) as index:
        for limit in (-1, 10**12):
            with pytest.raises(ValidationError, match="hits"):
                index.search("知识产权", limit=limit)
            with pytest.raises(ValidationError, match="hits"):
                index.more_like(1, limit=limit)
        assert index.search("知识产权", limit=0).total == len(index.search("知识产权", limit=1).ids)


# -- 5. UTF-16 without its byte order mark -------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_as_utf16(tmp_path, capsys, encoding):
    from baoku.core.importing.encoding import decode_text

    text = SAMPLE_TXT.read_text(encoding="utf-8")
    page = tmp_path / "泉州晚报_2024-09-11_第5版_民企会客厅.txt"
    page.write_bytes(text.encode(encoding))
    db = tmp_path / "a.db"
    code, out, err = baoku(capsys, "--archive", db, "import", page)
    assert code == 0 and "6 articles" in out, err
    again = tmp_path / "utf8" / page.name  # the same page in UTF-8 is the same material
    again.parent.mkdir()
    again.write_text(text, encoding="utf-8")
    code, out, err = baoku(capsys, "--archive", db, "import", again)
    assert code == 0 and "already in the archive" in out, out + err
    for short in ("今天天气很好，我们去公园散步。\n", "The Omaha Daily Bee, March 3, 1887.\n"):  # a line is enough
        assert decode_text(short.encode(encoding), "x.txt") == (short, encoding)


def test_nul_bytes_that_read_as_no_text_say_the_encoding_could_not_be_told(tmp_path):
    from baoku.core.errors import ImportRejected
    from baoku.core.importing.encoding import decode_text

    odd = "今天天气很好。".encode("utf-16-le") + b"\x00"  # UTF-16 cut at an odd byte
    for data in (odd, ("\x00" * 100 + "正文。" * 30).encode("utf-8")):
        with pytest.raises(ImportRejected, match="cannot tell") as e:
            decode_text(data, "x.txt")
        assert "UTF-16" in str(e.value) and "binary" in str(e.value)


# -- 6. a new archive in a folder that cannot be written ----------------------------------------------

@pytest.mark.parametrize("where", ["new.db", "sub/new.db"])
def test_a_new_archive_in_a_read_only_folder_is_one_line_saying_the_folder_is_not_writable(where):
    import os
    import shutil
    import tempfile

    from .test_hardening import _baoku, _other_user

    folder = Path(tempfile.mkdtemp(prefix="baoku-rofolder-"))
    os.chmod(folder, 0o555)
    try:
        r = _baoku("--archive", str(folder / where), "import", str(SAMPLE_TXT), prefix=_other_user())
        assert r.returncode == 1 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert "not writable" in r.stderr and str(folder) in r.stderr, r.stderr
        assert list(folder.iterdir()) == []
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder, ignore_errors=True)


# -- 7. terminal escapes in an article's text ------------------------------------------------------------

CONTROLS = {"headline": "标题\x1b[31m红\x07", "byline": "记者\x1b]0;pwned\x07", "column": "栏\x1b[5m目",
            "paragraphs": ["正文\x1b[2J清屏\x9b31m再\x08\x08后退\r覆盖。", "第二段\x1b[0m\x7f。"]}


def test_show_list_and_search_print_control_characters_visibly_and_the_archive_keeps_them(tmp_path, capsys):
    import json
    import re

    feed = tmp_path / "esc.jsonl"
    feed.write_text(json.dumps({"publication": "测试报", "date": "2024-10-01", "page": 1, **CONTROLS},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(feed)]) == 0
    capsys.readouterr()
    raw = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
    for argv in (["show", "1"], ["show", "1", "--blocks"], ["list", "articles"], ["search", "正文"],
                 ["show", "1", "--json"], ["search", "正文", "--json"], ["list", "articles", "--json"]):
        code, out, err = baoku(capsys, "--archive", db, *argv)
        assert code == 0 and not raw.search(out + err), (argv, out)
        if "--json" not in argv:
            assert "␛" in out, (argv, out)
    row = json.loads(baoku(capsys, "--archive", db, "show", "1", "--json")[1])
    assert row["headline"] == CONTROLS["headline"]  # kept as they are
    with Archive(db) as archive:
        kept = archive.article(1).article
        assert kept.headline == CONTROLS["headline"] and kept.byline == CONTROLS["byline"]


# -- 8. no backup of a damaged archive -------------------------------------------------------------------

def test_a_damaged_archive_is_not_backed_up_as_if_all_were_well(tmp_path, capsys):
    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(SAMPLE_TXT)]) == 0
    data = bytearray(db.read_bytes())
    data[len(data) // 2: len(data) // 2 + 8192] = bytes(8192)  # a few KB of zeros in the middle
    db.write_bytes(bytes(data))
    digest = file_digest(db)
    capsys.readouterr()
    dest = tmp_path / "bk.db"
    code, out, err = baoku(capsys, "--archive", db, "backup", dest)
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1, out + err
    assert "damaged" in err and "no backup was written" in err and "backed up" not in out, err
    assert not list(tmp_path.glob("bk.db*")) and file_digest(db) == digest
    # the check says the same
    code, out, _ = baoku(capsys, "--archive", db, "check")
    assert code == 1 and "damaged" in out


# -- 9. an unreadable file and a named pipe in an import folder -----------------------------------------

def test_an_unreadable_file_and_a_fifo_are_a_line_each_and_the_rest_of_the_folder_goes_in():
    import os
    import shutil
    import subprocess
    import sys
    import tempfile

    from .test_hardening import _other_user

    folder = Path(tempfile.mkdtemp(prefix="baoku-fifo-"))
    os.chmod(folder, 0o777)
    try:
        text = SAMPLE_TXT.read_text(encoding="utf-8")
        (folder / "泉州晚报_2024-09-11_第5版_民企会客厅.txt").write_text(text, encoding="utf-8")
        locked = folder / "泉州晚报_2024-09-12_第5版_民企会客厅.txt"
        locked.write_text(text, encoding="utf-8")
        locked.chmod(0)
        os.mkfifo(folder / "泉州晚报_2024-09-13_第5版_民企会客厅.txt")
        os.mkfifo(folder / "feed.jsonl")
        for paths in ([folder], [folder / "feed.jsonl"]):
            db = folder / "a.db"
            r = subprocess.run([*_other_user(), sys.executable, "-m", "baoku.cli", "--archive", str(db), "import",
                                *map(str, paths)], capture_output=True, text=True, timeout=60)
            lines = r.stderr.strip().splitlines()
            assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
            assert sum("feed.jsonl" in ln and "named pipe" in ln for ln in lines) == 1, r.stderr
            if paths == [folder]:
                assert len(lines) == 3 and "1 file imported" in r.stdout, r.stdout + r.stderr
                assert any("09-12" in ln and "Permission denied" in ln for ln in lines)
                assert any("09-13" in ln and "named pipe" in ln for ln in lines)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
