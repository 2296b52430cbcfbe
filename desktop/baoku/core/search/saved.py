"""Saved searches, stored in the archive so they travel with it."""

from __future__ import annotations

from ..errors import ValidationError
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
    archive.save_search(name, query, sort)


def all_saved(archive: Archive) -> list[dict]:
    return archive.saved_searches()


def get(archive: Archive, name: str) -> dict:
    return archive.saved_search(name)


def delete(archive: Archive, name: str) -> None:
    archive.delete_saved_search(name)
