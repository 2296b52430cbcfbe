"""Fault cases a newcomer's day found (issue 45g), in what the commands write: a closed pipe, a
date filter, an export or a backup onto a pipe, a device or a symbolic link. Each one clear line
or the right result, nothing replaced that was not the command's to replace."""

from __future__ import annotations

import json

import pytest

from baoku.cli import main

from .test_importers import jsonl_lines


def baoku(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    said = capsys.readouterr()
    return code, said.out, said.err


def test_a_reader_that_closes_the_pipe_early_ends_the_command_quietly_with_success(tmp_path, monkeypatch):
    """`baoku search 知识产权 | head -1`: the reader goes away; nothing is wrong. Rich's console
    turned the broken pipe into exit status 1 (a `set -o pipefail` script failed on it)."""
    import os
    import sys

    db, feed = tmp_path / "a.db", tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in jsonl_lines()), encoding="utf-8")
    assert main(["--archive", str(db), "import", str(feed)]) == 0
    read, write = os.pipe()
    os.close(read)
    with os.fdopen(write, "w", encoding="utf-8") as closed:
        monkeypatch.setattr(sys, "stdout", closed)
        assert main(["--archive", str(db), "search", "专利"]) == 0
        assert main(["--archive", str(db), "list", "articles"]) == 0


@pytest.fixture
def feed_archive(tmp_path):
    db, feed = tmp_path / "a.db", tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in jsonl_lines()), encoding="utf-8")
    assert main(["--archive", str(db), "import", str(feed)]) == 0
    return db


@pytest.mark.parametrize("given, found", [("2024-09", "3 articles"), ("2024-9", "3 articles"),
                                          ("2024/9/12", "1 article"), ("2024年9月11日", "2 articles"),
                                          ("2024", "3 articles"), ("2024-09-11", "2 articles")])
def test_list_takes_a_date_month_or_year_as_the_other_commands_write_them(feed_archive, capsys, given, found):
    capsys.readouterr()
    code, out, _ = baoku(capsys, "--archive", feed_archive, "list", "articles", "--date", given)
    assert code == 0 and out.rstrip().endswith(found), out


@pytest.mark.parametrize("given", ["2024-13", "2024-02-30", "abc", "9999", "2024-09-11x"])
def test_list_with_a_date_that_is_none_says_so_instead_of_listing_nothing(feed_archive, capsys, given):
    """It said 'no articles in a.db' (status 0): the value was compared as a prefix of each date."""
    capsys.readouterr()
    for what in ("articles", "issues"):
        code, out, err = baoku(capsys, "--archive", feed_archive, "list", what, "--date", given)
        assert code == 1 and "no articles" not in out and "--date" in err and "Traceback" not in err, out + err
        assert len(err.strip().splitlines()) == 1


def test_an_export_into_a_pipe_or_through_a_symbolic_link_writes_into_it_and_leaves_it_be(feed_archive, capsys):
    """`-o /dev/stdout`, a named pipe, or a link to the file to write: the export wrote a
    temporary file beside it and renamed it over the path, so the pipe (or, run as root, the
    device: `-o /dev/full` replaced /dev/full with a PDF) became a regular file and the link a
    copy; the reader got nothing."""
    import os
    import stat

    folder = feed_archive.parent
    fifo = folder / "pipe.md"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # (so that the export's open does not wait)
    try:
        code, out, err = baoku(capsys, "--archive", feed_archive, "export", "1", "-o", fifo)
        assert code == 0, err
        got = os.read(reader, 1 << 16)
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and "我市新增高价值发明专利" in got.decode("utf-8")
    real, link = folder / "real.md", folder / "link.md"
    real.write_text("old", encoding="utf-8")
    link.symlink_to(real.name)
    assert baoku(capsys, "--archive", feed_archive, "export", "1", "-o", link)[0] == 0
    assert link.is_symlink() and "我市新增高价值发明专利" in real.read_text(encoding="utf-8")


def test_an_export_to_the_commands_own_stdout_says_what_it_wrote_on_stderr(feed_archive, capsys, monkeypatch):
    """`baoku export 1 -o /dev/stdout --format md | less`: the 'wrote …' line went to stdout too,
    inside the document the reader gets."""
    import os
    import sys

    read, write = os.pipe()
    try:
        with os.fdopen(write, "w", encoding="utf-8") as stdout:
            monkeypatch.setattr(sys, "stdout", stdout)
            for argv in (["export", "1", "--format", "md"], ["cite", "1"]):
                code, _, err = baoku(capsys, "--archive", feed_archive, *argv, "-o", f"/proc/self/fd/{write}")
                assert code == 0 and "wrote" in err, err
            stdout.flush()
        monkeypatch.undo()
        got = b""
        while chunk := os.read(read, 1 << 16):
            got += chunk
    finally:
        os.close(read)
    text = got.decode("utf-8")
    assert "我市新增高价值发明专利" in text and "wrote" not in text


def test_a_backup_onto_a_pipe_is_refused_and_through_a_link_writes_what_it_leads_to(feed_archive, capsys):
    """`baoku backup PIPE --force` put a regular file in the pipe's place (a device too, as root);
    `baoku backup LINK` replaced the symbolic link with the copy."""
    import os
    import stat

    from baoku.core.store import Archive

    folder = feed_archive.parent
    fifo = folder / "copy.db"
    os.mkfifo(fifo)
    code, _, err = baoku(capsys, "--archive", feed_archive, "backup", fifo, "--force")
    assert code == 1 and "not a file" in err and len(err.strip().splitlines()) == 1, err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    link = folder / "latest.db"
    link.symlink_to("backup-1.db")  # (a link to the newest backup, not there yet)
    assert baoku(capsys, "--archive", feed_archive, "backup", link)[0] == 0
    assert link.is_symlink()
    with Archive(folder / "backup-1.db") as copy:
        assert copy.stats()["articles"] == 3


