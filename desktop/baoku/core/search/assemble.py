"""A search result put together from what either archive's search found (the embedded Searcher's,
search.searching, and the server's, search.serversearch): reprints as one hit, the facets, and
the hits with their snippets and highlights. One piece for both, so both give the same result for
the same matches in the same order."""

from __future__ import annotations

from .documents import searchable_text
from .normalize import seen
from .planner import term_forms
from .query import Text
from .results import Hit
from .spans import snippet, stored_spans

FACETS = ("year", "publication", "column", "source")


def grouped(order: list[int], groups: dict[object, list[int]]) -> tuple[list[int], dict[int, list[int]]]:
    """The order with each reprint group (key -> its matching articles) as its best-placed copy:
    (that list, listed id -> the group's other copies)."""
    member_of = {i: h for h, ids in groups.items() for i in ids}
    listed: list[int] = []
    copies: dict[int, list[int]] = {}
    placed: set = set()
    for i in order:
        h = member_of.get(i)
        if h is None:
            listed.append(i)
        elif h not in placed:
            placed.add(h)
            listed.append(i)
            copies[i] = [j for j in groups[h] if j != i]
    return listed, copies


def facet_counts(rows) -> tuple[dict[str, list[tuple[str, int]]], list[tuple[str, int]]]:
    """Counts by year, publication, column and source, and matches per month, from rows of
    (YYYY-MM, publication, column, source, matches). Values that look the same (要\u200b闻 and
    要闻, Cafe\u0301 and Café) are one entry, as the reader sees it (normalize.seen)."""
    counts: dict[str, dict[str, int]] = {f: {} for f in FACETS}
    months: dict[str, int] = {}
    for month, pub, column, source, n in rows:
        months[month] = months.get(month, 0) + n
        for name, value in (("year", month[:4]), ("publication", pub), ("column", column), ("source", source)):
            if value:
                value = seen(value)
                counts[name][value] = counts[name].get(value, 0) + n
    out = {name: sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) for name, c in counts.items()}
    return out, sorted(months.items())


def make_hits(rows: dict[int, dict], ids: list[int], terms: list[Text], scores: dict[int, float],
              copies: dict[int, list[int]], where: dict[int, tuple[str, str, int]]) -> list[Hit]:
    """The hits for these ids (their index rows by id), each with its snippet, the spans of the
    query's terms in it, and where its reprints among the matches were printed."""
    forms = [f for t in terms for f in term_forms(t)]
    hits = []
    for i in ids:
        row = rows.get(i)
        if row is None:
            continue
        text = searchable_text(row)
        hit = Hit(i, row["headline"], row["date"], scores.get(i, 0.0), *snippet(text, stored_spans(text, forms)))
        hit.also = copies.get(i, [])
        hit.also_printed = [where[j] for j in hit.also if j in where]
        hits.append(hit)
    return hits
