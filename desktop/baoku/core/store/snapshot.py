"""Reading a file that Baoku must not write: a backup to restore, which may be on read-only media
(a CD, a write-protected USB stick, a folder of another user's). SQLite's `mode=ro` still makes
the write-ahead log's `-shm` and `-wal` files beside a WAL-mode file (every backup is one), and
where it cannot, refuses to read it at all ("attempt to write a readonly database"): a backup on a
CD was refused as "not a Baoku archive backup". With no log waiting beside the file, `immutable=1`
reads it as it is and writes nothing; with one, `mode=ro` reads the log too."""

from __future__ import annotations

from pathlib import Path


def read_only_uri(path: Path | str) -> str:
    """The URI that opens `path` for reading only (sqlite3.connect(…, uri=True))."""
    path = Path(path).resolve()
    wal = Path(str(path) + "-wal")
    try:
        pending = wal.exists() and wal.stat().st_size > 0
    except OSError:
        pending = False
    return f"{path.as_uri()}?{'mode=ro' if pending else 'mode=ro&immutable=1'}"
