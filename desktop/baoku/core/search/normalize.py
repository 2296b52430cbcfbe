"""Folding for search: 繁→简 (OpenCC t2s), NFKC for full-width forms, lower case; invisible
characters dropped and letters written with combining marks composed.

Each character folds to exactly one character (`fold_char`), so that the fold of a substring is a
substring of the fold. Text as the reader sees it is then made of that: characters that draw
nothing (`script.IGNORABLE`: zero-width space and joiners, word joiner, BOM, soft hyphen, direction
marks, variation selectors) are dropped, so 中\\u200b国 is 中国, Ford\\u00admotor is fordmotor and
葛 with its ideographic variation selector is 葛; and a letter followed by combining marks is
composed as NFC composes it, so cafe\\u0301 is café, as a precomposed café folds (accents stay:
café is not cafe), and Hangul written in jamo is its syllables. The stored text is never altered:
`fold_offsets` gives, with the folded text, where each folded character came from, so spans
found in folded text are mapped back to the characters as stored (`Offsets.spans`); text
without them (almost all) folds one for one and its offsets are the same.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import opencc

from ..script import IGNORABLE

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
    """ord -> folded character, or None (left out) for one that draws nothing, filled on first
    sight; str.translate then runs at C speed."""

    def __missing__(self, code: int) -> str | None:
        c = chr(code)
        folded = None if IGNORABLE.match(c) else fold_char(c)
        self[code] = folded
        return folded


_TABLE = _FoldTable()


class Offsets:
    """Where each character of a folded text came from in the text as stored: folded character
    k is stored text[start[k]:end[k]] (a composed letter spans its base and its marks; a
    character's end takes in the variation selectors after it)."""

    def __init__(self, start: list[int], end: list[int]):
        self.start, self.end = start, end

    def span(self, s: int, e: int) -> tuple[int, int]:
        """The stored span of folded text[s:e] (e > s)."""
        return self.start[s], self.end[e - 1]

    def spans(self, spans) -> list[tuple[int, int]]:
        return [self.span(s, e) for s, e in spans if e > s]


def _joins(c: str) -> bool:
    """Whether a character is composed with the one before it: a combining mark, or a Hangul
    vowel or final consonant jamo."""
    return unicodedata.category(c)[0] == "M" or "\u1160" < c <= "\u11ff"


def _compose(text: str) -> tuple[str, Offsets]:
    """The text folded character by character, without the characters that draw nothing and with
    each letter's combining marks composed (NFC), and where each character of it came from."""
    f = [fold_char(c) for c in text]  # one for one: a character that draws nothing folds to itself
    kept = [k for k, c in enumerate(f) if not IGNORABLE.match(c)]
    out: list[str] = []
    start: list[int] = []
    end: list[int] = []
    n, i = len(kept), 0
    while i < n:
        j = i + 1
        while j < n and _joins(f[kept[j]]):
            j += 1
        last = kept[j - 1] + 1  # the end of the letter, over the variation selectors after it
        while last < len(f) and IGNORABLE.match(f[last]) and unicodedata.category(f[last])[0] == "M":
            last += 1
        chars = "".join(f[kept[x]] for x in range(i, j))
        composed = unicodedata.normalize("NFC", chars).translate(_TABLE) if j - i > 1 else chars
        if composed == chars:  # nothing composed: each character from its own place
            out.append(chars)
            start.extend(kept[i:j])
            end.extend([kept[x] + 1 for x in range(i, j - 1)] + [last])
        else:
            out.append(composed)
            start.extend([kept[i]] * len(composed))
            end.extend([last] * len(composed))
        i = j
    return "".join(out), Offsets(start, end)


def _plain(text: str, f: str) -> bool:
    """Whether `f`, the text translated, is its fold: nothing was left out (the table leaves out
    the characters that draw nothing) and nothing is to be composed."""
    return len(f) == len(text) and unicodedata.is_normalized("NFC", f)


def fold(text: str) -> str:
    f = text.translate(_TABLE)
    return f if _plain(text, f) else _compose(text)[0]


def fold_offsets(text: str) -> tuple[str, Offsets | None]:
    """The folded text, and where its characters are in `text` (None: at the same offsets)."""
    f = text.translate(_TABLE)
    return (f, None) if _plain(text, f) else _compose(text)


def seen(text: str) -> str:
    """The text as a reader sees it, to show or group by: without the characters that draw
    nothing, and composed (NFC); case and 繁简 are kept, unlike `fold`."""
    if IGNORABLE.search(text) is None and unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", IGNORABLE.sub("", text))


def query_variants(term: str) -> list[str]:
    """The folded forms a query term may take in folded text. Per-character folding misses
    conversions that depend on the phrase (藉助 -> 借助, where 藉 alone is simplified too), so
    the phrase-level OpenCC conversion is tried as well, on the term as it is seen (without the
    characters that draw nothing, which would cut the phrase: 藉\\u200b助 is 借助 too)."""
    out = [fold(term)]
    phrase = fold(_t2s.convert(unicodedata.normalize("NFKC", IGNORABLE.sub("", term))))
    if phrase not in out:
        out.append(phrase)
    return out
