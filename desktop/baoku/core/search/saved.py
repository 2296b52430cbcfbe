"""Saved searches, stored in the archive so they travel with it."""

from __future__ import annotations

import datetime as dt

from ..errors import NotFound, ValidationError
from ..store import Archive
from .query import parse_query


def save(archive: Archive, name: str, query: str, sort: str = "relevance") -> None:
    """Save (or replace) a named search. The query is checked first: a bad one is never saved."""
    name = name.strip()
    if not name:
        raise ValidationError("a saved search needs a name")
    if sort not in ("relevance", "date"):
        raise ValidationError(f"unknown sort {sort!r}: use relevance or date")
    parse_query(query)
    with archive.transaction() as db:
        db["saved_search"].upsert({"name": name, "query": query, "sort": sort,
                                   "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")},
                                  pk="name")


def all_saved(archive: Archive) -> list[dict]:
    return list(archive.db.query("SELECT name, query, sort, created_at FROM saved_search ORDER BY name"))


def get(archive: Archive, name: str) -> dict:
    row = next(archive.db.query("SELECT name, query, sort FROM saved_search WHERE name = ?", [name]), None)
    if row is None:
        raise NotFound(f"no saved search named {name!r}")
    return row


def delete(archive: Archive, name: str) -> None:
    with archive.transaction() as db:
        if db.execute("DELETE FROM saved_search WHERE name = ?", [name]).rowcount == 0:
            raise NotFound(f"no saved search named {name!r}")
