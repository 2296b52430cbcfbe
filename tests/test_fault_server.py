"""Fault cases of the server archive (issue-49e, docs/faults.md), on a real server: a database
another program keeps, given as the archive, is refused before anything is written to it."""

from __future__ import annotations

import psycopg
import pytest

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


def drop_connections(url: str, keep: int | None = None) -> int:
    """The server ends every connection to the database but the admin's own (and `keep`'s), as a
    restart of the server does; how many it ended."""
    with psycopg.connect(url, autocommit=True) as admin:
        return len(admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND pid IS DISTINCT FROM %s", [keep]).fetchall())


def test_an_archive_whose_connection_was_lost_connects_again(server_url, capsys):
    """The server restarted under an open archive (a window's): every later statement failed with
    psycopg's 'the connection is closed' until the window was closed. Now the statement that meets
    the loss is one line naming it, nothing of its transaction kept, and the next connects again."""
    from baoku.core.errors import ArchiveUnavailable
    from baoku.core.store.server import ServerArchive
    from baoku.core.store.server.connection import connection_lost, server_error

    assert run(capsys, "--archive", server_url, "import", SAMPLE_TXT)[0] == 0
    with ServerArchive(server_url) as archive:
        first = archive.article_ids()[0]
        headline = archive.article(first).article.headline
        assert drop_connections(server_url) == 1
        with pytest.raises(psycopg.OperationalError) as raised:
            archive.article_ids()
        said = server_error(raised.value, archive.address)
        assert connection_lost(raised.value) and said.coded.code == "server_connection_lost"
        assert str(said).startswith(f"the connection to the server archive {archive.address.shown()} was lost (")
        assert archive.article(first).article.headline == headline  # a new connection
        drop_connections(server_url)
        with pytest.raises(ArchiveUnavailable) as raised:
            archive.update_article(first, headline="断线时的改动")
        assert raised.value.coded.code == "server_connection_lost"
        assert archive.article(first).article.headline == headline  # nothing of it kept
        archive.update_article(first, headline="重连之后的改动")
    with ServerArchive(server_url) as other:
        assert other.article(first).article.headline == "重连之后的改动"


def test_a_window_open_over_a_server_restart_goes_on_working(qtbot, server_url, tmp_path, capsys):
    """Before, every search and edit of a window kept open over a server restart failed (出现了意外错误
    with psycopg's traceback) until the window was closed. Now a search is answered (read again on
    a new connection); an edit under way when the connection went is one line in the window's
    words, nothing of it kept, and the next edit works, announced once (the writer's new server
    process is still told apart from another user's)."""
    pytest.importorskip("PySide6.QtWidgets")
    from PySide6.QtCore import QSettings

    from baoku.core.store.server import ServerArchive
    from baoku.gui.codedwords import error_words
    from baoku.gui.options import Settings

    from .test_gui_server import open_window

    assert run(capsys, "--archive", server_url, "import", SAMPLE_TXT)[0] == 0
    window = open_window(qtbot, server_url, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    listening = window.session.listener.listener.conn.info.backend_pid
    assert drop_connections(server_url, keep=listening) >= 2  # the writer's, the searcher's, the reader's
    window.search.set_query("人工智能")
    assert window.model.rowCount() >= 1 and not window.errors
    with ServerArchive(server_url) as archive:
        first = archive.article_ids()[0]
        headline = archive.article(first).article.headline
    drop_connections(server_url, keep=listening)
    window.session.write(lambda b, job: b.update_article(first, {"headline": "断线时的改动"}))
    assert len(window.errors) == 1 and window.errors[0].coded.code == "server_connection_lost"
    assert error_words(window.errors[0]).startswith(f"与服务器档案 {server_url} 的连接断开了（")
    heard = []
    window.session.changed.connect(heard.append)
    window.session.write(lambda b, job: b.update_article(first, {"headline": "重连之后的改动"}))
    assert len(window.errors) == 1
    for _ in range(20):
        qtbot.wait(25)  # time for its change notice, were it taken for another user's
    assert len(heard) == 1  # the writer's new server process is the window's own: not echoed back
    with ServerArchive(server_url) as archive:
        assert archive.article(first).article.headline == "重连之后的改动" != headline


def test_an_older_archive_opened_by_a_user_who_may_not_update_it_says_who_can(server_url, monkeypatch, capsys):
    """A server archive of an older Baoku's schema, opened first by an editor or an archivist after
    Baoku was updated: it was refused as 'permission denied for schema public (the roles this user
    holds … do not allow it; the archive's admin grants them)', which no grant mends. Now it says
    that the owner's Baoku updates it; nothing changes, and once the owner has, the user works."""
    import os

    from baoku.core.store.server import ServerArchive, schema

    users = {role: f"old_{role[:3]}_{os.getpid()}" for role in ("editor", "archivist")}
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:13])
        m.setattr(schema, "SCHEMA_VERSION", 13)
        ServerArchive(server_url).close()  # the archive as that Baoku made it
        code, out, err = run(capsys, "--archive", server_url, "server", "roles")
        assert code == 0, err
        for role, name in users.items():
            assert run(capsys, "--archive", server_url, "server", "grant", name, role)[0] == 0
    for role, name in users.items():
        code, out, err = run(capsys, "--archive", server_url.replace("postgres@", f"{name}@"), "list")
        assert code == 1 and out == "" and len(err.strip().splitlines()) == 1, err
        assert f"was made by an older Baoku (server schema 13, this Baoku's {schema.SCHEMA_VERSION}), and this " \
               "user may not bring it up to date (permission denied for " in err and "the database's owner" in err, err
        with psycopg.connect(server_url) as conn:
            assert conn.execute("SELECT max(version) FROM baoku_schema").fetchone()[0] == 13
    assert run(capsys, "--archive", server_url, "list")[0] == 0  # the owner's Baoku updates it
    for name in users.values():
        assert run(capsys, "--archive", server_url.replace("postgres@", f"{name}@"), "list")[0] == 0


