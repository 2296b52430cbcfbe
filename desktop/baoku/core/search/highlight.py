"""Where a query's words occur in texts an editor reads: offsets for the reader's highlights."""

from __future__ import annotations

from .planner import term_forms
from .query import parse_query, positive_texts
from .spans import stored_spans

WHERE = ("publication", "genre")


def text_spans(query: str, texts: list[str]) -> list[list[tuple[int, int]]]:
    """For each text, the sorted, non-overlapping (start, end) offsets of the query's positive
    terms (see spans.merge), as offsets in the text as stored (繁体 query words highlight 简体
    text and the other way round; see spans.stored_spans)."""
    if not query.strip():
        return [[] for _ in texts]
    # A paper or genre says where to look, not what to read: 报纸:泉州晚报 marks nothing.
    forms = {f for t in positive_texts(parse_query(query)) if t.field not in WHERE
             for f in term_forms(t) if f}
    return [stored_spans(text, forms) for text in texts]
