"""What an import's plan reads of an archive (store.ingest), written once for both archives: the
SQL here is plain enough to mean the same on SQLite and PostgreSQL, with `?` for each parameter.
Each archive runs it through its own `_query` (the server's turns `?` into psycopg's `%s`)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..model import IssueInfo

FILLED_IN = ("place", "frequency", "identifier")  # a paper's columns an import fills when empty


@runtime_checkable
class PlanReads(Protocol):
    """What store.ingest.plan_issue reads: the stored paper, issue and pages an issue meets."""

    def _find_publication(self, name: str, identifier: str = "") -> int | None: ...
    def _find_issue(self, pub_id: int, info: IssueInfo) -> int | None: ...
    def _find_page(self, issue_id: int, section: str, number: int) -> int | None: ...
    def _page_batch(self, page_id: int) -> tuple[int, str] | None: ...
    def _page_hashes(self, page_id: int) -> list[str]: ...
    def _page_headlines(self, page_id: int) -> list[str]: ...
    def _page_articles(self, page_id: int) -> list[tuple]: ...
    def _page_name_and_text(self, page_id: int) -> tuple[str, str]: ...
    def _page_image(self, page_id: int) -> tuple[str, int] | None: ...
    def _first_copies(self, hashes: set[str], exclude_pages=()) -> dict[str, tuple[int, str, int]]: ...


class PlanLookups:
    """A part of an archive's filing (the embedded Filing, the server's ServerFiling); the
    archive gives `_query(sql, params)`, a cursor over the rows."""

    def _query(self, sql: str, params=()):  # pragma: no cover - each archive has its own
        raise NotImplementedError

    def _value(self, sql: str, params=()):
        row = self._query(sql, params).fetchone()
        return row[0] if row else None

    def _find_publication(self, name: str, identifier: str = "") -> int | None:
        """A title by its identifier (an LCCN) when it has one, else by its name."""
        found = self._value("SELECT id FROM publication WHERE identifier = ?", [identifier]) if identifier else None
        return found if found is not None else self._value("SELECT id FROM publication WHERE name = ?", [name])

    def _fill_publication(self, pub_id: int, info: IssueInfo) -> None:
        """What the paper's row lacks and this issue says (its place, frequency, identifier)."""
        if info.identifier and info.publication != info.identifier:  # a title stored under its LCCN gets its name
            self._query("UPDATE publication SET name = ? WHERE id = ? AND name = identifier AND NOT EXISTS "
                        "(SELECT 1 FROM publication WHERE name = ?)", [info.publication, pub_id, info.publication])
        for col in FILLED_IN:  # column names from the tuple above, never from input
            value = getattr(info, col)
            if value:
                self._query(f"UPDATE publication SET {col} = ? WHERE id = ? AND {col} = ''", [value, pub_id])

    def _find_issue(self, pub_id: int, info: IssueInfo) -> int | None:
        return self._value("SELECT id FROM issue WHERE publication_id = ? AND date = ? AND edition = ?",
                           [pub_id, info.date.isoformat(), info.edition])

    def _find_page(self, issue_id: int, section: str, number: int) -> int | None:
        return self._value("SELECT id FROM page WHERE issue_id = ? AND section = ? AND number = ?",
                           [issue_id, section, number])

    def _page_batch(self, page_id: int) -> tuple[int, str] | None:
        row = self._query("SELECT b.id, b.finished_at FROM page g JOIN import_batch b ON b.id = g.batch_id "
                          "WHERE g.id = ?", [page_id]).fetchone()
        return (row[0], row[1]) if row else None

    def _page_hashes(self, page_id: int) -> list[str]:
        return [r[0] for r in self._query("SELECT content_hash FROM article WHERE page_id = ? ORDER BY seq", [page_id])]

    def _page_headlines(self, page_id: int) -> list[str]:
        return [r[0] for r in self._query("SELECT headline FROM article WHERE page_id = ? ORDER BY seq", [page_id])]

    def _page_articles(self, page_id: int) -> list[tuple]:
        """The page's articles as (id, seq, content hash, headline, blocks as JSON), in order."""
        return [tuple(r) for r in self._query(
            "SELECT id, seq, content_hash, headline, blocks FROM article WHERE page_id = ? ORDER BY seq", [page_id])]

    def _page_name_and_text(self, page_id: int) -> tuple[str, str]:
        return tuple(self._query("SELECT name, raw_text FROM page WHERE id = ?", [page_id]).fetchone())

    def _page_image(self, page_id: int) -> tuple[str, int] | None:
        """The stored page's image: (the file's SHA-256, the frame in it), or None when it has none."""
        row = self._query("SELECT sha256, frame FROM page_scan WHERE page_id = ? AND sha256 <> ''", [page_id]).fetchone()
        return (row[0], row[1]) if row else None

    def _continued_rows(self, issue_id: int) -> list[tuple]:
        """This issue's articles waiting for their other part (store.continuations), by id."""
        return [tuple(r) for r in self._query(
            "SELECT a.id, a.continues, g.section, g.number, a.headline FROM article a JOIN page g ON g.id = a.page_id "
            "WHERE g.issue_id = ? AND (a.continues LIKE 'to:%' OR a.continues LIKE 'from:%') ORDER BY a.id",
            [issue_id])]
