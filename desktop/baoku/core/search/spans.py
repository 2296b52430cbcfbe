"""Where a query's words are in a text: one set of span rules for every place that shows hits
(the reader's highlights, search snippets, the command line and its JSON).

Spans are (start, end) offsets into the text as stored, in characters (code points: 𠮷 or an
emoji is one). They are found in the folded text and mapped back to the stored text by where each
folded character came from (normalize.fold_offsets): folding drops the characters that draw
nothing, so a hit of 中国 in 中\u200b国 is the three characters as stored.
"""

from __future__ import annotations

from collections.abc import Iterable

from .match import find_all
from .normalize import fold_offsets
from .tokens import WORD_CHAR

ELLIPSIS = "…"
# A snippet starts after one of these when there is one shortly before the first hit.
BREAKS = "\n。！？；，、：!?;,: 　"


def merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, with overlapping and touching spans joined: 知识 and 知识产权 in 知识产权 are one
    span, never two that would print the text twice."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def find_spans(folded_text: str, forms: Iterable[str]) -> list[tuple[int, int]]:
    """Every occurrence of any of the folded forms, merged."""
    return merge(s for f in forms if f for s in find_all(folded_text, f))


def stored_spans(text: str, forms: Iterable[str]) -> list[tuple[int, int]]:
    """Every occurrence of any of the folded forms in the stored text, as offsets into it."""
    folded, where = fold_offsets(text)
    found = find_spans(folded, forms)
    return merge(where.spans(found)) if where else found


def snippet(text: str, spans: list[tuple[int, int]], width: int = 60) -> tuple[str, list[tuple[int, int]]]:
    """A window of about `width` characters of the text around its first hit, on one line, with
    the hits inside it as offsets into the window. It starts at a sentence or clause break shortly
    before the hit when there is one, and shows … where text was cut."""
    spans = merge(spans)
    if not spans:
        start = 0
    else:
        first = spans[0][0]
        start = max(0, first - width // 3)
        lead = text[max(0, first - width // 2):first]
        cut = max(lead.rfind(c) for c in BREAKS)
        if cut >= 0:
            start = max(0, first - len(lead) + cut + 1)
    end = min(len(text), start + width)
    if spans and spans[0][1] > end:  # a hit longer than the window: show it whole
        end = spans[0][1]
    start, end = _whole_words(text, start, end, spans[0] if spans else (start, start))
    window = text[start:end].replace("\n", " ")
    head = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(text) else ""
    marks = [(s - start + len(head), e - start + len(head)) for s, e in spans if s >= start and e <= end]
    return head + window + tail, marks


def _word(c: str) -> bool:
    return bool(WORD_CHAR.match(c.lower()))


def _whole_words(text: str, start: int, end: int, hit: tuple[int, int]) -> tuple[int, int]:
    """A window that cuts no Latin word in two: a word cut at either edge is left out (never the
    hit itself)."""
    if 0 < start < len(text) and _word(text[start - 1]) and _word(text[start]):
        k = start
        while k < hit[0] and _word(text[k]):
            k += 1
        if k < hit[0]:
            start = k + (text[k] == " ")
    if 0 < end < len(text) and _word(text[end - 1]) and _word(text[end]):
        k = end
        while k > hit[1] and _word(text[k - 1]):
            k -= 1
        if k > hit[1]:
            end = k
    return start, end
