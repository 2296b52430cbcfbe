"""Moving an archive between a file and a server archive (store.migration): neither is open in a
library here; the destination is a new archive, or an unfinished move finished."""

from __future__ import annotations

from pathlib import Path

from ...address import ServerAddress
from ...changes import Changes, Outcome
from ...store import migration


def migrate(source: Path | ServerAddress, dest: Path | ServerAddress,
            progress: migration.Progress | None = None, chunk: int = migration.CHUNK) -> Outcome:
    """Every record of `source` copied to `dest` with its ids, checked equal (a Migrated: each
    table's rows, whether an interrupted move was finished, what stayed with the source). The
    source is only read; a window showing `dest` sees a new archive."""
    return Outcome(migration.migrate(source, dest, progress=progress, chunk=chunk), Changes())
