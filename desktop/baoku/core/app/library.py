"""A library: an open archive with its search index and its write lock, what every action of the
application layer works on. The command line opens one per command; the window one per worker
(its writer and its searcher)."""

from __future__ import annotations

import os
from collections.abc import Callable

from ..address import ServerAddress
from ..coded import Coded
from ..errors import ArchiveUnavailable
from ..search.index import SearchIndex
from ..store import Archive
from ..store.interface import Store
from ..store.archive import a_file
from ..store.locks import writing


def search_of(archive: Store, notify: Callable[[str], None] | None = None):
    """The search an archive answers through: the embedded archive's index beside it
    (search.index), or a server archive's search in its own database (search.serversearch);
    both answer `search` alike."""
    if archive.on_server:
        from ..search.serversearch import ServerSearch

        return ServerSearch(archive)
    return SearchIndex(archive, notify=notify)


def reader(where: str | os.PathLike[str]) -> Store:
    """A connection that only reads rows for display, beside a library that writes (the window's
    main thread): the embedded archive's query-only reader, or a server archive's own connection
    (which never creates one: the writer opened, and migrated, it first; each read made once more
    on a new connection when the server went away under it)."""
    if isinstance(where, ServerAddress):
        from ..store.server import ServerArchive
        from ..store.server.rereading import Rereading

        return Rereading(ServerArchive(where, create=False))
    return Archive.reader(where)


class Library:
    """An open archive (embedded or on a server: a `Store`) and its search."""

    archive: Store

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True,
                 notify: Callable[[str], None] | None = None):
        """Open (creating or migrating) the archive at `path`, a file or a server archive's
        address. `notify` hears, in one line, what the index did on its own (found damaged and
        rebuilt). A server archive's search rows are in the archive itself (search.server)."""
        if isinstance(path, ServerAddress):
            from ..store.server import ServerArchive

            self.path, self.archive = path, ServerArchive(path, create=create)
            self.index = search_of(self.archive)
            return
        self.path = a_file(path)
        if not create and not self.path.exists():
            raise ArchiveUnavailable(Coded("no_archive", path=str(self.path)))
        self.archive = Archive(self.path, create=create)
        self.index = SearchIndex(self.archive, notify=notify)

    @classmethod
    def around(cls, archive: Store, notify: Callable[[str], None] | None = None) -> Library:
        """A library over an archive already open, of either kind (closing it closes the archive too)."""
        self = cls.__new__(cls)
        self.path, self.archive = archive.path, archive
        self.index = search_of(archive, notify=notify)
        return self

    @property
    def read_only(self) -> bool:
        return self.archive.read_only

    def writing(self):
        """The archive's lock, shared, over a long write (an import and its indexing): a restore
        waits for it."""
        return writing(self.archive)

    def close(self) -> None:
        self.index.close()
        self.archive.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
