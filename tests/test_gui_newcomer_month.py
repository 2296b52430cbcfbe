"""What an archivist's and an editor's first month in the window found (issue 52f), each with a
test that failed before its fix: a server archive's window title was its raw address
(`postgresql://postgres@/day2?host=/tmp/…&port=51989`)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from baoku.core.address import ServerAddress  # noqa: E402

from .test_gui import make_window, settings  # noqa: E402,F401
from .test_gui_newcomer_day import english  # noqa: E402,F401


@pytest.mark.parametrize("address, database, hosts, user", [
    ("postgresql://alice:secret@db.example.org/news?sslmode=require&options=-c%20x", "news", ("db.example.org",), "alice"),
    ("postgresql://postgres@/day2?host=/tmp/baoku-pg-1/sock&port=51989", "day2", (), "postgres"),
    ("postgres://db.example.org:5433/baoku", "baoku", ("db.example.org:5433",), ""),
    ("postgresql://db.example.org:5432/baoku", "baoku", ("db.example.org",), ""),
    ("postgresql://[::1]:5433/b", "b", ("[::1]:5433",), ""),
    ("postgresql://h1,h2:5433/b?user=bob", "b", ("h1", "h2:5433"), "bob"),
    ("postgresql://%2Fvar%2Frun%2Fpostgresql/baoku", "baoku", (), ""),
    ("postgresql:///baoku?host=db.example.org&port=6000", "baoku", ("db.example.org:6000",), ""),
    ("postgresql://bob@db.example.org", "bob", ("db.example.org",), "bob"),  # libpq: the user's own database
])
def test_a_server_address_names_its_database_host_and_user(address, database, hosts, user):
    place = ServerAddress(address).place()
    assert (place.database, place.hosts, place.user) == (database, hosts, user)


@pytest.mark.parametrize("address, zh, en", [
    ("postgresql://alice:secret@db.example.org/news?sslmode=require", "news（服务器 db.example.org，用户 alice）",
     "news (server db.example.org, user alice)"),
    ("postgresql://postgres@/day2?host=/tmp/baoku-pg-1/sock&port=51989", "day2（本机的服务器，用户 postgres）",
     "day2 (server on this computer, user postgres)"),
    ("postgresql:///baoku?service=newsroom", "baoku（服务 newsroom）", "baoku (service newsroom)"),
])
def test_a_server_archive_is_named_without_its_password_socket_or_parameters(qtbot, address, zh, en, qapp):
    """The window's title (and the recent menu, the connect dialog's list) said the raw address:
    `postgresql://postgres@/day2?host=/tmp/baoku-pg-…/sock&port=…`."""
    from baoku.gui.app import install_translator
    from baoku.gui.wording import archive_name

    assert archive_name(ServerAddress(address)) == zh
    installed = install_translator(qapp, "en")
    try:
        assert archive_name(ServerAddress(address)) == en
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("zh_CN"))


def test_the_recent_menu_names_a_server_archive_as_the_title_does(qtbot, tmp_path, settings):  # noqa: F811
    address = "postgresql://alice@db.example.org/news?sslmode=require&host=db.example.org"
    window = make_window(qtbot, tmp_path / "a.db", settings, sample=False)
    settings.set("archive/recent", [address, str(tmp_path / "a.db")])
    window.archive.update_recent()
    shown = [a.text() for a in window.recent_menu.actions()]
    assert shown == ["news（服务器 db.example.org，用户 alice）", str(tmp_path / "a.db")], shown
    assert window.windowTitle().startswith(str(tmp_path / "a.db"))
