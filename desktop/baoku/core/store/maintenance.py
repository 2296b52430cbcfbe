"""Keeping an archive trustworthy: online backup and the checks behind `baoku check`."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..coded import Coded
from ..errors import ArchiveUnavailable, ValidationError
from ..files import discard, file_to_replace, not_written, writable_name
from . import images
from .archive import Archive, a_file
from .newerwork import newer_tables
from .snapshot import read_only_uri
from ..plural import plural, verb


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)  # something is wrong: exit non-zero
    notes: list[str] = field(default_factory=list)  # worth knowing, not wrong
    damaged: bool = False  # the archive file itself (SQLite's integrity check): nothing else is checked

    @property
    def ok(self) -> bool:
        return not self.problems


class ImagesCopied(NamedTuple):
    copied: int
    missing: int  # recorded by the archive but not in its image store: not in the copy either


@dataclass(frozen=True)
class Backup:
    """A backup written (or an archive restored), and how many of the page images its archive
    records were not there to copy (its image store moved or deleted), looked for in
    `image_folder`: a backup said to be made while it lacked them was taken for a whole one."""
    path: Path
    images_missing: int = 0
    image_folder: Path | None = None


def backup(archive: Archive, dest: str | os.PathLike[str], *, force: bool = False) -> Path:
    """backup_made's path: the copy written."""
    return backup_made(archive, dest, force=force).path


def backup_made(archive: Archive, dest: str | os.PathLike[str], *, force: bool = False) -> Backup:
    """A consistent copy of the archive through SQLite's online backup API, taken while other
    connections (the app, an import) keep reading and writing. Written beside `dest` and renamed
    into place, so a failed backup never leaves half a file. An existing file is only replaced
    with `force`."""
    dest = a_file(writable_name(dest))
    if dest.is_dir():
        raise ValidationError(f"{dest} is a folder; give a file name such as {dest / 'archive-backup.db'}")
    dest = file_to_replace(dest)
    if dest.exists() and dest.resolve() == archive.path.resolve():
        raise ValidationError("a backup cannot overwrite the archive itself")
    if dest.exists() and not force:
        raise ValidationError(Coded("backup_exists", path=str(dest)))
    first = archive._sql("SELECT sha256, mime FROM page_scan WHERE sha256 <> '' LIMIT 1").fetchone() \
        if archive._has_table("page_scan") else None
    store = images.folder(dest)
    if first and store.exists() and not store.is_dir():  # its page images could not be copied: write nothing
        raise not_written(images.path_of(store, *first), OSError(errno.ENOTDIR, os.strerror(errno.ENOTDIR)), copy=True)
    problem = damage(archive)  # a copy of a damaged file would not restore the archive: none is written
    if problem:
        raise ArchiveUnavailable(Coded("damaged_no_backup", path=str(archive.path), reason=problem))
    archive.copy_to(dest)
    return Backup(dest, copy_images(archive.path, dest).missing, archive.image_folder)


def damage(archive: Archive) -> str | None:
    """What SQLite's quick check finds wrong with the archive file (its pages and b-trees, read
    once; what check_store's integrity check finds but the indexes' contents), or None."""
    try:
        rows = [r[0] for r in archive.conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as e:  # too damaged for SQLite to check it at all
        return str(e)
    if rows == ["ok"]:
        return None
    said = findings(rows)
    return "; ".join(said[:3]) + (f" … and {len(said) - 3} more" if len(said) > 3 else "")


def findings(rows: list[str]) -> list[str]:
    """SQLite's integrity or quick check, one finding a line: a row may hold many lines of its
    own (`*** in database main ***` above the pages it found wrong), and a message naming one
    went out as many lines."""
    return [line.strip() for row in rows for line in str(row).splitlines()
            if line.strip() and not line.strip().startswith("***")]


def copy_images(source: Path, dest: Path) -> ImagesCopied:
    """The page images the archive at `dest` records, copied from beside `source` (each file is
    written once and never changed, so a copy taken after the database's is never short of one
    the copy records): how many were copied, and how many were in neither place."""
    from . import images

    # immutable: the copy was just written and nobody else has it open, so SQLite reads it as it
    # is and leaves no -wal or -shm file beside it.
    con = sqlite3.connect(f"file:{Path(dest).resolve().as_posix()}?mode=ro&immutable=1", uri=True)
    try:
        rows = con.execute("SELECT DISTINCT sha256, mime FROM page_scan WHERE sha256 != ''").fetchall()
    except sqlite3.OperationalError:  # an archive from before scans
        rows = []
    finally:
        con.close()
    n = missing = 0
    for sha, mime in rows:
        src, out = images.path_of(images.folder(source), sha, mime), images.path_of(images.folder(dest), sha, mime)
        if out.is_file():
            continue
        if not src.is_file():
            missing += 1
            continue
        tmp = out.with_name(out.name + ".part")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, tmp)
            os.replace(tmp, out)
        except OSError as e:  # a file where the copy's image folder belongs, a full disk: said, not a traceback
            discard(tmp)
            raise not_written(out, e, copy=True) from None
        n += 1
    return ImagesCopied(n, missing)


