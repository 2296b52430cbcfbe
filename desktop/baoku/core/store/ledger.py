"""The archive's record of what the search index holds: `search_state` and `search_dirty`.

The index is derived from the archive and lives beside it; these two tables are how the archive
knows what the index has seen. Triggers mark every inserted, edited or deleted article in
`search_dirty` in the same transaction as the change. `search_state` holds each indexed article
with the content hash it was indexed at, and is written only after every index layer has
committed. Everything that reads or writes them goes through this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .archive import Archive


@dataclass(frozen=True)
class LedgerCounts:
    articles: int  # in the archive
    recorded: int  # in search_state
    dirty: int  # marked in search_dirty
    dirty_recorded: int  # marked and recorded: the index holds an older version, or a deleted one
    dirty_new: int  # marked, stored, not recorded: not indexed yet
    dirty_gone: int  # marked, recorded, no longer stored: to drop

    @property
    def clean(self) -> int:
        """Recorded articles with no pending change: every index layer must hold these."""
        return self.recorded - self.dirty_recorded

    @property
    def consistent(self) -> bool:
        """Whether the marks explain every difference between the archive and the record (if
        not, something changed them behind the triggers' back, and a full comparison is due)."""
        return self.articles == self.recorded + self.dirty_new - self.dirty_gone


class SearchLedger:
    def __init__(self, archive: Archive):
        self.archive = archive

    def _one(self, sql: str, params: Iterable = ()) -> int:
        return self.archive.conn.execute(sql, list(params)).fetchone()[0]

    def behind(self) -> bool:
        """Whether any change waits to be indexed."""
        return bool(self.archive.conn.execute("SELECT 1 FROM search_dirty LIMIT 1").fetchone())

    def empty(self) -> bool:
        return not self.archive.conn.execute("SELECT 1 FROM search_state LIMIT 1").fetchone()

    def pending(self) -> tuple[list[int], list[int]]:
        """(articles to index, ids to drop), from the changes recorded by the triggers."""
        db = self.archive.conn
        stale = [r[0] for r in db.execute(
            "SELECT d.article_id FROM search_dirty d JOIN article a ON a.id = d.article_id ORDER BY 1")]
        gone = [r[0] for r in db.execute(
            "SELECT d.article_id FROM search_dirty d WHERE d.article_id NOT IN (SELECT id FROM article) "
            "ORDER BY 1")]
        return stale, gone

    def counts(self) -> LedgerCounts:
        """Cheap counts (the marks are few): enough to tell whether the record can be trusted."""
        one = self._one
        return LedgerCounts(
            articles=one("SELECT COUNT(*) FROM article"),
            recorded=one("SELECT COUNT(*) FROM search_state"),
            dirty=one("SELECT COUNT(*) FROM search_dirty"),
            dirty_recorded=one("SELECT COUNT(*) FROM search_dirty d JOIN search_state s "
                               "ON s.article_id = d.article_id"),
            dirty_new=one("SELECT COUNT(*) FROM search_dirty d JOIN article a ON a.id = d.article_id "
                          "WHERE NOT EXISTS (SELECT 1 FROM search_state s WHERE s.article_id = d.article_id)"),
            dirty_gone=one("SELECT COUNT(*) FROM search_dirty d JOIN search_state s "
                           "ON s.article_id = d.article_id WHERE NOT EXISTS "
                           "(SELECT 1 FROM article a WHERE a.id = d.article_id)"),
        )

    def recorded(self) -> int:
        return self._one("SELECT COUNT(*) FROM search_state")

    def differences(self) -> dict[str, int]:
        """How the record stands against the archive, changing nothing: articles it is missing,
        holds at an old version, holds though deleted (each without a mark: the marked ones are
        pending work, not damage), and the marks themselves."""
        one = self._one
        unmarked = "NOT EXISTS (SELECT 1 FROM search_dirty d WHERE d.article_id = {})"
        return {
            "missing": one("SELECT COUNT(*) FROM article a WHERE NOT EXISTS "
                           "(SELECT 1 FROM search_state s WHERE s.article_id = a.id) AND "
                           + unmarked.format("a.id")),
            "stale": one("SELECT COUNT(*) FROM article a JOIN search_state s ON s.article_id = a.id "
                         "WHERE s.content_hash != a.content_hash AND " + unmarked.format("a.id")),
            "orphaned": one("SELECT COUNT(*) FROM search_state s WHERE s.article_id NOT IN "
                            "(SELECT id FROM article) AND " + unmarked.format("s.article_id")),
            "pending": one("SELECT COUNT(*) FROM search_dirty"),
        }

    # -- writing (derived bookkeeping: allowed on every archive that can be written) --------------

    def mark(self, ids: Iterable[int]) -> None:
        with self.archive.writing() as conn:
            conn.executemany("INSERT OR IGNORE INTO search_dirty VALUES (?)", ((i,) for i in ids))

    def mark_all_differences(self) -> int:
        """Compare every article with the record (O(archive)) and mark every difference. Returns
        how many were found."""
        with self.archive.writing() as db:
            before = db.execute("SELECT COUNT(*) FROM search_dirty").fetchone()[0]
            db.execute("""INSERT OR IGNORE INTO search_dirty
                SELECT a.id FROM article a LEFT JOIN search_state s ON s.article_id = a.id
                WHERE s.content_hash IS NULL OR s.content_hash != a.content_hash""")
            db.execute("""INSERT OR IGNORE INTO search_dirty
                SELECT article_id FROM search_state WHERE article_id NOT IN (SELECT id FROM article)""")
            return db.execute("SELECT COUNT(*) FROM search_dirty").fetchone()[0] - before

    def forget_all(self) -> None:
        """The index is gone or rebuilt from nothing: it holds no article."""
        with self.archive.writing() as db:
            db.execute("DELETE FROM search_state")
            db.execute("DELETE FROM search_previous")

    def previous_mark(self) -> int:
        """Where the kept previous versions stand now (see `record`)."""
        return self._one("SELECT COALESCE(MAX(id), 0) FROM search_previous")

    def previous(self, ids: list[int]) -> dict[int, list[dict]]:
        """The kept versions of these articles' text from before a change (schema.INDEXED_TEXT
        and content_hash), newest first: the index may hold one of them."""
        out: dict[int, list[dict]] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            for row in self.archive.rows(  # (the connection alone: an import need not load sqlite-utils)
                    f"SELECT * FROM search_previous WHERE article_id IN ({','.join('?' * len(chunk))}) "
                    "ORDER BY id DESC", chunk):
                out.setdefault(row["article_id"], []).append(row)
        return out

    def record(self, indexed: list[tuple[int, str]], dropped: list[int] = (), read_after: int | None = None) -> None:
        """After every layer committed: these articles are indexed at these hashes, and these ids
        are gone from the index. A mark is cleared only when the article has not changed again
        since it was read. The previous versions kept up to `read_after` (the previous_mark taken
        before the articles were read) are no longer in the index; a version kept later is the one
        just indexed, changed meanwhile, and stays."""
        dropped = list(dropped)
        with self.archive.writing() as tx:
            if read_after is not None:
                done = [i for i, _ in indexed] + dropped
                for start in range(0, len(done), 900):
                    chunk = done[start:start + 900]
                    tx.execute(f"DELETE FROM search_previous WHERE id <= ? AND article_id IN "
                               f"({','.join('?' * len(chunk))})", [read_after, *chunk])
            for start in range(0, len(dropped), 900):
                chunk = dropped[start:start + 900]
                marks = ",".join("?" * len(chunk))
                tx.execute(f"DELETE FROM search_state WHERE article_id IN ({marks})", chunk)
                tx.execute(f"DELETE FROM search_dirty WHERE article_id IN ({marks}) "
                           "AND article_id NOT IN (SELECT id FROM article)", chunk)
            tx.executemany("INSERT OR REPLACE INTO search_state (article_id, content_hash) VALUES (?, ?)",
                           indexed)
            tx.executemany(
                "DELETE FROM search_dirty WHERE article_id = ? AND EXISTS (SELECT 1 FROM article "
                "WHERE id = ? AND content_hash = ?)", ((i, i, h) for i, h in indexed))
