"""The recall layer: SQLite FTS5 over Baoku's own tokens (see `tokens`). It decides which articles
match and how many, exactly; Whoosh (`words`) only ranks. Derived, rebuildable, one file beside
the Whoosh index.

- `grams` (FTS5, contentless, positions kept), four columns: title (kicker, headline, subhead),
  blocks (the printed text, 正文), meta (metadata not printed as a block) and fields (byline and
  contributors, column, source, genre, paper, page name, page number, and the date as a year, a
  month and a day, each with its own mark, and a mark on reprinted texts).
- `chars` (FTS5, contentless, no positions): every distinct character of each column, once, which
  decides one-character queries.
- `doc`: date, paper, column, source, page and content hash per article: date order, facets, and
  reprint groups, without touching the archive.
- `indexed`: each article's fields as indexed and a digest of its folded text. No copy of the
  text is kept (it would be most of the index's size): a contentless FTS5 table forgets what it
  was given, so an article's old tokens are removed by making them again from the archive, the
  article as it stands or as the archive kept it before a change (`store.ledger.previous`),
  whichever has the indexed digest. The few terms the tokens cannot decide are verified on the
  archive's text (`source`).
- `fieldvalue`: every folded field value seen, so a field query finds the values that hold it
  (作者:李劲 → 李劲松) without reading articles; Whoosh ranks with those values.

Writes are one transaction per batch, committed before Whoosh and before the archive records what
was indexed (see `sync`).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .beside import Beside
from .tokens import DUP, chars, date_tokens, field_chars, field_stream, page_tokens, stream

if TYPE_CHECKING:
    import numpy as np

SCHEMA = """
CREATE TABLE IF NOT EXISTS doc (id INTEGER PRIMARY KEY, date TEXT NOT NULL, publication TEXT,
                                column_name TEXT, source TEXT, page INTEGER, hash INTEGER,
                                dup INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS doc_date ON doc (date, id);
CREATE INDEX IF NOT EXISTS doc_reprint ON doc (hash) WHERE dup = 1;
CREATE TABLE IF NOT EXISTS indexed (id INTEGER PRIMARY KEY, digest INTEGER NOT NULL, fields TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fieldvalue (field TEXT NOT NULL, value TEXT NOT NULL,
                                       PRIMARY KEY (field, value)) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS grams USING fts5(title, blocks, meta, fields, content='',
                                                    tokenize='ascii');
CREATE VIRTUAL TABLE IF NOT EXISTS chars USING fts5(title, blocks, meta, fields, content='',
                                                    tokenize='ascii', detail='column');
INSERT INTO grams (grams, rank) VALUES ('automerge', 8);
INSERT INTO chars (chars, rank) VALUES ('automerge', 8);
"""
# FTS5 merges its segments as it goes when this many of one size exist (its default is 4): a third
# less work for a bulk insert, more segments left behind, which `optimize` merges after a big
# update (each lookup visits every segment: a phrase checked for 80 articles at 100,000 articles,
# 15 segments 57 ms, one segment 7 ms).

# How many articles the store holds, kept by triggers in the transaction that changes `doc`: every
# command's first check compares it with the archive's record, and counting a million rows took
# 38 ms of each. (A store made before it gets it with its next write; until then, it is counted.)
COUNTED = """
CREATE TABLE IF NOT EXISTS doc_count (n INTEGER NOT NULL);
INSERT INTO doc_count SELECT COUNT(*) FROM doc WHERE NOT EXISTS (SELECT 1 FROM doc_count);
CREATE TRIGGER IF NOT EXISTS doc_counted AFTER INSERT ON doc BEGIN UPDATE doc_count SET n = n + 1; END;
CREATE TRIGGER IF NOT EXISTS doc_uncounted AFTER DELETE ON doc BEGIN UPDATE doc_count SET n = n - 1; END;
"""
SCHEMA += COUNTED

# Fields kept whole for field queries (their values, folded), in the order they are streamed.
# Collections and notes come last: an index written before them reads back the same (its values
# simply stop short of them), so adding them needed no rebuild.
FIELDS = ("byline", "column", "source", "genre", "publication", "pagename", "collection", "note")

Texts = Callable[[list[int]], dict[int, list[tuple[str, str, str]]]]  # ids -> folded (title, blocks, meta) versions


class IndexDamaged(Exception):
    """A file of the index is not what it should be (a folder where a file belongs, say), or the
    index holds an article whose indexed text the archive no longer has: the index is rebuilt
    from the archive, with a note."""


def digest(title: str, blocks: str, meta: str) -> int:
    """The folded text's digest, as a signed 64-bit integer."""
    data = "\x1f".join((title, blocks, meta)).encode()
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big", signed=True)


@dataclass
class RecallDoc:
    """One article as the index sees it: folded text and fields, and its place for facets."""

    id: int
    date: str
    page: int
    content_hash: str
    title: str  # folded
    blocks: str  # folded printed text
    meta: str  # folded metadata not printed as a block
    values: dict[str, list[str]] = field(default_factory=dict)  # folded field values
    facets: tuple[str, str, str] = ("", "", "")  # publication, column, source (as stored)
    dup: bool = False
    section: str = ""

    @property
    def text(self) -> str:
        """Everything a plain query searches."""
        return "\n".join(t for t in (self.blocks, self.meta) if t)

    def digest(self) -> int:
        return digest(self.title, self.blocks, self.meta)

    def fields_json(self) -> str:
        return json.dumps([self.page, int(self.dup), [self.values.get(f, []) for f in FIELDS], self.date,
                           self.section], ensure_ascii=False, separators=(",", ":"))

    def rows(self) -> tuple[tuple, tuple]:
        return _rows(self.id, self.title, self.blocks, self.meta, self.page, self.dup,
                     [self.values.get(f, []) for f in FIELDS], self.date, self.section)


def _fields_stream(page: int, dup: bool, values: list[list[str]], date: str, section: str) -> str:
    parts = [field_stream(name, vs) for name, vs in zip(FIELDS, values) if vs]
    parts += page_tokens(page, section)
    parts += date_tokens(date)
    if dup:
        parts.append(DUP)
    return " ".join(parts)


def _rows(article_id: int, title: str, blocks: str, meta: str, page: int, dup: bool,
          values: list[list[str]], date: str, section: str) -> tuple[tuple, tuple]:
    """The rows an article has in `grams` and in `chars`."""
    return ((article_id, stream(title), stream(blocks), stream(meta),
             _fields_stream(page, dup, values, date, section)),
            (article_id, chars(title), chars(blocks), chars(meta),
             " ".join(field_chars(name, vs) for name, vs in zip(FIELDS, values) if vs)))


def hash_key(content_hash: str) -> int:
    """The content hash as a signed 64-bit integer, for a compact indexed column."""
    return int.from_bytes(hashlib.blake2b(content_hash.encode(), digest_size=8).digest(), "big", signed=True)


class RecallStore:
    def __init__(self, path: Path, *, read_only: bool = False,
                 source: Callable[[list[int]], dict[int, RecallDoc]] | None = None):
        self.path = path
        self.read_only = read_only
        self.source = source
        self._reprinted: tuple[int, np.ndarray, np.ndarray] | None = None  # see distinct_reprints
        if read_only:
            self.db = _open_read_only(path)
        else:
            # Used by one thread at a time (the app's worker), but closed by whichever ends it.
            self.db = sqlite3.connect(str(path), check_same_thread=False)
            self.db.execute("PRAGMA synchronous = NORMAL")  # derived data: a lost tail is re-indexed
            # A reader opening the store beside a writer must not write (it would wait for the
            # writer's transaction): the journal mode and the tables are set once, by the first.
            if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self.db.execute("PRAGMA journal_mode = WAL")
            if not self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'fieldvalue'").fetchone():
                self.db.executescript(SCHEMA)
                self.db.commit()
        self.db.execute("PRAGMA cache_size = -65536")  # 64 MB
        self.beside = Beside(self._reader)

    def _reader(self) -> sqlite3.Connection:
        """Another connection that only reads, for `beside`."""
        if self.read_only:
            return _open_read_only(self.path)
        db = sqlite3.connect(str(self.path), check_same_thread=False)  # closed by the thread ending it
        db.execute("PRAGMA query_only = 1")
        db.execute("PRAGMA cache_size = -65536")
        return db

    def close(self) -> None:
        self.beside.close()
        self.db.close()

    def count(self) -> int:
        try:
            return self.db.execute("SELECT n FROM doc_count").fetchone()[0]
        except (sqlite3.OperationalError, TypeError):  # a store made before the count was kept
            return self.db.execute("SELECT COUNT(*) FROM doc").fetchone()[0]

    # -- writing -----------------------------------------------------------------------------------

    def put(self, docs: Iterable[RecallDoc], drop: Iterable[int] = (), reprinted: Iterable[int] = (),
            texts: Texts | None = None) -> None:
        """Store docs (replacing any stored under the same id), drop ids, and mark stored articles
        as reprinted, in one transaction. `texts` gives the versions of articles' text the archive
        has (current and kept), among which each replaced article's indexed text is found."""
        docs = list(docs)
        self._reprinted = None
        new_ids = {d.id for d in docs}
        drop = set(drop)
        flag = set(reprinted) - new_ids - drop
        old = self._stored([*drop, *new_ids, *flag])
        found = self._indexed_texts(old, texts)
        gone = [(i,) for i in old if i not in flag]
        marked: list[RecallDoc] = []
        with self.db:
            if not self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'doc_counted'").fetchone():
                for statement in filter(str.strip, COUNTED.split(";\n")):
                    self.db.execute(statement)
            for article_id, (_, fields) in old.items():
                page, dup, values, date, section = json.loads(fields)
                title, blocks, meta = found[article_id]
                grams, singles = _rows(article_id, title, blocks, meta, page, dup, values, date, section)
                self._write([grams], [singles], delete=True)
                if article_id in flag:
                    marked.append(RecallDoc(article_id, date, page, "", title, blocks, meta,
                                            dict(zip(FIELDS, values)), dup=True, section=section))
            self.db.executemany("DELETE FROM doc WHERE id = ?", gone)
            self.db.executemany("DELETE FROM indexed WHERE id = ?", gone)
            for d in marked:  # already stored: the same tokens again, with the mark
                self.db.execute("UPDATE indexed SET fields = ? WHERE id = ?", (d.fields_json(), d.id))
                self.db.execute("UPDATE doc SET dup = 1 WHERE id = ?", (d.id,))
            self.db.executemany(
                "INSERT INTO doc VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                ((d.id, d.date, *d.facets, d.page, hash_key(d.content_hash), int(d.dup)) for d in docs))
            self.db.executemany("INSERT INTO indexed VALUES (?, ?, ?)",
                                ((d.id, d.digest(), d.fields_json()) for d in docs))
            self.db.executemany("INSERT OR IGNORE INTO fieldvalue VALUES (?, ?)",
                                ((name, v) for d in docs for name, vs in d.values.items() for v in vs if v))
            rows = [d.rows() for d in [*marked, *docs]]
            self._write([g for g, _ in rows], [c for _, c in rows])

    @staticmethod
    def _indexed_texts(old: dict[int, tuple[int, str]], texts: Texts | None) -> dict[int, tuple[str, str, str]]:
        """The text each stored article was indexed with, found by its digest among the versions
        the archive has; IndexDamaged when one is not there (changed behind the archive's
        triggers): the index is then rebuilt."""
        if not old:
            return {}
        versions = texts(sorted(old)) if texts is not None else {}
        out = {}
        for i, (want, _) in old.items():
            match = next((v for v in versions.get(i, ()) if digest(*v) == want), None)
            if match is None:
                raise IndexDamaged(f"article {i} changed without the archive keeping the version the index holds")
            out[i] = match
        return out

    def _write(self, grams: list[tuple], singles: list[tuple], delete: bool = False) -> None:
        for table, rows in (("grams", grams), ("chars", singles)):
            if delete:
                self.db.executemany(f"INSERT INTO {table} ({table}, rowid, title, blocks, meta, fields) "
                                    "VALUES ('delete', ?, ?, ?, ?, ?)", rows)
            else:
                self.db.executemany(f"INSERT INTO {table} (rowid, title, blocks, meta, fields) "
                                    "VALUES (?, ?, ?, ?, ?)", rows)

    def _stored(self, ids: list[int]) -> dict[int, tuple[int, str]]:
        out: dict[int, tuple[int, str]] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            for i, dig, fields in self.db.execute(
                    f"SELECT id, digest, fields FROM indexed WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                out[i] = (dig, fields)
        return out

    def unflagged(self, ids: list[int]) -> list[int]:
        """Those of these stored articles not yet marked as reprinted."""
        out: list[int] = []
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            out += [r[0] for r in self.db.execute(
                f"SELECT id FROM doc WHERE dup = 0 AND id IN ({','.join('?' * len(chunk))})", chunk)]
        return out

    def optimize(self) -> None:
        """Merge the FTS5 index's segments into one (after a rebuild or a first import, and on
        demand: `baoku reindex --optimize`)."""
        with self.db:
            self.db.execute("INSERT INTO grams (grams) VALUES ('optimize')")
            self.db.execute("INSERT INTO chars (chars) VALUES ('optimize')")

    # -- reading -----------------------------------------------------------------------------------

    def get(self, ids: list[int]) -> dict[int, RecallDoc]:
        """These articles as the index sees them, read from the archive (to verify a query on
        their text)."""
        if self.source is None:
            raise ValueError("this recall store was opened without the archive's text")
        return self.source(ids)

    def values(self, name: str, needle: str) -> list[str]:
        """The stored values of a field that contain `needle` (folded), by SQL's instr: a
        superset the caller narrows with the exact match rule."""
        return [r[0] for r in self.db.execute(
            "SELECT value FROM fieldvalue WHERE field = ? AND instr(value, ?) > 0", (name, needle))]

    def distinct_reprints(self, ids: list[int]) -> int:
        """How many different texts these reprinted articles print (by content hash), from a map
        of every reprinted article's hash kept in memory while the store is unchanged (PRAGMA
        data_version: another connection's commit; put: this one's)."""
        import numpy as np

        return len(np.unique(self._reprint_keys(ids)))

    def reprint_extra(self, ids) -> int:
        """Among these articles, how many print a text another of them prints too: the reprinted
        ones less the different texts they print (the same map)."""
        import numpy as np

        keys = self._reprint_keys(ids)
        return len(keys) - len(np.unique(keys))

    def _reprint_keys(self, ids) -> np.ndarray:
        """The content hash keys of those of these articles that are reprinted."""
        import numpy as np  # (searching loads it anyway; an import need not)

        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        if self._reprinted is None or self._reprinted[0] != version:
            rows = self.db.execute("SELECT id, hash FROM doc WHERE dup = 1").fetchall()  # (from doc_reprint)
            pairs = np.array(rows, dtype=np.int64).reshape(-1, 2)
            pairs = pairs[np.argsort(pairs[:, 0])]
            self._reprinted = (version, pairs[:, 0].copy(), pairs[:, 1].copy())
        _, known, keys = self._reprinted
        wanted = np.asarray(ids, dtype=np.int64)
        pos = np.searchsorted(known, wanted).clip(0, max(len(known) - 1, 0))
        held = known[pos] == wanted if len(known) else np.zeros(len(wanted), dtype=bool)
        return keys[pos[held]]

    def hashes(self, ids: list[int]) -> dict[int, tuple[int, bool]]:
        """id -> (content hash key, reprinted?)."""
        out: dict[int, tuple[int, bool]] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            for i, h, dup in self.db.execute(
                    f"SELECT id, hash, dup FROM doc WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                out[i] = (h, bool(dup))
        return out

    def copies(self, keys: list[int]) -> dict[int, list[int]]:
        """hash key -> every stored article with that text, for reprinted texts."""
        out: dict[int, list[int]] = {}
        for start in range(0, len(keys), 900):
            chunk = keys[start:start + 900]
            for i, h in self.db.execute(
                    f"SELECT id, hash FROM doc WHERE dup = 1 AND hash IN ({','.join('?' * len(chunk))}) "
                    "ORDER BY id", chunk):
                out.setdefault(h, []).append(i)
        return out


def _open_read_only(path: Path) -> sqlite3.Connection:
    """An index file beside a read-only archive: read it as it is, writing nothing (not even a
    WAL or shared-memory file)."""
    last: Exception | None = None
    for flags in ("mode=ro", "mode=ro&immutable=1"):
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, check_same_thread=False)
            db.execute("SELECT 1 FROM doc LIMIT 1").fetchone()
            return db
        except sqlite3.Error as e:
            last = e
    raise sqlite3.OperationalError(f"cannot read {path}: {last}")