def check_store(archive: Archive) -> CheckReport:
    """SQLite's own checks, and what the schema cannot express."""
    report = CheckReport()
    db = archive.db
    try:
        rows = [r[0] for r in db.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as e:  # too damaged for SQLite to check it at all
        report.problems.append(f"the archive file is damaged ({e}): restore it from a backup")
        report.damaged = True
        return report
    if rows != ["ok"]:
        said = findings(rows)
        report.problems += [f"integrity: {line}" for line in said[:INTEGRITY_LISTED]]
        if len(said) > INTEGRITY_LISTED:
            report.problems.append(f"integrity: … and {plural(len(said) - INTEGRITY_LISTED, 'more finding')}")
        report.damaged = True
        return report  # its tables cannot be trusted to answer the checks below
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check"):
        report.problems.append(f"{table} row {rowid} points to a missing {parent}")
    empty = db.execute("SELECT COUNT(*) FROM page g WHERE NOT EXISTS "
                       "(SELECT 1 FROM article a WHERE a.page_id = g.id)").fetchone()[0]
    if empty:
        report.notes.append(f"{plural(empty, 'page')} {verb(empty, 'holds')} no articles")
    groups = db.execute(
        "SELECT GROUP_CONCAT(id) FROM (SELECT id, content_hash FROM article ORDER BY id) "
        "GROUP BY content_hash HAVING COUNT(*) > 1 ORDER BY MIN(id)").fetchall()
    _check_images(archive, report)
    if groups:  # reprints: the same text printed more than once, each copy stored with its page
        copies = sum(len(g[0].split(",")) - 1 for g in groups)
        report.notes.append(f"reprints: {plural(len(groups), 'text')} printed more than once "
                            f"({plural(copies, 'later copy', 'later copies')} linked to the first by their text)")
        for (ids,) in groups[:REPRINTS_LISTED]:
            first, *rest = ids.split(",")
            report.notes.append(f"  article {first} also printed as {', '.join(rest)}: {_printed(db, int(first))}; "
                                + "; ".join(_printed(db, int(i)) for i in rest[:3]) + (" …" if len(rest) > 3 else ""))
        if len(groups) > REPRINTS_LISTED:
            report.notes.append(f"  … and {plural(len(groups) - REPRINTS_LISTED, 'more text')}")
    return report


REPRINTS_LISTED = 10
INTEGRITY_LISTED = 20


def _check_images(archive: Archive, report: CheckReport) -> None:
    """Every recorded page image is there and whole (in a server archive's image store too)."""
    from . import images
    from ..errors import NotFound

    if not archive._has_table("page_scan"):  # an archive from before scans
        return
    rows = archive._sql("SELECT sha256, mime, COUNT(*) FROM page_scan WHERE sha256 <> '' GROUP BY sha256, mime "
                        "ORDER BY sha256", []).fetchall()
    if not rows:
        return
    try:
        root = archive.image_folder
    except NotFound as e:  # a server archive's store, not named or not reachable here
        report.problems.append(e.coded or str(e))
        report.notes.append(f"{plural(len(rows), 'page image')} not checked")
        return
    for sha, mime, pages in rows:
        wrong = images.problem(root, sha, mime)
        if wrong:
            report.problems.append(f"{wrong} ({plural(pages, 'page')} of the archive show it; restore it from a backup)")
    report.notes.append(f"{plural(len(rows), 'page image')} checked")


def check_server(archive) -> CheckReport:
    """What `check` can see of a server archive: its page images in the image store (the server
    keeps its tables' constraints itself, and searches what it holds without an index file)."""
    report = CheckReport()
    _check_images(archive, report)
    if not report.problems and not report.notes:
        report.notes.append("no page images to check (on a server archive, check looks at the page images only)")
    return report


def _printed(db, article_id: int) -> str:
    from ..model import page_label

    paper, date, section, number = db.execute(
        "SELECT pub.name, i.date, g.section, g.number FROM article a JOIN page g ON g.id = a.page_id "
        "JOIN issue i ON i.id = g.issue_id JOIN publication pub ON pub.id = i.publication_id WHERE a.id = ?",
        [article_id]).fetchone()
    return f"{paper} {date} {page_label(section, number)}"


RESTORE_WAIT = 30.0  # seconds a restore waits for a running import or index update, then refuses


def restore(source: str | os.PathLike[str], target: str | os.PathLike[str], *, force: bool = False) -> Path:
    """restore_made's path: the archive restored."""
    return restore_made(source, target, force=force).path


def restore_made(source: str | os.PathLike[str], target: str | os.PathLike[str], *, force: bool = False) -> Backup:
    """Put a backup back in place of the archive at `target`; the archive's path, and how many of
    the page images it records were not beside the backup to copy (and where they were looked for).

    Refused when the archive has changes newer than the backup, unless `force`; even then the
    archive as it was is first copied beside it (`<name>.before-restore-<time>.db`), so nothing is
    lost. The copy goes through SQLite's backup API, so it is whole or not at all. The search index
    is derived: it is dropped and rebuilt on the next search."""
    from .version import SCHEMA_VERSION

    source, target = a_file(source), a_file(target)
    if not source.is_file():
        raise ValidationError(f"no backup at {source}")
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)  # on a CD too, nothing made beside it
        version = src.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "article" not in tables or "issue" not in tables:
            raise ValidationError(f"{source} is an SQLite file but not a Baoku archive")
        if version > SCHEMA_VERSION:
            raise ValidationError(f"{source} was made by a newer Baoku (schema {version}); update Baoku first")
        if src.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise ValidationError(f"{source} is damaged (SQLite quick_check failed); not restored")
    except sqlite3.DatabaseError as e:
        raise ValidationError(f"{source} is not a Baoku archive backup: {e}") from None
    from .locks import ArchiveLock

    try:
        with ArchiveLock(target).exclusive(RESTORE_WAIT):  # no import or index update meanwhile
            copied = _restore_locked(src, target, force)
    finally:
        src.close()
    with Archive(target, create=False) as restored:  # migrate an older backup's schema
        # The index was dropped with the archive it described: the restored archive records that
        # nothing is indexed yet, so the next search (or check) sees work to do, not damage.
        from .ledger import SearchLedger

        ledger = SearchLedger(restored)
        ledger.forget_all()
        ledger.mark_all_differences()
    return Backup(target, copied.missing, images.folder(source))


