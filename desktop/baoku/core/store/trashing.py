"""Moving one article, page, issue or paper to the trash, inside the caller's transaction: what it
takes (store.trash says what a trash entry holds and how it comes back). A deletion (store.trash)
and an import that replaces what was stored (store.carryover) both move things here.

The same on either archive: its SQL is Baoku's own, written with `?` marks, run by the archive's
`_sql`; `archive` is either archive (not imported here: the archive's filing calls this)."""

from __future__ import annotations

import base64
import datetime as dt
import json

from ..errors import NotFound
from ..model import page_label
from .clock import now as _now

KINDS = ("article", "page", "issue", "publication")
# Tables in the order rows are put back: each row's parents before it.
ORDER = ("publication", "issue", "layout_edit", "page", "page_scan", "layout_block", "article", "contributor", "photo",
         "scan_line", "correction", "facsimile", "collection_item", "note")


def _ids(archive, sql: str, ids: list[int]) -> list[int]:
    if not ids:
        return []
    return [r[0] for r in archive._sql(sql.format(marks=",".join("?" * len(ids))), ids)]


def _scope(archive, kind: str, target: int) -> dict[str, list[int]]:
    """Everything deleting `target` takes: its papers, issues, pages and articles, by id."""
    pubs, issues, pages, articles = [], [], [], []
    if kind == "publication":
        pubs = [target]
        issues = _ids(archive, "SELECT id FROM issue WHERE publication_id IN ({marks})", pubs)
    elif kind == "issue":
        issues = [target]
    if kind in ("publication", "issue"):
        pages = _ids(archive, "SELECT id FROM page WHERE issue_id IN ({marks})", issues)
    elif kind == "page":
        pages = [target]
    if kind == "article":
        articles = [target]
    else:
        articles = _ids(archive, "SELECT id FROM article WHERE page_id IN ({marks})", pages)
    return {"publication": pubs, "issue": issues, "page": pages, "article": articles}


def _rows(archive, table: str, where: str, ids: list[int]) -> dict | None:
    if not ids or not archive._has_table(table):
        return None
    cur = archive._sql(f"SELECT * FROM {table} WHERE {where.format(marks=','.join('?' * len(ids)))}",
                       ids * where.count("{marks}"))
    rows = [[_kept(v) for v in r] for r in cur]
    return {"columns": [d[0] for d in cur.description], "rows": rows} if rows else None


def _kept(value):
    """A column's value as JSON keeps it: bytes as base64, a date (a server's) as ISO text."""
    if isinstance(value, (bytes, memoryview)):
        return {"b64": base64.b64encode(bytes(value)).decode()}
    return value.isoformat() if isinstance(value, dt.date) else value


def _snapshot(archive, scope: dict[str, list[int]]) -> dict:
    pubs, issues, pages, arts = (scope[k] for k in ("publication", "issue", "page", "article"))
    where = {
        "publication": ("id IN ({marks})", pubs), "issue": ("id IN ({marks})", issues),
        "layout_edit": ("issue_id IN ({marks})", issues),
        "page": ("id IN ({marks})", pages), "page_scan": ("page_id IN ({marks})", pages),
        "layout_block": ("page_id IN ({marks})", pages),
        "article": ("id IN ({marks})", arts), "contributor": ("article_id IN ({marks})", arts),
        "photo": ("article_id IN ({marks})", arts), "scan_line": ("page_id IN ({marks})", pages),
        "correction": ("article_id IN ({marks})", arts), "facsimile": ("article_id IN ({marks})", arts),
        "collection_item": ("article_id IN ({marks})", arts), "note": ("article_id IN ({marks})", arts),
    }
    tables = {t: got for t in ORDER if (got := _rows(archive, t, *where[t])) is not None}
    if pages:  # facsimiles of articles elsewhere, cut from these pages
        extra = _rows(archive, "facsimile", "page_id IN ({marks})", pages)
        if extra:
            known = {tuple(r) for r in tables.get("facsimile", {}).get("rows", [])}
            extra["rows"] = [r for r in extra["rows"] if tuple(r) not in known]
            if extra["rows"]:
                tables.setdefault("facsimile", {"columns": extra["columns"], "rows": []})["rows"] += extra["rows"]
    links = []  # rows that stay, pointing at what goes: their pointers are set again on restore
    page_lines = set(_ids(archive, "SELECT id FROM scan_line WHERE page_id IN ({marks})", pages)) \
        if archive._has_table("scan_line") else set()
    for line_id, article_id in _pairs(archive, "SELECT id, article_id FROM scan_line WHERE article_id IN ({marks})",
                                      arts):
        if line_id not in page_lines:
            links.append(["scan_line", "article_id", line_id, article_id])
    for corr_id, line_id, owner in _pairs(archive, "SELECT c.id, c.line_id, c.article_id FROM correction c "
                                          "JOIN scan_line l ON l.id = c.line_id WHERE l.page_id IN ({marks})", pages):
        if owner not in arts:  # a correction that goes comes back with its line id as it was
            links.append(["correction", "line_id", corr_id, line_id])
    return {"tables": tables, "links": links}


