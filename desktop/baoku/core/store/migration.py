"""Moving an archive between a file and a server (`baoku migrate SRC DEST`): every row of every
table both kinds hold, copied with its ids, checked equal on both sides at the end.

- What is copied (COPIED, parents before children): the records (papers, issues, pages, articles
  with their contributors and photos, imports, page fixes), corrections with their undo marks,
  collections, notes, the trash and saved searches.
- What is derived is not copied but made again at the destination: the embedded search index and
  its ledger (search_state, search_dirty, search_previous: an archive file indexes the copied
  articles on its next search or reindex), the server's search rows (made at the end of a migrate
  to a server, app.actions.migrating).
- Scanned pages: their rows (page_scan, layout blocks, OCR lines, layout corrections, facsimiles) are copied
  as the others, and their image files go from the file's images folder to the server's image
  store (store.server.imagestore) or back, checked against their SHA-256, before the rows.
  A migrate with page images and no image store reachable at the server's end, or with a
  missing or damaged image, is refused before anything is written.
- What only an archive file holds (ONLY_IN_FILE, empty since facsimiles joined the server) a server
  cannot keep: an archive holding any of it is refused before anything is written, naming what
  would be lost.
- What belongs to one archive's own life is left with it and said (LEFT): the window's undo
  history of an archive file (its steps are SQLite statements against that file), the server's
  audit log (who changed what on that server).

Resumable: each chunk of rows is written in one transaction with the record of how far the migrate
has come (a table in the destination, removed at the end), so a migrate interrupted at any point
and run again continues after its last committed chunk. A destination that holds anything else is
refused: it must be empty, or an unfinished migrate from the same source."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..address import ServerAddress
from ..coded import Coded
from ..errors import ValidationError
from .migrationsides import FileSide, ServerSide

# Every table both kinds hold, in an order that puts each row's references before it, with its key.
COPIED: list[tuple[str, tuple[str, ...]]] = [
    ("publication", ("id",)), ("import_batch", ("id",)), ("issue", ("id",)), ("page", ("id",)),
    ("article", ("id",)), ("contributor", ("id",)), ("photo", ("id",)), ("page_fix", ("page_id",)),
    ("page_scan", ("page_id",)), ("layout_block", ("id",)), ("scan_line", ("id",)), ("layout_edit", ("id",)),
    ("facsimile", ("article_id",)), ("correction", ("id",)), ("collection", ("id",)), ("collection_item", ("collection_id", "article_id")),
    ("note", ("article_id",)), ("trash", ("id",)), ("saved_search", ("id",)),
]
# What only an archive file holds: a server cannot keep it yet (none now: facsimiles since server
# migration 15).
ONLY_IN_FILE: tuple[str, ...] = ()
# What stays with its archive, and is said (by the table counted).
LEFT = {"file": ("history_step",), "server": ("audit", "history_step", "archive_setting")}
# Derived or bookkeeping: made again (or kept) by the destination itself.
DERIVED = {"file": {"search_state", "search_dirty", "search_previous", "history_change", "sqlite_sequence",
                     "_sqlite_migrations"},
           "server": {"article_search", "search_word", "search_pending", "search_count", "search_reprint", "baoku_schema"}}

CHUNK = 2000  # rows a transaction


@dataclass(frozen=True)
class Migrated:
    source: str
    dest: str
    tables: tuple[tuple[str, int, int], ...]  # (table, rows copied by this run, rows in all)
    resumed: bool  # an interrupted migrate was finished
    left: tuple[tuple[str, int], ...]  # (a table that stayed with the source, its rows)
    # Why a server destination's search rows were not made after the copy ("" when they were):
    # the copy is whole and checked all the same; they are made on the next search or import.
    unindexed: str = ""

    @property
    def copied(self) -> int:
        return sum(n for _, n, _ in self.tables)


Progress = Callable[[str, int, int], None]  # (table, rows done, rows in all)


def migrate(source: Path | ServerAddress, dest: Path | ServerAddress, *, progress: Progress | None = None,
            chunk: int = CHUNK) -> Migrated:
    """Copy the archive at `source` to `dest` (one a file, the other a server archive), or finish
    an interrupted copy; what was done. Refused in one line, nothing written, when the two are of
    one kind, the source holds what the destination cannot keep, or the destination holds
    anything but an unfinished migrate from this source."""
    to_server = isinstance(dest, ServerAddress)
    if to_server == isinstance(source, ServerAddress):
        raise ValidationError(Coded("migrate_same_kind", source=_shown(source), dest=_shown(dest),
                                    kind="server archive" if to_server else "archive file"))
    src = _open(source, create=False)
    try:
        if to_server:
            losing = [[table, n] for table, n in ((t, src.count(t)) for t in ONLY_IN_FILE) if n]
            if losing:
                raise ValidationError(Coded("migrate_would_lose", source=src.shown, dest=_shown(dest), lost=losing))
        pictures = _page_images(src)
        kept = _image_store(src, pictures, source=True)
        dst = _open(dest, create=True)
        try:
            to = _image_store(dst, pictures, source=False)
            return _copy(src, dst, progress, max(1, int(chunk)), lambda: _copy_images(pictures, kept, to))
        finally:
            dst.archive.close()
    finally:
        src.archive.close()


def _copy(src, dst, progress: Progress | None, chunk: int, before_rows=lambda: None) -> Migrated:
    _same_columns(src, dst)
    record = dst.progress()
    state = _state(src)
    if record is None:
        held = {t: dst.count(t) for t, _ in COPIED}
        if any(held.values()):
            raise ValidationError(Coded("migrate_not_empty", dest=dst.shown, n=held["article"],
                                        rows=sum(held.values())))
        dst.begin(src.identity, state)
        record = {}
    elif dst.source_of_progress() != src.identity:
        raise ValidationError(Coded("migrate_other_source", dest=dst.shown, source=src.shown,
                                    other=dst.source_of_progress() or "?"))
    elif dst.state_of_progress() not in (None, state):
        # Rows added to (or deleted from) the source since the migrate began: the tables it had
        # finished lack them, and the next table's rows named them (a foreign key the server
        # refused, every time the migrate was run again).
        raise ValidationError(Coded("migrate_source_changed_since", source=src.shown, dest=dst.shown))
    resumed = any(done for _, done, _ in record.values())
    before_rows()
    done_by_table = []
    for table, key in COPIED:
        columns = src.columns(table)
        at = [columns.index(k) for k in key]
        total = src.count(table)
        last, done, complete = record.get(table, (None, 0, False))
        copied = 0
        if progress:
            progress(table, done, max(total, done))
        while not complete:
            rows = src.chunk(table, columns, key, last, chunk)
            if rows:
                last = [rows[-1][i] for i in at]
            complete = len(rows) < chunk
            done += len(rows)
            copied += len(rows)
            dst.write(table, columns, rows, last or [], done, complete)
            if progress:
                progress(table, done, max(total, done))
        done_by_table.append((table, copied, done))
    for table, key in COPIED:
        if _digest(src, table, key) != _digest(dst, table, key):
            raise ValidationError(Coded("migrate_source_changed", table=table, source=src.shown, dest=dst.shown))
    dst.finish(COPIED)
    left = tuple((table, n) for table in LEFT[src.kind] if src.readable(table) and (n := src.count(table)))
    return Migrated(src.shown, dst.shown, tuple(done_by_table), resumed, left)


def _state(side) -> str:
    """The source's rows as a migrate finds them when it begins: each copied table's row count and
    last key (rows added or deleted since change it; an edit is caught by the digests at the end)."""
    import json

    return json.dumps({table: [side.count(table), side.last_key(table, key)] for table, key in COPIED})


def _page_images(src) -> list[tuple[str, str]]:
    """(sha256, mime) of every page image the source records."""
    if not src.has_table("page_scan"):
        return []
    rows = src.chunk("page_scan", ["sha256", "mime"], ("page_id",), None, 1 << 62)
    return sorted({(sha, mime) for sha, mime in rows if sha})


def _image_store(side, pictures: list[tuple[str, str]], source: bool) -> Path | None:
    """One end's image store (None when there are no page images); at the source, every image
    there and whole. Else refused in one line, nothing written."""
    from . import images
    from ..errors import NotFound

    if not pictures:
        return None
    try:
        root = side.archive.image_folder
    except NotFound as e:
        raise ValidationError(f"{len(pictures)} page image(s) to migrate, but {e}; nothing was copied") from None
    wrong = [w for sha, mime in pictures if (w := images.problem(root, sha, mime))] if source else []
    if wrong:
        raise ValidationError(f"{wrong[0]}" + (f" (and {len(wrong) - 1} more)" if len(wrong) > 1 else "")
                              + f"; restore it in {side.shown}'s image store first; nothing was copied")
    return root


def _copy_images(pictures: list[tuple[str, str]], source: Path | None, dest: Path | None) -> None:
    """Each page image into the destination's store (one already there and whole is kept)."""
    from . import images

    for sha, mime in pictures:
        if images.problem(dest, sha, mime) is not None:
            if images.store(dest, images.read(source, sha, mime), mime) != sha:
                raise ValidationError(f"page image {sha} changed while it was copied; nothing of it is recorded")