def _kept_copy(target: Path) -> Path:
    """A free name beside the archive for its copy kept by a restore: <name>.before-restore-<time>
    (-2, -3 … after it). Two restores in one second, or one after the clock was set back to a
    time already used, met the copy kept before and were refused, telling the user to choose
    another name they never gave."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(1, 10_000):
        kept = target.with_name(f"{target.stem}.before-restore-{stamp}{f'-{n}' if n > 1 else ''}{target.suffix}")
        if not os.path.lexists(kept):
            return kept
    raise ValidationError(f"no free name for the copy of {target} a restore keeps beside it; nothing was restored")


def src_path_of(con: sqlite3.Connection) -> str:
    """The file a connection reads (for the images beside it)."""
    return con.execute("PRAGMA database_list").fetchone()[2]


def _restore_locked(src: sqlite3.Connection, target: Path, force: bool) -> ImagesCopied:
    if target.exists():
        with Archive(target, create=False) as current:
            if current.read_only:
                raise ValidationError(f"{target} is read-only (a read-only file or medium); nothing was "
                                      "restored. Restore to a writable place instead")
            newer = [] if force else newer_tables(target, src_path_of(src))  # (no clock: see newerwork)
            if newer:
                raise ValidationError(Coded("restore_newer", path=str(target), tables=", ".join(newer)))
            backup(current, _kept_copy(target))
            src.backup(current.db.conn)  # replaces every page, in one step for other readers
    else:
        dest = sqlite3.connect(str(target))
        src.backup(dest)
        dest.close()
    shutil.rmtree(str(target) + ".index", ignore_errors=True)
    return copy_images(Path(src_path_of(src)), target)
