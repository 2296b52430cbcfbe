"""The recall layer: SQLite FTS5 over Baoku's own tokens (see `tokens`). It decides which articles
match and how many, exactly; Whoosh (`words`) only ranks. Derived, rebuildable, one file beside
the Whoosh index.

- `grams` (FTS5, contentless, positions kept), four columns: title (kicker, headline, subhead),
  blocks (the printed text, 正文), meta (metadata not printed as a block) and fields (byline and
  contributors, column, source, genre, paper, page name, page number, and the date as a year, a
  month and a day, each with its own mark, and a mark on reprinted texts).
- `chars` (FTS5, contentless, no positions): every distinct character of each column, once, which
  decides one-character queries.
- `dupgrams`: the reprinted articles' `grams` rows again, so a query's reprinted matches are
  asked of them alone.
- `doc`: date, paper, column, source, page and content hash per article: date order, facets, and
  reprint groups, without touching the archive (`doc_count`: how many, kept by triggers).
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
from .damage import IndexDamaged
from .recallschema import COUNTED, DUPS, SCHEMA
from .tokens import DUP, chars, date_tokens, field_chars, field_stream, page_tokens, stream

if TYPE_CHECKING:
    import numpy as np


# Fields kept whole for field queries (their values, folded), in the order they are streamed.
# Collections and notes come last: an index written before them reads back the same (its values
# simply stop short of them), so adding them needed no rebuild.
FIELDS = ("byline", "column", "source", "genre", "publication", "pagename", "collection", "note")

Texts = Callable[[list[int]], dict[int, list[tuple[str, str, str]]]]  # ids -> folded (title, blocks, meta) versions


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
        self.has_dups = self._holds("dupgrams")

    def _holds(self, name: str) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None

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
        reprints = None if self.has_dups or texts is None else self._reprint_rows(texts)
        with self.db:
            if not self._holds("doc_counted"):
                self._script(COUNTED)
            if reprints is not None:
                self._script(DUPS)
                self.db.executemany("INSERT INTO dupgrams (rowid, title, blocks, meta, fields) VALUES (?, ?, ?, ?, ?)",
                                    reprints)
                self.has_dups = True
            for article_id, (_, fields) in old.items():
                page, dup, values, date, section = json.loads(fields)
                title, blocks, meta = found[article_id]
                grams, singles = _rows(article_id, title, blocks, meta, page, dup, values, date, section)
                self._write([grams], [singles], delete=True, reprinted=[grams] if dup else [])
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
            rows = [(d.rows(), d.dup) for d in [*marked, *docs]]
            self._write([g for (g, _), _ in rows], [c for (_, c), _ in rows], reprinted=[g for (g, _), dup in rows if dup])

    def _script(self, script: str) -> None:
        """Statements run one by one inside the caller's transaction (executescript would commit)."""
        for statement in filter(str.strip, script.split(";\n")):
            self.db.execute(statement)

    def _reprint_rows(self, texts: Texts | None) -> list[tuple]:
        """The `grams` rows of every stored reprinted article, from the texts they were indexed
        with (for a store made before `dupgrams`)."""
        ids = [r[0] for r in self.db.execute("SELECT id FROM doc WHERE dup = 1 ORDER BY id")]
        stored = self._stored(ids)
        found = self._indexed_texts(stored, texts)
        out = []
        for article_id, (_, fields) in stored.items():
            page, dup, values, date, section = json.loads(fields)
            out.append(_rows(article_id, *found[article_id], page, dup, values, date, section)[0])
        return out

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

    def _write(self, grams: list[tuple], singles: list[tuple], delete: bool = False,
               reprinted: list[tuple] = ()) -> None:
        """Rows into (or, `delete`, out of) `grams` and `chars`, and the reprinted articles' `grams`
        rows into `dupgrams` too."""
        for table, rows in (("grams", grams), ("chars", singles), ("dupgrams", reprinted if self.has_dups else [])):
            if not rows:
                continue
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
