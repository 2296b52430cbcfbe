"""Backing up a server archive and putting a backup back, with PostgreSQL's own tools: `pg_dump`
writes one file in its custom format (a consistent snapshot, taken while others keep reading and
writing), `pg_restore` reads it back in one transaction, so a restore is whole or not at all.

- A backup is written beside its destination and renamed into place: a failed one never leaves
  half a file. An existing file is only replaced when asked.
- A restore checks first that the file is a server archive's backup from this Baoku or an older one.
  Over a database that already holds articles it is refused unless asked; then what the database
  held is first backed up beside the backup file, so nothing is lost.
- The address's parameters (host, socket folder, sslmode, service …) go to the tools as a
  connection string; a password comes, as for every connection, from ~/.pgpass, a service file
  or libpq's environment, which the tools read too.

Point-in-time recovery (WAL archiving) is the server owner's job; the README says how."""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import shutil
import subprocess
from pathlib import Path

from ...address import ServerAddress
from ...coded import Coded
from ...errors import ArchiveUnavailable, ValidationError
from ...files import discard, file_to_replace, usable_name, writable_name
from .connection import conninfo, connect
from .foreign import refuse_foreign
from .schema import SCHEMA_VERSION, version

MAGIC = b"PGDMP"  # how a file in pg_dump's custom format begins


def tool(name: str) -> str:
    """The path of PostgreSQL's `name` (pg_dump, pg_restore): on PATH, else the newest of Debian's
    versioned folders."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                      key=lambda p: int(re.search(r"/(\d+)/bin/", p).group(1)))
    if versions:
        return versions[-1]
    raise ArchiveUnavailable(Coded("server_tool_missing", tool=name))


def _dbname(address: ServerAddress) -> str:
    """The address as one libpq connection string the tools take as --dbname."""
    import psycopg

    params = conninfo(address)
    params.pop("connect_timeout", None)
    return psycopg.conninfo.make_conninfo(**params)


def _run(args: list[str], what: str) -> subprocess.CompletedProcess:
    # In UTF-8 whatever the user's environment asks (as connection.connect): a dump read in LATIN1
    # stops at the first Chinese character.
    done = subprocess.run(args, capture_output=True, text=True,
                          env={**os.environ, "PGCONNECT_TIMEOUT": "10", "PGCLIENTENCODING": "UTF8"})
    if done.returncode != 0:
        said = [line.strip() for line in (done.stderr or done.stdout).splitlines() if line.strip()]
        # the tool's own words: Debian's wrapper (perl) first warns of a locale not installed, as the
        # window's zh_CN.UTF-8 is on many machines, and that warning is no reason
        own = [line for line in said if re.match(r"(pg_dump|pg_restore): ", line)]
        reason = (own or said or [f"exit status {done.returncode}"])[0]
        reason = re.sub(r"^(pg_dump|pg_restore): (error: )?", "", reason)
        raise ArchiveUnavailable(Coded("server_tool_failed", what=what, reason=reason))
    return done


def backup(address: ServerAddress, dest: str | os.PathLike[str], *, force: bool = False) -> Path:
    """The server archive at `address` written to the file `dest` (pg_dump's custom format)."""
    dest = writable_name(dest)
    if dest.is_dir():
        raise ValidationError(f"{dest} is a folder; give a file name such as {dest / 'archive-backup.dump'}")
    dest = file_to_replace(dest)
    if dest.exists() and not force:
        raise ValidationError(Coded("backup_exists", path=str(dest)))
    partial = dest.with_name(dest.name + ".partial")
    try:
        _run([tool("pg_dump"), "--format=custom", "--no-password", "--file", str(partial),
              "--dbname", _dbname(address)], "backup")
        os.replace(partial, dest)
    finally:
        discard(partial)
    return dest


def _backup_version(source: Path) -> int:
    """The schema version a backup file holds (its baoku_schema rows), after checking that it is a
    server archive's backup at all."""
    with open(source, "rb") as f:
        head = f.read(16)
    if head.startswith(b"SQLite format 3"):
        raise ValidationError(Coded("restore_embedded_backup", path=str(source)))
    if not head.startswith(MAGIC):
        raise ValidationError(Coded("not_a_server_backup", path=str(source)))
    _read_whole(source)
    listing = _run([tool("pg_restore"), "--list", str(source)], "restore").stdout
    tables = set(re.findall(r"TABLE (?:DATA )?\S+ (\w+) ", listing))
    if not {"article", "issue", "baoku_schema"} <= tables:
        raise ValidationError(Coded("not_a_server_backup", path=str(source)))
    data = _run([tool("pg_restore"), "--data-only", "--table", "baoku_schema", "--file", "-", str(source)],
                "restore").stdout
    rows = data.split("FROM stdin;\n", 1)[1].split("\n\\.", 1)[0] if "FROM stdin;\n" in data else ""
    return max((int(line.split("\t", 1)[0]) for line in rows.splitlines() if line.strip()), default=0)


def _read_whole(source: Path) -> None:
    """Every byte of the backup read through, written nowhere, before the archive is touched: a file
    cut short (a copy stopped half-way, a full disk) failed only once the restore had begun, in
    pg_restore's words (`could not read from input file: end of file`), saying neither that the
    file was at fault nor that nothing had changed."""
    try:
        _run([tool("pg_restore"), "--file", os.devnull, str(source)], "restore")
    except ArchiveUnavailable as e:
        coded = getattr(e, "coded", None)
        reason = coded.params["reason"] if coded is not None and "reason" in coded.params else str(e)
        raise ValidationError(Coded("server_backup_damaged", path=str(source), reason=reason)) from None


def restore(source: str | os.PathLike[str], address: ServerAddress, *, force: bool = False) -> Path | None:
    """The backup file `source` put back as the archive at `address`. Returns where the database's
    earlier content was kept (a backup beside `source`), or None when it held no articles."""
    source = usable_name(source)
    if not source.is_file():
        raise ValidationError(f"no backup at {source}")
    found = _backup_version(source)
    if found > SCHEMA_VERSION:
        raise ValidationError(f"{source} was made by a newer Baoku (schema {found}); update Baoku first")
    conn = connect(address)
    try:
        at = version(conn)
        refuse_foreign(conn, address.shown())  # another program's database: not Baoku's to restore into
        held = conn.execute("SELECT COUNT(*) FROM article").fetchone()[0] if at else 0
    finally:
        conn.close()
    if at > found:  # tables of later migrations would outlive the restore and trip the next one
        raise ValidationError(f"{address.shown()} is at a newer schema ({at}) than {source} ({found}); "
                              "restore it into an empty database")
    kept = None
    if held:
        if not force:
            raise ValidationError(Coded("restore_over_archive", address=address.shown(), n=held))
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = backup(address, source.with_name(f"{source.stem}.before-restore-{stamp}.dump"))
    args = [tool("pg_restore"), "--single-transaction", "--exit-on-error", "--no-owner", "--no-password",
            "--dbname", _dbname(address)]
    if at:
        args += ["--clean", "--if-exists"]
    _run([*args, str(source)], "restore")
    return kept
