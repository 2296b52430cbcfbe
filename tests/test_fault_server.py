"""Fault cases of the server archive (issue-49e, docs/faults.md), on a real server: a database
another program keeps, given as the archive, is refused before anything is written to it."""

from __future__ import annotations

import psycopg

from .conftest import SAMPLE_TXT
from .test_server_cli import run

RELATIONS = ("SELECT n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
             "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1, 2")


def another_programs_database(url: str) -> list[tuple]:
    """The database at `url` made another program's (a web app's tables and rows); what it holds."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE django_migrations (id serial PRIMARY KEY, app text NOT NULL)")
        conn.execute("INSERT INTO django_migrations (app) VALUES ('auth'), ('contenttypes')")
        conn.execute("CREATE SCHEMA shop")
        conn.execute("CREATE TABLE shop.orders (id serial PRIMARY KEY, total numeric)")
        return held(url)


def held(url: str) -> list[tuple]:
    with psycopg.connect(url) as conn:
        return [*conn.execute(RELATIONS).fetchall(), *conn.execute("SELECT * FROM django_migrations").fetchall()]


def test_another_programs_database_is_refused_in_one_line_and_left_as_it_was(server_url, tmp_path, capsys):
    """Given another program's database as the archive, `import` made Baoku's 21 migrations' tables
    beside its own and stored the issue there; `list` said there was no archive and to import."""
    before = another_programs_database(server_url)
    on = ["--archive", server_url]
    for argv in ([*on, "import", SAMPLE_TXT], [*on, "list"], [*on, "search", "会议"], [*on, "stats"], [*on, "check"],
                 ["migrate", server_url, tmp_path / "copy.db"]):
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == "" and len(err.strip().splitlines()) == 1, (argv, out, err)
        assert "holds another program's tables (the tables django_migrations, shop.orders), not a Baoku archive; " \
               "nothing was changed" in err, (argv, err)
        assert held(server_url) == before, argv
    assert not (tmp_path / "copy.db").exists()


def test_a_file_archive_migrated_onto_another_programs_database_is_refused(server_url, tmp_path, capsys):
    from baoku.core.store import Archive

    archive = tmp_path / "a.db"
    Archive(archive).close()  # an archive (empty: what it holds is not the point)
    before = another_programs_database(server_url)
    code, out, err = run(capsys, "migrate", archive, server_url)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "holds another program's tables" in err, err
    assert held(server_url) == before


def test_the_window_words_another_programs_database_in_its_language():
    from baoku.core.coded import Coded
    from baoku.gui.codedwords import words

    said = words(Coded("server_foreign_database", address="postgresql://a@db/shop", tables=["orders", "users"]))
    assert said.startswith("postgresql://a@db/shop 里有别的程序的表（orders、users），不是报库档案；没有作任何改动。")
