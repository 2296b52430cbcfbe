"""Changing what is stored: an article's metadata, its text (a correction, a clip, a split), where
it was printed (refiling), and removing one."""

from __future__ import annotations

import datetime as dt

from ..errors import NotFound, ValidationError
from ..model import (
    COLUMN, HEADLINE, KICKER, PARAGRAPH, SUBHEAD, Article, ArticleRecord, Block, IssueInfo, parse_date, parse_page,
)
from .clock import now


# Fields an editor may correct, and the block kind that prints each on the page.
EDITABLE = {"kicker": KICKER, "headline": HEADLINE, "subhead": SUBHEAD, "column": COLUMN,
            "genre": None, "source": None, "language": None}


def apply_fields(a: Article, changes: dict[str, str]) -> bool:
    """Give article `a` these metadata fields (each archive then stores it): the printed block of
    a field changes with it. Refused, changing nothing stored, for a field that is not editable,
    a value of two lines, or an article left with neither headline nor text. Returns whether its
    heads changed (a retitle: the page becomes a labelled example)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError(f"cannot edit {', '.join(sorted(unknown))}; editable fields are "
                              f"{', '.join(EDITABLE)}")
    heads = (a.kicker, a.headline, a.subhead, a.column)
    for name, value in changes.items():
        value = (value or "").strip()
        if "\n" in value:
            raise ValidationError(f"{name} must be one line")
        kind = EDITABLE[name]
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
    return heads != (a.kicker, a.headline, a.subhead, a.column)


def refiled_place(rec: ArticleRecord, date: object, page: object) -> tuple[dt.date, str, int]:
    """(date, section, page number) where an article is refiled to: what is given (a page as 5 or
    A05, a letter naming the section), else where it is now."""
    new_date = parse_date(date, "date") if date not in (None, "") else rec.date
    section, number = rec.section, rec.page_number
    if page not in (None, ""):
        letter, number = parse_page(page)  # 5, A05: a letter names the section
        if letter:
            section = letter
        if not 1 <= number <= 999:
            raise ValidationError(f"page {number} is out of range (1–999)")
    return new_date, section, number


class Edits:
    """The archive's edits (a part of `Archive`: see archive.py)."""

    EDITABLE = EDITABLE

    def update_article(self, article_id: int, **changes: str) -> ArticleRecord:
        """Correct an article's metadata in one transaction. The printed block for a field changes
        with it, the content hash is recomputed, and the search index follows on its next sync."""
        with self.transaction() as db:
            rec = self.article(article_id)
            a = rec.article
            if apply_fields(a, changes):  # retitled: a labelled example
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
            new_date, section, number = refiled_place(rec, date, page)
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

    # -- a paper's settings and an issue's number (store.papers) ----------------------------------

    PAPER_SETTINGS = ("place", "frequency", "weekdays", "other_names", "first_issue", "last_issue")

    def _paper_settings(self) -> list[tuple]:
        """(id, name, place, frequency, weekdays, other_names, first_issue, last_issue) of every paper."""
        return [tuple(r) for r in self.db.execute(
            "SELECT id, name, place, frequency, weekdays, other_names, first_issue, last_issue FROM publication "
            "ORDER BY id")]

    def _set_paper(self, pub_id: int, values: dict[str, str]) -> None:
        """Set these of a paper's settings (names from PAPER_SETTINGS), in one transaction."""
        if not set(values) <= set(self.PAPER_SETTINGS):
            raise ValueError(f"not a paper's setting: {', '.join(sorted(set(values) - set(self.PAPER_SETTINGS)))}")
        with self.transaction() as db:
            db.execute(f"UPDATE publication SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                       [*values.values(), pub_id])

    def _set_issue_number(self, issue_id: int, number: str) -> bool:
        """Whether there was such an issue to number."""
        with self.transaction() as db:
            return db.execute("UPDATE issue SET number = ? WHERE id = ?", [number, issue_id]).rowcount > 0

    # -- the rows of corrections (store.corrections) ----------------------------------------------

    def _corrections(self, *, article_id: int | None = None, correction_id: int | None = None) -> list[tuple]:
        """(id, article_id, line_id, block, old_text, new_text, who, at, undone_at, undone_by), by id."""
        return list(self.db.execute(
            "SELECT id, article_id, line_id, block, old_text, new_text, who, at, undone_at, undone_by FROM correction "
            "WHERE (? IS NULL OR article_id = ?) AND (? IS NULL OR id = ?) ORDER BY id",
            [article_id, article_id, correction_id, correction_id]))

    def _add_correction(self, article_id: int, line_id: int | None, block: int, old: str, new: str, who: str,
                        at: str) -> int:
        return self.db.execute("INSERT INTO correction (article_id, line_id, block, old_text, new_text, who, at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)", [article_id, line_id, block, old, new, who, at]).lastrowid

    def _correction_undone(self, correction_id: int, at: str, who: str) -> None:
        self.db.execute("UPDATE correction SET undone_at = ?, undone_by = ? WHERE id = ?", [at, who, correction_id])

    def _line_of(self, line_id: int) -> tuple[int | None, str] | None:
        """(its article, its text) of an OCR line; None when there is no such line."""
        row = self.db.execute("SELECT article_id, text FROM scan_line WHERE id = ?", [line_id]).fetchone()
        return tuple(row) if row else None

    def _set_line(self, line_id: int, text: str, ocr_text: str | None = None) -> None:
        """An OCR line's text; `ocr_text` is kept as the recogniser's own when the line has none yet."""
        self.db.execute("UPDATE scan_line SET text = ?, ocr_text = COALESCE(ocr_text, ?) WHERE id = ?",
                        [text, ocr_text, line_id])

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
