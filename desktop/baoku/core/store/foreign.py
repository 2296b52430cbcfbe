"""An SQLite file that is not a Baoku archive, told apart before anything is written to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..coded import Coded
from ..errors import ArchiveUnavailable


def refuse_foreign(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse an SQLite file that another program made (a browser's history, a photo library's
    catalogue, a file of one's own), before anything is written to it: opened as an archive, it
    had Baoku's tables made in it and was switched to WAL. A Baoku archive carries its schema
    version; one at version 0 holds no table but, at most, the migrations' own record (a first
    open cut short before its first migration committed)."""
    if conn.execute("PRAGMA user_version").fetchone()[0] != 0:
        return
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "AND name <> '_sqlite_migrations' ORDER BY name")]
    if tables:
        raise ArchiveUnavailable(Coded("foreign_database", path=str(path), tables=tables))
