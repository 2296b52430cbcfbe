"""Keeping the archive sound: checking it (and repairing its index), backing it up, putting a backup
back, rebuilding or merging the search index. Only the index (derived) is ever rewritten here; a
restore keeps the archive it replaces beside it."""

from __future__ import annotations

import os
from collections.abc import Callable

from ...address import ServerAddress
from ...changes import ARCHIVE, Changes, Outcome
from ...checks import check_archive
from ...coded import Coded
from ...store import maintenance
from ..library import Library


def check(lib: Library, repair: bool = False) -> Outcome:
    """Everything wrong with the archive and its index (a CheckReport); with `repair`, what the
    index lacks is indexed again."""
    return Outcome(check_archive(lib.archive, repair=repair), Changes())


def backup(lib: Library, dest: str | os.PathLike[str], force: bool = False) -> Outcome:
    """A consistent copy, taken while others keep reading and writing; the path written, and a
    warning when page images the archive records were not there to copy. A server archive's is
    pg_dump's file."""
    if getattr(lib.archive, "on_server", False):
        from ...store.server import backup as server_backup

        return Outcome(server_backup.backup(lib.archive.address, dest, force=force), Changes())
    made = maintenance.backup_made(lib.archive, dest, force=force)
    said = [Coded("backup_images_missing", n=made.images_missing, folder=str(made.image_folder))] \
        if made.images_missing else []
    return Outcome(made.path, Changes(), said)


def restore(source: str | os.PathLike[str], target: str | os.PathLike[str], force: bool = False) -> Outcome:
    """The backup at `source` in place of the archive at `target` (not open here: no library);
    refused over newer changes unless `force`, and then the archive is kept beside it first. A
    server archive (`target` its address) is restored from pg_dump's file; over one that holds
    articles only with `force`, and what it held is then backed up beside `source` (the value: that
    file, or None)."""
    if isinstance(target, ServerAddress):
        from ...store.server import backup as server_backup

        return Outcome(server_backup.restore(source, target, force=force), Changes.of(ARCHIVE))
    made = maintenance.restore_made(source, target, force=force)
    said = [Coded("restore_images_missing", n=made.images_missing, folder=str(made.image_folder))] \
        if made.images_missing else []
    return Outcome(made.path, Changes.of(ARCHIVE), said)


def reindex(lib: Library, progress: Callable[[int, int], None] | None = None) -> Outcome:
    """The search index rebuilt from the archive; how many articles it holds."""
    return Outcome(lib.index.sync(progress, rebuild=True), Changes())


def optimize(lib: Library) -> Outcome:
    """The index brought up to date and each layer's segments merged into one; how many articles."""
    return Outcome(lib.index.optimize(), Changes())


