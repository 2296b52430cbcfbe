"""The trash: deleting an article, a page, an issue or a paper moves it here, whole, and it can be put
back as it was (same ids, same place) until the trash is emptied.

A trash entry holds every row that went with what was deleted (its articles' contributors, photos,
corrections, facsimiles, collection places and notes; a page's image record, layout blocks and OCR
lines; an issue's layout corrections kept for its pages), and
the links to rows that stayed (a line of a kept page that pointed at a deleted article). Page image
files stay beside the archive while an entry refers to them, and go when the trash is emptied and
nothing else uses them (a server archive's image store, which more than one archive may name,
keeps them). The search index follows through the archive's triggers. An import with --replace
puts what it replaces here too (store.carryover), so restoring brings that back as well.

The same on either archive: its SQL is Baoku's own, written with `?` marks, run by the archive's
`_sql` (a server's takes them as psycopg's), and what is kept of a row is the tables the archive
has (a server keeps page images since its migration 13; facsimiles not yet).
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass

from ..coded import Coded
from ..changes import ARTICLES, COLLECTIONS, ISSUES, TRASH, Changes, Outcome
from ..errors import NotFound, ValidationError
from .archive import Archive
from .trashing import KINDS, ORDER, trash_one


@dataclass(frozen=True)
class TrashEntry:
    id: int
    kind: str  # article | page | issue | publication
    target: int  # its id (it comes back under the same id)
    label: str  # what it was: a headline, a page, an issue, a paper (as stored; the window words the kind)
    articles: int  # articles that went with it
    who: str
    at: str


def delete(archive: Archive, kind: str, targets: list[int], who: str = "") -> Outcome:
    """Move each target (an article, page, issue or paper, by id) to the trash, in one transaction.
    The value is the new trash entries' ids."""
    if kind not in KINDS:
        raise ValidationError(f"cannot delete a {kind!r}: one of {', '.join(KINDS)}")
    targets = list(dict.fromkeys(int(t) for t in targets))
    if not targets:
        raise ValidationError("nothing to delete: give at least one id")
    made, touched = [], set()
    with archive.transaction():
        for target in targets:
            trash_id, articles = trash_one(archive, kind, target, who)
            made.append(trash_id)
            touched |= set(articles)
    kinds = (TRASH, ARTICLES, COLLECTIONS) + ((ISSUES,) if kind != "article" else ())
    return Outcome(made, Changes.of(*kinds, ids=touched))


def entries(archive: Archive) -> list[TrashEntry]:
    """What the trash holds, newest first."""
    return [TrashEntry(*r) for r in archive._sql(
        "SELECT id, kind, target, label, articles, who, at FROM trash ORDER BY id DESC")]


def _entry(archive: Archive, trash_id: int) -> tuple[TrashEntry, dict]:
    row = archive._sql("SELECT id, kind, target, label, articles, who, at, rows FROM trash WHERE id = ?",
                       [trash_id]).fetchone()
    if row is None:
        raise NotFound(Coded("no_trash_entry", id=trash_id))
    return TrashEntry(*row[:7]), json.loads(row[7])


def _blocker(archive: Archive, entry: TrashEntry, tables: dict) -> str | None:
    """Why the entry cannot go back where it was, or None."""
    def found(sql: str, params: list) -> bool:
        return archive._sql(sql, params).fetchone() is not None

    first = {t: dict(zip(v["columns"], v["rows"][0])) for t, v in tables.items() if v["rows"]}
    if {"article": "article", "page": "page", "issue": "issue"}.get(entry.kind, "publication") not in first:
        return f"the entry holds no row of its {entry.kind} (damaged, or not written by Baoku)"
    if entry.kind == "article":
        page = first["article"]["page_id"]
        if not found("SELECT 1 FROM page WHERE id = ?", [page]):
            return "the page it was on is not in the archive (in the trash too? restore that first)"
    elif entry.kind == "page":
        p = first["page"]
        if not found("SELECT 1 FROM issue WHERE id = ?", [p["issue_id"]]):
            return "its issue is not in the archive (in the trash too? restore that first)"
        if found("SELECT 1 FROM page WHERE issue_id = ? AND section = ? AND number = ?",
                 [p["issue_id"], p["section"], p["number"]]):
            return ("that issue has a page with the same number again (imported since, or an import replaced "
                    "it?): delete that page first (it goes to the trash too), then restore this one")
    elif entry.kind == "issue":
        i = first["issue"]
        if not found("SELECT 1 FROM publication WHERE id = ?", [i["publication_id"]]):
            return "its paper is not in the archive (in the trash too? restore that first)"
        if found("SELECT 1 FROM issue WHERE publication_id = ? AND date = ? AND edition = ?",
                 [i["publication_id"], i["date"], i["edition"]]):
            return "the archive holds that issue again (imported since?)"
    elif found("SELECT 1 FROM publication WHERE name = ?", [first["publication"]["name"]]):
        return "the archive holds a paper of that name again (imported since?)"
    return None


