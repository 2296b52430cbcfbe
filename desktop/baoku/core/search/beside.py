"""Queries run beside a search: a second read connection to the recall store, in one worker
thread. SQLite steps without holding Python's lock, so while the search's own connection and
Whoosh rank a first page, FTS5 counts on the other core. (At 1M articles the exact total of
中国特色社会主义, FTS5 checking the phrase's positions in each of 180,000 articles, is 85 ms,
and its ranking 40 ms.)

Each statement reads the latest commit, as the search's own statements do (neither holds a read
transaction across a search), so a count beside is no less in step with the page than a count
before it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor


class Beside:
    def __init__(self, connect: Callable[[], sqlite3.Connection]):
        self._connect = connect
        self._db: sqlite3.Connection | None = None
        self._pool: ThreadPoolExecutor | None = None

    def count(self, sql: str, params: tuple) -> Future:
        """Future of `SELECT COUNT(*)` over the query's rows."""
        return self._submit(lambda db: db.execute(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()[0])

    def column(self, sql: str, params: tuple) -> Future:
        """Future of the query's first column, as a list."""
        return self._submit(lambda db: [r[0] for r in db.execute(sql, params)])

    def _submit(self, work: Callable[[sqlite3.Connection], object]) -> Future:
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor  # (first needed by a search, not by every command)

            self._pool = ThreadPoolExecutor(1, thread_name_prefix="baoku-beside")
        return self._pool.submit(self._run, work)

    def _run(self, work):
        if self._db is None:
            self._db = self._connect()
        return work(self._db)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        if self._db is not None:
            self._db.close()
            self._db = None
