"""A real PostgreSQL server for the tests (never a mock): Debian's `postgresql` binaries, initdb and
pg_ctl, run on a private port with its socket in a private folder under /tmp, listening on no
network address. One server a session; each test that needs one gets a database of its own,
dropped after it.

The server refuses to run as root: under root it runs as the `postgres` system user (runuser),
otherwise as whoever runs the tests. Where the binaries cannot be found, the tests that need the
server are skipped, saying so loudly (`.ci/run` installs the package when it is missing).
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"  # the role initdb makes, whoever runs the server
# Settings for a throwaway server: no durability, little memory, no network.
SETTINGS = {
    "listen_addresses": "''",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "shared_buffers": "32MB",
    "max_connections": "50",
    "log_min_messages": "warning",
}


class Unavailable(Exception):
    """No server can be started here; the message says why."""


def bindir() -> Path:
    """The folder holding initdb and pg_ctl: $BAOKU_PG_BIN, the PATH, else Debian's newest
    /usr/lib/postgresql/N/bin."""
    env = os.environ.get("BAOKU_PG_BIN")
    candidates = [Path(env)] if env else []
    found = shutil.which("initdb")
    if found:
        candidates.append(Path(found).resolve().parent)
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: _version(p), reverse=True)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise Unavailable("PostgreSQL's initdb and pg_ctl are not installed (Debian: apt-get install postgresql; "
                      "or point BAOKU_PG_BIN at their folder)")


def _version(folder: Path) -> int:
    try:
        return int(folder.parent.name)
    except ValueError:
        return 0


@dataclass
class Server:
    root: Path  # the private folder: data/, sock/, server.log
    port: int
    bin: Path
    run_as: list[str]
    started_in: float = 0.0  # seconds from initdb to accepting connections

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def url(self, database: str) -> str:
        """libpq's URL of a database on this server, over its socket."""
        return f"postgresql://{SUPERUSER}@/{database}?host={self.socket_dir}&port={self.port}"

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self.run_as, *args], capture_output=True, text=True, cwd=self.root)
        if done.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise Unavailable(f"{Path(args[0]).name} failed ({done.returncode}): "
                              f"{(done.stderr or done.stdout).strip()[-2000:]} {tail}")

    def start(self) -> None:
        t0 = time.monotonic()
        data = self.root / "data"
        self._run(str(self.bin / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("".join(f"{k} = {v}\n" for k, v in
                               {**SETTINGS, "port": str(self.port),
                                "unix_socket_directories": f"'{self.socket_dir}'"}.items()))
        self._run(str(self.bin / "pg_ctl"), "-D", str(data), "-l", str(self.root / "server.log"), "-w",
                  "-t", "60", "start")
        self.started_in = time.monotonic() - t0

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        except Unavailable:
            pass
        shutil.rmtree(self.root, ignore_errors=True)

    def admin(self):
        """A connection to the maintenance database, outside any transaction."""
        import psycopg

        return psycopg.connect(self.url("postgres"), autocommit=True)

    def create_database(self, name: str) -> str:
        from psycopg import sql

        with self.admin() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(sql.Identifier(name)))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        from psycopg import sql

        with self.admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start() -> Server:
    """A server of our own, started; raises Unavailable saying why there can be none."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise Unavailable("psycopg is not installed (pip install -e '.[test]')") from None
    folder = bindir()
    run_as: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="baoku-pg-"))  # short: a socket's path has a limit of 107 bytes
    if os.geteuid() == 0:  # postgres refuses root: run it as the postgres system user
        try:
            owner = pwd.getpwnam(SUPERUSER)
        except KeyError:
            shutil.rmtree(root, ignore_errors=True)
            raise Unavailable("running as root, and there is no 'postgres' user to run the server as") from None
        runuser = shutil.which("runuser")
        if runuser is None:
            shutil.rmtree(root, ignore_errors=True)
            raise Unavailable("running as root, and runuser is missing: cannot start the server as 'postgres'")
        os.chown(root, owner.pw_uid, owner.pw_gid)
        run_as = [runuser, "-u", SUPERUSER, "--"]
    (root / "sock").mkdir()
    if run_as:
        os.chown(root / "sock", owner.pw_uid, owner.pw_gid)
    server = Server(root, _free_port(), folder, run_as)
    try:
        server.start()
    except Unavailable:
        server.stop()
        raise
    return server
