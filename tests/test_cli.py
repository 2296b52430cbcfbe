"""The `baoku` command as a user runs it."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from baoku.cli import main

from .conftest import SAMPLE_TXT, file_digest


def run(*args: str) -> subprocess.CompletedProcess:
    """The command in a process of its own, as a user's shell runs it: for what only a real
    process shows (a library's own logging, a closed pipe, the exit status)."""
    env = dict(os.environ, COLUMNS="200")
    return subprocess.run([sys.executable, "-m", "baoku", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def cli(*args: str) -> subprocess.CompletedProcess:
    """The command run by `main` in this process, its output caught: what it prints and returns
    is the same, without starting Python and loading the word lists again for each command."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as e:  # --version, --help and argparse's own refusals
            code = e.code if isinstance(e.code, int) else 1
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="module")
def sample_archive(tmp_path_factory) -> Path:
    """The sample page imported once, for the tests that start from it (each takes a copy)."""
    db = tmp_path_factory.mktemp("sample") / "a.db"
    assert cli("import", str(SAMPLE_TXT), "--archive", str(db)).returncode == 0
    return db


def copy_of(sample: Path, folder: Path) -> Path:
    """A copy of the sample archive (its file and its index) in folder."""
    db = folder / sample.name
    shutil.copy2(sample, db)
    shutil.copytree(sample.with_name(sample.name + ".index"), db.with_name(db.name + ".index"))
    return db


def test_import_list_show_stats_on_the_sample(tmp_path):
    db = tmp_path / "a.db"
    r = cli("import", str(SAMPLE_TXT), "--archive", str(db))
    assert r.returncode == 0, r.stderr
    assert "imported 泉州晚报 2024-09-11: 6 articles on 1 page" in r.stdout
    r = cli("--archive", str(db), "list")
    assert r.returncode == 0 and "泉州晚报" in r.stdout and "2024-09-11" in r.stdout and "1 issue" in r.stdout
    r = cli("list", "articles", "--archive", str(db))  # each article with its paper, date and page
    assert r.returncode == 0 and "6 articles" in r.stdout
    assert sum("泉州晚报" in line and "2024-09-11" in line and "第5版" in line for line in r.stdout.splitlines()) == 6
    r = cli("list", "articles", "--archive", str(db), "--json")
    rows = json.loads(r.stdout)
    assert len(rows) == 6
    assert [row["genre"] for row in rows] == ["导语", "圆桌", "简讯", "简讯", "简讯", "记者手记"]
    r = cli("show", str(rows[1]["id"]), "--archive", str(db))
    assert r.returncode == 0
    assert "泉州晚报 2024年9月11日 第5版 民企会客厅" in r.stdout
    assert "利用大数据技术指导研发方向" in r.stdout and "把一些新技术新产品" in r.stdout
    # The roundtable's head is in its fields, not its blocks (it shares the lead-in's): shown too.
    lines = r.stdout.splitlines()
    fields = json.loads(cli("show", str(rows[1]["id"]), "--archive", str(db), "--json").stdout)
    for field in ("column", "kicker", "headline"):
        assert fields[field] and any(fields[field] in line for line in lines[:8]), field
    r = cli("stats", "--archive", str(db), "--json")
    assert json.loads(r.stdout)["articles"] == 6
    r = cli("stats", "--archive", str(db))
    assert "篇数 articles" in r.stdout and "file_bytes" not in r.stdout and " KB" in r.stdout


def test_version_plurals_and_a_closed_pipe(tmp_path):
    from baoku import __version__

    r = cli("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"baoku {__version__}"
    db = tmp_path / "a.db"
    assert cli("import", str(SAMPLE_TXT), "--archive", str(db)).returncode == 0
    assert cli("list", "--archive", str(db)).stdout.rstrip().endswith("\n1 issue")
    assert "1 article found" in cli("search", "标题:汽车产销量", "--archive", str(db)).stdout
    # `baoku list articles --json | head -1`: the reader closes the pipe early; no traceback
    env = dict(os.environ)
    shell = subprocess.run(f"'{sys.executable}' -m baoku --archive '{db}' list articles --json | head -1",
                           shell=True, capture_output=True, text=True, env=env, timeout=120)
    assert shell.stdout.strip() == "[" and "Traceback" not in shell.stderr, shell.stderr


def test_reimport_says_nothing_changed(tmp_path, capsys):
    db = str(tmp_path / "a.db")
    assert main(["--archive", db, "import", str(SAMPLE_TXT)]) == 0
    capsys.readouterr()
    digest = file_digest(Path(db))
    assert main(["--archive", db, "import", str(SAMPLE_TXT)]) == 0
    text = capsys.readouterr().out
    assert "already in the archive" in text and "0 new articles" in text and "nothing changed" in text
    assert file_digest(Path(db)) == digest


MALFORMED = {
    "binary.txt": b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8,
    "empty.txt": b"",
    "truncated.xml": b'<?xml version="1.0"?><nitf><head><pubdata name="x" date.publication="20240911"',
    "bomb.xml": (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                 b'<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                 b'<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>'
                 b"<nitf>&lol2;</nitf>"),
    "garbage.jsonl": b"{not json at all\n",
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_file_one_clear_error_and_archive_untouched(tmp_path, sample_archive, name):
    db = copy_of(sample_archive, tmp_path)
    digest = file_digest(db)
    bad = tmp_path / name
    bad.write_bytes(MALFORMED[name])
    r = run("import", str(bad), "--archive", str(db), "--publication", "泉州晚报", "--date", "2024-09-12",
            "--page", "1")
    assert r.returncode == 1
    errors = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(errors) == 1, r.stderr
    assert errors[0].startswith("failed") and name in errors[0]
    assert "Traceback" not in r.stderr + r.stdout
    assert "1 failed" in r.stdout
    assert file_digest(db) == digest


def _damaged_pdfs() -> dict[str, bytes]:
    import io

    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf)
    c.drawString(72, 720, "page one")
    c.save()
    whole = buf.getvalue()
    return {"garbage.pdf": b"%PDF-1.4 garbage not really a pdf", "truncated.pdf": whole[: len(whole) // 2]}


@pytest.mark.parametrize("name", sorted(_damaged_pdfs()))
@pytest.mark.parametrize("meta", [(), ("--publication", "泉州晚报", "--date", "2024-09-12")])
def test_a_damaged_pdf_is_one_line_saying_so_whatever_metadata_is_given(tmp_path, sample_archive, name, meta):
    """A damaged PDF with no metadata was refused for want of metadata, under pypdf's own
    'EOF marker not found' (its logger, printed by Python for a program that sets up none)."""
    db = copy_of(sample_archive, tmp_path)
    digest = file_digest(db)
    bad = tmp_path / name
    bad.write_bytes(_damaged_pdfs()[name])
    r = run("import", str(bad), "--archive", str(db), *meta)
    assert r.returncode == 1
    errors = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("failed") and "damaged PDF" in errors[0], r.stderr
    assert "EOF" not in r.stderr + r.stdout and "metadata" not in r.stderr + r.stdout
    assert "1 failed" in r.stdout and file_digest(db) == digest


def test_missing_archive_and_article_are_clear_errors(tmp_path, capsys):
    assert main(["--archive", str(tmp_path / "none.db"), "list"]) == 1
    assert "no archive at" in capsys.readouterr().err
    db = str(tmp_path / "a.db")
    main(["--archive", db, "import", str(SAMPLE_TXT)])
    capsys.readouterr()
    assert main(["--archive", db, "show", "999"]) == 1
    assert capsys.readouterr().err.strip() == "baoku: error: no article with id 999"


def test_bad_option_value_is_a_clear_error(tmp_path, capsys):
    assert main(["--archive", str(tmp_path / "a.db"), "import", str(SAMPLE_TXT), "--date", "2024-02-30"]) == 1
    assert "not a real calendar date" in capsys.readouterr().err


def test_search_json_and_reindex(tmp_path, sample_archive):
    db = copy_of(sample_archive, tmp_path)
    r = cli("search", "知识产权", "--archive", str(db), "--json", "--limit", "0")
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    # lead-in, roundtable, the manufacturing brief (世界知识产权组织) and 记者手记
    assert result["total"] == len(result["hits"]) == 4
    assert [h["id"] for h in result["hits"]] and 3 not in [h["id"] for h in result["hits"]]
    first = result["hits"][0]
    assert set(first) >= {"id", "headline", "date", "snippet"}
    s, e = first["highlights"][0]
    assert first["snippet"][s:e] == "知识产权"
    assert cli("reindex", "--archive", str(db)).stdout.strip() == "indexed 6 articles"
    again = json.loads(cli("search", "知識產權", "--archive", str(db), "--json", "--limit", "1").stdout)
    assert again["total"] == 4 and len(again["hits"]) == 1
    merged = cli("reindex", "--optimize", "--archive", str(db))
    assert merged.returncode == 0 and merged.stdout.startswith("merged the index of 6 articles")
    after = json.loads(cli("search", "知识产权", "--archive", str(db), "--json", "--limit", "0").stdout)
    assert [h["id"] for h in after["hits"]] == [h["id"] for h in result["hits"]]
    bad = cli("search", '"知识', "--archive", str(db))
    assert bad.returncode == 1 and bad.stderr.startswith("baoku: error: unclosed quote")


def test_saved_searches_and_more_like_this(tmp_path, sample_archive):
    db = str(copy_of(sample_archive, tmp_path))
    r = cli("search", "来源:新华社", "--save", "新华社稿", "--archive", db, "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["total"] == 3
    assert "新华社稿  来源:新华社" in cli("saved", "--archive", db).stdout
    again = json.loads(cli("search", "--saved", "新华社稿", "--archive", db, "--json").stdout)
    assert again["total"] == 3 and again["facets"]["source"] == [["据新华社电", 3]]
    like = json.loads(cli("search", "--like", "3", "--limit", "2", "--archive", db, "--json").stdout)
    assert len(like["hits"]) == 2 and 3 not in [h["id"] for h in like["hits"]]
    assert cli("saved", "--delete", "新华社稿", "--archive", db).returncode == 0
    missing = cli("search", "--saved", "新华社稿", "--archive", db)
    assert missing.returncode == 1 and "no saved search named '新华社稿'" in missing.stderr


def test_export_by_ids_and_by_query(tmp_path, capsys):
    db = str(tmp_path / "a.db")
    assert main(["--archive", db, "import", str(SAMPLE_TXT)]) == 0
    one = tmp_path / "one.pdf"
    assert main(["--archive", db, "export", "2", "-o", str(one), "--paper", "B5",
                 "--fullwidth-punctuation"]) == 0
    assert "wrote" in capsys.readouterr().out and one.read_bytes().startswith(b"%PDF")
    booklet = tmp_path / "booklet.pdf"
    r = cli("export", "--archive", db, "--query", "知识产权 日期:2024", "-o", str(booklet),
            "--columns", "2", "--crop-marks", "--title", "知识产权报道")
    assert r.returncode == 0, r.stderr
    assert "4 articles" in r.stdout  # as many as `baoku search` finds
    r = cli("search", "--archive", db, "知识产权 日期:2024", "--json")
    assert json.loads(r.stdout)["total"] == 4


def test_export_refuses_clearly_and_writes_nothing(tmp_path, capsys):
    db = str(tmp_path / "a.db")
    assert main(["--archive", db, "import", str(SAMPLE_TXT)]) == 0
    out = tmp_path / "x.pdf"
    for args, message in ((["99"], "no article with id 99"), ([], "give article ids, --query or --collection"),
                          (["--query", "不存在的词"], "finds no articles"),
                          (["2", "--paper", "A9"], "paper 'A9'"),
                          (["--query", "知识产权", "--max-articles", "2"], "more than --max-articles 2")):
        capsys.readouterr()
        assert main(["--archive", db, "export", *args, "-o", str(out)]) == 1
        assert message in capsys.readouterr().err
        assert not out.exists()


def test_the_same_page_under_another_date_is_refused_unless_asked_for(tmp_path, capsys):
    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(SAMPLE_TXT)]) == 0
    before = file_digest(db)
    capsys.readouterr()
    assert main(["--archive", str(db), "import", str(SAMPLE_TXT), "--date", "2024-09-13"]) == 1
    err = capsys.readouterr().err.replace("\n", "")
    assert "all 6 articles of this page are already in the archive" in err
    assert "泉州晚报 2024-09-11 第5版 民企会客厅 (articles 1–6)" in err and "--allow-duplicates" in err
    assert file_digest(db) == before  # refused: nothing stored
    assert main(["--archive", str(db), "import", str(SAMPLE_TXT), "--date", "2024-09-13",
                 "--allow-duplicates"]) == 0
    out = capsys.readouterr().out.replace("\n", "")
    assert "6 articles also printed in 泉州晚报 2024-09-11 第5版 民企会客厅" in out
    assert main(["--archive", str(db), "check"]) == 0
    out = capsys.readouterr().out
    assert "reprints: 6 texts printed more than once" in out and "archive ok" in out


def test_new_metadata_for_a_stored_page_is_said_to_be_left_unapplied(tmp_path, capsys):
    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(SAMPLE_TXT)]) == 0
    capsys.readouterr()
    assert main(["--archive", str(db), "import", str(SAMPLE_TXT), "--page-name", "评论"]) == 0
    out = capsys.readouterr().out.replace("\n", "")
    assert "nothing changed" in out and "the page name 「评论」 was not applied" in out
    assert "metadata panel" in out


def test_a_binary_file_is_called_binary_even_without_metadata(tmp_path, capsys):
    junk = tmp_path / "scan.txt"
    junk.write_bytes(b"\x00\x01PK\x03\x04" + bytes(range(256)) * 8)
    assert main(["--archive", str(tmp_path / "a.db"), "import", str(junk)]) == 1
    err = capsys.readouterr().err
    assert "binary" in err and "date" not in err


def test_show_json_is_a_jsonl_row_that_imports_back_as_the_same_article(tmp_path, capsys):
    """`baoku show ID --json` writes one line in the shape `baoku import` reads (and what only the
    archive knows beside it): saved as a .jsonl file, it imports into another archive as the same
    article, block for block."""
    from baoku.core.store import Archive

    db, other = tmp_path / "a.db", tmp_path / "b.db"
    assert main(["--archive", str(db), "import", str(SAMPLE_TXT)]) == 0
    rows = tmp_path / "rows.jsonl"
    shown = []
    for i in (1, 2, 6):
        capsys.readouterr()
        assert main(["--archive", str(db), "show", str(i), "--json"]) == 0
        out = capsys.readouterr().out
        assert out.count("\n") == 1  # one line: a JSONL row
        shown.append(out)
    rows.write_text("".join(shown), encoding="utf-8")
    assert main(["--archive", str(other), "import", str(rows)]) == 0
    assert "ignored unknown field" not in "".join(capsys.readouterr())
    with Archive(db) as a, Archive(other) as b:
        before = [a.article(i) for i in (1, 2, 6)]
        after = [b.article(i) for i in b.article_ids()]
        assert [r.content_hash for r in after] == [r.content_hash for r in before]
        assert [(r.article.headline, r.article.kicker, r.article.column, r.publication, r.date, r.page_number)
                for r in after] == [(r.article.headline, r.article.kicker, r.article.column, r.publication, r.date,
                                     r.page_number) for r in before]


def test_ctrl_c_says_what_the_interrupted_command_left(tmp_path, monkeypatch, capsys):
    """An interrupted reindex or export said 'every finished issue is stored', an import's words."""
    import baoku.cli as cli

    def interrupted(*args):
        raise KeyboardInterrupt

    db = tmp_path / "a.db"
    for command, said in (("reindex", "the search index catches up"), ("import", "every finished issue is stored")):
        monkeypatch.setitem(cli.COMMANDS, command, interrupted)
        argv = [command] if command == "reindex" else [command, str(SAMPLE_TXT)]
        assert main(["--archive", str(db), *argv]) == 130
        assert said in capsys.readouterr().err


def test_a_minus_word_on_the_command_line_is_the_query_s_not(tmp_path, capsys):
    """`baoku search 知识产权 -专利` was refused by argparse ('unrecognized arguments'), though the
    query language (and --help) offer -word."""
    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(SAMPLE_TXT)]) == 0
    found = {}
    for argv in (["知识产权", "NOT", "专利"], ["知识产权", "-专利"], ["--limit", "5", "知识产权", "-专利", "--json"]):
        capsys.readouterr()
        assert main(["--archive", str(db), "search", *argv, *([] if "--json" in argv else ["--json"])]) == 0
        found[tuple(argv)] = json.loads(capsys.readouterr().out)["total"]
    assert len(set(found.values())) == 1 and 0 < found[("知识产权", "-专利")] < 4  # 4 hold 知识产权
