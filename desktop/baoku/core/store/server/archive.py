"""An archive on a PostgreSQL server, shared by many people at once: the same records as the
embedded archive (store/archive.py), read and filed through one connection of its own.

It imports, lists and shows, edits articles and takes corrections (editing.py), keeps scanned
pages (imagestore.py) and facsimiles (facsimiles.py), and is clipped, split and merged through the
SQL store.clipping and store.layoutedits write once for both archives (`_sql`, trash.py);
search/server.py searches it (what a command cannot do on a server, it says in one line)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ...address import ServerAddress
from ...coded import Coded
from ...errors import ArchiveUnavailable
from . import imagestore, roles, schema
from .audit import ServerAudit
from .collections import ServerCollections
from .connection import connect, server_error
from .editing import ServerEditing
from .foreign import refuse_foreign
from .filing import ServerFiling
from .history import ServerHistory
from .imagestore import ServerImageStore
from .reading import ServerReading
from .saved import ServerSavedSearches
from .trash import ServerTrash
from ..scans import Scans


class ServerArchive(ServerEditing, ServerCollections, ServerSavedSearches, ServerHistory, ServerTrash, ServerAudit,
                    ServerImageStore, ServerFiling, ServerReading, Scans):
    """An open server archive. Use as a context manager, or call close()."""

    on_server = True
    read_only = False  # what this user may change is the server's to say (its roles)
    full_disk = False

    def __init__(self, address: str, *, create: bool = True):
        """Connect, and bring the database up to this Baoku's schema (a new, empty database
        becomes an archive when `create`; otherwise it is refused as no archive)."""
        self.address = ServerAddress(address)
        self.path = self.address  # what messages name the archive by
        self._closed = False
        self._conn = connect(self.address)
        try:
            refuse_foreign(self.conn, self.address.shown())  # another program's database
            if not create and schema.version(self.conn) == 0:
                raise ArchiveUnavailable(Coded("no_archive", path=self.address.shown()))
            if schema.migrate(self.conn, self.address.shown()) < schema.SCHEMA_VERSION and roles.groups_exist(self.conn):
                roles.grant_tables(self.conn)  # the tables a migration made are granted as the others
            self.holds_scans = schema.version(self.conn) >= imagestore.SINCE  # not when an older Baoku's test pins it
        except BaseException as e:
            self._closed = True
            self._conn.close()
            refused = server_error(e, self.address)  # a role that may not create tables, say
            if refused is not None:
                raise refused from None
            raise

    @property
    def conn(self):
        """The archive's connection; a new one when the last was lost (the server restarted, the
        network went away). What the lost one was doing failed in one line (server_error); a window
        kept open over the restart goes on working, where every later action failed the same way."""
        if self._conn.closed and not self._closed:
            self._conn = connect(self.address)  # (the server still away: one line, ArchiveUnavailable)
        return self._conn

    @property
    def server_process(self) -> int:
        """The server's process serving this archive's connection now (another after a reconnect),
        read without connecting again: the window tells its own writer's change notices by it."""
        return self._conn.info.backend_pid

    @property
    def schema_version(self) -> int:
        return schema.version(self.conn)

    @contextmanager
    def transaction(self) -> Iterator:
        """One transaction (nested: a savepoint inside it). The server going away in the middle
        is one line (ArchiveUnavailable), and nothing of the transaction is kept."""
        import psycopg

        try:
            with self.conn.transaction():
                yield self.conn
        except psycopg.OperationalError as e:  # the connection lost, the server shut down
            raise server_error(e, self.address) from None

    def may_import(self) -> bool:
        """Whether this user's roles allow importing (roles.may_import)."""
        return roles.may_import(self.conn)

    def rights(self):
        """What this user's roles allow (roles.rights): asked once when a window opens the archive."""
        return roles.rights(self.conn)

    def close(self) -> None:
        self._closed = True
        self._conn.close()

    def __enter__(self) -> ServerArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
