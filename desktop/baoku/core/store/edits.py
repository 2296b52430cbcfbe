"""Changing what is stored: an article's metadata, its text (a correction, a clip, a split), where
it was printed (refiling), and removing one."""

from __future__ import annotations


from ..errors import NotFound, ValidationError
from ..model import (
    COLUMN, HEADLINE, KICKER, PARAGRAPH, SUBHEAD, Article, ArticleRecord, Block, IssueInfo, parse_date, parse_page,
)
from .clock import now


class Edits:
    """The archive's edits (a part of `Archive`: see archive.py)."""

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
                self.record_fix(rec.page_id)
            db.execute(
                """UPDATE article SET kicker = ?, headline = ?, subhead = ?, column_name = ?, genre = ?,
                   source = ?, language = ?, blocks = ?, content_hash = ?, updated_at = ? WHERE id = ?""",
                [a.kicker, a.headline, a.subhead, a.column, a.genre, a.source, a.language,
                 a.blocks_json(), a.content_hash(), now(), article_id])
        return self.article(article_id)

    def store_text(self, article_id: int, a: Article) -> None:
        """Write an article's heads and blocks as given (a correction, a clip, a split); the
        content hash changes with them, so search re-reads the article."""
        self.db.execute("UPDATE article SET kicker = ?, headline = ?, subhead = ?, blocks = ?, content_hash = ?, "
                        "updated_at = ? WHERE id = ?",
                        [a.kicker, a.headline, a.subhead, a.blocks_json(), a.content_hash(), now(), article_id])

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
                           [page_id, seq, now(), article_id])
            db.execute("INSERT OR IGNORE INTO search_dirty VALUES (?)", [article_id])
        return self.article(article_id)

    def delete_article(self, article_id: int) -> None:
        """Remove one article (its contributors and photos go with it); search follows on sync."""
        with self.transaction() as db:
            if db.execute("DELETE FROM article WHERE id = ?", [article_id]).rowcount == 0:
                raise NotFound(f"no article with id {article_id}")

    # -- reading ---------------------------------------------------------------------------------

    def record_fix(self, page_id: int, n: int = 1) -> None:
        """Count a fix of this page's split into articles (call inside the fix's transaction): the
        page becomes a labelled example of the archive's own paper (importing.labels)."""
        self.db.execute("INSERT INTO page_fix (page_id, fixes, at) VALUES (?, ?, ?) ON CONFLICT(page_id) "
                        "DO UPDATE SET fixes = fixes + excluded.fixes, at = excluded.at", [page_id, n, now()])

    def fixed_pages(self) -> list[int]:
        """Page-text pages with a fix, oldest first."""
        return [r[0] for r in self.db.execute(
            "SELECT f.page_id FROM page_fix f JOIN page g ON g.id = f.page_id WHERE g.raw_text != '' "
            "ORDER BY f.at, f.page_id")]
