"""The archive: one SQLite file, the single source of truth.

Opening an up-to-date archive writes nothing. Every import of one issue is one transaction.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..address import ServerAddress, is_server_address
from ..coded import Coded
from ..errors import ArchiveUnavailable, DiskFull, disk_full
from ..files import usable_name
from .collectionrows import CollectionRows
from .edits import Edits
from .foreign import refuse_foreign
from .filing import Filing
from .locks import migrating
from .openrefusals import not_a_file, schema_refused
from .queries import Queries
from .saved import SavedSearches
from .scans import Scans
from .version import SCHEMA_VERSION
from ..plural import plural

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_MS = 10_000
WRITE_TURN_POLL = 0.002  # seconds between tries for the write lock


def _begin_immediate(conn: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE, polling every few milliseconds for up to the busy timeout.

    SQLite's own busy handler backs off to sleeps of 100 ms, while a process importing issue after
    issue takes the lock again within milliseconds of each commit: the waiting process could starve
    for the whole busy timeout and fail. Polling often, it gets its turn in the other's next gap."""
    import time

    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as e:
                if not ("locked" in str(e) or "busy" in str(e)) or time.monotonic() >= deadline:
                    raise
                time.sleep(WRITE_TURN_POLL)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def a_file(path: str | os.PathLike[str]) -> Path:
    """`path` as a file path; a server archive's address is refused (as a path, postgresql://h/db
    would be a folder `postgresql:` made beside the user)."""
    if is_server_address(path):
        raise ArchiveUnavailable(Coded("server_address_not_file", address=ServerAddress(os.fspath(path)).shown()))
    return usable_name(path)


