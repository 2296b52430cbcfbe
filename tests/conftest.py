"""Shared fixtures. Tests use only what the repository ships (resources/), never ../shared."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

# With no display, Qt would abort the whole run in the first window test: the tests then draw
# offscreen, as CI does (a display that exists is used as it is).
if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest

from baoku.core.model import PageInfo
from baoku.core.paths import resources_dir
from baoku.core.store import Archive

SAMPLE_DIR = resources_dir() / "sample"
SAMPLE_TXT = SAMPLE_DIR / "000_a63266adadd608e6.txt"
SAMPLE_PAGE = PageInfo(5, "民企会客厅")


@pytest.fixture(autouse=True, scope="session")
def _ocr_workers_for_the_whole_run():
    """Each test process reads its scans on one set of OCR worker processes, as one long import
    batch does (core.ocr.reading.batch), instead of starting two new ones that load the models
    again for every import: that was a third of the scan tests' CPU time."""
    from baoku.core.ocr.reading import batch

    with batch():
        yield


@pytest.fixture(autouse=True, scope="session")
def _kept_readings_for_imported_pages():
    """A page image a test imports is read as it was read before, when that reading was kept
    (tests/importocr.py), module fixtures' imports included."""
    from .importocr import use_kept_readings

    with pytest.MonkeyPatch.context() as patch:
        use_kept_readings(patch)
        yield


@pytest.fixture(autouse=True)
def _live_ocr_where_asked(request):
    """The OCR's own tests (tests/test_ocr_*.py) and tests marked `live_ocr` read every page live."""
    from . import importocr

    importocr.LIVE = bool(request.node.get_closest_marker("live_ocr")
                          or request.node.module.__name__.split(".")[-1].startswith("test_ocr"))
    yield
    importocr.LIVE = False


@pytest.fixture
def sample_text() -> str:
    return SAMPLE_TXT.read_text(encoding="utf-8")


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """The sample page and its sidecar, copied into a temporary folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    for f in SAMPLE_DIR.glob("000_a63266adadd608e6.*"):
        shutil.copy(f, folder / f.name)
    return folder / SAMPLE_TXT.name


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return tmp_path / "archive.db"


@pytest.fixture
def archive(archive_path: Path):
    with Archive(archive_path) as a:
        yield a


@pytest.fixture
def embedded(archive_path: Path):
    """An empty embedded archive, for a module whose `archive` means either kind (any_archive)."""
    with Archive(archive_path) as a:
        yield a


BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    """Each archive kind in turn: the embedded SQLite file, and the PostgreSQL server's (skipped,
    loudly, only where no server can be started: see pg_server)."""
    return request.param


def open_archive(backend: str, request, name: str = "archive.db"):
    """A new empty archive of this kind (the caller closes it): a file in the test's folder, or
    a database of the test's own on the session's server."""
    if backend == "sqlite":
        return Archive(request.getfixturevalue("tmp_path") / name)
    from baoku.core.store.server import ServerArchive

    return ServerArchive(request.getfixturevalue("server_url"))


@pytest.fixture
def any_archive(backend, request):
    """An empty archive of each kind in turn (`backend`)."""
    with open_archive(backend, request) as a:
        yield a


def search_of(archive):
    """The search an archive of either kind answers through (what a Library over it has)."""
    if archive.on_server:
        from baoku.core.search.serversearch import ServerSearch

        return ServerSearch(archive)
    from baoku.core.search.index import SearchIndex

    return SearchIndex(archive)


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- a real PostgreSQL server (tests/pgserver.py): one a session, a database a test ------------------

_SERVER_SKIP = "NO POSTGRESQL SERVER, so the server archive's tests are SKIPPED: {}"


@pytest.fixture(scope="session")
def pg_server():
    """The session's PostgreSQL server, started on first use and stopped at the end; where none
    can be started, every test that needs it is skipped with the reason (listed by -ra)."""
    import warnings

    from . import pgserver

    try:
        server = pgserver.start()
    except pgserver.Unavailable as e:
        warnings.warn(_SERVER_SKIP.format(e), pytest.PytestWarning, stacklevel=1)
        pytest.skip(_SERVER_SKIP.format(e))
    yield server
    server.stop()


@pytest.fixture
def server_url(pg_server, request) -> str:
    """The address (postgresql://…) of an empty database of this test's own on the session's
    server, dropped after the test."""
    import re

    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:40] + f"_{os.getpid()}_{next(_databases)}"
    url = pg_server.create_database(name)
    yield url
    pg_server.drop_database(name)


def _counter():
    n = 0
    while True:
        n += 1
        yield n


_databases = _counter()


_server_users = _counter()


@pytest.fixture
def users(server_url, capsys):
    """A server archive holding the sample page, Baoku's three roles granted on it, and a user of
    each: {role: (user name, the archive's address as that user)}."""
    from baoku.cli import main

    def run(*argv):
        code = main(list(map(str, argv)))
        said = capsys.readouterr()
        assert code == 0, said.err
        return said.out

    run("--archive", server_url, "import", SAMPLE_TXT)
    assert "granted archivist, editor and admin" in run("--archive", server_url, "server", "roles")
    names = {}
    for role in ("archivist", "editor", "admin"):
        names[role] = f"{role[:3]}_{os.getpid()}_{next(_server_users)}"  # roles are the whole server's
        assert f"is now a{'n' if role[0] in 'ae' else ''} {role}" in \
            run("--archive", server_url, "server", "grant", names[role], role)
    return {role: (name, server_url.replace("postgres@", f"{name}@")) for role, name in names.items()}
