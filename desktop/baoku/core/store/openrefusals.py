"""Why a path cannot be opened as an archive, said for what stands there: a named pipe or a
device is no archive file (SQLite said only `disk I/O error`), and a read-only file whose schema
is not this Baoku's is told apart by what it is (an empty file, an archive of a newer Baoku, an
older one), where every such file was told to be opened writable once "to upgrade it"."""

from __future__ import annotations

import stat
from pathlib import Path

from ..coded import Coded

KINDS = ((stat.S_ISFIFO, "fifo"), (stat.S_ISCHR, "device"), (stat.S_ISBLK, "device"), (stat.S_ISSOCK, "socket"))


def not_a_file(path: Path) -> Coded | None:
    """What stands at `path` when it is neither a regular file nor nothing, else None (a folder is
    said by the archive itself)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    for test, kind in KINDS:
        if test(mode):
            return Coded("archive_not_a_file", path=str(path), kind=kind)
    return None


def schema_refused(path: Path, version: int, current: int) -> Coded:
    """The refusal of a file at schema `version` where this Baoku reads `current`: newer, or (read-only,
    so it cannot be brought up to date) empty or older. A file at 0 holding another program's tables
    was refused before, as foreign."""
    if version > current:
        return Coded("archive_newer", path=str(path), version=version)
    if version == 0:
        return Coded("archive_read_only_empty", path=str(path))
    return Coded("archive_read_only_older", path=str(path), version=version, current=current)
