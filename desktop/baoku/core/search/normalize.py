"""Folding for search: 繁→简 (OpenCC t2s), NFKC for full-width forms, lower case.

Folding maps each character to exactly one character, so an offset in folded text is the same
offset in the stored text: highlights computed on folded text are exact on the original, which
is never altered. Per-character folding also keeps folding consistent: the fold of a substring
is always a substring of the fold.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import opencc

_t2s = opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def fold_char(c: str) -> str:
    if c < "\x80":
        return c.lower()
    n = unicodedata.normalize("NFKC", c)
    if len(n) != 1:
        n = c
    s = _t2s.convert(n)
    if len(s) != 1:
        s = n
    return s.lower() if len(s.lower()) == 1 else s


class _FoldTable(dict):
    """ord -> folded character, filled on first sight; str.translate then runs at C speed."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    return text.translate(_TABLE)


def query_variants(term: str) -> list[str]:
    """The folded forms a query term may take in folded text. Per-character folding misses
    conversions that depend on the phrase (藉助 -> 借助, where 藉 alone is simplified too), so
    the phrase-level OpenCC conversion is tried as well."""
    out = [fold(term)]
    phrase = fold(_t2s.convert(unicodedata.normalize("NFKC", term)))
    if phrase not in out:
        out.append(phrase)
    return out
