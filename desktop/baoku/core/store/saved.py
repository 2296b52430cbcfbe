"""Saved searches, stored in the archive so they travel with it (the rows; what a query means is
search's to say)."""

from __future__ import annotations

from ..errors import NotFound
from .clock import now


class SavedSearches:
    """The archive's saved searches (a part of `Archive`)."""

    def save_search(self, name: str, query: str, sort: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO saved_search (name, query, sort, created_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(name) DO UPDATE SET query = excluded.query, sort = excluded.sort, "
                       "created_at = excluded.created_at", [name, query, sort, now()])

    def saved_searches(self) -> list[dict]:
        return list(self.db.query("SELECT name, query, sort, created_at FROM saved_search ORDER BY name"))

    def saved_search(self, name: str) -> dict:
        row = next(self.db.query("SELECT name, query, sort FROM saved_search WHERE name = ?", [name]), None)
        if row is None:
            raise NotFound(f"no saved search named {name!r}")
        return row

    def delete_saved_search(self, name: str) -> None:
        with self.transaction() as db:
            if db.execute("DELETE FROM saved_search WHERE name = ?", [name]).rowcount == 0:
                raise NotFound(f"no saved search named {name!r}")
