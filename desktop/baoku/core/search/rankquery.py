"""The word layer's query (Whoosh) for a parsed query: what ranks its matches by BM25F, the date
terms that keep a ranking inside its date ranges, and whether the words alone decide membership.
The exact set itself is the planner's (search.planner): Whoosh's candidates may be more or fewer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from whoosh import query as wq

from ..script import HAN_RUN
from .match import contains
from .normalize import fold
from .planner import MAX_VALUES, UNRANKED_FIELDS, term_forms
from .query import And, DateRange, Node, Not, Or, Page, Text
from .tokens import PREFIX, date_cover
from .words import query_words

ValuesOf = Callable[[str, str], list[str] | None]  # field, folded form -> the values holding it


def _quiet(q: wq.Query) -> wq.Query:
    """A condition that restricts without adding to the score."""
    return q.with_boost(0.0)


def _words_query(form: str, fieldname: str, parts: bool) -> wq.Query | None:
    prefix = form.endswith(PREFIX)
    ws = query_words(form.removesuffix(PREFIX))
    if not ws:
        return None

    def term(name: str, w: str, last: bool) -> wq.Query:
        return wq.Prefix(name, w) if prefix and last else wq.Term(name, w)

    ends = [k == len(ws) - 1 for k in range(len(ws))]
    if fieldname == "title":
        terms = [term("title", w, e) for w, e in zip(ws, ends)]
    elif parts:
        terms = [wq.Or([term("text", w, e), term("parts", w, e)]) for w, e in zip(ws, ends)]
    else:
        terms = [term("text", w, e) for w, e in zip(ws, ends)]
    return terms[0] if len(terms) == 1 else wq.And(terms)


def _values_query(name: str, forms: tuple[str, ...], values_of: ValuesOf) -> wq.Query | None:
    found: list[str] = []
    for form in forms:
        vs = values_of(name, form)
        if vs is None:
            return None  # too many to name: rank without this condition
        found += vs
    found = list(dict.fromkeys(found))
    if not found:
        return wq.NullQuery
    return _quiet(wq.Or([wq.Term(name, v) for v in found]))


def ranking(node: Node, values_of: ValuesOf | None, parts: bool = False) -> wq.Query | None:
    """The Whoosh query that ranks the matches of `node`, or None when there is nothing to rank
    it by. With `parts`, words also match inside longer words (the second tier).

    Without `values_of`, only the words: what scores, for ranking a set SQLite has already
    decided. With it, also the field, page and NOT conditions, so Whoosh's own candidates fall
    mostly inside that set; dates are left out (a range is usually most of the archive, and
    costs Whoosh more to intersect than it saves)."""
    if isinstance(node, Text):
        forms = term_forms(node)
        if node.field in ("all", "body", "title"):
            qs = [q for q in (_words_query(f, node.field, parts) for f in forms) if q is not None]
            if not qs:
                return None
            return qs[0] if len(qs) == 1 else wq.Or(qs)
        if node.field in UNRANKED_FIELDS:
            return None
        return _values_query(node.field, forms, values_of) if values_of else None
    if isinstance(node, Page):
        if values_of is None:
            return None
        if node.number is not None:
            return _quiet(wq.Term("page", node.section.lower() + str(node.number)))
        return _values_query("pagename", (fold(node.name),), values_of)
    if isinstance(node, And):
        pos = [q for q in (ranking(i, values_of, parts) for i in node.items if not isinstance(i, Not))
               if q is not None]
        neg = [q for q in (ranking(i.item, values_of, parts=False) for i in node.items if isinstance(i, Not))
               if q is not None and q is not wq.NullQuery] if values_of else []
        if not pos:
            return None
        q = pos[0] if len(pos) == 1 else wq.And(pos)
        return wq.AndNot(q, neg[0] if len(neg) == 1 else wq.Or(neg)) if neg else q
    if isinstance(node, Or):
        qs = [q for q in (ranking(i, values_of, parts) for i in node.items) if q is not None]
        if not qs:
            return None
        return qs[0] if len(qs) == 1 else wq.Or(qs)
    return None  # dates, a lone NOT: nothing to rank by


def date_windows(node: Node) -> list[DateRange]:
    """The date ranges every match lies in (the query's top-level date conditions), bound."""
    if isinstance(node, DateRange):
        return [node]
    if isinstance(node, And):
        return [r for i in node.items if isinstance(i, DateRange) for r in date_windows(i)]
    return []


def date_filter(windows: list[DateRange]) -> wq.Query | None:
    """The word layer's query for these date ranges (its year, month and day terms), to rank
    only inside them; None when there are none."""
    parts = []
    for r in windows:
        if not (r.start and r.end) or r.start > r.end:
            return wq.NullQuery
        cover = date_cover(dt.date.fromisoformat(r.start), dt.date.fromisoformat(r.end))
        terms = [wq.Term("date", t) for t in cover]
        parts.append(terms[0] if len(terms) == 1 else wq.Or(terms))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def words_decide(node: Node) -> bool:
    """Whether every article having the ranking query's words matches the query: each term is a
    run of Han characters that is itself its one ranking word (中国, 知识产权, a name), in the
    text or the title, under AND and OR only. Then the word layer's candidates need no check
    against SQLite's set (a word is a stretch of the folded text it was cut from)."""
    if isinstance(node, Text):
        return (node.field in ("all", "title") and not node.prefix
                and all(HAN_RUN.fullmatch(f) and query_words(f) == [f] for f in term_forms(node)))
    if isinstance(node, (And, Or)):
        return all(words_decide(i) for i in node.items)
    return False


def ranked_terms(node: Node, negated: bool = False) -> bool:
    """Whether the query has a positive text term to rank by (else its matches go newest first)."""
    if isinstance(node, Text):
        return not negated and node.field in ("all", "body", "title")
    if isinstance(node, Not):
        return ranked_terms(node.item, not negated)
    if isinstance(node, (And, Or)):
        return any(ranked_terms(i, negated) for i in node.items)
    return False


def value_matcher(values: Callable[[str, str], list[str]]) -> ValuesOf:
    """A ValuesOf over the recall store's value table: its candidates, decided by the match rule."""

    def values_of(name: str, form: str) -> list[str] | None:
        found = [v for v in values(name, form.removesuffix(PREFIX)) if contains(v, form)]
        return None if len(found) > MAX_VALUES else found

    return values_of
