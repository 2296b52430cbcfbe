"""Writing what an import's plan decided (store.ingest) into the embedded archive, inside the
caller's transaction: the publication, issue and batch rows, each written page's articles and
scan, continuations joined across pages. The server store writes the same plan its own way
(store.server.filing).
"""

from __future__ import annotations

from ..sourcetext import import_log
from .ingest import APPEND, NEW, REPLACE, REPLACES, REVISE, WRITES, IssuePlan, SaveResult, clear_replaced, unwritten, written


def apply_plan(archive, plan: IssuePlan, now: str, user: str, laid_out=None) -> SaveResult:
    """Write what the plan decided, inside the caller's transaction; `laid_out(page_id)` hears
    each page stored with its layout blocks."""
    nothing = unwritten(plan)
    if nothing is not None:
        return nothing
    db = archive.conn
    parsed, info = plan.parsed, plan.parsed.info
    refused = plan.refusals
    writing = plan.of(*WRITES)
    replaced = clear_replaced(archive, plan, user)
    new_of: dict[int, int] = {}  # old version -> new
    pub_id = plan.publication_id
    if pub_id is None:
        pub_id = insert(db, "publication", {
            "name": info.publication, "place": info.place, "frequency": info.frequency,
            "language": info.language, "kind": info.kind, "identifier": info.identifier})
    else:
        archive._fill_publication(pub_id, info)
    issue_id = plan.issue_id
    if issue_id is None:
        issue_id = insert(db, "issue", {
            "publication_id": pub_id, "date": info.date.isoformat(), "number": info.number,
            "edition": info.edition, "volume": info.volume})
    else:
        for col in ("number", "volume"):
            if getattr(info, col):
                db.execute(f"UPDATE issue SET {col} = ? WHERE id = ? AND {col} = ''", [getattr(info, col), issue_id])
    added = plan.of(NEW, REPLACE)
    log = [*parsed.warnings, *(r for p in writing for r in p.page.repairs), *(r.message() for r in refused)]
    batch_id = insert(db, "import_batch", {
        "started_at": now, "finished_at": now, "user": user, "source": parsed.source,
        "source_hash": parsed.source_hash, "importer": parsed.importer,
        "outcome": "replaced" if plan.of(*REPLACES) else "imported", "pages_added": len(added),
        "articles_added": sum(len(p.page.articles) for p in writing),
        "log": import_log(log)})
    article_ids: list[int] = []
    for p in writing:
        page = p.page
        if p.action in (APPEND, REVISE):
            page_id = p.existing
            first = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM article WHERE page_id = ?",
                               [page_id]).fetchone()[0]
            for field_, value in (("name", page.info.name), ("section", page.info.section)):
                if value:
                    db.execute(f"UPDATE page SET {field_} = ? WHERE id = ? AND {field_} = ''", [value, page_id])
        else:
            first = 1
            page_id = insert(db, "page", {
                "issue_id": issue_id, "number": page.info.number, "name": page.info.name,
                "section": page.info.section, "raw_text": page.raw_text, "batch_id": batch_id})
        seqs = p.seqs or range(first, first + len(p.hashes))
        ids = [archive._insert_article(page_id, seq, article, batch_id, now, content_hash=h)
               for seq, (article, h) in zip(seqs, p.hashed(), strict=True)]
        if page.fixes:  # split by hand in the import preview: a labelled example of this paper
            archive.record_fix(page_id, page.fixes)
        new_of.update({old: ids[i] for i, old in p.pairs.items()})
        article_ids += ids
        if page.scan is not None and p.action in (NEW, REPLACE):
            archive._insert_scan(page_id, page.scan, ids)
            if page.scan.blocks and laid_out is not None:
                laid_out(page_id)
    inserted = len(article_ids)
    joined = archive._join_continuations(issue_id, article_ids)
    return written(plan, issue_id, batch_id, article_ids, inserted, joined, replaced.carried(archive, new_of, joined))


def insert(conn, table: str, row: dict) -> int:
    """INSERT one row of named values; its id. (sqlite-utils' insert does the same after looking
    the table up; the import's hot path uses the connection alone.)"""
    return conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                        list(row.values())).lastrowid