def _pairs(archive, sql: str, ids: list[int]) -> list[tuple]:
    if not ids or not archive._has_table("scan_line"):
        return []
    return list(archive._sql(sql.format(marks=",".join("?" * len(ids))), ids))


def _label(archive, kind: str, target: int) -> str:
    db = archive
    if kind == "article":  # where it was (as a page's label says it), then its head
        rec = archive.article(target)
        a = rec.article
        head = a.headline or a.kicker or a.genre or (a.text()[:20] if a.blocks else "")
        where = " ".join(p for p in (rec.publication, rec.date.isoformat(), rec.edition,
                                     page_label(rec.section, rec.page_number), rec.page_name) if p)
        return f"{where} 「{head}」"
    if kind == "page":
        row = db._sql("SELECT p.name, i.date, i.edition, g.section, g.number, g.name FROM page g JOIN issue i "
                         "ON i.id = g.issue_id JOIN publication p ON p.id = i.publication_id WHERE g.id = ?",
                         [target]).fetchone()
        if row is None:
            raise NotFound(f"no page with id {target}")
        paper, date, edition, section, number, name = row
        return " ".join(p for p in (paper, str(date), edition, page_label(section, number), name) if p)
    if kind == "issue":
        row = db._sql("SELECT p.name, i.date, i.edition FROM issue i JOIN publication p ON p.id = i.publication_id "
                      "WHERE i.id = ?", [target]).fetchone()
        if row is None:
            raise NotFound(f"no issue with id {target}")
        return " ".join(str(p) for p in row if p)
    row = db._sql("SELECT name FROM publication WHERE id = ?", [target]).fetchone()
    if row is None:
        raise NotFound(f"no publication with id {target}")
    return row[0]


def trash_one(archive, kind: str, target: int, who: str = "") -> tuple[int, list[int]]:
    """Move one article, page, issue or paper to the trash, inside the caller's transaction (a
    deletion's, or an import's that replaces what was stored): its trash entry's id and the
    articles that went."""
    label = _label(archive, kind, target)  # NotFound names an unknown id, before anything changes
    scope = _scope(archive, kind, target)
    rows = _snapshot(archive, scope)
    trash_id = archive._sql(
        "INSERT INTO trash (kind, target, label, articles, rows, who, at) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id", [kind, target, label, len(scope["article"]), json.dumps(rows, ensure_ascii=False), who,
                         _now()]).fetchone()[0]
    if kind == "article":
        archive._sql("DELETE FROM article WHERE id = ?", [target])
    else:
        for table in ("page", "issue", "publication"):  # an issue's pages cascade; a paper's issues do not
            ids = scope[table]
            if ids:
                archive._sql(f"DELETE FROM {table} WHERE id IN ({','.join('?' * len(ids))})", ids)
    return trash_id, scope["article"]