@pytest.mark.parametrize("text", ["AT&amp;T 与 &copy; 和 &#20013;", "<b>加粗</b> 与 <http://example.com>",
                                  "# 标题样", "1. 列表样", "- 列表样", "+ 列表样", "* 列表样", "> 引文样",
                                  "a*b*c 与 _d_ 与 __e__", "[x](y) 与 ![图](z.png)", "[注]: http://example.com",
                                  "`代码` 与 ~~删除~~ 与 a\\b", "第一行\n# 第二行\n1) 第三行",
                                  "===", "---", "　　据新华社电，记者10日获悉：1至8月，汽车产销量分别增长2.5%和3%。"])
def test_markdown_export_renders_to_the_articles_text_exactly(text):
    """An article holding `&amp;` was exported so a Markdown renderer showed `&`; `[注]: url` at a
    line's start vanished as a link definition, and a `#` on a paragraph's second line made a
    heading. What Markdown would read is escaped; Chinese text and its punctuation are not."""
    import html
    import re

    from markdown_it import MarkdownIt

    from baoku.core.export.formats.markdown import escape

    rendered = MarkdownIt("commonmark").render(escape(text))
    assert re.fullmatch(r"<p>.*</p>\n", rendered, re.S), rendered  # one paragraph, nothing else
    shown = html.unescape(re.sub(r"<[^>]+>", "", rendered)).strip()
    assert shown == text.strip(), rendered
    if "新华社" in text:
        assert escape(text) == text


def test_an_import_stopped_by_a_file_size_limit_says_why_once_and_names_the_limit(tmp_path):
    """`ulimit -f` reached during an import: SQLite's `disk I/O error` was printed three times (the
    file's line, the summary, and a `stopped:` line). Now the reason is said once, on the file's
    line, naming the file-size limit; the summary points to it; what was stored is whole."""
    import re
    import resource
    import subprocess
    import sys
    from pathlib import Path

    from baoku.core.store import Archive

    rows = [json.dumps({"publication": "测试报", "date": f"2021-{1 + d // 28:02d}-{1 + d % 28:02d}", "page": 1,
                        "headline": f"第{d}期第{k}篇", "paragraphs": [f"第{d}期第{k}篇的正文，知识产权保护，" * 40]},
                       ensure_ascii=False) for d in range(24) for k in range(3)]
    feed, db = tmp_path / "feed.jsonl", tmp_path / "a.db"
    feed.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "one.jsonl").write_text(rows[0] + "\n", encoding="utf-8")
    assert main(["--archive", str(db), "import", str(tmp_path / "one.jsonl")]) == 0
    limit = 600_000

    def limited():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = subprocess.run([sys.executable, "-m", "baoku.cli", "--archive", str(db), "import", str(feed)],
                          capture_output=True, text=True, timeout=60, preexec_fn=limited,
                          env={**__import__("os").environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "desktop")})
    said = done.stdout + done.stderr
    assert done.returncode == 1 and "Traceback" not in said, said
    assert said.count("disk I/O error") <= 1 and said.count("cannot write to") == 1, said
    assert "file-size limit" in said and "ulimit -f" in said, said
    stored = int(re.search(r"stopped after (\d+) issues", said).group(1))
    with Archive(db) as archive:
        counts = [r["articles"] for r in archive.issues()]
    assert len(counts) in (stored, stored + 1) and set(counts) == {3}, counts  # every issue whole


def test_an_import_into_a_read_only_archive_says_why_once(tmp_path, capsys):
    """No file's line carries the reason here (nothing was read): it was in the summary and again
    on the `stopped:` line; now only there, the summary pointing to it."""
    import os

    from .test_hardening import _baoku, _other_user

    folder = tmp_path / "ro"
    folder.mkdir()
    db, one = folder / "a.db", tmp_path / "one.jsonl"
    one.write_text(json.dumps(jsonl_lines()[0], ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["--archive", str(db), "import", str(one)]) == 0
    for p in [*folder.rglob("*"), folder]:
        os.chmod(p, p.stat().st_mode & ~0o222)
    os.chmod(tmp_path, 0o755)
    try:
        r = _baoku("--archive", str(db), "import", str(one), prefix=_other_user())
    finally:
        for p in [folder, *folder.rglob("*")]:
            os.chmod(p, p.stat().st_mode | 0o200)
    said = r.stdout + r.stderr
    assert r.returncode == 1 and "Traceback" not in said, said
    assert said.count("is open read-only") == 1 and "(why: below)" in r.stdout, said


def test_a_count_of_one_is_said_in_the_singular(feed_archive, capsys):
    """'its 1 articles stay in the archive', '1 of 1 articles changed', '(1 articles)' for a page of
    one article in the trash: counts the commands printed without plural()."""
    db = feed_archive
    capsys.readouterr()
    said = []
    for argv in (["collection", "add", "一篇", "3"], ["collection", "delete", "一篇"], ["edit", "3", "--genre", "简讯"],
                 ["delete", "--page", "3"], ["trash", "list"]):
        code, out, err = baoku(capsys, "--archive", db, *argv)
        assert code == 0, err
        said.append(out)
    assert "its 1 article stays in the archive" in said[1], said[1]
    assert "1 of 1 article changed" in said[2], said[2]
    assert "(1 article)" in said[3] and "(1 article)" in said[4], said[3:]
    assert "1 articles" not in "".join(said)
