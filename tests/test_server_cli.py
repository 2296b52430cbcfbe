"""`baoku --archive postgresql://…`: what works on a server archive so far (import, list, show,
stats, search) answers as on the embedded archive; every other command says in one line that it is not
available on a server archive yet, and changes nothing."""

from __future__ import annotations

import json

import pytest

from baoku.cli import ON_SERVER, main

from .conftest import SAMPLE_TXT


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(map(str, argv)))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_list_and_show_on_a_server_answer_as_on_the_embedded_archive(server_url, tmp_path, capsys,
                                                                             monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    embedded = tmp_path / "archive.db"
    said = {}
    for name, archive in (("embedded", embedded), ("server", server_url)):
        code, out, err = run(capsys, "--archive", archive, "import", SAMPLE_TXT)
        assert code == 0, err
        said[name] = [out]
        for argv in (["list", "--json"], ["list", "articles", "--json"], ["list", "publications", "--json"],
                     ["list", "pages", "--json"], ["show", "2", "--json"], ["show", "3"], ["list", "articles"]):
            code, out, err = run(capsys, "--archive", archive, *argv)
            assert code == 0, (argv, err)
            said[name].append(out)
    assert "imported" in said["server"][0] and said["server"][1:] == said["embedded"][1:]
    shown = json.loads(said["server"][5])
    assert shown["id"] == 2 and shown["blocks"] and shown["content_hash"]
    code, out, err = run(capsys, "--archive", server_url, "import", SAMPLE_TXT)  # again: nothing new
    assert code == 0 and "1 skipped as already in the archive" in out
    stats = [json.loads(run(capsys, "--archive", archive, "stats", "--json")[1]) for archive in (embedded, server_url)]
    assert stats[1]["archive"] == server_url and stats[1]["articles"] > 1 and stats[1]["issues"] == 1
    for s in stats:
        del s["archive"], s["file_bytes"], s["schema_version"]
    assert stats[0] == stats[1]


@pytest.mark.parametrize("argv", [["reindex"], ["reindex", "--optimize"], ["install-desktop"]])
def test_what_does_not_work_on_a_server_yet_says_so_in_one_line_and_changes_nothing(
        server_url, tmp_path, capsys, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "--archive", server_url, "import", SAMPLE_TXT)[0] == 0
    before = run(capsys, "--archive", server_url, "list", "articles", "--json")[1]
    code, out, err = run(capsys, "--archive", server_url, *argv)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1, err
    assert "is not available on a server archive yet" in err and "Traceback" not in err
    assert run(capsys, "--archive", server_url, "list", "articles", "--json")[1] == before
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_saved_searches_on_a_server_say_what_they_say_on_a_file(server_url, tmp_path, capsys):
    """Saved, listed, run and deleted through the same commands, with the same output."""
    said = {}
    for archive in (tmp_path / "a.db", server_url):
        assert run(capsys, "--archive", archive, "import", SAMPLE_TXT)[0] == 0
        session = [run(capsys, "--archive", archive, *argv) for argv in (
            ["search", "知识产权", "--save", "知识产权报道"], ["search", "会议", "--sort", "date", "--save", "会议"],
            ["search", "知识产权 日期:2024", "--save", "知识产权报道"], ["saved"], ["search", "--saved", "会议"],
            ["saved", "--delete", "会议"], ["saved"], ["search", "--saved", "会议"])]
        said[archive] = session
    file_said, server_said = said.values()
    assert [s[0] for s in server_said] == [0, 0, 0, 0, 0, 0, 0, 1]
    assert file_said == server_said
    assert "知识产权 日期:2024" in server_said[3][1] and "会议" not in server_said[6][1]


def test_a_server_that_cannot_be_reached_is_one_line(tmp_path, capsys):
    url = f"postgresql://nobody@/baoku?host={tmp_path}&port=1&connect_timeout=2"
    code, out, err = run(capsys, "--archive", url, "list")
    assert code == 1 and err.startswith(f"baoku: error: cannot connect to the server archive {url}: ")
    assert len(err.strip().splitlines()) == 1


def test_a_password_in_the_address_is_refused_and_never_echoed(server_url, capsys):
    code, out, err = run(capsys, "--archive", server_url.replace("postgres@", "postgres:s3cret@"), "list")
    assert code == 1 and "s3cret" not in err and "~/.pgpass" in err and len(err.strip().splitlines()) == 1


def test_the_commands_a_server_answers_are_the_ones_wired():
    assert ON_SERVER == {"audit", "backup", "check", "cite", "clip", "collection", "correct", "delete", "edit", "export",
                         "import", "issue", "list", "merge", "migrate", "note", "pages", "paper", "restore", "saved",
                         "search", "server", "show", "split", "stats", "trash"}


def test_what_the_server_refuses_a_role_is_one_line_and_stores_nothing(server_url, pg_server, capsys):
    """A role that may not create the archive's tables (PostgreSQL 15 lets no one create in a new
    database's public schema but its owner) is told so in one line."""
    import psycopg

    with pg_server.admin() as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'baoku_visitor'").fetchone():
            conn.execute("CREATE ROLE baoku_visitor LOGIN")
    visitor = server_url.replace("postgres@", "baoku_visitor@")
    code, out, err = run(capsys, "--archive", visitor, "import", SAMPLE_TXT)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1, err
    assert "refused: permission denied for schema public (the roles this user holds" in err and "Traceback" not in err
    with psycopg.connect(server_url) as conn:
        assert conn.execute("SELECT to_regclass('article')").fetchone()[0] is None


def test_an_import_on_a_server_makes_its_search_rows(server_url, capsys):
    from baoku.core.search.server import pending
    from baoku.core.search.servermatch import search_ids
    from baoku.core.store.server import ServerArchive

    assert run(capsys, "--archive", server_url, "import", SAMPLE_TXT)[0] == 0
    with ServerArchive(server_url) as archive:
        assert pending(archive) == [] and archive.conn.execute("SELECT count(*) FROM article_search").fetchone()[0] \
            == len(archive.article_ids())
        assert search_ids(archive, "李劲松")
