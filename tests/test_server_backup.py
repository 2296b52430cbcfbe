"""`baoku backup` and `restore` on a server archive (pg_dump's custom format, pg_restore in one
transaction), on a real server: what a restore puts back is the archive, row for row; a restore
over a database holding articles is refused unless forced, and forced it keeps what was there
first; a file that is not a server backup is one line, and nothing changes."""

from __future__ import annotations

import sqlite3

import psycopg
from psycopg import sql

from .conftest import SAMPLE_TXT
from .test_server_cli import run


def rows(url: str) -> dict[str, list[tuple]]:
    """Every table of the archive's schema, all its rows in a fixed order."""
    with psycopg.connect(url) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
            "AND table_type = 'BASE TABLE' ORDER BY table_name")]
        return {t: conn.execute(sql.SQL("SELECT * FROM {} ORDER BY 1").format(sql.Identifier(t))).fetchall()
                for t in tables}


def second_database(pg_server, server_url: str) -> str:
    name = server_url.rsplit("/", 1)[1].split("?", 1)[0] + "_b"
    pg_server.drop_database(name)
    return pg_server.create_database(name)


def test_a_backup_restored_into_an_empty_database_is_the_archive_row_for_row(server_url, pg_server, tmp_path, capsys):
    assert run(capsys, "--archive", server_url, "import", SAMPLE_TXT)[0] == 0
    dump = tmp_path / "archive.dump"
    code, out, err = run(capsys, "--archive", server_url, "backup", dump)
    assert code == 0 and "backed up" in out and dump.read_bytes().startswith(b"PGDMP"), err
    assert not list(tmp_path.glob("*.partial"))
    other = second_database(pg_server, server_url)
    code, out, err = run(capsys, "--archive", other, "restore", dump)
    assert code == 0 and "restored" in out and "kept" not in out, err
    before = rows(server_url)
    assert before["article"] and before == rows(other)
    said = [run(capsys, "--archive", url, "show", "2", "--json")[1] for url in (server_url, other)]
    assert said[0] == said[1] and '"content_hash"' in said[0]
    # the restored archive takes imports again: its identities go on after the restored ids
    assert run(capsys, "--archive", other, "import", SAMPLE_TXT)[1].count("skipped") == 1
    pg_server.drop_database(other.rsplit("/", 1)[1].split("?", 1)[0])


def test_a_restore_over_articles_is_refused_unless_forced_and_then_keeps_them_first(server_url, pg_server, tmp_path,
                                                                                    capsys):
    empty_dump = tmp_path / "empty.dump"
    other = second_database(pg_server, server_url)
    from baoku.core.address import ServerAddress
    from baoku.core.store.server import ServerArchive

    ServerArchive(ServerAddress(other)).close()  # an archive with no articles yet
    assert run(capsys, "--archive", other, "backup", empty_dump)[0] == 0
    assert run(capsys, "--archive", server_url, "import", SAMPLE_TXT)[0] == 0
    held = rows(server_url)
    code, out, err = run(capsys, "--archive", server_url, "restore", empty_dump)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "--force" in err, err
    assert rows(server_url) == held
    code, out, err = run(capsys, "--archive", server_url, "restore", empty_dump, "--force")
    assert code == 0, err
    kept = list(tmp_path.glob("empty.before-restore-*.dump"))
    assert len(kept) == 1 and str(kept[0]) in out.replace("\n", "")
    assert rows(server_url)["article"] == []
    # what was there comes back from the file kept
    assert run(capsys, "--archive", server_url, "restore", kept[0])[0] == 0
    assert rows(server_url) == held
    pg_server.drop_database(other.rsplit("/", 1)[1].split("?", 1)[0])


def test_what_is_not_a_server_backup_is_one_line_and_changes_nothing(server_url, tmp_path, capsys):
    assert run(capsys, "--archive", server_url, "import", SAMPLE_TXT)[0] == 0
    held = rows(server_url)
    embedded = tmp_path / "a.db"
    sqlite3.connect(embedded).execute("CREATE TABLE t (x)").connection.commit()
    text = tmp_path / "notes.dump"
    text.write_text("not a dump", encoding="utf-8")
    for source, said in ((embedded, "embedded archive's backup"), (text, "not a server archive's backup"),
                         (tmp_path / "missing.dump", "no backup at")):
        code, out, err = run(capsys, "--archive", server_url, "restore", source, "--force")
        assert code == 1 and len(err.strip().splitlines()) == 1 and said in err and "Traceback" not in err, err
    assert rows(server_url) == held


def test_a_backup_never_replaces_a_file_unless_forced(server_url, tmp_path, capsys):
    assert run(capsys, "--archive", server_url, "import", SAMPLE_TXT)[0] == 0
    dest = tmp_path / "b.dump"
    dest.write_text("mine", encoding="utf-8")
    code, out, err = run(capsys, "--archive", server_url, "backup", dest)
    assert code == 1 and "already exists" in err and dest.read_text(encoding="utf-8") == "mine"
    assert run(capsys, "--archive", server_url, "backup", dest, "--force")[0] == 0
    assert dest.read_bytes().startswith(b"PGDMP")
