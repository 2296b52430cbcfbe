"""A server archive's address (postgresql://…, postgres://…) is never taken as a file path: read as
one, `--archive postgresql://host/db` made a folder named `postgresql:` and an archive inside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from baoku.cli import main
from baoku.core.address import ServerAddress, archive_address, is_server_address
from baoku.core.errors import ArchiveUnavailable

from .conftest import SAMPLE_TXT

URL = "postgresql://archivist@db.example/baoku"


def _nothing_made(folder: Path) -> None:
    assert sorted(p.name for p in folder.iterdir()) == [], "a server address was taken for a file path"


@pytest.mark.parametrize("argv", [
    ["--archive", URL, "list"],
    ["list", "--archive", URL],
    ["--archive", "postgres://archivist@db.example/baoku", "search", "知识产权"],
    ["--archive", "POSTGRESQL://db.example/baoku?sslmode=require", "stats"],
    ["--archive", URL, "trash", "list"],
])
def test_a_server_address_on_the_command_line_is_no_file(tmp_path, monkeypatch, capsys, argv):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 1
    said = capsys.readouterr().err.strip()
    assert len(said.splitlines()) == 1 and "server archive" in said and "Traceback" not in said, said
    _nothing_made(tmp_path)


def test_baoku_archive_may_name_a_server(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BAOKU_ARCHIVE", "postgres://db.example/baoku")
    assert main(["reindex"]) == 1
    said = capsys.readouterr().err.strip()
    assert "baoku reindex is not available on a server archive yet (postgres://db.example/baoku)" in said
    _nothing_made(tmp_path)


def test_a_password_in_the_address_is_never_printed(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["--archive", "postgresql://archivist:s3cret@db.example/baoku", "trash", "list"]) == 1
    said = capsys.readouterr().err
    assert "s3cret" not in said and "postgresql://archivist:…@db.example/baoku" in said


def test_the_core_refuses_an_address_as_a_file_whoever_passes_it(tmp_path, monkeypatch):
    from baoku.core.app import Library
    from baoku.core.store import Archive
    from baoku.core.store.maintenance import backup

    monkeypatch.chdir(tmp_path)
    for given in (URL, Path(URL), "postgres:/db.example/baoku"):  # Path() squeezes the two slashes into one
        for opening in (Archive, Archive.reader, Library):
            with pytest.raises(ArchiveUnavailable, match="server archive's address, not an archive file"):
                opening(given)
    with Archive(tmp_path / "a.db") as archive:
        with pytest.raises(ArchiveUnavailable, match="not an archive file"):
            backup(archive, Path(URL))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db"]


def test_the_window_opens_a_server_address_as_one_never_as_a_path(tmp_path, monkeypatch):
    from baoku.gui import mainwindow
    from baoku.gui.app import run

    given = []

    class Built(Exception):
        pass

    def built(where, **kwargs):
        given.append(where)
        raise Built

    monkeypatch.setattr(mainwindow, "MainWindow", built)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(Built):
        run(URL, exit=lambda code: None)
    assert given == [URL] and isinstance(given[0], ServerAddress)
    _nothing_made(tmp_path)


def test_addresses_and_paths_are_told_apart():
    assert archive_address(URL) == URL and isinstance(archive_address(URL), ServerAddress)
    assert archive_address(" postgres://h/db ") == "postgres://h/db"
    for path in ("archive.db", "postgresql.db", "dir/postgresql:x", str(SAMPLE_TXT)):
        assert isinstance(archive_address(path), Path) and not is_server_address(path)
