"""The recall layer: SQLite FTS5 over Baoku's own tokens, with the folded text and the facets of
every indexed article, in one file beside the Whoosh index (derived, rebuildable).

- `grams` (FTS5, contentless, positions kept): columns title and body, each the token stream of
  `tokens.recall_stream`. A Han term is the phrase of its character pairs, so a substring query
  is answered by the index alone, intersected in C.
- `doc`: date, publication, column and source per article, for date filters, date order and
  facet counts without touching the archive.
- `folded`: folded title and text, to verify the few terms the index cannot decide alone, to
  score them, and to remove an article's old tokens (a contentless FTS5 table forgets what it was
  given, so the same stream is rebuilt from the stored text).

Writes are one transaction per batch, committed before the Whoosh index and before the archive
records what was indexed (see `index.SearchIndex`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .tokens import recall_stream

SCHEMA = """
CREATE TABLE IF NOT EXISTS doc (id INTEGER PRIMARY KEY, date TEXT NOT NULL, publication TEXT,
                                column_name TEXT, source TEXT);
CREATE INDEX IF NOT EXISTS doc_date ON doc (date, id);
CREATE TABLE IF NOT EXISTS folded (id INTEGER PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS grams USING fts5(title, body, content='', tokenize='ascii');
"""


@dataclass(frozen=True)
class StoredDoc:
    id: int
    date: str
    publication: str | None
    column: str | None
    source: str | None
    title: str  # folded
    text: str  # folded


class RecallStore:
    def __init__(self, path: Path):
        self.path = path
        # Used by one thread at a time (the app's worker), but closed by whichever ends the session.
        self.db = sqlite3.connect(str(path), check_same_thread=False)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")  # derived data: a lost tail is re-indexed
        self.db.execute("PRAGMA cache_size = -65536")  # 64 MB
        self.db.executescript(SCHEMA)
        self.db.commit()

    def close(self) -> None:
        self.db.close()

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM doc").fetchone()[0]

    # -- writing -----------------------------------------------------------------------------------

    def put(self, docs: Iterable[StoredDoc], drop: Iterable[int] = ()) -> None:
        """Store docs (replacing any stored under the same id) and drop ids, in one transaction."""
        docs = list(docs)
        old = self._folded([*drop, *(d.id for d in docs)])
        with self.db:
            for article_id, (title, text) in old.items():
                self.db.execute("INSERT INTO grams (grams, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                                (article_id, recall_stream(title), recall_stream(text)))
            gone = [(i,) for i in old]
            self.db.executemany("DELETE FROM doc WHERE id = ?", gone)
            self.db.executemany("DELETE FROM folded WHERE id = ?", gone)
            self.db.executemany("INSERT INTO doc VALUES (?, ?, ?, ?, ?)",
                                ((d.id, d.date, d.publication, d.column, d.source) for d in docs))
            self.db.executemany("INSERT INTO folded VALUES (?, ?, ?)", ((d.id, d.title, d.text) for d in docs))
            self.db.executemany("INSERT INTO grams (rowid, title, body) VALUES (?, ?, ?)",
                                ((d.id, recall_stream(d.title), recall_stream(d.text)) for d in docs))

    def _folded(self, ids: list[int]) -> dict[int, tuple[str, str]]:
        out: dict[int, tuple[str, str]] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            for i, title, text in self.db.execute(
                    f"SELECT id, title, text FROM folded WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                out[i] = (title, text)
        return out

    def optimize(self) -> None:
        """Merge the FTS5 index's segments into one (on demand: `baoku reindex --optimize`)."""
        with self.db:
            self.db.execute("INSERT INTO grams (grams) VALUES ('optimize')")

    # -- reading -----------------------------------------------------------------------------------

    def get(self, ids: list[int]) -> dict[int, tuple[str, str, str]]:
        """id -> (date, folded title, folded text)."""
        out: dict[int, tuple[str, str, str]] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            for i, date, title, text in self.db.execute(
                    f"SELECT f.id, d.date, f.title, f.text FROM folded f JOIN doc d ON d.id = f.id "
                    f"WHERE f.id IN ({','.join('?' * len(chunk))})", chunk):
                out[i] = (date, title, text)
        return out
