"""The archive: one SQLite file, the single source of truth.

Opening an up-to-date archive writes nothing. Every import of one issue is one transaction.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from ..errors import ArchiveUnavailable, DiskFull, ImportRejected, NotFound, ValidationError, disk_full
from ..model import (
    ABSTRACT, EDITORS_NOTE, TAGLINE, BYLINE, COLUMN, HEAD_BYLINE, HEAD_KINDS, HEADLINE, KICKER, LOW_CONFIDENCE, PARAGRAPH, SOURCE_LINE, SUBHEAD, Article,
    Block, Contributor, IssueInfo, ParsedIssue, ParsedPage, Photo, checked_text, page_label, parse_date, parse_page,
    unchecked_strings,
)
from .ingest import SaveResult, apply_plan, first_copies, plan_issue
from .schema import SCHEMA_VERSION, migrations
from ..plural import plural

BUSY_TIMEOUT_MS = 10_000
WRITE_TURN_POLL = 0.002  # seconds between tries for the write lock


def _begin_immediate(conn: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE, polling every few milliseconds for up to the busy timeout.

    SQLite's own busy handler backs off to sleeps of 100 ms, while a process importing issue after
    issue takes the lock again within milliseconds of each commit: the waiting process could starve
    for the whole busy timeout and fail. Polling often, it gets its turn in the other's next gap."""
    import time

    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as e:
                if not ("locked" in str(e) or "busy" in str(e)) or time.monotonic() >= deadline:
                    raise
                time.sleep(WRITE_TURN_POLL)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


@dataclass
class ArticleRecord:
    """An article as stored, with where it was printed."""

    id: int
    article: Article
    publication: str
    date: dt.date
    edition: str
    issue_id: int
    page_id: int
    page_number: int
    page_name: str
    section: str
    seq: int
    content_hash: str
    batch_id: int | None
    created_at: str
    updated_at: str
    scan: dict | None = None  # for an article read by OCR: its region, lines and uncertain lines (article_scan)
    kind: str = "paper"  # the publication's: paper, or wire (an agency's item, on no page)

    def reading_order(self) -> list[tuple[str, str]]:
        """(kind, text) as a reader meets the article, for the reader pane and the PDF alike: the
        display head from the metadata (column label, kicker, headline, subhead, and the byline
        when the body does not print one), the source line, an agency's note to editors and
        abstract, then the body blocks in order, and its tagline."""
        a = self.article
        pieces = [(COLUMN, a.column), (KICKER, a.kicker), (HEADLINE, a.headline), (SUBHEAD, a.subhead)]
        if a.byline and not any(b.kind == BYLINE for b in a.blocks):
            pieces.append((HEAD_BYLINE, a.byline))
        pieces.append((SOURCE_LINE, self.source_line()))
        pieces += [(EDITORS_NOTE, a.note), (ABSTRACT, a.abstract)]
        pieces += [(b.kind, b.text) for b in a.blocks if b.kind not in HEAD_KINDS]
        pieces.append((TAGLINE, a.tagline))
        return [(k, t) for k, t in pieces if t]

    def source_line(self) -> str:
        """「泉州晚报 2024年9月11日 第5版 民企会客厅」"""
        d = self.date
        parts = [self.publication, f"{d.year}年{d.month}月{d.day}日"]
        if self.edition:
            parts.append(self.edition)
        parts.append(page_label(self.section, self.page_number))
        if self.page_name:
            parts.append(self.page_name)
        return " ".join(parts)