def test_an_image_store_on_a_full_disk_stops_the_import_naming_it(server_url, tmp_path):
    """The image store (a NAS share) full while an import writes a page image: the OSError went up
    bare to the command line, whose only words were 'the disk is full …; what was finished before
    is stored' (the user's own disk had room), with no line for the file. Now the file's line names
    the image store and why, the issue is not stored, and no part file is left there."""
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    from PIL import Image

    from baoku.core.store.server import ServerArchive

    from .test_alto import _alto_by_hand

    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("a small file system needs root (or a user namespace) and unshare")
    page = tmp_path / "page"
    page.mkdir()
    (page / "page.xml").write_text(_alto_by_hand(), encoding="utf-8")
    (page / "page.yaml").write_text("publication: 泉州晚报\ndate: 2024-10-08\npage: 1\n", encoding="utf-8")
    Image.frombytes("RGB", (300, 300), os.urandom(300 * 300 * 3)).save(page / "page.png")  # ~270 KB
    store = tmp_path / "store"
    store.mkdir()
    cli = f"PYTHONPATH={Path(__file__).resolve().parents[1] / 'desktop'} {sys.executable} -m baoku.cli"
    with ServerArchive(server_url) as archive:
        archive.set_image_store(store)  # (the same path, a small disk mounted on it below)
    script = (f"mount -t tmpfs -o size=64k tmpfs {store} || exit 99; "
              f"{cli} --archive '{server_url}' import {page}/page.xml; echo rc=$?; ls -a {store}/*")
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=120)
    if done.returncode == 99:
        pytest.skip("cannot mount a tmpfs here: " + done.stderr.strip())
    said = done.stdout + done.stderr
    assert "Traceback" not in said and "rc=1" in said, said
    assert f"failed  {page}/page.xml  stopped after 0 issues: a page image cannot be written into the image store " \
           f"{store} (No space left on device): the disk it is on is full; make room there; the issue was not " \
           "stored" in said, said
    assert "stopped before the end (why: above)" in said and ".part" not in said
    with psycopg.connect(server_url) as conn:
        assert conn.execute("SELECT count(*) FROM issue").fetchone()[0] == 0
