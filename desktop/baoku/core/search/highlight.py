"""Where a query's words occur in texts an editor reads: offsets for the reader's highlights."""

from __future__ import annotations

from .evaluate import term_forms
from .match import find_all
from .normalize import fold
from .query import parse_query, positive_texts


def text_spans(query: str, texts: list[str]) -> list[list[tuple[int, int]]]:
    """For each text, the sorted, non-overlapping (start, end) offsets of the query's positive
    terms. Folding maps one character to one, so offsets in the folded text are offsets in the
    text as stored (繁体 query words highlight 简体 text and the other way round)."""
    if not query.strip():
        return [[] for _ in texts]
    forms = {f for t in positive_texts(parse_query(query)) for f in term_forms(t) if f}
    out = []
    for text in texts:
        folded = fold(text)
        spans = sorted({s for f in forms for s in find_all(folded, f)})
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        out.append(merged)
    return out