def writable(path: Path) -> bool:
    """Can this user change the archive file (and make SQLite's journal files beside it)?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _room_for_new(path: Path) -> None:
    """Before a new archive is made at `path`: its folder (made if missing) can be written, else
    one refusal naming the folder, with nothing made."""
    folder = path.parent
    first = next((p for p in [folder, *folder.parents] if p.exists()), None)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        import errno

        if e.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):  # a file where a folder should be …
            raise ArchiveUnavailable(f"cannot make a new archive at {path}: its folder {folder} cannot be made "
                                     f"({e.strerror or e})") from None
        blocked = first if first is not None and not os.access(first, os.W_OK) else folder
        raise ArchiveUnavailable(f"cannot make a new archive at {path}: the folder {blocked} is not writable "
                                 f"({e.strerror or e}); choose a folder you can write to") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ArchiveUnavailable(f"cannot make a new archive at {path}: the folder {folder} is not writable; "
                                 "choose a folder you can write to")


def _identity(path: Path) -> tuple[int, int] | None:
    """The file at `path` (device and inode); None when nothing is there."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class Archive(Filing, Scans, Edits, Queries, SavedSearches, CollectionRows):
    """An open archive file. Use as a context manager, or call close()."""

    on_server = False  # see store.server.ServerArchive

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True, read_only: bool | None = None):
        """read_only: None decides from the file system (a file or folder this user cannot write,
        read-only media); a read-only archive can be read and searched while its index is up to
        date, and every write is refused with a clear message."""
        self.path = a_file(path)
        if not self.path.exists() and not create:
            raise ArchiveUnavailable(f"no archive at {self.path}")
        if self.path.exists() and self.path.is_dir():
            raise ArchiveUnavailable(f"{self.path} is a folder, not an archive file")
        if odd := not_a_file(self.path):  # a named pipe or a device: SQLite said "disk I/O error"
            raise ArchiveUnavailable(odd)
        if read_only is None:
            read_only = self.path.exists() and not writable(self.path)
        self.read_only = read_only
        self.full_disk = False  # opened read-only because the disk is full: reading needs no space
        if read_only:
            self._open_read_only()
            return
        if not self.path.exists():
            _room_for_new(self.path)
        try:
            # One thread at a time uses a connection, but not always the thread that opened it: the
            # desktop app hands its worker's connection between pool threads, one task at a time.
            version = self._connect()
            if version > SCHEMA_VERSION:
                raise ArchiveUnavailable(schema_refused(self.path, version, SCHEMA_VERSION))
            if version < SCHEMA_VERSION:
                with migrating(self.path):  # another Baoku may be making or migrating it right now
                    self._migrate()
        except sqlite3.DatabaseError as e:
            if self.path.exists() and disk_full(e, self.path.parent):
                # SQLite could not make its journal files beside the archive: read it as it is
                # (every write is refused with the reason), so search, check and show still work.
                try:
                    self.conn.close()
                except (AttributeError, sqlite3.Error):
                    pass
                self.read_only = self.full_disk = True
                self._open_read_only()
                return
            raise ArchiveUnavailable(f"{self.path} cannot be opened as a Baoku archive: {e}") from None

    def _connect(self) -> int:
        """Connect and configure; the schema version found. Baokus opening one new file at once
        each switch it to WAL, and two doing so together can be refused at once ('database is
        locked': each holds the file shared and wants it alone, so SQLite calls no busy handler).
        The switch is made once, so a refused open is tried again, within the busy timeout."""
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            self.conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            try:
                self._configure()
                return self.schema_version
            except ArchiveUnavailable:
                self.conn.close()
                raise
            except sqlite3.OperationalError as e:
                self.conn.close()
                if "locked" not in str(e) or time.monotonic() >= deadline:
                    raise
                time.sleep(WRITE_TURN_POLL)

    def _migrate(self) -> None:
        """Make the schema, or bring an older archive's up to this Baoku's (under `migrating`: the
        version is read again, as another process may have done it while this one waited)."""
        version = self.schema_version
        if version >= SCHEMA_VERSION:
            return
        if version > 0:  # an older archive: keep it as it was, then migrate
            stamp = time.strftime("%Y%m%d-%H%M%S")
            self.copy_to(self.path.with_name(f"{self.path.stem}.before-schema-{SCHEMA_VERSION}-"
                                             f"{stamp}{self.path.suffix}"))
        # A migration may rebuild a table (SQLite cannot alter a constraint); with foreign
        # keys on, dropping the old table would cascade into its children.
        self.db.execute("PRAGMA foreign_keys = OFF")
        try:
            from .schema import migrations

            migrations.apply(self.db)
            broken = self.db.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise ArchiveUnavailable(f"{self.path}: migrating left {plural(len(broken), 'broken reference')}; "
                                         "the archive as it was is kept beside it")
        finally:
            self.db.execute("PRAGMA foreign_keys = ON")

    @property
    def image_folder(self) -> Path:
        """Where this archive's page images are kept (store.images): the folder beside it."""
        from . import images

        return images.folder(self.path)

    @classmethod
    def reader(cls, path: str | os.PathLike[str]) -> Archive:
        """A connection that only reads, beside a writer: the window's main thread reads rows for
        display while its worker imports. It never migrates (the writer did, before), and it
        reads the live file, so it sees every commit; on read-only media, the file as it is."""
        self = cls.__new__(cls)
        self.path = a_file(path)
        self.read_only = True
        if not self.path.is_file():
            raise ArchiveUnavailable(f"no archive at {self.path}")
        self._open_read_only(live=writable(self.path))
        return self

    def _open_read_only(self, live: bool = False) -> None:
        """Open without writing anything, not even SQLite's -wal and -shm files beside it (made by
        this user, they could stand in the owner's way later). With no write-ahead log waiting
        to be read, immutable=1 reads the main file as it is; with one, mode=ro reads it too (it
        needs the shared-memory file, which an owner's open already made)."""
        last: Exception | None = None
        wal = Path(str(self.path) + "-wal")
        pending = wal.exists() and wal.stat().st_size > 0
        order = ("mode=ro", "mode=ro&immutable=1") if pending else ("mode=ro&immutable=1", "mode=ro")
        if live:  # another connection writes: immutable=1 would read a file that changes under it
            order = ("mode=ro",)
        for flags in order:
            try:
                conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?{flags}", uri=True,
                                       timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
                version = conn.execute("PRAGMA user_version").fetchone()[0]
            except sqlite3.DatabaseError as e:
                last = e
                continue
            if version != SCHEMA_VERSION:
                try:
                    refuse_foreign(conn, self.path)
                finally:
                    conn.close()
                raise ArchiveUnavailable(schema_refused(self.path, version, SCHEMA_VERSION))
            self.conn = conn
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA recursive_triggers = ON")
            if live:  # the window's reader: no statement on it may write (a backup's VACUUM INTO may)
                conn.execute("PRAGMA query_only = ON")
            return
        raise ArchiveUnavailable(f"{self.path} cannot be opened, even read-only: {last}")

    def copy_to(self, dest: Path) -> Path:
        """A consistent copy, written beside `dest` and renamed into place: whole or not at all.
        A writable archive is copied through SQLite's online backup API (other connections may
        keep writing); a read-only one through VACUUM INTO, which reads one snapshot and needs
        no write access (the backup API looped forever on a read-only source)."""
        part = dest.with_name(dest.name + ".part")
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            part.unlink(missing_ok=True)
            if self.read_only:
                self.conn.execute("VACUUM INTO ?", [str(part)])
            else:
                target = sqlite3.connect(str(part))
                try:
                    self.conn.backup(target, pages=256)
                finally:
                    target.close()
            os.replace(part, dest)
        except (OSError, sqlite3.Error) as e:
            for leftover in (part, Path(str(part) + "-journal")):
                try:
                    leftover.unlink(missing_ok=True)
                except OSError:  # a read-only medium: there is nothing to remove either
                    pass
            from ..files import not_written

            raise not_written(dest, e, copy=True) from None
        return dest

    @property
    def db(self) -> Database:
        """The archive through sqlite-utils, made on first use: importing sqlite-utils (with click,
        dateutil and pluggy) costs every command tens of milliseconds, and `baoku import` and
        `baoku search` use the connection (`conn`) alone."""
        db = self.__dict__.get("_db")
        if db is None:
            from sqlite_utils import Database

            db = self._db = Database(self.conn, execute_plugins=False)  # (Baoku uses no plugins)
        return db

    def rows(self, sql: str, params=()) -> Iterator[dict]:
        """Each row as a dict by column name (sqlite-utils' `query`, on the connection alone)."""
        cursor = self.conn.execute(sql, params)
        keys = [d[0] for d in cursor.description]
        return (dict(zip(keys, row)) for row in cursor)

    def _configure(self) -> None:
        db = self.conn
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils' Database sets it, made or not
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading the header is also the check that this is an SQLite file at all; before the
        # switch to WAL (which rewrites the header), an SQLite file of another program is refused.
        refuse_foreign(db, self.path)
        mode = db.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        self._identity = _identity(self.path)

    def check_in_place(self) -> None:
        """Before a write: the archive's path still names the file this Archive opened. SQLite
        follows the open file, so an archive whose folder was renamed (or deleted, or its disk
        removed) under a running import would go on taking issues where nobody looks for them,
        and its index and lock be made again in a new folder at the old path."""
        was = getattr(self, "_identity", None)
        if was is not None and _identity(self.path) != was:
            raise ArchiveUnavailable(Coded("archive_moved", path=str(self.path)))

    # -- lifecycle ------------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One write transaction; nested calls are savepoints inside it. It starts with BEGIN
        IMMEDIATE: the write lock is taken first (waiting up to the busy timeout for another
        writer), so a read inside it never has to upgrade to a write after another process
        committed, which SQLite refuses at once with "database is locked"."""
        with self.writing():
            yield self.db

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """`transaction`, giving the connection (for callers that need no sqlite-utils)."""
        if self.read_only and getattr(self, "full_disk", False):
            raise DiskFull(f"the disk holding {self.path} is full, so it is open read-only: nothing can be "
                           "changed until there is free space again")
        if self.read_only:
            raise ArchiveUnavailable(f"{self.path} is open read-only (a read-only file or medium); "
                                     "nothing can be changed. Copy it somewhere writable to edit it")
        self.check_in_place()
        conn = self.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield conn
            return
        try:
            _begin_immediate(conn)
        except sqlite3.OperationalError as e:
            if "locked" in str(e) or "busy" in str(e):
                raise ArchiveUnavailable(
                    f"{self.path} is busy: another program has been writing to it for over "
                    f"{BUSY_TIMEOUT_MS // 1000} s; try again when it is done") from None
            raise ArchiveUnavailable(f"cannot write to {self.path}: {e}") from None
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _sql(self, query: str, params: list | tuple = ()) -> sqlite3.Cursor:
        """Run one of Baoku's own statements (with `?` marks) as either archive takes it (the
        trash's: store.trash); never a statement made of user text."""
        return self.db.execute(query, params)

    def _sql_many(self, query: str, rows: list) -> None:
        self.db.conn.executemany(query, rows)

    def _has_table(self, name: str) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() \
            is not None

    # -- writing ---------------------------------------------------------------------------------