def writable(path: Path) -> bool:
    """Can this user change the archive file (and make SQLite's journal files beside it)?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


class Archive:
    """An open archive file. Use as a context manager, or call close()."""

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True, read_only: bool | None = None):
        """read_only: None decides from the file system (a file or folder this user cannot write,
        read-only media); a read-only archive can be read and searched while its index is up to
        date, and every write is refused with a clear message."""
        self.path = Path(path)
        if not self.path.exists() and not create:
            raise ArchiveUnavailable(f"no archive at {self.path}")
        if self.path.exists() and self.path.is_dir():
            raise ArchiveUnavailable(f"{self.path} is a folder, not an archive file")
        if read_only is None:
            read_only = self.path.exists() and not writable(self.path)
        self.read_only = read_only
        self.full_disk = False  # opened read-only because the disk is full: reading needs no space
        if read_only:
            self._open_read_only()
            return
        if not self.path.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # One thread at a time uses a connection, but not always the thread that opened it: the
            # desktop app hands its worker's connection between pool threads, one task at a time.
            conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000,
                                   check_same_thread=False)
            self.db = Database(conn)
            self._configure()
            version = self.schema_version
            if version > SCHEMA_VERSION:
                raise ArchiveUnavailable(f"{self.path} was made by a newer Baoku (schema {version}); "
                                         "update Baoku to open it")
            if 0 < version < SCHEMA_VERSION:  # an older archive: keep it as it was, then migrate
                stamp = time.strftime("%Y%m%d-%H%M%S")
                self.copy_to(self.path.with_name(f"{self.path.stem}.before-schema-{SCHEMA_VERSION}-"
                                                 f"{stamp}{self.path.suffix}"))
            if version < SCHEMA_VERSION:
                # A migration may rebuild a table (SQLite cannot alter a constraint); with foreign
                # keys on, dropping the old table would cascade into its children.
                self.db.execute("PRAGMA foreign_keys = OFF")
                try:
                    migrations.apply(self.db)
                    broken = self.db.execute("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise ArchiveUnavailable(f"{self.path}: migrating left {plural(len(broken), 'broken reference')}; "
                                                 "the archive as it was is kept beside it")
                finally:
                    self.db.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as e:
            if self.path.exists() and disk_full(e, self.path.parent):
                # SQLite could not make its journal files beside the archive: read it as it is
                # (every write is refused with the reason), so search, check and show still work.
                try:
                    self.db.close()
                except (AttributeError, sqlite3.Error):
                    pass
                self.read_only = self.full_disk = True
                self._open_read_only()
                return
            raise ArchiveUnavailable(f"{self.path} cannot be opened as a Baoku archive: {e}") from None

    @classmethod
    def reader(cls, path: str | os.PathLike[str]) -> Archive:
        """A connection that only reads, beside a writer: the window's main thread reads rows for
        display while its worker imports. It never migrates (the writer did, before), and it
        reads the live file, so it sees every commit; on read-only media, the file as it is."""
        self = cls.__new__(cls)
        self.path = Path(path)
        self.read_only = True
        if not self.path.is_file():
            raise ArchiveUnavailable(f"no archive at {self.path}")
        self._open_read_only(live=writable(self.path))
        return self

    def _open_read_only(self, live: bool = False) -> None:
        """Open without writing anything, not even SQLite's -wal and -shm files beside it (made by
        this user, they could stand in the owner's way later). With no write-ahead log waiting
        to be read, immutable=1 reads the main file as it is; with one, mode=ro reads it too (it
        needs the shared-memory file, which an owner's open already made)."""
        last: Exception | None = None
        wal = Path(str(self.path) + "-wal")
        pending = wal.exists() and wal.stat().st_size > 0
        order = ("mode=ro", "mode=ro&immutable=1") if pending else ("mode=ro&immutable=1", "mode=ro")
        if live:  # another connection writes: immutable=1 would read a file that changes under it
            order = ("mode=ro",)
        for flags in order:
            try:
                conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?{flags}", uri=True,
                                       timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
                version = conn.execute("PRAGMA user_version").fetchone()[0]
            except sqlite3.DatabaseError as e:
                last = e
                continue
            if version != SCHEMA_VERSION:
                conn.close()
                raise ArchiveUnavailable(
                    f"{self.path} is read-only and its schema ({version}) is not this Baoku's "
                    f"({SCHEMA_VERSION}); open a writable copy once to upgrade it")
            self.db = Database(conn)
            self.db.execute("PRAGMA foreign_keys = ON")
            if live:  # the window's reader: no statement on it may write (a backup's VACUUM INTO may)
                self.db.execute("PRAGMA query_only = ON")
            return
        raise ArchiveUnavailable(f"{self.path} cannot be opened, even read-only: {last}")

    def copy_to(self, dest: Path) -> Path:
        """A consistent copy, written beside `dest` and renamed into place: whole or not at all.
        A writable archive is copied through SQLite's online backup API (other connections may
        keep writing); a read-only one through VACUUM INTO, which reads one snapshot and needs
        no write access (the backup API looped forever on a read-only source)."""
        part = dest.with_name(dest.name + ".part")
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            part.unlink(missing_ok=True)
            if self.read_only:
                self.db.conn.execute("VACUUM INTO ?", [str(part)])
            else:
                target = sqlite3.connect(str(part))
                try:
                    self.db.conn.backup(target, pages=256)
                finally:
                    target.close()
            os.replace(part, dest)
        except (OSError, sqlite3.Error) as e:
            for leftover in (part, Path(str(part) + "-journal")):
                try:
                    leftover.unlink(missing_ok=True)
                except OSError:  # a read-only medium: there is nothing to remove either
                    pass
            raise ArchiveUnavailable(f"cannot write the copy {dest}: {getattr(e, 'strerror', None) or e}") from None
        return dest

    def _configure(self) -> None:
        db = self.db
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading the header is also the check that this is an SQLite file at all.
        mode = db.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")

    # -- lifecycle ------------------------------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One write transaction; nested calls are savepoints inside it. It starts with BEGIN
        IMMEDIATE: the write lock is taken first (waiting up to the busy timeout for another
        writer), so a read inside it never has to upgrade to a write after another process
        committed, which SQLite refuses at once with "database is locked"."""
        if self.read_only and getattr(self, "full_disk", False):
            raise DiskFull(f"the disk holding {self.path} is full, so it is open read-only: nothing can be "
                           "changed until there is free space again")
        if self.read_only:
            raise ArchiveUnavailable(f"{self.path} is open read-only (a read-only file or medium); "
                                     "nothing can be changed. Copy it somewhere writable to edit it")
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        try:
            _begin_immediate(conn)
        except sqlite3.OperationalError as e:
            if "locked" in str(e) or "busy" in str(e):
                raise ArchiveUnavailable(
                    f"{self.path} is busy: another program has been writing to it for over "
                    f"{BUSY_TIMEOUT_MS // 1000} s; try again when it is done") from None
            raise ArchiveUnavailable(f"cannot write to {self.path}: {e}") from None
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    # -- writing ---------------------------------------------------------------------------------

    def save_issue(self, parsed: ParsedIssue, *, replace: bool = False, duplicates: bool = False) -> SaveResult:
        """Store one issue in one transaction, page by page (see store.ingest): pages already
        stored with the same articles are skipped; a page stored with different content is
        refused unless replace=True, and a new page whose text is already stored elsewhere
        (another date, paper or page) is refused as a mistaken re-import unless
        duplicates=True. A refused page is only that page: the issue's others are stored.
        Articles printed elsewhere too (reprints) are stored, and the result says where."""
        info = parsed.info
        for where, _ in unchecked_strings(parsed):  # the last line of defence: never a half-stored batch
            raise ImportRejected(checked_text(_, f"{parsed.source or info.label()}: {where}"))
        with self.transaction():
            plan = plan_issue(self, parsed, replace=replace, duplicates=duplicates)
            return apply_plan(self, plan, _now(), _user())

    def _insert_article(self, page_id: int, seq: int, a: Article, batch_id: int, now: str) -> int:
        # Plain INSERTs: sqlite-utils' insert looks the table up again on every call, which was
        # half of an import's time in SQLite for a page of text.
        conn = self.db.conn
        article_id = conn.execute(
            "INSERT INTO article (page_id, seq, kicker, headline, subhead, column_name, genre, source, byline, "
            "language, blocks, content_hash, batch_id, created_at, updated_at, continues, abstract, note, tagline) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [page_id, seq, a.kicker, a.headline, a.subhead, a.column, a.genre, a.source, a.byline, a.language,
             a.blocks_json(), a.content_hash(), batch_id, now, now, a.continues, a.abstract, a.note,
             a.tagline]).lastrowid
        conn.executemany("INSERT INTO contributor (article_id, seq, name, role, note) VALUES (?, ?, ?, ?, ?)",
                         [(article_id, i, c.name, c.role, c.note) for i, c in enumerate(a.contributors, 1)])
        conn.executemany(
            "INSERT INTO photo (article_id, seq, caption, credit, filename, mime, data, sha256) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, i, p.caption, p.credit, p.filename, p.mime, p.data, _sha256(p.data) if p.data else "")
             for i, p in enumerate(a.photos, 1)])
        return article_id

    def _insert_scan(self, page_id: int, scan, article_ids: list[int]) -> None:
        """The page's image (kept beside the archive, once) and its OCR lines."""
        from . import images

        sha = images.store(self.path, scan.data, scan.mime) if scan.data else ""  # ALTO without its image
        self.db["page_scan"].insert({"page_id": page_id, "sha256": sha, "mime": scan.mime, "frame": scan.frame,
                                     "width": scan.width, "height": scan.height, "text_layer": int(scan.text_layer)})
        self.insert_lines(page_id, scan.lines, lambda ln: article_ids[ln.article]
                          if 0 <= ln.article < len(article_ids) else None)

    def insert_lines(self, page_id: int, lines, article_of, after: int = 0) -> None:
        """Store a page's lines (ScanLine) after line `after` of it, each in the article
        `article_of(line)` gives (None: no article)."""
        self.db["scan_line"].insert_all(
            ({"page_id": page_id, "seq": after + i, "article_id": article_of(ln), "text": ln.text, "x0": ln.box[0],
              "y0": ln.box[1], "x1": ln.box[2], "y1": ln.box[3], "confidence": round(ln.confidence, 4),
              "chars": json.dumps([[c, list(b), round(p, 4)] for c, b, p in ln.chars], ensure_ascii=False)}
             for i, ln in enumerate(lines, 1)))

    def scan_lines(self, *, page_id: int | None = None, article_id: int | None = None) -> list[dict]:
        """The OCR lines of a page or an article, in reading order: text, box, confidence, chars."""
        col, value = ("page_id", page_id) if page_id is not None else ("article_id", article_id)
        rows = self.db.query(f"SELECT * FROM scan_line WHERE {col} = ? ORDER BY page_id, seq", [value])
        return [dict(r, box=(r["x0"], r["y0"], r["x1"], r["y1"]), chars=json.loads(r["chars"]),
                     uncertain=r["confidence"] < LOW_CONFIDENCE) for r in rows]

    def page_scan(self, page_id: int) -> dict | None:
        row = self.db.execute("SELECT sha256, mime, frame, width, height, text_layer FROM page_scan WHERE page_id = ?",
                              [page_id]).fetchone()
        return None if row is None else dict(zip(("sha256", "mime", "frame", "width", "height", "text_layer"), row))

    def article_scan(self, article_id: int) -> dict | None:
        """Where an article is on its page image: the region its lines cover, and how many of
        them the OCR read with low confidence. None when it is not from a scan."""
        row = self.db.execute(
            "SELECT l.page_id, MIN(x0), MIN(y0), MAX(x1), MAX(y1), COUNT(*), SUM(confidence < ?), "
            "MAX(s.text_layer) FROM scan_line l LEFT JOIN page_scan s ON s.page_id = l.page_id "
            "WHERE article_id = ?", [LOW_CONFIDENCE, article_id]).fetchone()
        if row is None or row[0] is None:
            return None
        return {"page_id": row[0], "region": tuple(row[1:5]), "lines": row[5], "uncertain": row[6] or 0,
                "text_layer": bool(row[7])}

    def _join_continuations(self, issue_id: int, new_ids: list[int]) -> dict[int, int]:
        """Join the two parts of every article of this issue continued on another page (下转第3版
        on one, 上接第1版 on the other) once both are stored, where this import brought one of
        them: the rest's blocks go after the first part's, and the rest's own row goes (its page
        keeps its source text). Returns {first part: the rest's former id}."""
        rows = self.db.execute(
            "SELECT a.id, a.continues, g.section, g.number, a.headline FROM article a JOIN page g ON g.id = a.page_id "
            "WHERE g.issue_id = ? AND (a.continues LIKE 'to:%' OR a.continues LIKE 'from:%') ORDER BY a.id",
            [issue_id]).fetchall()
        firsts = [r for r in rows if r[1].startswith("to:")]
        rests = [r for r in rows if r[1].startswith("from:")]
        new = set(new_ids)
        joined: dict[int, int] = {}
        for fid, cont, section, number, headline in firsts:
            here = page_label(section, number)
            fits = [r for r in rests if _is_page(cont[3:], r[2], r[3]) and _is_page(r[1][5:], section, number)]
            fits = [r for r in fits if fid in new or r[0] in new]
            if not fits:
                continue
            rest = next((r for r in fits if r[4] == headline), fits[0])
            rests.remove(rest)
            self._join(fid, rest[0], f"joined:{here}+{page_label(rest[2], rest[3])}")
            joined[fid] = rest[0]
        return joined

    def _join(self, first_id: int, rest_id: int, label: str) -> None:
        first, rest = self.article(first_id).article, self.article(rest_id).article
        heads = {(b.kind, b.text) for b in first.blocks if b.kind in HEAD_KINDS}
        first.blocks += [b for b in rest.blocks if (b.kind, b.text) not in heads]  # not the repeated headline
        first.continues = label
        self._absorb(first_id, rest_id, first, rest)

    def _absorb(self, first_id: int, rest_id: int, first: Article, rest: Article) -> None:
        """The rest's contributors, photos, OCR lines and corrections go to the first article,
        stored with its blocks as given (the rest's already in them); the rest's row goes."""
        db = self.db
        shift = len(first.blocks) - len(rest.blocks)  # where the rest's blocks begin (near enough for a join)
        known = {(c.name, c.role) for c in first.contributors}
        extra = [c for c in rest.contributors if (c.name, c.role) not in known]
        first.contributors += extra
        first.photos += rest.photos
        seq = len(first.contributors) - len(extra)
        db["contributor"].insert_all(({"article_id": first_id, "seq": seq + i, "name": c.name, "role": c.role,
                                       "note": c.note} for i, c in enumerate(extra, 1)))
        base = len(first.photos) - len(rest.photos)
        db.execute("UPDATE photo SET article_id = ?, seq = seq + ? WHERE article_id = ?", [first_id, base, rest_id])
        db.execute("UPDATE article SET blocks = ?, byline = ?, content_hash = ?, continues = ?, updated_at = ? "
                   "WHERE id = ?", [first.blocks_json(), first.byline, first.content_hash(), first.continues, _now(),
                                    first_id])
        db.execute("UPDATE scan_line SET article_id = ? WHERE article_id = ?", [first_id, rest_id])
        db.execute("UPDATE correction SET article_id = ?, block = block + ? WHERE article_id = ?",
                   [first_id, max(shift, 0), rest_id])
        db.execute("DELETE FROM article WHERE id = ?", [rest_id])

    def first_copies(self, hashes: set[str]) -> dict[str, tuple[int, str]]:
        """content hash -> (id, where printed) of the first stored article with that text."""
        return {h: (aid, where) for h, (aid, where, _) in first_copies(self.db, hashes).items()}

    def stored_source(self, source_hash: str) -> tuple[int, str, str, list[str]] | None:
        """A source imported before with these bytes whose pages are all still stored, as
        (batch id, when, the issue it stored, its log); None when there is none."""
        row = self.db.execute(
            """SELECT b.id, b.finished_at, p.name || ' ' || i.date, b.log FROM import_batch b
               JOIN page g ON g.batch_id = b.id JOIN issue i ON i.id = g.issue_id
               JOIN publication p ON p.id = i.publication_id
               WHERE b.source_hash = ? AND b.outcome IN ('imported', 'replaced') AND b.pages_added > 0
               GROUP BY b.id HAVING COUNT(DISTINCT g.id) = b.pages_added ORDER BY b.id DESC LIMIT 1""",
            [source_hash]).fetchone()
        return (row[0], row[1], row[2], json.loads(row[3])) if row else None

    def _page_batch(self, page_id: int) -> tuple[int, str] | None:
        row = self.db.execute(
            "SELECT b.id, b.finished_at FROM page g JOIN import_batch b ON b.id = g.batch_id "
            "WHERE g.id = ?", [page_id]).fetchone()
        return (row[0], row[1]) if row else None

    def _find_publication(self, name: str, identifier: str = "") -> int | None:
        """A title by its identifier (an LCCN) when it has one, else by its name."""
        row = self.db.execute("SELECT id FROM publication WHERE identifier = ?", [identifier]).fetchone() \
            if identifier else None
        row = row or self.db.execute("SELECT id FROM publication WHERE name = ?", [name]).fetchone()
        return row[0] if row else None

    def _fill_publication(self, pub_id: int, info: IssueInfo) -> None:
        if info.identifier and info.publication != info.identifier:  # a title stored under its LCCN gets its name
            self.db.execute("UPDATE publication SET name = ? WHERE id = ? AND name = identifier AND NOT EXISTS "
                            "(SELECT 1 FROM publication WHERE name = ?)", [info.publication, pub_id, info.publication])
        for col, value in (("place", info.place), ("frequency", info.frequency), ("identifier", info.identifier)):
            if value:
                self.db.execute(f"UPDATE publication SET {col} = ? WHERE id = ? AND {col} = ''",
                                [value, pub_id])

    def _find_issue(self, pub_id: int, info: IssueInfo) -> int | None:
        row = self.db.execute(
            "SELECT id FROM issue WHERE publication_id = ? AND date = ? AND edition = ?",
            [pub_id, info.date.isoformat(), info.edition]).fetchone()
        return row[0] if row else None

    def _find_page(self, issue_id: int, section: str, number: int) -> int | None:
        row = self.db.execute("SELECT id FROM page WHERE issue_id = ? AND section = ? AND number = ?",
                              [issue_id, section, number]).fetchone()
        return row[0] if row else None

    # Fields an editor may correct, and the block kind that prints each on the page.
    EDITABLE = {"kicker": KICKER, "headline": HEADLINE, "subhead": SUBHEAD, "column": COLUMN,
                "genre": None, "source": None, "language": None}

    def update_article(self, article_id: int, **changes: str) -> ArticleRecord:
        """Correct an article's metadata in one transaction. The printed block for a field changes
        with it, the content hash is recomputed, and the search index follows on its next sync."""
        unknown = set(changes) - set(self.EDITABLE)
        if unknown:
            raise ValidationError(f"cannot edit {', '.join(sorted(unknown))}; editable fields are "
                                  f"{', '.join(self.EDITABLE)}")
        with self.transaction() as db:
            rec = self.article(article_id)
            a = rec.article
            heads = (a.kicker, a.headline, a.subhead, a.column)
            for name, value in changes.items():
                value = (value or "").strip()
                if "\n" in value:
                    raise ValidationError(f"{name} must be one line")
                kind = self.EDITABLE[name]
                if kind is not None:
                    block = next((b for b in a.blocks if b.kind == kind), None)
                    if block is not None and value:
                        block.text = value
                    elif block is not None:
                        a.blocks.remove(block)
                    elif value:
                        order = [KICKER, HEADLINE, SUBHEAD]
                        at = sum(1 for b in a.blocks if b.kind in order[: order.index(kind) + 1]) \
                            if kind in order else 0
                        a.blocks.insert(at, Block(kind, value))
                setattr(a, name, value)
            if not (a.headline or any(b.kind == PARAGRAPH for b in a.blocks)):
                raise ValidationError("an article needs a headline or body text")
            if heads != (a.kicker, a.headline, a.subhead, a.column):  # retitled: a labelled example
                from .labels import record_fix

                record_fix(self, rec.page_id)
            db.execute(
                """UPDATE article SET kicker = ?, headline = ?, subhead = ?, column_name = ?, genre = ?,
                   source = ?, language = ?, blocks = ?, content_hash = ?, updated_at = ? WHERE id = ?""",
                [a.kicker, a.headline, a.subhead, a.column, a.genre, a.source, a.language,
                 a.blocks_json(), a.content_hash(), _now(), article_id])
        return self.article(article_id)

    def store_text(self, article_id: int, a: Article) -> None:
        """Write an article's heads and blocks as given (a correction, a clip, a split); the
        content hash changes with them, so search re-reads the article."""
        self.db.execute("UPDATE article SET kicker = ?, headline = ?, subhead = ?, blocks = ?, content_hash = ?, "
                        "updated_at = ? WHERE id = ?",
                        [a.kicker, a.headline, a.subhead, a.blocks_json(), a.content_hash(), _now(), article_id])

    FILING = ("date", "page", "page_name")

    def refile_article(self, article_id: int, *, date: object = None, page: object = None,
                       page_name: str | None = None) -> ArticleRecord:
        """Move an article to the issue and page where it was really printed (a wrong date or page
        number at import), in one transaction. The issue and page are found or created. The page
        it leaves keeps its source text even when empty: nothing is lost. Search re-indexes the
        article, since its date and page are searchable."""
        with self.transaction() as db:
            rec = self.article(article_id)
            new_date = parse_date(date, "date") if date not in (None, "") else rec.date
            section, number = rec.section, rec.page_number
            if page not in (None, ""):
                letter, number = parse_page(page)  # 5, A05: a letter names the section
                if letter:
                    section = letter
                if not 1 <= number <= 999:
                    raise ValidationError(f"page {number} is out of range (1–999)")
            pub_id = self._find_publication(rec.publication)
            info = IssueInfo(rec.publication, new_date, edition=rec.edition)
            issue_id = self._find_issue(pub_id, info) or db["issue"].insert({
                "publication_id": pub_id, "date": new_date.isoformat(), "number": "",
                "edition": rec.edition}).last_pk
            page_id = self._find_page(issue_id, section, number)
            if page_id is None:
                name = page_name if page_name is not None else rec.page_name
                page_id = db["page"].insert({"issue_id": issue_id, "number": number, "name": name,
                                             "section": section}).last_pk
            elif page_name is not None:
                db.execute("UPDATE page SET name = ? WHERE id = ?", [page_name.strip(), page_id])
            if page_id != rec.page_id:
                seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM article WHERE page_id = ?",
                                 [page_id]).fetchone()[0]
                db.execute("UPDATE article SET page_id = ?, seq = ?, updated_at = ? WHERE id = ?",
                           [page_id, seq, _now(), article_id])
            db.execute("INSERT OR IGNORE INTO search_dirty VALUES (?)", [article_id])
        return self.article(article_id)

    def delete_article(self, article_id: int) -> None:
        """Remove one article (its contributors and photos go with it); search follows on sync."""
        with self.transaction() as db:
            if db.execute("DELETE FROM article WHERE id = ?", [article_id]).rowcount == 0:
                raise NotFound(f"no article with id {article_id}")

    # -- reading ---------------------------------------------------------------------------------

    def publications(self) -> list[dict]:
        return list(self.db.query(
            """SELECT p.id, p.name, p.place, p.frequency, p.language, p.kind, p.identifier,
                      COUNT(DISTINCT i.id) AS issues, MIN(i.date) AS first, MAX(i.date) AS last
               FROM publication p LEFT JOIN issue i ON i.publication_id = p.id
               GROUP BY p.id ORDER BY p.name"""))

    def issues(self, publication: str | None = None) -> list[dict]:
        where, params = "", []
        if publication:
            where, params = "WHERE p.name = ?", [publication]
        return list(self.db.query(
            f"""SELECT i.id, p.name AS publication, p.kind, i.date, i.number, i.edition, i.volume,
                      (SELECT COUNT(*) FROM page g WHERE g.issue_id = i.id) AS pages,
                      (SELECT COUNT(*) FROM article a JOIN page g ON a.page_id = g.id
                        WHERE g.issue_id = i.id) AS articles
               FROM issue i JOIN publication p ON p.id = i.publication_id {where}
               ORDER BY p.name, i.date, i.edition""", params))

    def article_rows(self, *, issue_id: int | None = None, publication: str | None = None,
                     date: str | None = None, limit: int | None = None) -> list[dict]:
        """Article summaries in print order: publication, date, page, position on the page."""
        clauses, params = [], []
        if issue_id is not None:
            clauses.append("i.id = ?")
            params.append(issue_id)
        if publication:
            clauses.append("p.name = ?")
            params.append(publication)
        if date:
            clauses.append("i.date LIKE ?")
            params.append(date + "%")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        lim = f"LIMIT {int(limit)}" if limit else ""
        return list(self.db.query(
            f"{self.SUMMARY_SQL} {where} ORDER BY p.name, i.date, i.edition, g.section, g.number, a.seq {lim}",
            params))

    SUMMARY_SQL = """SELECT a.id, p.name AS publication, i.date, i.edition, g.number AS page, g.section,
                       g.name AS page_name, a.seq, a.kicker, a.headline, a.column_name, a.genre,
                       a.source, a.byline, length(a.blocks) AS size
                FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id
                JOIN publication p ON p.id = i.publication_id"""
    SORT_KEYS = {"date": "i.date", "publication": "p.name", "page": "g.section, g.number", "column": "a.column_name",
                 "headline": "a.headline", "byline": "a.byline", "source": "a.source", "id": "a.id"}

    def summaries(self, ids: list[int]) -> dict[int, dict]:
        """Article summaries (as article_rows gives them) for these ids; missing ids are left out."""
        out: dict[int, dict] = {}
        for start in range(0, len(ids), 500):
            chunk = [int(i) for i in ids[start:start + 500]]
            marks = ",".join("?" * len(chunk))
            for r in self.db.query(f"{self.SUMMARY_SQL} WHERE a.id IN ({marks})", chunk):
                out[r["id"]] = r
        return out

    def sorted_ids(self, key: str = "date", descending: bool = False, *, issue_id: int | None = None,
                   page_id: int | None = None, publication: str | None = None,
                   date_prefix: str | None = None) -> list[int]:
        """Article ids ordered by one column (then print order), optionally within a publication,
        a date or month, an issue or a page."""
        clauses, params = [], []
        for clause, value in (("i.id = ?", issue_id), ("g.id = ?", page_id), ("p.name = ?", publication),
                              ("i.date LIKE ?", date_prefix + "%" if date_prefix else None)):
            if value is not None:
                clauses.append(clause)
                params.append(value)
        return self._ordered(key, descending, clauses, params)

    def order_ids(self, ids: list[int], key: str, descending: bool = False) -> list[int]:
        """These ids (a search result, say) ordered by one column, then print order; ids of
        articles no longer in the archive are left out. One query, however many ids."""
        return self._ordered(key, descending, ["a.id IN (SELECT value FROM json_each(?))"],
                             [json.dumps([int(i) for i in ids])])

    def _ordered(self, key: str, descending: bool, clauses: list[str], params: list) -> list[int]:
        if key not in self.SORT_KEYS:
            raise ValueError(f"unknown sort key {key!r}")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        direction = "DESC" if descending else "ASC"
        sql = (f"SELECT a.id FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id "
               f"JOIN publication p ON p.id = i.publication_id {where} "
               f"ORDER BY {', '.join(f'{c} {direction}' for c in self.SORT_KEYS[key].split(', '))}, "
               "i.date, p.name, g.section, g.number, a.seq, a.id")
        return [r[0] for r in self.db.execute(sql, params)]

    def pages(self, issue_id: int | None = None) -> list[dict]:
        """Pages (版) with their issue, publication and article count, in print order."""
        where, params = ("WHERE g.issue_id = ?", [issue_id]) if issue_id is not None else ("", [])
        return list(self.db.query(
            f"""SELECT g.id, g.issue_id, g.number, g.name, g.section,
                       (SELECT COUNT(*) FROM article a WHERE a.page_id = g.id) AS articles
                FROM page g {where} ORDER BY g.issue_id, g.section, g.number""", params))

    def article(self, article_id: int) -> ArticleRecord:
        cur = self.db.execute(
            """SELECT a.*, p.name AS publication, p.kind AS kind, i.date, i.edition, i.id AS issue_id,
                      g.number AS page_number, g.name AS page_name, g.section
               FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id
               JOIN publication p ON p.id = i.publication_id WHERE a.id = ?""", [article_id])
        row = cur.fetchone()
        if row is None:
            raise NotFound(f"no article with id {article_id}")
        cols = [d[0] for d in cur.description]
        r = dict(zip(cols, row))
        contributors = [Contributor(c["name"], c["role"], c["note"]) for c in self.db.query(
            "SELECT name, role, note FROM contributor WHERE article_id = ? ORDER BY seq",
            [article_id])]
        photos = [Photo(p["caption"], p["credit"], p["filename"], p["mime"], p["data"])
                  for p in self.db.query(
                      "SELECT caption, credit, filename, mime, data FROM photo "
                      "WHERE article_id = ? ORDER BY seq", [article_id])]
        article = Article(
            blocks=Article.blocks_from_json(r["blocks"]), headline=r["headline"],
            kicker=r["kicker"], subhead=r["subhead"], column=r["column_name"], genre=r["genre"],
            source=r["source"], language=r["language"], contributors=contributors, photos=photos,
            continues=r.get("continues", ""), abstract=r["abstract"], note=r["note"], tagline=r["tagline"])
        return ArticleRecord(
            id=r["id"], article=article, publication=r["publication"],
            date=dt.date.fromisoformat(r["date"]), edition=r["edition"], issue_id=r["issue_id"],
            page_id=r["page_id"], page_number=r["page_number"], page_name=r["page_name"],
            section=r["section"], seq=r["seq"], content_hash=r["content_hash"],
            batch_id=r["batch_id"], created_at=r["created_at"], updated_at=r["updated_at"],
            scan=self.article_scan(article_id), kind=r["kind"])

    def article_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM article ORDER BY id")]

    def batches(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM import_batch ORDER BY id"))

    def stats(self) -> dict:
        def count(table: str) -> int:
            return self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

        first, last = self.db.execute("SELECT MIN(date), MAX(date) FROM issue").fetchone()
        chars = self.db.execute("SELECT COALESCE(SUM(length(blocks)), 0) FROM article").fetchone()[0]
        return {
            "archive": str(self.path),
            "schema_version": self.schema_version,
            "publications": count("publication"),
            "issues": count("issue"),
            "pages": count("page"),
            "articles": count("article"),
            "photos": count("photo"),
            "import_batches": count("import_batch"),
            "first_issue": first,
            "last_issue": last,
            "text_chars": chars,
            "file_bytes": self.path.stat().st_size if self.path.exists() else 0,
        }


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return ""


def _is_page(label: str, section: str, number: int) -> bool:
    """Whether a page named in the text (第3版, A03版) is this one; 第3版 in a paper of sections is
    page 3 of any section."""
    return label in (page_label(section, number), page_label("", number))


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()

