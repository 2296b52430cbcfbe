"""Moving an archive between a file and a server archive (store.migration): neither is open in a
library here; the destination is a new archive, or an unfinished move finished."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ...address import ServerAddress
from ...changes import Changes, Outcome
from ...errors import ArchiveUnavailable
from ...store import migration


def migrate(source: Path | ServerAddress, dest: Path | ServerAddress,
            progress: migration.Progress | None = None, chunk: int = migration.CHUNK) -> Outcome:
    """Every record of `source` copied to `dest` with its ids, checked equal (a Migrated: each
    table's rows, whether an interrupted move was finished, what stayed with the source). The
    source is only read; a window showing `dest` sees a new archive. A server destination makes
    its search rows at the end (searches would otherwise decide every copied article on its text
    until an import or `baoku reindex` made them)."""
    done = migration.migrate(source, dest, progress=progress, chunk=chunk)
    if isinstance(dest, ServerAddress):
        from ...search.server import sync
        from ...store.server import ServerArchive
        from ...store.server.connection import server_error

        try:
            with ServerArchive(dest, create=False) as archive:
                sync(archive)
        except Exception as e:  # the server went away (or refused) after every row was copied and checked:
            refused = e if isinstance(e, ArchiveUnavailable) else server_error(e, dest)
            if refused is None:  # (a bug: said as one)
                raise
            # the migrate is done; said as an error, it sent the user to run it again, which refused:
            # the destination "already holds" the archive
            done = dataclasses.replace(done, unindexed=str(refused))
    return Outcome(done, Changes())
