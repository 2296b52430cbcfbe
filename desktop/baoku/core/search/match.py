"""Exact matching on folded text: what decides whether an article really contains a query."""

from __future__ import annotations


def _alnum(c: str) -> bool:
    return c.isascii() and c.isalnum()


def find_all(folded_text: str, folded_query: str) -> list[tuple[int, int]]:
    """Every (start, end) where the query occurs. A query that begins or ends with a Latin letter
    or digit matches whole words there: 2023 matches 2023年 but not 20231."""
    if not folded_query:
        return []
    out = []
    n = len(folded_query)
    head, tail = _alnum(folded_query[0]), _alnum(folded_query[-1])
    i = folded_text.find(folded_query)
    while i >= 0:
        j = i + n
        if not (head and i > 0 and _alnum(folded_text[i - 1])) and \
                not (tail and j < len(folded_text) and _alnum(folded_text[j])):
            out.append((i, j))
        i = folded_text.find(folded_query, i + 1)
    return out


def contains(folded_text: str, folded_query: str) -> bool:
    """Whether find_all would find anything, at C speed when no word boundary applies."""
    if not folded_query:
        return False
    if not (_alnum(folded_query[0]) or _alnum(folded_query[-1])):
        return folded_query in folded_text
    return bool(find_all(folded_text, folded_query))


def count(folded_text: str, folded_query: str) -> int:
    """How many times the query occurs (non-overlapping), for term frequency."""
    if not folded_query:
        return 0
    if not (_alnum(folded_query[0]) or _alnum(folded_query[-1])):
        return folded_text.count(folded_query)
    return len(find_all(folded_text, folded_query))
