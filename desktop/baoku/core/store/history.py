"""Undo and redo of the window's changes, kept in the archive (after Anki: each step records what it
needs to reverse itself).

While an undoable action runs (`step`), temporary triggers on this connection write, for every row
it inserts, updates or deletes, the statement that puts the row back as it was (its inverse) and a
guard: a query that holds while the row is still as the action left it. Undo runs a step's
inverses, newest first, each after its guard; what the undo itself changes is recorded the same way,
and that is what redo runs. A guard that fails (the row was changed since by the command line, say)
stops the undo and nothing changes. Cascades (an article's contributors going with it) are recorded
row by row, so a delete comes back whole. The search index follows through its triggers.

On a server archive the same functions read the history back from its audit log instead
(store.server.history): a step is the transaction an action ran in.

Only actions run inside `step` are recorded: imports and the command line are not, so Ctrl+Z in
the window undoes the window's own changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..changes import ARTICLES, COLLECTIONS, ISSUES, TRASH, Changes, Outcome
from ..errors import ValidationError
from .archive import Archive
from .clock import now as _now

# Every table an editor's action may change; derived tables (the index's ledger) follow by themselves.
TRACKED = ("publication", "issue", "page", "page_scan", "article", "contributor", "photo", "scan_line",
           "correction", "facsimile", "collection", "collection_item", "note", "trash", "layout_block", "layout_edit")
ARTICLE_KEY = {"article": "id", "contributor": "article_id", "photo": "article_id", "scan_line": "article_id",
               "correction": "article_id", "facsimile": "article_id", "collection_item": "article_id",
               "note": "article_id"}
KEEP = 200  # steps kept; older ones can no longer be undone


@dataclass(frozen=True)
class Step:
    id: int
    action: str  # a code the window words: edit, delete, restore, correct, clip, split, merge, …
    label: str  # what it was done to (a headline, a paper), as stored
    at: str


class UndoConflict(ValidationError):
    """What a step changed was changed again since, outside the history: it cannot be reversed."""

    def __init__(self, step: Step, redo: bool):
        self.step, self.redo = step, redo
        verb = "redone" if redo else "undone"
        super().__init__(f"「{step.label or step.action}」 cannot be {verb}: what it changed was changed again "
                         "since (by the command line or another program); nothing was changed")


class NothingToUndo(ValidationError):
    def __init__(self, redo: bool):
        self.redo = redo
        super().__init__("nothing to redo" if redo else "nothing to undo")


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _trigger_sql(db, table: str) -> list[str]:
    info = list(db.execute(f"PRAGMA main.table_info({table})"))
    cols = [r[1] for r in info]
    keys = [r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5])] or ["rowid"]
    t = _ident(table)

    def match(ref: str, names: list[str]) -> str:
        return " || ' AND ' || ".join(f"'{_ident(c)} IS ' || quote({ref}.{_ident(c)})" for c in names)

    def exists(ref: str, negate: bool = False) -> str:
        names = keys if negate else cols
        return (f"'SELECT {'NOT ' if negate else ''}EXISTS (SELECT 1 FROM {t} WHERE ' || {match(ref, names)} "
                "|| ')'")

    column_list = ", ".join(_ident(c) for c in cols)
    values = " || ', ' || ".join(f"quote(old.{_ident(c)})" for c in cols)
    sets = " || ', ' || ".join(f"'{_ident(c)} = ' || quote(old.{_ident(c)})" for c in cols)
    article = {"article": "{}.id"}.get(table) or (f"{{}}.{ARTICLE_KEY[table]}" if table in ARTICLE_KEY else "NULL")
    inverses = {
        "INSERT": ("new", exists("new"), f"'DELETE FROM {t} WHERE ' || {match('new', keys)}"),
        "UPDATE": ("new", exists("new"), f"'UPDATE {t} SET ' || {sets} || ' WHERE ' || {match('new', keys)}"),
        "DELETE": ("old", exists("old", negate=True), f"'INSERT INTO {t} ({column_list}) VALUES (' || {values} || ')'"),
    }
    out = []
    for op, (ref, guard, inverse) in inverses.items():
        out.append(
            f"CREATE TEMP TRIGGER IF NOT EXISTS history_{table}_{op.lower()} AFTER {op} ON main.{t} "
            "WHEN EXISTS (SELECT 1 FROM temp.history_recording) BEGIN "
            "INSERT INTO history_change (step, tbl, rid, article, guard, inverse) VALUES "
            f"((SELECT step FROM temp.history_recording), '{table}', {ref}.{_ident(keys[0])}, {article.format(ref)}, "
            f"{guard}, {inverse}); END")
    return out


def _arm(archive: Archive) -> None:
    """The recording triggers on this connection (temporary: other connections never see them)."""
    if getattr(archive, "_history_armed", False):
        return
    db = archive.db
    db.execute("CREATE TEMP TABLE IF NOT EXISTS history_recording (step INTEGER NOT NULL)")
    for table in TRACKED:
        for sql in _trigger_sql(db, table):
            db.execute(sql)
    archive._history_armed = True


def _recording(archive: Archive) -> int | None:
    row = archive.db.execute("SELECT step FROM temp.history_recording LIMIT 1").fetchone()
    return row[0] if row else None


@contextmanager
def step(archive: Archive, action: str, label: str = "", who: str = "") -> Iterator[int]:
    """Record what the body changes as one undoable step, in one transaction with it. A body that
    changes nothing leaves no step; a new step ends what could be redone."""
    if archive.on_server:  # read back from its audit log (store.server.history)
        with archive.history_step(action, label) as sid:
            yield sid
        return
    _arm(archive)
    with archive.transaction() as db:
        outer = _recording(archive)
        if outer is not None:  # an action made of actions is one step
            yield outer
            return
        sid = db.execute("INSERT INTO history_step (action, label, who, at) VALUES (?, ?, ?, ?)",
                         [action, label[:200], who, _now()]).lastrowid
        db.execute("INSERT INTO temp.history_recording VALUES (?)", [sid])
        try:
            yield sid
        finally:
            db.execute("DELETE FROM temp.history_recording")
        if db.execute("SELECT 1 FROM history_change WHERE step = ? LIMIT 1", [sid]).fetchone() is None:
            db.execute("DELETE FROM history_step WHERE id = ?", [sid])
            return
        db.execute("DELETE FROM history_step WHERE state = 'undone'")
        db.execute("DELETE FROM history_step WHERE id <= (SELECT id FROM history_step ORDER BY id DESC "
                   "LIMIT 1 OFFSET ?)", [KEEP])


def next_steps(archive: Archive) -> tuple[Step | None, Step | None]:
    """What undo and what redo would reverse now (any connection may ask, a reader too)."""
    if archive.on_server:
        return archive.next_steps()

    def one(sql: str) -> Step | None:
        row = archive.db.execute(sql).fetchone()
        return Step(*row) if row else None

    return (one("SELECT id, action, label, at FROM history_step WHERE state = 'done' ORDER BY id DESC LIMIT 1"),
            one("SELECT id, action, label, at FROM history_step WHERE state = 'undone' ORDER BY id LIMIT 1"))


def undo(archive: Archive) -> Outcome:
    """Reverse the newest step still done. The value is the Step; the changes are what it touched."""
    return _flip(archive, redo=False)


def redo(archive: Archive) -> Outcome:
    """Do again the oldest step undone (the one undone last)."""
    return _flip(archive, redo=True)


_STATEMENTS = tuple(f"{verb} {_ident(t)} " for t in TRACKED for verb in ("INSERT INTO", "UPDATE", "DELETE FROM"))


def _flip(archive: Archive, redo: bool) -> Outcome:
    if archive.on_server:
        target, rows = archive.flip_step(redo)
        return Outcome(target, changes_of(rows))
    _arm(archive)
    with archive.transaction() as db:
        done, undone = next_steps(archive)
        target = undone if redo else done
        if target is None:
            raise NothingToUndo(redo)
        changes = list(db.execute("SELECT tbl, article, guard, inverse FROM history_change WHERE step = ? "
                                  "ORDER BY seq DESC", [target.id]))
        db.execute("DELETE FROM history_change WHERE step = ?", [target.id])
        db.execute("PRAGMA defer_foreign_keys = ON")  # rows come back in their own order; checked at commit
        db.execute("INSERT INTO temp.history_recording VALUES (?)", [target.id])  # the way back, recorded
        try:
            for _, _, guard, inverse in changes:
                if not (guard.startswith(("SELECT EXISTS (", "SELECT NOT EXISTS (")) and inverse.startswith(_STATEMENTS)):
                    raise ValidationError(f"history step {target.id} holds a statement Baoku did not write; "
                                          "nothing was changed")
                if not db.execute(guard).fetchone()[0]:
                    raise UndoConflict(target, redo)
                db.execute(inverse)
        finally:
            db.execute("DELETE FROM temp.history_recording")
        db.execute("UPDATE history_step SET state = ? WHERE id = ?", ["done" if redo else "undone", target.id])
    return Outcome(target, changes_of([(tbl, article) for tbl, article, _, _ in changes]))


def changes_of(rows: list[tuple[str, int | None]]) -> Changes:
    """What a step's rows mean to the window's views."""
    tables = {t for t, _ in rows}
    kinds = set()
    if tables & {"publication", "issue", "page", "page_scan"}:
        kinds |= {ISSUES, ARTICLES}
    if tables & {*ARTICLE_KEY, "layout_block", "layout_edit"}:  # a page's layout: the page view shows it
        kinds.add(ARTICLES)
    if tables & {"collection", "collection_item"}:
        kinds.add(COLLECTIONS)
    if "trash" in tables:
        kinds.add(TRASH)
    return Changes.of(*kinds, ids={a for _, a in rows if a is not None})


def forget_trash(archive: Archive, trash_ids: list[int]) -> None:
    """Steps that would bring these trash entries back (they are being emptied) go, with the copies
    of the rows they hold."""
    archive.db.conn.executemany("DELETE FROM history_step WHERE id IN (SELECT step FROM history_change "
                                "WHERE tbl = 'trash' AND rid = ?)", [(int(t),) for t in trash_ids])
