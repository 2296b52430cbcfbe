"""Searching: the list the window shows for a query, in the order the user asked for."""

from __future__ import annotations

from ...search.index import SearchResult
from ...search.rankquery import ranked_terms
from ...search.query import Text, parse_query
from ...store import collections
from ..library import Library

LISTED = 50  # hits with snippets a list search asks for (the rest are ids, fetched as shown)


def list_search(lib: Library, query: str, sort: str = "relevance", order: tuple[str, bool] | None = None,
                limit: int = LISTED) -> SearchResult:
    """Every article `query` finds, in relevance or date order; a query of filters only (a day, a
    page: no words to rank by) in print order; a query that is one collection (专题:NAME) in the
    collection's own order; `order` (a column, descending) sorts the whole result."""
    result = lib.index.search(query, sort=sort, limit=limit)
    tree = parse_query(query)
    if order is None and sort == "relevance" and isinstance(tree, Text) and tree.field == "collection" \
            and not lib.archive.on_server:  # no collections on a server archive yet: none holds a match
        kept = collections.in_its_order(lib.archive, tree.text, result.ids)
        if kept is not None:
            result.ids = kept
            return result
    if order is None and sort == "relevance" and not ranked_terms(tree):
        order = ("date", False)
    if order is not None:
        result.ids = lib.archive.order_ids(result.ids, *order)
    return result