def restore(archive: Archive, trash_ids: list[int]) -> Outcome:
    """Put each entry back as it was, in one transaction; an entry that cannot go back stops all,
    with the reason. The value is the restored entries."""
    trash_ids = list(dict.fromkeys(int(t) for t in trash_ids))
    if not trash_ids:
        raise ValidationError("nothing to restore: give at least one trash entry id")
    done, touched, kinds = [], set(), {TRASH, ARTICLES, COLLECTIONS}
    with archive.transaction():
        for trash_id in trash_ids:
            entry, rows = _entry(archive, trash_id)
            tables = rows["tables"]
            why = _blocker(archive, entry, tables)
            if why:
                raise ValidationError(f"trash entry {entry.id} ({entry.label}) cannot be restored: {why}; "
                                      "nothing was restored")
            for table in ORDER:
                if table in tables:
                    _insert(archive, table, tables[table])
            for table, column, row_id, value in rows["links"]:
                _named(table, column)
                archive._sql(f"UPDATE {table} SET {column} = ? WHERE id = ? AND {column} IS NULL", [value, row_id])
            archive._sql("DELETE FROM trash WHERE id = ?", [trash_id])
            touched |= {r[0] for r in tables.get("article", {}).get("rows", [])}
            if entry.kind != "article":
                kinds.add(ISSUES)
            done.append(entry)
    return Outcome(done, Changes.of(*kinds, ids=touched))


def _named(*names: str) -> None:
    """Table and column names read back from a trash entry must be names, never SQL."""
    for name in names:
        if not re.fullmatch(r"[a-z_][a-z0-9_]{0,39}", name):
            raise ValidationError(f"a trash entry holds {name!r}, which is not a column's name; nothing was restored")


def _insert(archive: Archive, table: str, block: dict) -> None:
    columns = block["columns"]
    _named(table, *columns)
    rows = [[base64.b64decode(v["b64"]) if isinstance(v, dict) else v for v in r] for r in block["rows"]]
    if table == "collection_item":  # a collection deleted meanwhile does not come back for its articles
        at = columns.index("collection_id")
        live = {r[0] for r in archive._sql("SELECT id FROM collection", [])}
        rows = [r for r in rows if r[at] in live]
    if table == "article":  # a replaced article comes back after its page's articles when its new version
        page, seq = columns.index("page_id"), columns.index("seq")  # holds its place (store.carryover)
        for r in rows:
            if archive._sql("SELECT 1 FROM article WHERE page_id = ? AND seq = ?", [r[page], r[seq]]).fetchone():
                r[seq] = archive._sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM article WHERE page_id = ?",
                                      [r[page]]).fetchone()[0]
    if table == "facsimile":  # a facsimile of an article that is gone meanwhile stays gone
        at = columns.index("article_id")
        rows = [r for r in rows if archive._sql("SELECT 1 FROM article WHERE id = ?", [r[at]]).fetchone()]
    put_back = getattr(archive, "_put_back", None)  # a server guards its editors' rows
    if put_back is not None and put_back(table, columns, rows):
        return
    archive._sql_many(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)


def empty(archive: Archive, trash_ids: list[int] | None = None) -> Outcome:
    """Delete for good every entry (or these), with the undo steps that could bring them back, and
    the page image files nothing refers to any more. The value is how many entries went."""
    from . import history, images

    with archive.transaction():
        db = archive
        ids = [r[0] for r in db._sql("SELECT id FROM trash", [])] if trash_ids is None else \
            [int(t) for t in dict.fromkeys(trash_ids)]
        for t in ids:
            _entry(archive, t)  # NotFound before anything goes
        shas = set()
        for t in ids:
            scans = json.loads(db._sql("SELECT rows FROM trash WHERE id = ?", [t]).fetchone()[0])["tables"] \
                .get("page_scan")
            if scans:
                at, mime = scans["columns"].index("sha256"), scans["columns"].index("mime")
                shas |= {(r[at], r[mime]) for r in scans["rows"] if r[at]}
        if not archive.on_server and archive._has_table("history_step"):  # the embedded archive's undo history
            history.forget_trash(archive, ids)
        db._sql_many("DELETE FROM trash WHERE id = ?", [(t,) for t in ids])
        if not shas:
            return Outcome(len(ids), Changes.of(TRASH))
        still = {r[0] for r in db._sql("SELECT sha256 FROM page_scan", [])}
        others = " ".join(r[0] for r in db._sql("SELECT rows FROM trash WHERE rows LIKE '%page_scan%'", []))
    if archive.on_server:  # a server's image store may be shared (named by more than one archive): kept
        return Outcome(len(ids), Changes.of(TRASH))
    for sha, mime in shas:
        if sha not in still and sha not in others:
            images.path_of(archive.image_folder, sha, mime).unlink(missing_ok=True)
    return Outcome(len(ids), Changes.of(TRASH))
