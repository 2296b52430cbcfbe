"""The two kinds of archive as `baoku migrate` reads and writes them (store.migration decides what
is copied): an archive file (SQLite) and a server archive (PostgreSQL), each giving a table's
columns, its rows in key order a chunk at a time, and writing a chunk together with the record of
how far the migrate has come, in one transaction (so an interrupted migrate resumes exactly where
its last committed chunk ended).

Columns go by the embedded archive's names; the server's differ only where SQLite's name is a word
PostgreSQL reserves (import_batch.user is the server's `who`). Values come out alike from both: a
server's date as the ISO text the file keeps, its bytea as bytes. Table and column names here are
Baoku's own, never user text; values are always parameters."""

from __future__ import annotations

import datetime
import json

# (table, column) → the server's name for an embedded archive's column.
SERVER_NAMES = {("import_batch", "user"): "who"}

PROGRESS = "baoku_migration"  # in the destination, while a migrate is under way
STATE = "~source"  # its row holding what the source held when the migrate began (migration._state)


def plain(value):
    """A value as both archives give it back."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, memoryview):
        return bytes(value)
    return value


class FileSide:
    """An archive file (store.Archive)."""

    kind = "file"

    def __init__(self, archive):
        self.archive = archive
        self.shown = str(archive.path)
        self.identity = str(archive.path.resolve())  # what a destination records its source by

    def _one(self, sql: str, params=()):
        return self.archive.conn.execute(sql, list(params)).fetchone()

    def has_table(self, table: str) -> bool:
        return self._one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]) is not None

    def readable(self, table: str) -> bool:
        return self.has_table(table)

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.archive.conn.execute(f"PRAGMA table_info({table})")]

    def count(self, table: str) -> int:
        return self._one(f"SELECT COUNT(*) FROM {table}")[0] if self.has_table(table) else 0

    def last_key(self, table: str, key: tuple[str, ...]) -> list | None:
        if not self.has_table(table):
            return None
        row = self._one(f"SELECT {', '.join(key)} FROM {table} ORDER BY {', '.join(f'{k} DESC' for k in key)} LIMIT 1")
        return list(map(plain, row)) if row else None

    def chunk(self, table: str, columns: list[str], key: tuple[str, ...], after: list | None, n: int) -> list[tuple]:
        where = f"WHERE ({', '.join(key)}) > ({', '.join('?' * len(key))})" if after else ""
        sql = f"SELECT {', '.join(columns)} FROM {table} {where} ORDER BY {', '.join(key)} LIMIT ?"
        return [tuple(map(plain, r)) for r in self.archive.conn.execute(sql, [*(after or []), n])]

    # -- the destination's side ---------------------------------------------------------------------

    def progress(self) -> dict[str, tuple[list | None, int, bool]] | None:
        """What an unfinished migrate into this archive copied: table → (its last key, rows, finished);
        None when no migrate is under way here (its source: source_of_progress)."""
        if not self.has_table(PROGRESS):
            return None
        rows = self.archive.conn.execute(f"SELECT tbl, last_key, done, complete FROM {PROGRESS} WHERE tbl NOT IN ('', ?)",
                                         [STATE])
        return {t: (json.loads(k) if k else None, d, bool(c)) for t, k, d, c in rows}

    def source_of_progress(self, tbl: str = "") -> str | None:
        row = self._one(f"SELECT last_key FROM {PROGRESS} WHERE tbl = ?", [tbl]) if self.has_table(PROGRESS) else None
        return row[0] if row else None

    def state_of_progress(self) -> str | None:
        """What the source held when the unfinished migrate began (None: begun by a Baoku that kept none)."""
        return self.source_of_progress(STATE)

    def begin(self, source: str, state: str) -> None:
        with self.archive.writing() as conn:
            conn.execute(f"""CREATE TABLE IF NOT EXISTS {PROGRESS} (tbl TEXT PRIMARY KEY, last_key TEXT NOT NULL,
                done INTEGER NOT NULL DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0)""")
            conn.execute(f"INSERT OR IGNORE INTO {PROGRESS} (tbl, last_key) VALUES ('', ?), (?, ?)",
                         [source, STATE, state])

    def write(self, table: str, columns: list[str], rows: list[tuple], last_key: list, done: int,
              complete: bool) -> None:
        with self.archive.writing() as conn:
            if rows:
                conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                                 rows)
            conn.execute(f"INSERT INTO {PROGRESS} (tbl, last_key, done, complete) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (tbl) DO UPDATE SET last_key = excluded.last_key, done = excluded.done, "
                         "complete = excluded.complete", [table, json.dumps(last_key), done, int(complete)])

    def finish(self, tables: list[tuple[str, tuple[str, ...]]]) -> None:
        """The migrate's record removed (AUTOINCREMENT counters follow the copied ids by themselves)."""
        with self.archive.writing() as conn:
            conn.execute(f"DROP TABLE IF EXISTS {PROGRESS}")


