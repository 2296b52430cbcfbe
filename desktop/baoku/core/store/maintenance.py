"""Keeping an archive trustworthy: online backup and the checks behind `baoku check`."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ArchiveUnavailable, ValidationError
from .archive import Archive


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)  # something is wrong: exit non-zero
    notes: list[str] = field(default_factory=list)  # worth knowing, not wrong

    @property
    def ok(self) -> bool:
        return not self.problems


def backup(archive: Archive, dest: str | os.PathLike[str]) -> Path:
    """A consistent copy of the archive through SQLite's online backup API, taken while other
    connections (the app, an import) keep reading and writing. Written beside `dest` and renamed
    into place, so a failed backup never leaves half a file."""
    dest = Path(dest)
    if dest.is_dir():
        raise ValidationError(f"{dest} is a folder; give a file name such as {dest / 'archive-backup.db'}")
    if dest.exists() and dest.resolve() == archive.path.resolve():
        raise ValidationError("a backup cannot overwrite the archive itself")
    part = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(str(part))
        try:
            archive.db.conn.backup(target, pages=256)
        finally:
            target.close()
        os.replace(part, dest)
    except (OSError, sqlite3.Error) as e:
        part.unlink(missing_ok=True)
        raise ArchiveUnavailable(f"cannot write the backup {dest}: {e}") from None
    return dest


def check_store(archive: Archive) -> CheckReport:
    """SQLite's own checks, and what the schema cannot express."""
    report = CheckReport()
    db = archive.db
    rows = [r[0] for r in db.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        report.problems += [f"integrity: {r}" for r in rows[:20]]
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check"):
        report.problems.append(f"{table} row {rowid} points to a missing {parent}")
    empty = db.execute("SELECT COUNT(*) FROM page g WHERE NOT EXISTS "
                       "(SELECT 1 FROM article a WHERE a.page_id = g.id)").fetchone()[0]
    if empty:
        report.notes.append(f"{empty} page(s) hold no articles")
    for digest, ids in db.execute(
            "SELECT content_hash, GROUP_CONCAT(id) FROM article GROUP BY content_hash HAVING COUNT(*) > 1"):
        report.notes.append(f"articles {ids.replace(',', ', ')} have identical content ({digest[:12]}…)")
    return report
