"""The folded text of every indexed article, kept beside the Whoosh index (derived, rebuildable).

Verifying a candidate is then one substring test on text already folded, instead of reading the
article's blocks from the archive and folding them again on every search. It lives in the index
folder, not in the archive: the archive stays the single source of truth.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path


class TextStore:
    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite3.connect(str(path))
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")  # derived data: a lost tail is re-indexed
        self.db.execute("CREATE TABLE IF NOT EXISTS folded (id INTEGER PRIMARY KEY, date TEXT NOT NULL, "
                        "title TEXT NOT NULL, text TEXT NOT NULL)")
        self.db.commit()

    def close(self) -> None:
        self.db.close()

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM folded").fetchone()[0]

    def put(self, rows: Iterable[tuple[int, str, str, str]], drop: Iterable[int] = ()) -> None:
        """Store (id, date, folded title, folded text) rows and drop ids, in one transaction."""
        with self.db:
            self.db.executemany("DELETE FROM folded WHERE id = ?", ((i,) for i in drop))
            self.db.executemany("INSERT OR REPLACE INTO folded VALUES (?, ?, ?, ?)", rows)

    def get(self, ids: list[int]) -> dict[int, tuple[str, str, str]]:
        """id -> (date, folded title, folded text)."""
        out: dict[int, tuple[str, str, str]] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            for i, date, title, text in self.db.execute(
                    f"SELECT id, date, title, text FROM folded WHERE id IN ({','.join('?' * len(chunk))})",
                    chunk):
                out[i] = (date, title, text)
        return out