def _same_columns(src, dst) -> None:
    """Both archives' copied tables have the same columns (a schema one side grew and the other not
    would otherwise lose a column without a word)."""
    for table, _ in COPIED:
        a, b = set(src.columns(table)), set(dst.columns(table))
        if a != b:
            raise ValidationError(f"{table} has other columns in {src.shown} ({', '.join(sorted(a - b)) or '-'}) "
                                  f"than in {dst.shown} ({', '.join(sorted(b - a)) or '-'}): this Baoku cannot "
                                  "migrate between them; nothing was copied")


def _digest(side, table: str, key: tuple[str, ...]) -> tuple[int, str]:
    """How many rows, and a hash of all of them in key order, their columns by name."""
    columns = sorted(side.columns(table))
    at = [columns.index(k) for k in key]
    h, n, last = hashlib.sha256(), 0, None
    while True:
        rows = side.chunk(table, columns, key, last, 5000)
        for row in rows:
            h.update(repr(row).encode())
        n += len(rows)
        if len(rows) < 5000:
            return n, h.hexdigest()
        last = [rows[-1][i] for i in at]


def table_rows(address: Path | ServerAddress, table: str) -> list[tuple]:
    """Every row of one copied table, in key order, its columns by name (for comparing archives)."""
    key = dict(COPIED)[table]
    side = _open(address, create=False)
    try:
        columns = sorted(side.columns(table))
        return side.chunk(table, columns, key, None, 1 << 62)
    finally:
        side.archive.close()


def _open(address: Path | ServerAddress, *, create: bool):
    if isinstance(address, ServerAddress):
        from .server import ServerArchive

        return ServerSide(ServerArchive(address, create=create))
    from .archive import Archive

    return FileSide(Archive(address, create=create))


def _shown(address: Path | ServerAddress | os.PathLike) -> str:
    return address.shown() if isinstance(address, ServerAddress) else str(address)
