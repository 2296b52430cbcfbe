"""Changing what a server archive stores: an article's metadata, its text (a correction), where it
was printed (refiling), and the rows of corrections. The decisions are the embedded archive's
(store.edits: apply_fields, refiled_place; store.corrections); this module writes them with psycopg.

Many people change a server archive at once. An article read inside a transaction is locked
(SELECT … FOR UPDATE) until the transaction ends, so every read-modify-write of an article (an
edit, a correction, its undo, one change to many articles) waits for another one in progress on
the same article and then reads what it committed: neither change is lost. Imports only add rows,
so a correction never waits for one (refiling, which may make an issue or a page, takes the
filing lock an import holds, before it locks the article, as an import does)."""

from __future__ import annotations

from psycopg import sql
from psycopg.pq import TransactionStatus

from ...errors import NotFound
from ...model import Article, ArticleRecord, IssueInfo
from ..clock import now
from ..edits import apply_fields, refiled_place
from .filing import FILING_LOCK


class ServerEditing:
    """The server archive's edits (a part of `ServerArchive`)."""

    def article(self, article_id: int) -> ArticleRecord:
        """The article; inside a transaction, locked against other writers until it ends."""
        if self.conn.info.transaction_status == TransactionStatus.INTRANS:
            self.conn.execute("SELECT 1 FROM article WHERE id = %s FOR UPDATE", [article_id])
        return super().article(article_id)

    def update_article(self, article_id: int, **changes: str) -> ArticleRecord:
        """Correct an article's metadata in one transaction (as Edits.update_article)."""
        with self.transaction() as conn:
            rec = self.article(article_id)
            a = rec.article
            if apply_fields(a, changes):
                self.record_fix(rec.page_id)
            conn.execute(
                """UPDATE article SET kicker = %s, headline = %s, subhead = %s, column_name = %s, genre = %s,
                   source = %s, language = %s, blocks = %s, content_hash = %s, updated_at = %s WHERE id = %s""",
                [a.kicker, a.headline, a.subhead, a.column, a.genre, a.source, a.language,
                 a.blocks_json(), a.content_hash(), now(), article_id])
        return self.article(article_id)

    def store_text(self, article_id: int, a: Article) -> None:
        """Write an article's heads and blocks as given (inside the caller's transaction)."""
        self.conn.execute("UPDATE article SET kicker = %s, headline = %s, subhead = %s, blocks = %s, "
                          "content_hash = %s, updated_at = %s WHERE id = %s",
                          [a.kicker, a.headline, a.subhead, a.blocks_json(), a.content_hash(), now(), article_id])

    def refile_article(self, article_id: int, *, date: object = None, page: object = None,
                       page_name: str | None = None) -> ArticleRecord:
        """Move an article to the issue and page where it was really printed (as
        Edits.refile_article): the issue and page are found or made under the filing lock."""
        with self.transaction() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [FILING_LOCK])
            rec = self.article(article_id)
            new_date, section, number = refiled_place(rec, date, page)
            pub_id = self._find_publication(rec.publication)
            info = IssueInfo(rec.publication, new_date, edition=rec.edition)
            issue_id = self._find_issue(pub_id, info) or self._one(
                "INSERT INTO issue (publication_id, date, number, edition) VALUES (%s, %s, '', %s) RETURNING id",
                [pub_id, new_date, rec.edition])
            page_id = self._find_page(issue_id, section, number)
            if page_id is None:
                name = page_name if page_name is not None else rec.page_name
                page_id = self._one("INSERT INTO page (issue_id, number, name, section) VALUES (%s, %s, %s, %s) "
                                    "RETURNING id", [issue_id, number, name, section])
            elif page_name is not None:
                conn.execute("UPDATE page SET name = %s WHERE id = %s", [page_name.strip(), page_id])
            if page_id != rec.page_id:
                seq = self._one("SELECT COALESCE(MAX(seq), 0) + 1 FROM article WHERE page_id = %s", [page_id])
                conn.execute("UPDATE article SET page_id = %s, seq = %s, updated_at = %s WHERE id = %s",
                             [page_id, seq, now(), article_id])
            # its date and page are searchable: its search row is made again (search.server.sync)
            conn.execute("DELETE FROM article_search WHERE article_id = %s", [article_id])
        return self.article(article_id)

    def fixed_pages(self) -> list[int]:
        """Page-text pages with a fix, oldest first (as Edits.fixed_pages: importing.labels)."""
        return [r[0] for r in self.conn.execute(
            "SELECT f.page_id FROM page_fix f JOIN page g ON g.id = f.page_id WHERE g.raw_text <> '' "
            "ORDER BY f.at, f.page_id")]

    def delete_article(self, article_id: int) -> None:
        """Remove one article (its contributors, photos and corrections go with it)."""
        with self.transaction() as conn:
            if conn.execute("DELETE FROM article WHERE id = %s", [article_id]).rowcount == 0:
                raise NotFound(f"no article with id {article_id}")

    # -- a paper's settings and an issue's number (store.papers) ----------------------------------

    PAPER_SETTINGS = ("place", "frequency", "weekdays", "other_names", "first_issue", "last_issue")

    def _paper_settings(self) -> list[tuple]:
        """(id, name, place, frequency, weekdays, other_names, first_issue, last_issue) of every paper."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT id, name, place, frequency, weekdays, other_names, first_issue, last_issue FROM publication "
            "ORDER BY id")]

    def _set_paper(self, pub_id: int, values: dict[str, str]) -> None:
        """Set these of a paper's settings (names from PAPER_SETTINGS), in one transaction."""
        if not set(values) <= set(self.PAPER_SETTINGS):
            raise ValueError(f"not a paper's setting: {', '.join(sorted(set(values) - set(self.PAPER_SETTINGS)))}")
        sets = sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(k)) for k in values)
        with self.transaction() as conn:
            conn.execute(sql.SQL("UPDATE publication SET {} WHERE id = %s").format(sets), [*values.values(), pub_id])

    def _set_issue_number(self, issue_id: int, number: str) -> bool:
        """Whether there was such an issue to number."""
        with self.transaction() as conn:
            return conn.execute("UPDATE issue SET number = %s WHERE id = %s", [number, issue_id]).rowcount > 0

    # -- the rows of corrections (store.corrections) ----------------------------------------------

    def _corrections(self, *, article_id: int | None = None, correction_id: int | None = None) -> list[tuple]:
        """(id, article_id, line_id, block, old_text, new_text, who, at, undone_at, undone_by), by id."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT id, article_id, line_id, block, old_text, new_text, who, at, undone_at, undone_by FROM correction "
            "WHERE (%(article)s::bigint IS NULL OR article_id = %(article)s) "
            "AND (%(id)s::bigint IS NULL OR id = %(id)s) ORDER BY id",
            {"article": article_id, "id": correction_id})]

    def _add_correction(self, article_id: int, line_id: int | None, block: int, old: str, new: str, who: str,
                        at: str) -> int:
        return self._one("INSERT INTO correction (article_id, line_id, block, old_text, new_text, who, at) "
                         "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
                         [article_id, line_id, block, old, new, who, at])

    def _correction_undone(self, correction_id: int, at: str, who: str) -> None:
        self.conn.execute("UPDATE correction SET undone_at = %s, undone_by = %s WHERE id = %s",
                          [at, who, correction_id])

    def _line_of(self, line_id: int) -> tuple[int | None, str] | None:
        """(its article, its text) of an OCR line (store.server.imagestore); None when there is none."""
        row = self.conn.execute("SELECT article_id, text FROM scan_line WHERE id = %s", [line_id]).fetchone()
        return tuple(row) if row else None

    def _set_line(self, line_id: int, text: str, ocr_text: str | None = None) -> None:
        """An OCR line's text; `ocr_text` is kept as the recogniser's own when the line has none yet."""
        self.conn.execute("UPDATE scan_line SET text = %s, ocr_text = COALESCE(ocr_text, %s) WHERE id = %s",
                          [text, ocr_text, line_id])
