"""Where an import files what it stores: publications, issues and pages found or made, articles, their
contributors and photos and a page's scan inserted, continued articles joined. The plan of what
to store is `ingest`'s; this is its SQL."""

from __future__ import annotations

import json
from collections.abc import Callable

from ..errors import ImportRejected
from ..model import Article, ParsedIssue
from ..sourcetext import checked_text, unchecked_strings
from .clock import now, user
from . import photorows
from .continuations import Continuations
from .lookups import PlanLookups
from .photorows import photo_values
from .ingest import SaveResult, first_copies, plan_issue
from .writeplan import apply_plan


class Filing(Continuations, PlanLookups):
    """The archive's filing (a part of `Archive`: see archive.py)."""

    def _query(self, sql: str, params=()):
        return self.conn.execute(sql, params)

    def save_issue(self, parsed: ParsedIssue, *, replace: bool = False, duplicates: bool = False,
                   laid_out: Callable[[int], object] | None = None) -> SaveResult:
        """Store one issue in one transaction, page by page (see store.ingest): pages already
        stored with the same articles are skipped; a page stored with different content is
        refused unless replace=True, and a new page whose text is already stored elsewhere
        (another date, paper or page) is refused as a mistaken re-import unless
        duplicates=True. A refused page is only that page: the issue's others are stored.
        Articles printed elsewhere too (reprints) are stored, and the result says where.
        `laid_out(page_id)` is called, in the same transaction, for each page stored with its
        layout blocks (the importer makes again the layout corrections kept for its place:
        store.layoutedits.reapply)."""
        info = parsed.info
        for where, _ in unchecked_strings(parsed):  # the last line of defence: never a half-stored batch
            raise ImportRejected(checked_text(_, f"{parsed.source or info.label()}: {where}"))
        with self.writing():
            plan = plan_issue(self, parsed, replace=replace, duplicates=duplicates)
            return apply_plan(self, plan, now(), user(), laid_out)

    def _insert_article(self, page_id: int, seq: int, a: Article, batch_id: int, now: str, *,
                        content_hash: str | None = None) -> int:
        """`content_hash`: the article's, when the caller has it (a plan computes each once).

        Plain INSERTs: sqlite-utils' insert looks the table up again on every call, which was
        half of an import's time in SQLite for a page of text."""
        conn = self.conn
        article_id = conn.execute(
            "INSERT INTO article (page_id, seq, kicker, headline, subhead, column_name, genre, source, byline, "
            "language, blocks, content_hash, batch_id, created_at, updated_at, continues, abstract, note, tagline) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [page_id, seq, a.kicker, a.headline, a.subhead, a.column, a.genre, a.source, a.byline, a.language,
             a.blocks_json(), content_hash or a.content_hash(), batch_id, now, now, a.continues, a.abstract,
             a.note, a.tagline]).lastrowid
        conn.executemany("INSERT INTO contributor (article_id, seq, name, role, note) VALUES (?, ?, ?, ?, ?)",
                         [(article_id, i, c.name, c.role, c.note) for i, c in enumerate(a.contributors, 1)])
        conn.executemany(photorows.INSERT, [photo_values(article_id, i, p) for i, p in enumerate(a.photos, 1)])
        return article_id

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
                   "WHERE id = ?", [first.blocks_json(), first.byline, first.content_hash(), first.continues, now(),
                                    first_id])
        db.execute("UPDATE scan_line SET article_id = ? WHERE article_id = ?", [first_id, rest_id])
        db.execute("UPDATE correction SET article_id = ?, block = block + ? WHERE article_id = ?",
                   [first_id, max(shift, 0), rest_id])
        db.execute("DELETE FROM article WHERE id = ?", [rest_id])

    def _first_copies(self, hashes: set[str], exclude_pages=()) -> dict[str, tuple[int, str, int]]:
        return first_copies(self.conn, hashes, exclude_pages)

    def first_copies(self, hashes: set[str]) -> dict[str, tuple[int, str]]:
        """content hash -> (id, where printed) of the first stored article with that text."""
        return {h: (aid, where) for h, (aid, where, _) in first_copies(self.conn, hashes).items()}

    def stored_source(self, source_hash: str) -> tuple[int, str, str, list[str]] | None:
        """A source imported before with these bytes whose pages are all still stored, as
        (batch id, when, the issue it stored, its log); None when there is none."""
        row = self.conn.execute(
            """SELECT b.id, b.finished_at, p.name || ' ' || i.date, b.log FROM import_batch b
               JOIN page g ON g.batch_id = b.id JOIN issue i ON i.id = g.issue_id
               JOIN publication p ON p.id = i.publication_id
               WHERE b.source_hash = ? AND b.outcome IN ('imported', 'replaced') AND b.pages_added > 0
               GROUP BY b.id HAVING COUNT(DISTINCT g.id) = b.pages_added ORDER BY b.id DESC LIMIT 1""",
            [source_hash]).fetchone()
        return (row[0], row[1], row[2], json.loads(row[3])) if row else None

