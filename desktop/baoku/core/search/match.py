"""Exact matching on folded text: what decides whether an article really contains a query.

Latin-script words (accented letters included) and numbers match whole: 2023 matches 2023年 but
not 20231, café matches café but not cafés. A prefix term (its form ends with tokens.PREFIX:
econom*) matches at the start of a word and may run on: economy, economics.
"""

from __future__ import annotations

from .tokens import PREFIX, WORD_CHAR


def _word(c: str) -> bool:
    return bool(WORD_CHAR.match(c))


def find_all(folded_text: str, folded_query: str) -> list[tuple[int, int]]:
    """Every (start, end) where the query occurs. A query that begins or ends with a word
    character (a Latin letter or a digit) matches whole words there; a prefix query may run on
    at its end."""
    prefix = folded_query.endswith(PREFIX)
    folded_query = folded_query.removesuffix(PREFIX)
    if not folded_query:
        return []
    out = []
    n = len(folded_query)
    head, tail = _word(folded_query[0]), _word(folded_query[-1]) and not prefix
    i = folded_text.find(folded_query)
    while i >= 0:
        j = i + n
        if not (head and i > 0 and _word(folded_text[i - 1])) and \
                not (tail and j < len(folded_text) and _word(folded_text[j])):
            if prefix:  # the hit is the whole word the prefix begins
                while j < len(folded_text) and _word(folded_text[j]):
                    j += 1
            out.append((i, j))
        i = folded_text.find(folded_query, i + 1)
    return out


def _plain(folded_query: str) -> bool:
    """True when no word boundary applies: a plain substring test decides."""
    return not folded_query.endswith(PREFIX) and not (_word(folded_query[0]) or _word(folded_query[-1]))


def contains(folded_text: str, folded_query: str) -> bool:
    """Whether find_all would find anything, at C speed when no word boundary applies."""
    if not folded_query.removesuffix(PREFIX):
        return False
    if _plain(folded_query):
        return folded_query in folded_text
    return bool(find_all(folded_text, folded_query))


def count(folded_text: str, folded_query: str) -> int:
    """How many times the query occurs (non-overlapping), for term frequency."""
    if not folded_query.removesuffix(PREFIX):
        return 0
    if _plain(folded_query):
        return folded_text.count(folded_query)
    return len(find_all(folded_text, folded_query))