class ServerSide:
    """A server archive (store.server.ServerArchive)."""

    kind = "server"

    def __init__(self, archive):
        self.archive = archive
        self.conn = archive.conn
        self.shown = self.identity = archive.address.shown()

    def _name(self, table: str, column: str) -> str:
        return SERVER_NAMES.get((table, column), column)

    def _one(self, sql: str, params=()):
        return self.conn.execute(sql, list(params)).fetchone()

    def has_table(self, table: str) -> bool:
        return self._one("SELECT to_regclass(%s) IS NOT NULL", [table])[0]

    def readable(self, table: str) -> bool:
        """Whether this user may read the table (the audit log is the owner's and admins' only)."""
        return self.has_table(table) and self._one("SELECT has_table_privilege(%s, 'SELECT')", [table])[0]

    def columns(self, table: str) -> list[str]:
        back = {server: embedded for (t, embedded), server in SERVER_NAMES.items() if t == table}
        rows = self.conn.execute("SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                                 "AND table_schema = current_schema() ORDER BY ordinal_position", [table])
        return [back.get(r[0], r[0]) for r in rows]

    def count(self, table: str) -> int:
        return self._one(f"SELECT COUNT(*) FROM {table}")[0] if self.has_table(table) else 0

    def last_key(self, table: str, key: tuple[str, ...]) -> list | None:
        if not self.has_table(table):
            return None
        row = self._one(f"SELECT {', '.join(key)} FROM {table} ORDER BY {', '.join(f'{k} DESC' for k in key)} LIMIT 1")
        return list(map(plain, row)) if row else None

    def chunk(self, table: str, columns: list[str], key: tuple[str, ...], after: list | None, n: int) -> list[tuple]:
        where = f"WHERE ({', '.join(key)}) > ({', '.join(['%s'] * len(key))})" if after else ""
        names = ", ".join(self._name(table, c) for c in columns)
        sql = f"SELECT {names} FROM {table} {where} ORDER BY {', '.join(key)} LIMIT %s"
        return [tuple(map(plain, r)) for r in self.conn.execute(sql, [*(after or []), n])]

    # -- the destination's side ---------------------------------------------------------------------

    def progress(self) -> dict[str, tuple[list | None, int, bool]] | None:
        if not self.has_table(PROGRESS):
            return None
        rows = self.conn.execute(f"SELECT tbl, last_key, done, complete FROM {PROGRESS} WHERE tbl NOT IN ('', %s)",
                                 [STATE])
        return {t: (json.loads(k) if k else None, d, c) for t, k, d, c in rows}

    def source_of_progress(self, tbl: str = "") -> str | None:
        row = self._one(f"SELECT last_key FROM {PROGRESS} WHERE tbl = %s", [tbl]) if self.has_table(PROGRESS) else None
        return row[0] if row else None

    def state_of_progress(self) -> str | None:
        return self.source_of_progress(STATE)

    def begin(self, source: str, state: str) -> None:
        with self.archive.transaction() as conn:
            conn.execute(f"""CREATE TABLE IF NOT EXISTS {PROGRESS} (tbl text PRIMARY KEY, last_key text NOT NULL,
                done bigint NOT NULL DEFAULT 0, complete boolean NOT NULL DEFAULT false)""")
            conn.execute(f"INSERT INTO {PROGRESS} (tbl, last_key) VALUES ('', %s), (%s, %s) ON CONFLICT DO NOTHING",
                         [source, STATE, state])

    def write(self, table: str, columns: list[str], rows: list[tuple], last_key: list, done: int,
              complete: bool) -> None:
        names = ", ".join(self._name(table, c) for c in columns)
        with self.archive.transaction() as conn:
            if rows:
                with conn.cursor() as cur, cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            conn.execute(f"INSERT INTO {PROGRESS} (tbl, last_key, done, complete) VALUES (%s, %s, %s, %s) "
                         "ON CONFLICT (tbl) DO UPDATE SET last_key = excluded.last_key, done = excluded.done, "
                         "complete = excluded.complete", [table, json.dumps(last_key), done, complete])

    def finish(self, tables: list[tuple[str, tuple[str, ...]]]) -> None:
        """Each identity set past the copied ids (the next row made here takes a new one), and the
        migrate's record removed, in one transaction."""
        with self.archive.transaction() as conn:
            for table, key in tables:
                sequence = self._one("SELECT pg_get_serial_sequence(%s, %s)", [table, key[0]])[0]
                if sequence is None or len(key) != 1:
                    continue
                top = self._one(f"SELECT MAX({key[0]}) FROM {table}")[0]
                conn.execute("SELECT setval(%s, %s, %s)", [sequence, top or 1, top is not None])
            conn.execute(f"DROP TABLE IF EXISTS {PROGRESS}")
